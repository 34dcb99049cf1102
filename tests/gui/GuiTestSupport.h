#pragma once
// Shared helpers of the GUI tests: a training counter on a scratch store, signed in, with every key press and
// click of the clerk counted, and every log line kept (for the PIN canary).

#include "app/training/TrainingEnvironment.h"
#include "ui/CounterSession.h"
#include "ui/CustomerPinWindow.h"
#include "ui/LoginPage.h"
#include "ui/MainWindow.h"
#include "ui/ServiceFlowPage.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMutex>
#include <QTest>

#include <memory>

namespace carddesk::test {

// Every qDebug/qWarning/... line of the process, for the canary check.
class LogCapture
{
public:
    static void install();
    static QString text();
    static void clear();
};

class GuiCounter
{
public:
    // A fresh training store in dir (low PBKDF2 iterations: the test signs in many times).
    explicit GuiCounter(const QString& dir);
    ~GuiCounter();
    bool ok() const { return m_session != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }

    ui::MainWindow& window() { return *m_window; }
    ui::ServiceFlowPage* flow() { return m_window->servicePage(); }
    ui::CounterSession& session() { return *m_session; }
    ui::CustomerPinWindow* pinWindow() { return m_session->pinWindow(); }

    // The clerk's actions, counted.
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void click(QAbstractButton* button);
    // Typing into a field: not counted (the action count excludes typing).
    static void type(QLineEdit* edit, const QString& text);
    int actions() const { return m_actions; }
    void resetActions() { m_actions = 0; }

    bool signIn(const QString& role);
    // Identity page: ID number, name, long-term validity (typed; not counted).
    void typeIdentity(const QString& idNumber, const QString& name);
    // The citizen types on the customer window (not the clerk's actions).
    void citizenTypes(const char* digits);

private:
    QString m_error;
    std::unique_ptr<ui::CounterSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_actions = 0;
};

} // namespace carddesk::test
