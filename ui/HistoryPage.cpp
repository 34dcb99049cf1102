#include "ui/HistoryPage.h"

#include "app/workflow/WorkflowTypes.h"
#include "ui/ServiceText.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace carddesk::ui {

HistoryPage::HistoryPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("historyPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setBuddy(m_filter);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    layout->addLayout(top);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_close = new QPushButton(this);
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setShortcut(QKeySequence(Qt::Key_F8));
    m_collected = new QPushButton(this);
    m_collected->setObjectName(QStringLiteral("markCollectedButton"));
    m_collected->setShortcut(QKeySequence(Qt::Key_F9));
    m_collected->setVisible(m_services.reissues != nullptr);
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_collected);
    buttons->addWidget(m_reprint);
    layout->addLayout(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPage::refresh);
    connect(m_reprint, &QPushButton::clicked, this, &HistoryPage::reprintSelected);
    connect(m_close, &QPushButton::clicked, this, &HistoryPage::closed);
    connect(m_collected, &QPushButton::clicked, this, [this] { markSelectedCollected(); });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { reprintSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryPage::updateActions);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_collected);
    setTabOrder(m_collected, m_reprint);
    setTabOrder(m_reprint, m_close);
    retranslate();
}

void HistoryPage::setFilter(const QString& text)
{
    m_filter->setText(text);
}

void HistoryPage::refresh()
{
    m_entries = m_services.history ? m_services.history->recent(m_filter->text().trimmed(), 500) : QList<HistoryEntry>{};
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const HistoryEntry& e = m_entries.at(row);
        const QStringList cells = {
            e.operationNumber,
            QLocale().toString(e.timeUtc.toLocalTime(), QLocale::ShortFormat),
            ServiceText::title(e.service),
            e.maskedIdNumber,
            e.holderName,
            e.cardNumber,
            //: History, result column: the operation was carried out.
            e.success ? tr("Done")
                      //: History, result column: %1 says why not (e.g. "the card belongs to another person").
                      : tr("Not done: %1").arg(ServiceText::resultCodeText(e.resultCode)),
            e.reissueStatus ? WorkflowText::reissueStatusText(*e.reissueStatus) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    m_status->setText(m_services.history ? tr("%n operation(s) shown.", nullptr, static_cast<int>(m_entries.size()))
                                         : tr("The history is not available: the local store is not open."));
    updateActions();
}

const HistoryEntry* HistoryPage::selectedEntry() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void HistoryPage::updateActions()
{
    const HistoryEntry* e = selectedEntry();
    // Only a replacement card that the agency reported ready at the branch can be handed over: not one still
    // being printed (the store would allow the skip, for late agency reports) and not a mailed one.
    m_collected->setEnabled(m_services.reissues && e && e->reissueStatus
                            && *e->reissueStatus == ReissueStatus::ReadyForCollection);
}

bool HistoryPage::markSelectedCollected(bool confirm)
{
    const HistoryEntry* e = selectedEntry();
    if (!m_services.reissues || !e || !e->reissueStatus) {
        m_status->setText(tr("Select a card reissue first (arrow keys), then press F9."));
        return false;
    }
    if (*e->reissueStatus != ReissueStatus::ReadyForCollection) {
        m_status->setText(tr("The replacement card of %1 is not ready for collection at the branch: its status is "
                             "\"%2\".")
                              .arg(e->operationNumber, WorkflowText::reissueStatusText(*e->reissueStatus)));
        return false;
    }
    const QString number = e->operationNumber;
    const QUuid id = e->operationId;
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Card collected"),
                        tr("Did %1 (%2) receive the replacement card of application %3? Check the ID card first.")
                            .arg(e->holderName, e->maskedIdNumber, number),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        const int answer = box.exec();
        m_table->setFocus(); // back where the clerk was, for the next key
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    if (!m_services.reissues->advance(id, ReissueStatus::Collected, m_op, {}, &error)) {
        m_status->setText(tr("Not recorded: %1").arg(error));
        return false;
    }
    refresh();
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).operationNumber == number)
            m_table->selectRow(row);
    m_status->setText(tr("Recorded: the citizen collected the replacement card of %1.").arg(number));
    return true;
}

QString HistoryPage::statusText() const
{
    return m_status->text();
}

int HistoryPage::rowCount() const
{
    return m_table->rowCount();
}

QString HistoryPage::cellText(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString HistoryPage::reprintSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_status->setText(tr("Select an operation first (arrow keys), then press F8."));
        return {};
    }
    const HistoryEntry& e = m_entries.at(row);
    Receipt d;
    d.branchId = m_services.branchId;
    d.terminalId = m_services.terminalId;
    d.operatorId = e.operatorId;
    d.timeUtc = e.timeUtc;
    d.service = e.service;
    d.serviceTitle = ServiceText::title(e.service);
    d.maskedIdNumber = e.maskedIdNumber;
    d.holderName = e.holderName;
    d.cardNumber = e.cardNumber;
    d.success = e.success;
    d.resultText = e.resultText;
    if (e.success)
        d.secretChanged = ServiceText::secretChanged(e.service);
    d.operationNumber = e.operationNumber;
    ReceiptContext context;
    context.branchName = m_services.branchName;
    context.trainingMode = m_services.trainingMode;
    context.reprint = true;
    const QString dir = m_services.receiptDir.isEmpty() ? QDir::tempPath() : m_services.receiptDir;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/reprint-") + QString(e.operationNumber).replace(QLatin1Char('/'), QLatin1Char('-'))
                         + QStringLiteral(".pdf");
    QString error;
    if (!ReceiptPrinter::printToPdf(d, context, path, &error)) {
        m_status->setText(error);
        return {};
    }
    m_status->setText(tr("Receipt reprinted: %1").arg(path));
    if (m_services.receiptPreview && !ReceiptPrinter::preview(d, context, this, &error))
        m_status->setText(tr("Receipt reprinted: %1").arg(path) + QLatin1Char('\n') + error);
    return path;
}

void HistoryPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closed();
        return;
    }
    // The buttons' shortcuts, for when the key arrives as a plain key press (the focus widget passed it on).
    if (event->modifiers() == Qt::NoModifier && event->key() == Qt::Key_F9 && m_collected->isEnabled()) {
        markSelectedCollected();
        return;
    }
    if (event->modifiers() == Qt::NoModifier && event->key() == Qt::Key_F8) {
        reprintSelected();
        return;
    }
    if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) && m_filter->hasFocus()) {
        m_table->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

void HistoryPage::showEvent(QShowEvent* event)
{
    refresh();
    m_filter->setFocus();
    QWidget::showEvent(event);
}

void HistoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPage::retranslate()
{
    //: Search field of the history: matches operation number, masked ID, name or card number.
    m_filterLabel->setText(tr("&Search"));
    m_table->setHorizontalHeaderLabels({
        //: History column: the operation number printed on the receipt.
        tr("Operation"), tr("Time"),
        //: History column: which service (PIN reset, loss report, ...).
        tr("Service"), tr("ID number"), tr("Name"),
        //: History column: the social security card number.
        tr("Card"),
        //: History column: done, or not done and why.
        tr("Result"),
        //: History column: where a replacement card is (printing, ready, collected, ...).
        tr("Card tracking")});
    m_reprint->setText(tr("Reprint receipt (F8)"));
    m_collected->setText(tr("Card collected (F9)"));
    m_close->setText(tr("Back (Esc)"));
}

} // namespace carddesk::ui
