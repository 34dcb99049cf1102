#include "ui/HomePage.h"

#include "ui/ServiceText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace carddesk::ui {

HomePage::HomePage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_today = new QLabel(this);
    m_today->setObjectName(QStringLiteral("todayCount"));
    layout->addWidget(m_heading);
    layout->addWidget(m_today);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    const auto services_ = ServiceText::allServices();
    int i = 0;
    for (ServiceType service : services_) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("service-") + QString::number(static_cast<int>(service)));
        button->setMinimumHeight(90);
        QFont bf = button->font();
        bf.setPointSizeF(bf.pointSizeF() * 1.3);
        button->setFont(bf);
        connect(button, &QPushButton::clicked, this, [this, service] { emit serviceChosen(service); });
        grid->addWidget(button, i / 2, i % 2);
        m_buttons.append({service, button});
        ++i;
    }
    layout->addLayout(grid);
    layout->addStretch();
    retranslate();
}

QPushButton* HomePage::serviceButton(ServiceType service) const
{
    for (const auto& [s, b] : m_buttons)
        if (s == service)
            return b;
    return nullptr;
}

void HomePage::refresh()
{
    const int count = m_services.history ? m_services.history->countToday() : 0;
    m_today->setText(tr("Operations at this counter today: %1").arg(count));
}

void HomePage::showEvent(QShowEvent* event)
{
    refresh();
    if (!m_buttons.isEmpty())
        m_buttons.first().second->setFocus();
    QWidget::showEvent(event);
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    m_heading->setText(tr("Choose a service"));
    int i = 0;
    for (const auto& [service, button] : m_buttons) {
        button->setText(QStringLiteral("F%1  %2").arg(i + 1).arg(ServiceText::title(service)));
        ++i;
    }
    refresh();
}

} // namespace carddesk::ui
