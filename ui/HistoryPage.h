#pragma once

#include "ui/ReceiptPrinter.h"
#include "ui/UiServices.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace carddesk::ui {

// This counter's operations, newest first, masked, searchable as you type; Enter (or F8) reprints the
// receipt of the selected one. Reissue applications show their tracking status; F9 records that the citizen
// collected the replacement card (audited by the store).
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(UiServices& services, QWidget* parent = nullptr);

    void refresh();
    int rowCount() const;
    QString cellText(int row, int column) const;
    // Reprints the selected row's receipt; returns the PDF path (empty on failure).
    QString reprintSelected();
    void setFilter(const QString& text);
    // Who works at the counter (the "collected" entries name them).
    void setOperator(const OperatorContext& op) { m_op = op; }
    // Records "collected" for the selected reissue after the clerk confirmed it; returns whether it was stored.
    // confirm=false skips the question (tests; the question is the clerk's safety net, not the store's).
    bool markSelectedCollected(bool confirm = true);
    QString statusText() const;

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateActions();
    const HistoryEntry* selectedEntry() const;

    UiServices& m_services;
    QList<HistoryEntry> m_entries;
    QLabel* m_filterLabel = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    OperatorContext m_op;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_collected = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace carddesk::ui
