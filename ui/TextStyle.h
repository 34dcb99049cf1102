#pragma once
// Colours and badges set through the palette rather than a style sheet: the first setStyleSheet() in the
// process builds Qt's style-sheet style and re-polishes the widget, which the sign-in window cannot afford
// before its first frame (issue #7). Used by the widgets shown at start-up.

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace carddesk::ui {

inline void setTextColor(QWidget* widget, const QColor& color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

// White bold text on the training-mode red.
inline void setAlertBadge(QLabel* label, int padding)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, QColor(0xc0, 0x39, 0x2b));
    palette.setColor(QPalette::WindowText, Qt::white);
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    label->setMargin(padding);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

} // namespace carddesk::ui
