#pragma once
// The supervisor's console: audit log (filters, details, photos for allowed roles, verify, export), anomaly
// flags with review marks, the approvals queue, sync dead letters, the dashboard, and (administrators)
// operator administration. All decisions and checks live in app/supervision; this is the view.

#include "app/audit/AuditVerifier.h"
#include "app/supervision/AnomalyRules.h"
#include "app/supervision/SupervisorActions.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

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
class QProgressDialog;

class QChartView;

namespace carddesk {
class LocalStore;
}

namespace carddesk::ui {

class AuditTableModel;

class SupervisorConsole : public QWidget
{
    Q_OBJECT
public:
    // nullptr when `who` may not open the console (a clerk, a teller): the check is SupervisorAccess's.
    static SupervisorConsole* create(LocalStore& store, const OperatorContext& who, QWidget* parent = nullptr,
                                     QString* error = nullptr);

    AuditTableModel* auditModel() const { return m_model; }
    QTableView* auditView() const { return m_view; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* verdictLabel() const { return m_verdict; }
    bool hasOperatorAdministration() const { return m_operatorsTab != nullptr; }

public slots:
    void applyFilter();
    void startVerify();
    bool exportCsvTo(const QString& path);
    bool exportPdfTo(const QString& path);
    void refreshAnomalies();
    void refreshApprovals();
    void refreshDeadLetters();
    void refreshDashboard();
    void refreshOperators();

signals:
    void verifyFinished(bool ok, qint64 firstBadSequence);
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
    QProgressDialog* m_progress = nullptr;

    // anomalies
    QSpinBox* m_anomalyDays = nullptr;
    QTableWidget* m_anomalies = nullptr;
    QLineEdit* m_reviewComment = nullptr;
    QList<AnomalyFlag> m_flags;

    // approvals
    QTableWidget* m_approvals = nullptr;
    QLineEdit* m_decisionReason = nullptr;
    QList<ApprovalQueueItem> m_pending;

    // dead letters
    QTableWidget* m_deadLetters = nullptr;
    QLineEdit* m_deadComment = nullptr;
    QList<DeadLetter> m_dead;

    // dashboard
    QSpinBox* m_dashboardDays = nullptr;
    QChartView* m_perDay = nullptr;
    QChartView* m_failures = nullptr;
    QChartView* m_perOperator = nullptr;
    QChartView* m_syncLag = nullptr;

    // operators
    QWidget* m_operatorsTab = nullptr;
    QTableWidget* m_operators = nullptr;
    QLineEdit* m_opId = nullptr;
    QLineEdit* m_opName = nullptr;
    QComboBox* m_opRole = nullptr;
    QLineEdit* m_opPassword = nullptr;
};

} // namespace carddesk::ui
