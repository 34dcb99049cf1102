#pragma once
// The supervisor's console: audit log (filters, details, photos for allowed roles, verify, export), anomaly
// flags with review marks, the approvals queue, sync dead letters, the dashboard, and (administrators)
// operator administration. All decisions and checks live in app/supervision; this is the view.

#include "app/audit/AuditVerifier.h"
#include "app/supervision/AnomalyRules.h"
#include "app/supervision/DashboardFigures.h"
#include "app/supervision/SupervisorActions.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QProgressBar;

namespace carddesk {
class LocalStore;
}

namespace carddesk::ui {

class AuditTableModel;
class ChartPanel;

class SupervisorConsole : public QWidget
{
    Q_OBJECT
public:
    // nullptr when `who` may not open the console (a clerk, a teller): the check is SupervisorAccess's.
    static SupervisorConsole* create(LocalStore& store, const OperatorContext& who, QWidget* parent = nullptr,
                                     QString* error = nullptr);

    ~SupervisorConsole() override;

    AuditTableModel* auditModel() const { return m_model; }
    QTableView* auditView() const { return m_view; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* verdictLabel() const { return m_verdict; }
    QProgressBar* verifyProgressBar() const { return m_verifyBar; }
    // How often (entries) the verification reports progress; tests use small chains.
    void setVerifyProgressEvery(qint64 entries) { m_verifyProgressEvery = entries; }
    // The counter's agency connection (libpq conninfo, no password) for the dashboard's agency-wide figures;
    // without it the dashboard shows this counter only.
    void setAgencyConnection(const QString& conninfo, const QString& terminalId);
    const DashboardFigures& dashboardFigures() const { return m_figures; }
    QLabel* dashboardNotice() const { return m_dashboardNotice; }
    bool hasOperatorAdministration() const { return m_operatorsTab != nullptr; }

public slots:
    void applyFilter();
    void startVerify();
    void cancelVerify();
    bool exportCsvTo(const QString& path);
    bool exportPdfTo(const QString& path);
    void refreshAnomalies();
    void refreshApprovals();
    void refreshDeadLetters();
    void refreshDashboard();
    void refreshOperators();

signals:
    void verifyFinished(bool ok, qint64 firstBadSequence);
    void verifyProgressed(qint64 done, qint64 total);
    // After every dashboard refresh: agencyWide is false when the local figures are shown (also as fallback).
    void dashboardRefreshed(bool agencyWide);
    void message(const QString& text);

private:
    SupervisorConsole(LocalStore& store, const OperatorContext& who, QWidget* parent);
    QWidget* buildAuditTab();
    QWidget* buildAnomalyTab();
    QWidget* buildApprovalsTab();
    QWidget* buildDeadLetterTab();
    QWidget* buildDashboardTab();
    QWidget* buildOperatorsTab();
    void showDetails();
    void showPhoto();
    void verifyDone();
    void showVerifyProgress(qint64 done, qint64 total);
    void say(const QString& text);

    LocalStore& m_store;
    OperatorContext m_who;
    SupervisorActions m_actions;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;

    // audit tab
    AuditTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_operator = nullptr;
    QComboBox* m_event = nullptr;
    QComboBox* m_result = nullptr;
    QLineEdit* m_branch = nullptr;
    QLineEdit* m_terminal = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_card = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_photoButton = nullptr;
    QLabel* m_photo = nullptr;
    QLabel* m_verdict = nullptr;
    QFutureWatcher<AuditVerifyReport> m_verifyWatcher;
    // Shared with the verifying thread, which writes the counts and reads the cancel flag.
    struct VerifyProgress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    std::shared_ptr<VerifyProgress> m_verifyState;
    QProgressBar* m_verifyBar = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_cancelVerify = nullptr;
    qint64 m_verifyProgressEvery = 16384;

    // anomalies
    QSpinBox* m_anomalyDays = nullptr;
    QTableWidget* m_anomalies = nullptr;
    QLineEdit* m_reviewComment = nullptr;
    QList<AnomalyFlag> m_flags;

    // approvals
    QTableWidget* m_approvals = nullptr;
    QLineEdit* m_decisionReason = nullptr;
    QCheckBox* m_showDecided = nullptr;
    QList<ApprovalQueueItem> m_pending;

    // dead letters
    QTableWidget* m_deadLetters = nullptr;
    QLineEdit* m_deadComment = nullptr;
    QList<DeadLetter> m_dead;

    // dashboard
    struct AgencyFetch
    {
        std::optional<DashboardFigures> figures;
        QString error;
    };
    void showDashboard(const DashboardFigures& d);
    void agencyFiguresArrived();
    QString m_agencyConnInfo;
    QString m_agencyTerminal;
    QComboBox* m_dashboardScope = nullptr;
    QLabel* m_dashboardNotice = nullptr;
    QFutureWatcher<AgencyFetch> m_agencyWatcher;
    DashboardFigures m_figures;
    QSpinBox* m_dashboardDays = nullptr;
    // Qt Charts views from carddesk-charts.so, loaded when the dashboard first draws (ui/plugins/ChartPanel.h).
    ChartPanel* m_perDay = nullptr;
    ChartPanel* m_failures = nullptr;
    ChartPanel* m_perOperator = nullptr;
    ChartPanel* m_syncLag = nullptr;

    // operators
    QWidget* m_operatorsTab = nullptr;
    QTableWidget* m_operators = nullptr;
    QLineEdit* m_opId = nullptr;
    QLineEdit* m_opName = nullptr;
    QComboBox* m_opRole = nullptr;
    QLineEdit* m_opPassword = nullptr;
};

} // namespace carddesk::ui
