#include "GuiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QPushButton>

namespace carddesk::test {

namespace {
QMutex g_logMutex;
QString g_log;
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += message + QLatin1Char('\n');
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void LogCapture::install()
{
    g_previous = qInstallMessageHandler(handler);
}

QString LogCapture::text()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

void LogCapture::clear()
{
    QMutexLocker lock(&g_logMutex);
    g_log.clear();
}

GuiCounter::GuiCounter(const QString& dir)
{
    m_session = ui::CounterSession::openTraining(dir, &m_error, 1000);
    if (!m_session)
        return;
    m_session->services().receiptPreview = false;
    m_window = std::make_unique<ui::MainWindow>(m_session->services(), nullptr);
    m_session->attach(*m_window);
    m_session->pinWindow()->show();
    m_window->show();
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        m_error = QStringLiteral("the main window did not become active");
}

GuiCounter::~GuiCounter()
{
    m_window.reset();
    m_session.reset();
}

void GuiCounter::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    ++m_actions;
    QWidget* target = QApplication::focusWidget();
    if (!target)
        target = m_window.get();
    QTest::keyClick(target, key, modifiers);
}

void GuiCounter::click(QAbstractButton* button)
{
    ++m_actions;
    QTest::mouseClick(button, Qt::LeftButton);
}

void GuiCounter::type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

bool GuiCounter::signIn(const QString& role)
{
    for (const DemoAccount& a : TrainingEnvironment::demoAccounts()) {
        if (a.role != role)
            continue;
        ui::LoginPage* login = m_window->loginPage();
        type(login->findChild<QLineEdit*>(QStringLiteral("operatorEdit")), a.operatorId);
        type(login->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), a.password);
        QTest::keyClick(login->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Qt::Key_Return);
        return m_window->isSignedIn();
    }
    return false;
}

void GuiCounter::typeIdentity(const QString& idNumber, const QString& name)
{
    ui::ServiceFlowPage* f = flow();
    type(f->findChild<QLineEdit*>(QStringLiteral("idNumberEdit")), idNumber);
    // The name and the validity come from the document as well: typed (the long-term box stands for typing
    // the end date; it is set directly so it does not count as a key press).
    f->findChild<QLineEdit*>(QStringLiteral("holderNameEdit"))->setText(name);
    f->findChild<QCheckBox*>(QStringLiteral("longTermCheck"))->setChecked(true);
    f->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"))->setFocus();
}

void GuiCounter::citizenTypes(const char* digits)
{
    for (const char* p = digits; *p; ++p)
        QTest::keyClick(m_session->pinWindow(), static_cast<Qt::Key>(Qt::Key_0 + (*p - '0')));
}

} // namespace carddesk::test
