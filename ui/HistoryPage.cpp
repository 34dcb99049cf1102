#include "ui/HistoryPage.h"

#include "ui/ServiceText.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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
    m_table->setColumnCount(7);
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
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_reprint);
    layout->addLayout(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPage::refresh);
    connect(m_reprint, &QPushButton::clicked, this, &HistoryPage::reprintSelected);
    connect(m_close, &QPushButton::clicked, this, &HistoryPage::closed);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { reprintSelected(); });
    setTabOrder(m_filter, m_table);
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
        const QStringList cells = {e.operationNumber,
                                   QLocale().toString(e.timeUtc.toLocalTime(), QLocale::ShortFormat),
                                   ServiceText::title(e.service),
                                   e.maskedIdNumber,
                                   e.holderName,
                                   e.cardNumber,
                                   e.success ? tr("Done") : tr("Not done: %1").arg(e.resultCode)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    m_status->setText(m_services.history ? tr("%n operation(s) shown.", nullptr, static_cast<int>(m_entries.size()))
                                         : tr("The history is not available: the local store is not open."));
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
    if (m_services.receiptPreview)
        ReceiptPrinter::preview(d, context, this);
    return path;
}

void HistoryPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closed();
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
    m_table->setHorizontalHeaderLabels({tr("Operation"), tr("Time"), tr("Service"), tr("ID number"), tr("Name"),
                                        tr("Card"), tr("Result")});
    m_reprint->setText(tr("Reprint receipt (F8)"));
    m_close->setText(tr("Back (Esc)"));
}

} // namespace carddesk::ui
