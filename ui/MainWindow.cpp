#include "ui/MainWindow.h"

#include "ui/CustomerPinWindow.h"
#include "ui/DiagnosticsPage.h"
#include "ui/HistoryPage.h"
#include "ui/HomePage.h"
#include "ui/Localization.h"
#include "ui/LoginPage.h"
#include "ui/ServiceFlowPage.h"
#include "ui/ServiceText.h"
#include "ui/SettingsPage.h"
#include "ui/TextStyle.h"
#include "ui/supervisor/SupervisorConsoleEntry.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace carddesk::ui {

MainWindow::MainWindow(UiServices& services, Localization* localization, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_localization(localization)
{
    build();
}

MainWindow::MainWindow(bool trainingMode, QWidget* parent)
    : QMainWindow(parent)
    , m_services(m_ownServices)
{
    m_ownServices.trainingMode = trainingMode;
    build();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::build()
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_title = new QLabel(central);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_login = new LoginPage(m_services, m_stack);
    m_stack->addWidget(m_login);
    prepareButtons(m_login);
    connect(m_login, &LoginPage::signedIn, this, &MainWindow::onSignedIn);

    // Status bar: reader, card, camera, sync, operator, language, training marker.
    auto addStatus = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        statusBar()->addWidget(l);
        return l;
    };
    m_readerLabel = addStatus("readerStatus");
    m_cardLabel = addStatus("cardStatus");
    m_cameraLabel = addStatus("cameraStatus");
    // A camera is often a long device or file path: elided in the middle, the whole of it in the tooltip.
    m_cameraLabel->setMaximumWidth(200);
    m_syncLabel = addStatus("syncStatus");
    m_operatorLabel = addStatus("operatorStatus");
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setFocusPolicy(Qt::ClickFocus);
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setVisible(m_localization != nullptr);
    if (m_localization)
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_localization->language())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_localization)
            m_localization->setLanguage(m_language->currentData().toString());
    });
    statusBar()->addPermanentWidget(m_language);
    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    setAlertBadge(m_modeLabel, 2);
    statusBar()->addPermanentWidget(m_modeLabel);
    // The supervisor's console (ui/supervisor): shown only for roles that may open it.
    statusBar()->addPermanentWidget(new SupervisorConsoleEntry(m_services, this));

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        // Never in the middle of a card operation: it locks as soon as the operation is done.
        if (m_flow && m_flow->busy()) {
            m_idleTimer.start(1000);
            return;
        }
        if (m_signedIn && !m_locked)
            lockSession();
    });
    qApp->installEventFilter(this);

    //: Status bar: the state of the citizen-card reader is not known yet.
    m_readerText = tr("Reader: unknown");
    //: Status bar: no citizen card in the reader.
    m_cardText = tr("Card: none");
    //: Status bar: the state of the counter camera is not known yet.
    m_cameraText = tr("Camera: unknown");
    resize(1100, 740);
    showScreen(Screen::Login);
    retranslate();
}

void MainWindow::buildPages()
{
    if (pagesBuilt())
        return;
    m_home = new HomePage(m_services, m_stack);
    m_flow = new ServiceFlowPage(m_services, m_stack);
    m_history = new HistoryPage(m_services, m_stack);
    m_settings = new SettingsPage(m_services, m_stack);
    m_diagnostics = new DiagnosticsPage(m_services, m_stack);
    for (QWidget* w :
         {static_cast<QWidget*>(m_home), static_cast<QWidget*>(m_flow), static_cast<QWidget*>(m_history),
          static_cast<QWidget*>(m_settings), static_cast<QWidget*>(m_diagnostics)}) {
        m_stack->addWidget(w);
        prepareButtons(w);
    }

    connect(m_home, &HomePage::serviceChosen, this, &MainWindow::startService);
    connect(m_flow, &ServiceFlowPage::finished, this, [this] {
        if (m_signedIn && !m_locked)
            showScreen(Screen::Home);
    });
    connect(m_flow, &ServiceFlowPage::cardStateChanged, this, &MainWindow::setCardStatus);
    connect(m_flow, &ServiceFlowPage::cameraStateChanged, this, &MainWindow::setCameraStatus);
    connect(m_history, &HistoryPage::closed, this, [this] { showScreen(Screen::Home); });
    connect(m_settings, &SettingsPage::closed, this, [this] { showScreen(Screen::Home); });
    connect(m_diagnostics, &DiagnosticsPage::closed, this, [this] { showScreen(Screen::Home); });
    connect(m_settings, &SettingsPage::languageChosen, this, [this](const QString& language) {
        if (m_localization)
            m_localization->setLanguage(language);
    });
}

void MainWindow::prepareButtons(QWidget* page)
{
    // Keyboard: a button reached with Tab is pressed by Enter (as by Space) instead of Enter reaching the
    // page behind it (where Enter means "Next": Enter on a focused Cancel must not go on). A click does not
    // take the focus, so after clicking e.g. "Scan" the clerk's Enter still means "Next".
    for (QPushButton* button : page->findChildren<QPushButton*>()) {
        button->setAutoDefault(true);
        button->setFocusPolicy(Qt::TabFocus);
    }
}

HomePage* MainWindow::homePage()
{
    buildPages();
    return m_home;
}

ServiceFlowPage* MainWindow::servicePage()
{
    buildPages();
    return m_flow;
}

HistoryPage* MainWindow::historyPage()
{
    buildPages();
    return m_history;
}

DiagnosticsPage* MainWindow::diagnosticsPage()
{
    buildPages();
    return m_diagnostics;
}

SettingsPage* MainWindow::settingsPage()
{
    buildPages();
    return m_settings;
}

CustomerPinWindow* MainWindow::customerPinWindow() const
{
    // The customer-facing PIN window belongs to the PIN entry device (the counter session builds both).
    auto* customer = qobject_cast<CustomerPinEntry*>(m_services.pinEntry);
    return customer ? customer->window() : nullptr;
}

MainWindow::Screen MainWindow::screen() const
{
    QWidget* w = m_stack->currentWidget();
    if (w == m_home)
        return Screen::Home;
    if (w == m_flow)
        return Screen::Service;
    if (w == m_history)
        return Screen::History;
    if (w == m_settings)
        return Screen::Settings;
    if (w == m_diagnostics)
        return Screen::Diagnostics;
    return Screen::Login;
}

void MainWindow::showScreen(Screen screen)
{
    if (screen != Screen::Login && (!m_signedIn || m_locked))
        screen = Screen::Login;
    if (screen != Screen::Login)
        buildPages();
    if (screen == Screen::Settings && m_op.role != QLatin1String("administrator")) {
        statusBar()->showMessage(tr("Settings are for administrators only: ask your administrator."), 5000);
        return;
    }
    switch (screen) {
    case Screen::Login:
        m_stack->setCurrentWidget(m_login);
        break;
    case Screen::Home:
        m_stack->setCurrentWidget(m_home);
        break;
    case Screen::Service:
        m_stack->setCurrentWidget(m_flow);
        break;
    case Screen::History:
        m_history->setOperator(m_op);
        m_stack->setCurrentWidget(m_history);
        break;
    case Screen::Settings:
        m_settings->setOperator(m_op);
        m_settings->setLanguageInUse(m_localization ? m_localization->language() : QString());
        m_stack->setCurrentWidget(m_settings);
        break;
    case Screen::Diagnostics:
        m_stack->setCurrentWidget(m_diagnostics);
        break;
    }
    retranslate();
}

void MainWindow::startService(ServiceType service)
{
    if (!m_signedIn || m_locked)
        return;
    buildPages();
    m_stack->setCurrentWidget(m_flow);
    m_flow->begin(service, m_op);
    CustomerPinWindow* pinWindow = customerPinWindow();
    if (pinWindow && ServiceText::needsNewPin(service) && !pinWindow->isVisible())
        pinWindow->show();
    retranslate();
}

void MainWindow::onSignedIn(const SignInResult& result)
{
    const bool unlocking = m_locked;
    m_signedIn = true;
    m_locked = false;
    m_op = result.op;
    m_op.trainingMode = m_services.trainingMode;
    if (m_op.branchId.isEmpty())
        m_op.branchId = m_services.branchId;
    if (m_op.terminalId.isEmpty())
        m_op.terminalId = m_services.terminalId;
    m_displayName = result.displayName;
    if (m_services.settings.idleLockSeconds > 0)
        m_idleTimer.start(m_services.settings.idleLockSeconds * 1000);
    buildPages();
    if (unlocking && !m_flow->steps().isEmpty())
        m_stack->setCurrentWidget(m_flow);
    else
        showScreen(Screen::Home);
    updateOperatorLabel();
    retranslate();
}

void MainWindow::lockSession()
{
    m_locked = true;
    m_idleTimer.stop();
    m_login->setLocked(m_op.operatorId);
    m_stack->setCurrentWidget(m_login);
    updateOperatorLabel(); // closes the supervisor's console while locked
    retranslate();
}

void MainWindow::signOut()
{
    if (m_services.signIn)
        m_services.signIn->signOut(m_op.operatorId);
    m_signedIn = false;
    m_locked = false;
    m_op = {};
    m_idleTimer.stop();
    m_login->reset();
    showScreen(Screen::Login);
    updateOperatorLabel();
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    // Keys reach here from whatever has the focus when that widget does not use them (tab order first).
    const int key = event->key();
    const Qt::KeyboardModifiers mods =
        event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (key == Qt::Key_L && mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        m_language->setCurrentIndex((m_language->currentIndex() + 1) % m_language->count());
        return;
    }
    if (key == Qt::Key_L && mods == Qt::ControlModifier && m_signedIn && !m_locked) {
        lockSession();
        return;
    }
    if (screen() == Screen::Home) {
        if (mods == Qt::NoModifier && key >= Qt::Key_F1 && key <= Qt::Key_F7) {
            startService(ServiceText::allServices().at(key - Qt::Key_F1));
            return;
        }
        if (mods == Qt::NoModifier && key == Qt::Key_F12) {
            showScreen(Screen::Diagnostics);
            return;
        }
        if (mods == Qt::ControlModifier && key == Qt::Key_H) {
            showScreen(Screen::History);
            return;
        }
        if (mods == Qt::ControlModifier && key == Qt::Key_Comma) {
            showScreen(Screen::Settings);
            return;
        }
        if (mods == Qt::ControlModifier && key == Qt::Key_Q) {
            signOut();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_signedIn && !m_locked && m_services.settings.idleLockSeconds > 0)
            m_idleTimer.start(m_services.settings.idleLockSeconds * 1000);
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setReaderStatus(const QString& text, bool ok)
{
    m_readerText = text;
    m_readerOk = ok;
    retranslate();
}

void MainWindow::setCardStatus(const QString& text)
{
    //: Status bar: no citizen card in the reader.
    m_cardText = text.isEmpty() ? tr("Card: none") : text;
    retranslate();
}

void MainWindow::setCameraStatus(const QString& text, bool ok)
{
    Q_UNUSED(ok);
    m_cameraText = text;
    retranslate();
}

void MainWindow::setSyncStatus(bool online, int pending, const QDateTime& lastSyncUtc)
{
    m_syncKnown = true;
    m_syncOnline = online;
    m_syncPending = pending;
    m_lastSync = lastSyncUtc;
    renderSync();
}

void MainWindow::renderSync()
{
    if (m_services.trainingMode) {
        //: Training mode never talks to the agency.
        m_syncLabel->setText(tr("Sync: off (training)"));
        return;
    }
    if (!m_syncKnown) {
        m_syncLabel->setText(tr("Sync: not configured"));
        return;
    }
    const QString last = m_lastSync.isValid()
                             ? QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat)
                             : tr("never");
    m_syncLabel->setText((m_syncOnline ? tr("Sync: online") : tr("Sync: OFFLINE")) + QStringLiteral(" | ") +
                         tr("%n pending", nullptr, m_syncPending) + QStringLiteral(" | ") +
                         tr("last %1").arg(last));
    if (m_syncOnline)
        m_syncLabel->setPalette(QPalette()); // the window's colours again
    else
        setTextColor(m_syncLabel, QColor(0xb9, 0x77, 0x0e));
}

void MainWindow::updateOperatorLabel()
{
    if (auto* entry = findChild<SupervisorConsoleEntry*>())
        entry->setOperator(m_signedIn && !m_locked ? m_op : OperatorContext{});
    if (!m_signedIn) {
        m_operatorLabel->setText(tr("Not signed in"));
        return;
    }
    //: Status bar: who is signed in, their role, and the counter.
    m_operatorLabel->setText(tr("%1 (%2) at %3")
                                 .arg(m_displayName.isEmpty() ? m_op.operatorId : m_displayName,
                                      ServiceText::roleText(m_op.role), m_op.terminalId));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The language may have been switched elsewhere (settings page, command line): show the one in use.
        if (m_localization) {
            const QSignalBlocker blocker(m_language);
            m_language->setCurrentIndex(std::max(0, m_language->findData(m_localization->language())));
        }
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_services.trainingMode ? tr("CardDesk - social security card counter") +
                                                 QStringLiteral(" [") + tr("TRAINING MODE") + QLatin1Char(']')
                                           : tr("CardDesk - social security card counter"));
    QString title;
    switch (screen()) {
    case Screen::Login:
        title = tr("Social security card PIN services");
        break;
    //: Title of the home screen: the list of counter services.
    case Screen::Home:
        title = tr("Services");
        break;
    case Screen::Service:
        title = tr("Service in progress");
        break;
    case Screen::History:
        title = tr("History of this counter");
        break;
    //: Title of the administrator's settings screen.
    case Screen::Settings:
        title = tr("Settings");
        break;
    //: Title of the screen listing readers, camera, database and versions for support.
    case Screen::Diagnostics:
        title = tr("Diagnostics");
        break;
    }
    if (screen() == Screen::Home)
        title += QStringLiteral("    ") +
                 tr("Ctrl+H history | F12 diagnostics | Ctrl+, settings | Ctrl+L lock | Ctrl+Q sign out");
    m_title->setText(title);
    m_modeLabel->setText(m_services.trainingMode ? tr("TRAINING MODE") : QString());
    m_modeLabel->setVisible(m_services.trainingMode);
    m_readerLabel->setText(m_readerText);
    if (m_readerOk)
        m_readerLabel->setPalette(QPalette());
    else
        setTextColor(m_readerLabel, QColor(0xb0, 0x3a, 0x2e));
    m_cardLabel->setText(m_cardText);
    m_cameraLabel->setText(m_cameraLabel->fontMetrics().elidedText(m_cameraText, Qt::ElideMiddle,
                                                                   m_cameraLabel->maximumWidth()));
    m_cameraLabel->setToolTip(m_cameraText);
    renderSync();
    updateOperatorLabel();
}

} // namespace carddesk::ui
