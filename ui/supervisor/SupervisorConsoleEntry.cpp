#include "ui/supervisor/SupervisorConsoleEntry.h"

#include "app/config/CardDeskSettings.h"
#include "app/store/LocalStore.h"
#include "app/supervision/SupervisorAccess.h"
#include "ui/supervisor/SupervisorConsole.h"

#include <QMessageBox>

namespace carddesk::ui {

SupervisorConsoleEntry::SupervisorConsoleEntry(UiServices& services, QWidget* parent)
    : QPushButton(tr("Supervisor's console"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("supervisorConsoleEntry"));
    setFocusPolicy(Qt::ClickFocus);
    setVisible(false);
    connect(this, &QPushButton::clicked, this, &SupervisorConsoleEntry::openConsole);
}

SupervisorConsoleEntry::~SupervisorConsoleEntry()
{
    delete m_console.data();
}

SupervisorConsole* SupervisorConsoleEntry::console() const
{
    return m_console.data();
}

void SupervisorConsoleEntry::setOperator(const OperatorContext& op)
{
    if (m_op.operatorId != op.operatorId || op.operatorId.isEmpty())
        delete m_console.data(); // another person (or nobody) at the counter: the console does not stay open
    m_op = op;
    setVisible(!op.operatorId.isEmpty() && SupervisorAccess::canOpenConsole(op.role));
}

void SupervisorConsoleEntry::openConsole()
{
    if (m_console) {
        m_console->raise();
        m_console->activateWindow();
        return;
    }
    // The console reads the counter's own store; in production the journal is that store.
    auto* store = dynamic_cast<LocalStore*>(m_services.journal);
    if (!store) {
        QMessageBox::warning(
            this, tr("Supervisor's console"),
            tr("The supervisor's console needs the counter's local store, which is not open."));
        return;
    }
    QString error;
    SupervisorConsole* console = SupervisorConsole::create(*store, m_op, nullptr, &error);
    if (!console) {
        QMessageBox::warning(this, tr("Supervisor's console"), error);
        return;
    }
    if (m_services.settingsStore && m_services.settingsStore->agencyConnection().isConfigured())
        console->setAgencyConnection(m_services.settingsStore->agencyConnection().libpqConnInfo(),
                                     m_services.terminalId);
    console->setAttribute(Qt::WA_DeleteOnClose);
    console->resize(1200, 800);
    m_console = console;
    console->show();
}

} // namespace carddesk::ui
