#pragma once
// The way into the supervisor's console from the counter's main window: a button that is visible only while
// the signed-in operator's role may open the console (SupervisorAccess), and that opens the console in its
// own window on the counter's local store. Signing out or locking closes the console.

#include "ui/UiServices.h"

#include <QPointer>
#include <QPushButton>

namespace carddesk::ui {

class SupervisorConsole;

class SupervisorConsoleEntry : public QPushButton
{
    Q_OBJECT
public:
    SupervisorConsoleEntry(UiServices& services, QWidget* parent = nullptr);
    ~SupervisorConsoleEntry() override;

    // The signed-in operator; an empty context (signed out, locked) hides the entry and closes the console.
    void setOperator(const OperatorContext& op);
    SupervisorConsole* console() const;
    void openConsole();

private:
    UiServices& m_services;
    OperatorContext m_op;
    QPointer<SupervisorConsole> m_console;
};

} // namespace carddesk::ui
