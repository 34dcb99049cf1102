#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace carddesk::ui {

// The row of step names above the guided steps: done steps ticked, the current one highlighted.
class StepBar : public QWidget
{
    Q_OBJECT
public:
    explicit StepBar(QWidget* parent = nullptr);

    void setSteps(const QStringList& names);
    void setCurrent(int index);
    int current() const { return m_current; }
    QStringList steps() const { return m_names; }

private:
    void render();

    QStringList m_names;
    int m_current = 0;
    QHBoxLayout* m_layout = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace carddesk::ui
