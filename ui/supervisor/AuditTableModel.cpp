#include "ui/supervisor/AuditTableModel.h"

#include "app/supervision/SupervisionText.h"

#include <QBrush>
#include <QColor>

namespace carddesk::ui {

AuditTableModel::AuditTableModel(LocalStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_query(std::make_unique<AuditQuery>(store, AuditFilter{}))
{}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_query = std::make_unique<AuditQuery>(m_store, filter);
    m_rows.clear();
    endResetModel();
}

const AuditRow* AuditTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditTableModel::rowOfSequence(qint64 sequence) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).sequence == sequence)
            return i;
    return -1;
}

void AuditTableModel::setHighlightedSequence(qint64 sequence)
{
    m_highlight = sequence;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::BackgroundRole});
}

QString AuditTableModel::lastError() const
{
    return m_query->error();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const AuditRow* r = rowAt(index.row());
    if (!r)
        return {};
    const AuditEntryFields& f = r->fields;
    if (role == Qt::BackgroundRole && r->sequence == m_highlight)
        return QBrush(QColor(255, 170, 170));
    if (role == Qt::UserRole)
        return r->sequence;
    // The codes the chain keeps, for whoever needs them (exports and filters use codes).
    if (role == Qt::ToolTipRole) {
        if (index.column() == Event)
            return f.eventType;
        if (index.column() == Result)
            return f.resultCode;
        if (index.column() == Operator)
            return f.role;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sequence:
        return r->sequence;
    case Time:
        return f.timeUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Event:
        return supervisiontext::event(f.eventType);
    case Result:
        //: result column of the audit log: the step succeeded
        return f.success
                   ? tr("ok")
                   //: result column of the audit log: the step failed
                   : (f.resultCode.isEmpty() ? tr("failed")
                                             //: %1 why it failed (e.g. Wrong card)
                                             : tr("failed: %1").arg(supervisiontext::result(f.resultCode)));
    case Operator:
        return f.operatorId;
    case Branch:
        return f.branchId;
    case Terminal:
        return f.terminalId;
    case IdNumber:
        return f.maskedIdNumber; // masked by the chain itself
    case Card:
        return AuditQuery::maskCardNumber(f.cardNumber);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sequence:
        //: audit log column: the entry's sequence number
        return tr("No.");
    case Time:
        //: audit log column
        return tr("Time");
    case Event:
        //: audit log column: what happened
        return tr("Event");
    case Result:
        //: audit log column: succeeded or failed
        return tr("Result");
    case Operator:
        //: audit log column: who did it
        return tr("Operator");
    case Branch:
        //: audit log column: the service branch (office)
        return tr("Branch");
    case Terminal:
        //: audit log column: the service counter (terminal)
        return tr("Counter");
    case IdNumber:
        //: audit log column: the holder's masked ID number
        return tr("ID number");
    case Card:
        //: audit log column: the masked social-security card number
        return tr("Card");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_query->atEnd();
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    const QList<AuditRow> page = m_query->fetchPage(PageSize);
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

} // namespace carddesk::ui
