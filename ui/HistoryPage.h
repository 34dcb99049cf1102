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
// receipt of the selected one.
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

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();

    UiServices& m_services;
    QList<HistoryEntry> m_entries;
    QLabel* m_filterLabel = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace carddesk::ui
