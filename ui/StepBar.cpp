#include "ui/StepBar.h"

#include <QHBoxLayout>
#include <QLabel>

namespace carddesk::ui {

StepBar::StepBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepBar"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void StepBar::setSteps(const QStringList& names)
{
    m_names = names;
    qDeleteAll(m_labels);
    m_labels.clear();
    for (int i = 0; i < names.size(); ++i) {
        auto* label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(32);
        m_layout->addWidget(label, 1);
        m_labels.append(label);
    }
    render();
}

void StepBar::setCurrent(int index)
{
    m_current = index;
    render();
}

void StepBar::render()
{
    for (int i = 0; i < m_labels.size(); ++i) {
        QString text = QStringLiteral("%1. %2").arg(i + 1).arg(m_names.at(i));
        QString style;
        if (i < m_current) {
            text = QStringLiteral("\u2713 ") + text;
            style = QStringLiteral("color: #1e8449; background: #e9f7ef; border-radius: 4px;");
        } else if (i == m_current) {
            style = QStringLiteral("color: white; background: #2471a3; font-weight: bold; border-radius: 4px;");
        } else {
            style = QStringLiteral("color: #7f8c8d; background: #f2f3f4; border-radius: 4px;");
        }
        m_labels[i]->setText(text);
        m_labels[i]->setStyleSheet(style);
    }
}

} // namespace carddesk::ui
