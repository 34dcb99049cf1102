#pragma once

#include "app/devices/IdDocumentReader.h"
#include "app/identity/IdNumber.h"
#include "app/workflow/ServiceWorkflow.h"
#include "ui/ReceiptPrinter.h"
#include "ui/UiServices.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace carddesk::ui {

class PhotoStep;
class StepBar;

// The guided steps of one service, driven by the service's workflow (app/workflow): the page shows the
// workflow's state as steps and feeds it the clerk's input (the ID document typed or read, the card, the
// photo, the supervisor's approval); the citizen's PINs go from the PIN entry device straight to the workflow.
// Keyboard: Enter / Page Down = Next, Page Up = Back (identity only: the workflow never goes back),
// Escape = Cancel. The PIN never passes through this page.
class ServiceFlowPage : public QWidget
{
    Q_OBJECT
public:
    enum class Step
    {
        Identity,
        Card,
        Details,
        Photo,
        Pin,
        Confirm,
        Result,
    };
    Q_ENUM(Step)

    explicit ServiceFlowPage(UiServices& services, QWidget* parent = nullptr);
    ~ServiceFlowPage() override;

    void begin(ServiceType service, const OperatorContext& op);
    void cancel();

    ServiceType service() const { return m_service; }
    Step step() const;
    QList<Step> steps() const { return m_steps; }
    ServiceWorkflow* workflow() const { return m_workflow; }
    WorkflowState workflowState() const;
    bool canGoNext() const;
    QString message() const;
    QString resultText() const;
    bool lastSucceeded() const { return m_succeeded; }
    QString operationNumber() const;
    QString lastReceiptFile() const { return m_lastReceiptFile; }
    bool busy() const;
    int triesLeft() const { return m_triesLeft; }
    bool cardPresent() const { return m_cardPresent; }
    // The reader's PIN pad is offered for this service (PIN change, a pad with the feature, the region allows).
    bool pinPadOffered() const;
    // The workflow's word: a counter approval meanwhile withdraws the request without a "decided" signal.
    bool remoteApprovalPending() const { return m_workflow && m_workflow->isRemoteApprovalPending(); }

public slots:
    void next();
    void back();
    void printReceipt();
    // Remote approval: files the request in the supervisors' queue / takes it back (Alt+Q / Alt+W).
    void requestRemoteApproval();
    void withdrawRemoteApproval();

signals:
    void finished();
    void cardStateChanged(const QString& text);
    void cameraStateChanged(const QString& text, bool ok);
    void operationRecorded();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildIdentityPage();
    QWidget* buildCardPage();
    QWidget* buildDetailsPage();
    QWidget* buildPinPage();
    QWidget* buildConfirmPage();
    QWidget* buildResultPage();
    void showStep(Step step);
    void updateButtons();
    void setMessage(const QString& text, bool error);
    void retranslate();
    QString stepName(Step step) const;
    Representation representation() const;

    void validateIdentity();
    QString identityProblem() const;
    IdDocument holderDocument() const;
    IdDocument agentDocument() const;
    void scanAuthorisation();
    void startWorkflow();
    void pollCard();
    void onCardPolled();
    void onState(WorkflowState state);
    void onWorkflowMessage(const QString& text, MessageLevel level);
    void onFinished(bool success);
    void submitDetails();
    void updateDetails();
    // The workflow's verdict on the temporary report (in time / lapsed), shown once the details are accepted.
    QString temporaryReportVerdict(bool inTime) const;
    void submitApproval();
    void showResult();
    void queryTriesAfter();
    WorkflowServices workflowServices();
    void updateRemoteApproval();

    UiServices& m_services;
    ServiceType m_service = ServiceType::PinReset;
    OperatorContext m_op;
    QList<Step> m_steps;
    Step m_step = Step::Identity;
    QPointer<ServiceWorkflow> m_workflow;
    ManualIdEntry m_manualEntry;
    EvidenceImage m_authorisation;
    bool m_succeeded = false;
    bool m_finished = false;
    QString m_failureText;
    QString m_lastReceiptFile;
    QStringList m_approvalReasons;
    bool m_nameQuestion = false;
    // card presence, before the workflow reads the card
    QTimer m_cardTimer;
    QFutureWatcher<CardResult> m_pollWatcher;
    QFutureWatcher<CardResult> m_triesWatcher;
    bool m_cardPresent = false;
    int m_triesLeft = -1;
    int m_triesAfter = -1;
    int m_pinDigits = 0;
    int m_pinLength = 6;
    WorkflowState m_pinState = WorkflowState::EnteringNewPin;

    StepBar* m_stepBar = nullptr;
    QLabel* m_serviceTitle = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_identityPage = nullptr;
    QWidget* m_cardPage = nullptr;
    QWidget* m_detailsPage = nullptr;
    PhotoStep* m_photo = nullptr;
    QWidget* m_pinPage = nullptr;
    QWidget* m_confirmPage = nullptr;
    QWidget* m_resultPage = nullptr;
    // identity
    QLabel* m_idLabel = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QLabel* m_idStatus = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLabel* m_validLabel = nullptr;
    QDateEdit* m_validTo = nullptr;
    QCheckBox* m_longTerm = nullptr;
    QLabel* m_repLabel = nullptr;
    QComboBox* m_representation = nullptr;
    QWidget* m_agentBox = nullptr;
    QLabel* m_agentIdLabel = nullptr;
    QLineEdit* m_agentIdEdit = nullptr;
    QLabel* m_agentIdStatus = nullptr;
    QLabel* m_agentNameLabel = nullptr;
    QLineEdit* m_agentNameEdit = nullptr;
    QLabel* m_agentValidLabel = nullptr;
    QDateEdit* m_agentValidTo = nullptr;
    QPushButton* m_scanButton = nullptr;
    QLabel* m_scanStatus = nullptr;
    QLabel* m_cachedRecord = nullptr;
    QPushButton* m_readIdButton = nullptr;
    // card
    QLabel* m_cardPrompt = nullptr;
    QLabel* m_cardDetails = nullptr;
    QLabel* m_cardMatch = nullptr;
    QCheckBox* m_nameConfirmed = nullptr;
    QCheckBox* m_usePinPad = nullptr;
    // details
    QCheckBox* m_temporaryReport = nullptr;
    QDateTimeEdit* m_temporaryTime = nullptr;
    QLabel* m_temporaryVerdict = nullptr;
    QString m_detailsVerdict;
    QLabel* m_circumstancesLabel = nullptr;
    QLineEdit* m_circumstances = nullptr;
    QLabel* m_reissueReasonLabel = nullptr;
    QComboBox* m_reissueReason = nullptr;
    QLabel* m_deliveryLabel = nullptr;
    QComboBox* m_delivery = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_recipientLabel = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLineEdit* m_phone = nullptr;
    // pin
    QLabel* m_pinPromptLabel = nullptr;
    QLabel* m_pinDots = nullptr;
    QLabel* m_pinPolicyLabel = nullptr;
    QProgressBar* m_pinPadProgress = nullptr;
    // confirm
    QLabel* m_summary = nullptr;
    QWidget* m_approvalBox = nullptr;
    QLabel* m_approvalReason = nullptr;
    QLabel* m_supervisorLabel = nullptr;
    QLineEdit* m_supervisorId = nullptr;
    QLabel* m_supervisorPasswordLabel = nullptr;
    QLineEdit* m_supervisorPassword = nullptr;
    QPushButton* m_remoteButton = nullptr;
    QWidget* m_remoteBox = nullptr;
    QLabel* m_remoteStatus = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QDateTime m_remoteSentAt;
    // result
    QLabel* m_resultLabel = nullptr;
    QPushButton* m_printButton = nullptr;
};

} // namespace carddesk::ui
