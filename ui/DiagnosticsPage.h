#pragma once

#include "ui/UiServices.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace carddesk::ui {

// Readers, ATRs, PIN pad features, camera, database, sync and versions in one report the clerk can copy or
// save for support.
class DiagnosticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPage(UiServices& services, QWidget* parent = nullptr);

    void refresh();
    QString reportText() const;
    bool saveReport(const QString& path, QString* error);

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();

    UiServices& m_services;
    QLabel* m_heading = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace carddesk::ui
