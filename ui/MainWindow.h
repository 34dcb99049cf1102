#pragma once

#include "ui/UiServices.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace carddesk::ui {

class CustomerPinWindow;
class DiagnosticsPage;
class HistoryPage;
class HomePage;
class Localization;
class LoginPage;
class ServiceFlowPage;
class SettingsPage;

// The clerk's main window: sign-in, home, guided steps, history, settings, diagnostics; the status bar with
// readers, card, camera, sync, operator and the training marker; idle lock; runtime language switch.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Screen
    {
        Login,
        Home,
        Service,
        History,
        Settings,
        Diagnostics,
    };

    // services must outlive the window. localization may be null (no language switch offered).
    MainWindow(UiServices& services, Localization* localization, QWidget* parent = nullptr);
    // The bare shell without services (tests of the frame, start-up measurement).
    explicit MainWindow(bool trainingMode, QWidget* parent = nullptr);
    ~MainWindow() override;

    Screen screen() const;
    void showScreen(Screen screen);
    // Opens a service's guided steps (signed in only).
    void startService(ServiceType service);
    bool isSignedIn() const { return m_signedIn; }
    const OperatorContext& operatorContext() const { return m_op; }
    // Locks the session now (as after idle time): the same operator must sign in again.
    void lockSession();

    // Only the sign-in page is built before the window is first shown (start-up time, issue #7); the other
    // pages are built by buildPages(), which app/main calls after the first paint, or on first use (these
    // accessors, showing a screen, signing in).
    void buildPages();
    bool pagesBuilt() const { return m_home != nullptr; }

    LoginPage* loginPage() const { return m_login; }
    HomePage* homePage();
    ServiceFlowPage* servicePage();
    HistoryPage* historyPage();
    DiagnosticsPage* diagnosticsPage();
    SettingsPage* settingsPage();
    CustomerPinWindow* customerPinWindow() const;

public slots:
    void setReaderStatus(const QString& text, bool ok);
    void setCardStatus(const QString& text);
    void setCameraStatus(const QString& text, bool ok);
    void setSyncStatus(bool online, int pending, const QDateTime& lastSyncUtc);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void build();
    void prepareButtons(QWidget* page);
    void onSignedIn(const SignInResult& result);
    void signOut();
    void retranslate();
    void updateOperatorLabel();
    void renderSync();

    UiServices m_ownServices; // the shell constructor's empty bundle
    UiServices& m_services;
    Localization* m_localization = nullptr;
    bool m_signedIn = false;
    bool m_locked = false;
    OperatorContext m_op;
    QString m_displayName;
    QTimer m_idleTimer;

    QStackedWidget* m_stack = nullptr;
    LoginPage* m_login = nullptr;
    HomePage* m_home = nullptr;
    ServiceFlowPage* m_flow = nullptr;
    HistoryPage* m_history = nullptr;
    SettingsPage* m_settings = nullptr;
    DiagnosticsPage* m_diagnostics = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_readerLabel = nullptr;
    QLabel* m_cardLabel = nullptr;
    QLabel* m_cameraLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    QLabel* m_operatorLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_language = nullptr;
    QString m_readerText;
    bool m_readerOk = false;
    QString m_cardText;
    QString m_cameraText;
    bool m_syncOnline = false;
    int m_syncPending = 0;
    QDateTime m_lastSync;
    bool m_syncKnown = false;
};

} // namespace carddesk::ui
