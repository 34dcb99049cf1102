#pragma once

#include "ui/UiServices.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace carddesk::ui {

// The seven services as large buttons (F1-F7), today's count, and the way to history/settings/diagnostics.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(UiServices& services, QWidget* parent = nullptr);

    void refresh(); // today's count
    QPushButton* serviceButton(ServiceType service) const;

signals:
    void serviceChosen(carddesk::ServiceType service);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();

    UiServices& m_services;
    QLabel* m_heading = nullptr;
    QLabel* m_today = nullptr;
    QList<QPair<ServiceType, QPushButton*>> m_buttons;
};

} // namespace carddesk::ui
