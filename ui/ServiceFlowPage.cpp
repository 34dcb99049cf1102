#include "ui/ServiceFlowPage.h"

#include "app/photo/CardPhotoMaker.h"
#include "app/workflow/ECertificatePasswordResetWorkflow.h"
#include "app/workflow/LossReportWorkflow.h"
#include "app/workflow/PinChangeWorkflow.h"
#include "app/workflow/PinResetWorkflow.h"
#include "app/workflow/PinUnblockWorkflow.h"
#include "app/workflow/ReissueWorkflow.h"
#include "app/workflow/ServicePasswordResetWorkflow.h"
#include "ui/CustomerPinWindow.h"
#include "ui/PhotoStep.h"
#include "ui/ServiceText.h"
#include "ui/StepBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::ui {

namespace {

// One thread for every call to the card: the workflow's and this page's polls never overlap.
QThreadPool* cardPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return pool;
}

QLabel* bigLabel(QWidget* parent, const char* objectName, double scale = 1.2)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    l->setFont(f);
    return l;
}

// What to do next after a workflow failure, by its result code.
QString nextStepForCode(const QString& code)
{
    for (int e = static_cast<int>(CardError::None); e <= static_cast<int>(CardError::Cancelled); ++e)
        if (cardErrorName(static_cast<CardError>(e)) == code)
            return ServiceText::nextStepFor(static_cast<CardError>(e));
    if (code == QLatin1String("id-mismatch"))
        return ServiceText::nextStepFor(CardError::WrongCard);
    if (code == QLatin1String("card-lost") || code == QLatin1String("card-cancelled"))
        return QCoreApplication::translate("carddesk::ui::ServiceFlowPage", "Offer a card reissue instead.");
    if (code.startsWith(QLatin1String("pin-")))
        return QCoreApplication::translate("carddesk::ui::ServiceFlowPage",
                                           "Start the service again and let the citizen choose another PIN.");
    if (code == QLatin1String("approval-rejected"))
        return QCoreApplication::translate("carddesk::ui::ServiceFlowPage",
                                           "Tell the citizen the supervisor's reason; once it is resolved, start the "
                                           "service again.");
    if (code == QLatin1String("not-recorded") || code == QLatin1String("audit-failed"))
        return QCoreApplication::translate("carddesk::ui::ServiceFlowPage",
                                           "Call the administrator: the local store could not write.");
    return QCoreApplication::translate("carddesk::ui::ServiceFlowPage",
                                       "Check the documents and start the service again if appropriate.");
}

} // namespace

ServiceFlowPage::ServiceFlowPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("serviceFlowPage"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    m_serviceTitle = bigLabel(this, "serviceTitle", 1.5);
    m_stepBar = new StepBar(this);
    m_pages = new QStackedWidget(this);
    m_message = bigLabel(this, "flowMessage", 1.1);
    layout->addWidget(m_serviceTitle);
    layout->addWidget(m_stepBar);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    for (QPushButton* b : {m_cancel, m_back, m_next}) {
        b->setMinimumHeight(44);
        // Enter on a focused Cancel / Back presses that button; anywhere else Enter means Next (keyPressEvent).
        b->setAutoDefault(true);
    }
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_next, &QPushButton::clicked, this, &ServiceFlowPage::next);
    connect(m_back, &QPushButton::clicked, this, &ServiceFlowPage::back);
    connect(m_cancel, &QPushButton::clicked, this, &ServiceFlowPage::cancel);

    m_identityPage = buildIdentityPage();
    m_cardPage = buildCardPage();
    m_detailsPage = buildDetailsPage();
    m_photo = new PhotoStep(this);
    m_pinPage = buildPinPage();
    m_confirmPage = buildConfirmPage();
    m_resultPage = buildResultPage();
    for (QWidget* w : {m_identityPage, m_cardPage, m_detailsPage, static_cast<QWidget*>(m_photo), m_pinPage,
                       m_confirmPage, m_resultPage})
        m_pages->addWidget(w);
    connect(m_photo, &PhotoStep::photoReady, this, &ServiceFlowPage::updateButtons);
    connect(m_photo, &PhotoStep::photoCleared, this, &ServiceFlowPage::updateButtons);
    connect(m_photo, &PhotoStep::cameraStateChanged, this, &ServiceFlowPage::cameraStateChanged);
    connect(&m_pollWatcher, &QFutureWatcher<CardResult>::finished, this, &ServiceFlowPage::onCardPolled);
    connect(&m_triesWatcher, &QFutureWatcher<CardResult>::finished, this, [this] {
        // A late answer for a service that was already finished and replaced is dropped.
        if (!m_finished || m_step != Step::Result)
            return;
        const CardResult r = m_triesWatcher.result();
        m_triesAfter = r.ok() ? r.triesLeft : (r.error == CardError::PinBlocked ? 0 : -1);
        showResult();
    });
    connect(&m_cardTimer, &QTimer::timeout, this, &ServiceFlowPage::pollCard);
    m_cardTimer.setInterval(500);

    if (auto* customer = qobject_cast<CustomerPinEntry*>(m_services.pinEntry)) {
        connect(customer->window(), &CustomerPinWindow::progressChanged, this, [this](int digits, int length) {
            m_pinDigits = digits;
            m_pinLength = length;
            retranslate();
        });
    }
    retranslate();
}

ServiceFlowPage::~ServiceFlowPage()
{
    m_cardTimer.stop();
    m_pollWatcher.waitForFinished();
    m_triesWatcher.waitForFinished();
    delete m_workflow;
}

// ----------------------------------------------------------------------------------------------- pages

QWidget* ServiceFlowPage::buildIdentityPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_idEdit = new QLineEdit(page);
    m_idEdit->setObjectName(QStringLiteral("idNumberEdit"));
    m_idEdit->setMaxLength(24);
    QFont f = m_idEdit->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_idEdit->setFont(f);
    m_idLabel = new QLabel(page);
    m_idLabel->setBuddy(m_idEdit);
    m_idStatus = bigLabel(page, "idNumberStatus", 1.0);
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("holderNameEdit"));
    m_nameLabel = new QLabel(page);
    m_nameLabel->setBuddy(m_nameEdit);
    auto* validRow = new QHBoxLayout;
    m_validTo = new QDateEdit(page);
    m_validTo->setObjectName(QStringLiteral("validToEdit"));
    m_validTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_validTo->setCalendarPopup(true);
    m_longTerm = new QCheckBox(page);
    m_longTerm->setObjectName(QStringLiteral("longTermCheck"));
    validRow->addWidget(m_validTo);
    validRow->addWidget(m_longTerm);
    validRow->addStretch();
    m_validLabel = new QLabel(page);
    m_validLabel->setBuddy(m_validTo);
    m_representation = new QComboBox(page);
    m_representation->setObjectName(QStringLiteral("representationCombo"));
    for (Representation r : {Representation::Self, Representation::Proxy, Representation::Guardian})
        m_representation->addItem(QString(), static_cast<int>(r));
    m_repLabel = new QLabel(page);
    m_repLabel->setBuddy(m_representation);
    m_readIdButton = new QPushButton(page);
    m_readIdButton->setObjectName(QStringLiteral("readIdButton"));
    m_readIdButton->setShortcut(QKeySequence(Qt::Key_F9));
    m_readIdButton->setVisible(m_services.idReader != nullptr);

    m_agentBox = new QWidget(page);
    auto* agentForm = new QFormLayout(m_agentBox);
    agentForm->setContentsMargins(0, 0, 0, 0);
    m_agentIdEdit = new QLineEdit(m_agentBox);
    m_agentIdEdit->setObjectName(QStringLiteral("agentIdEdit"));
    m_agentIdLabel = new QLabel(m_agentBox);
    m_agentIdLabel->setBuddy(m_agentIdEdit);
    m_agentIdStatus = bigLabel(m_agentBox, "agentIdStatus", 1.0);
    m_agentNameEdit = new QLineEdit(m_agentBox);
    m_agentNameEdit->setObjectName(QStringLiteral("agentNameEdit"));
    m_agentNameLabel = new QLabel(m_agentBox);
    m_agentNameLabel->setBuddy(m_agentNameEdit);
    m_agentValidTo = new QDateEdit(m_agentBox);
    m_agentValidTo->setObjectName(QStringLiteral("agentValidToEdit"));
    m_agentValidTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_agentValidLabel = new QLabel(m_agentBox);
    m_agentValidLabel->setBuddy(m_agentValidTo);
    m_scanButton = new QPushButton(m_agentBox);
    m_scanButton->setObjectName(QStringLiteral("scanAuthorisationButton"));
    m_scanButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_U));
    m_scanStatus = bigLabel(m_agentBox, "scanStatus", 1.0);
    agentForm->addRow(m_agentIdLabel, m_agentIdEdit);
    agentForm->addRow(QString(), m_agentIdStatus);
    agentForm->addRow(m_agentNameLabel, m_agentNameEdit);
    agentForm->addRow(m_agentValidLabel, m_agentValidTo);
    agentForm->addRow(m_scanButton, m_scanStatus);
    m_cachedRecord = bigLabel(page, "cachedRecord", 1.0);

    form->addRow(m_idLabel, m_idEdit);
    form->addRow(QString(), m_idStatus);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_validLabel, validRow);
    form->addRow(m_repLabel, m_representation);
    form->addRow(QString(), m_agentBox);
    form->addRow(QString(), m_readIdButton);
    form->addRow(QString(), m_cachedRecord);

    connect(m_idEdit, &QLineEdit::textChanged, this, &ServiceFlowPage::validateIdentity);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ServiceFlowPage::validateIdentity);
    connect(m_agentIdEdit, &QLineEdit::textChanged, this, &ServiceFlowPage::validateIdentity);
    connect(m_agentNameEdit, &QLineEdit::textChanged, this, &ServiceFlowPage::validateIdentity);
    connect(m_longTerm, &QCheckBox::toggled, this, [this](bool on) {
        m_validTo->setEnabled(!on);
        validateIdentity();
    });
    connect(m_validTo, &QDateEdit::dateChanged, this, &ServiceFlowPage::validateIdentity);
    connect(m_representation, &QComboBox::currentIndexChanged, this, &ServiceFlowPage::validateIdentity);
    connect(m_scanButton, &QPushButton::clicked, this, &ServiceFlowPage::scanAuthorisation);
    if (m_services.idReader) {
        connect(m_readIdButton, &QPushButton::clicked, m_services.idReader, &IdDocumentReader::requestRead);
        connect(m_services.idReader, &IdDocumentReader::documentRead, this, [this](const IdDocument& doc) {
            if (m_step != Step::Identity || m_workflow)
                return;
            // The reader fills the holder's fields first, then the agent's.
            const bool agent = representation() != Representation::Self && IdNumber::parse(m_idEdit->text()).isValid()
                               && IdNumber::parse(doc.idNumber) != IdNumber::parse(m_idEdit->text());
            (agent ? m_agentIdEdit : m_idEdit)->setText(doc.idNumber);
            (agent ? m_agentNameEdit : m_nameEdit)->setText(doc.name);
            if (doc.validLongTerm && !agent)
                m_longTerm->setChecked(true);
            else
                (agent ? m_agentValidTo : m_validTo)->setDate(doc.validTo);
        });
        connect(m_services.idReader, &IdDocumentReader::readFailed, this, [this](const QString& why) {
            setMessage(why + QLatin1Char('\n') + tr("Type the data from the document instead."), true);
        });
    }
    setTabOrder(m_idEdit, m_nameEdit);
    setTabOrder(m_nameEdit, m_validTo);
    setTabOrder(m_validTo, m_longTerm);
    setTabOrder(m_longTerm, m_representation);
    setTabOrder(m_representation, m_agentIdEdit);
    setTabOrder(m_agentIdEdit, m_agentNameEdit);
    setTabOrder(m_agentNameEdit, m_agentValidTo);
    setTabOrder(m_agentValidTo, m_scanButton);
    return page;
}

QWidget* ServiceFlowPage::buildCardPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_cardPrompt = bigLabel(page, "cardPrompt", 1.5);
    m_cardDetails = bigLabel(page, "cardDetails", 1.1);
    m_cardMatch = bigLabel(page, "cardMatch", 1.3);
    m_nameConfirmed = new QCheckBox(page);
    m_nameConfirmed->setObjectName(QStringLiteral("nameConfirmed"));
    m_nameConfirmed->setVisible(false);
    connect(m_nameConfirmed, &QCheckBox::toggled, this, &ServiceFlowPage::updateButtons);
    // The PIN entry device is chosen before the card is read: the workflow cannot switch once a PIN step began.
    m_usePinPad = new QCheckBox(page);
    m_usePinPad->setObjectName(QStringLiteral("usePinPadCheck"));
    m_usePinPad->setVisible(false);
    layout->addWidget(m_cardPrompt);
    layout->addWidget(m_cardDetails);
    layout->addWidget(m_cardMatch);
    layout->addWidget(m_nameConfirmed);
    layout->addWidget(m_usePinPad);
    layout->addStretch();
    return page;
}

QWidget* ServiceFlowPage::buildDetailsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    // Loss report: was there a temporary (phone / online) report, and when? The region's deadline decides
    // whether it is confirmed or lapsed; the verdict shows as the clerk sets the time.
    m_temporaryReport = new QCheckBox(page);
    m_temporaryReport->setObjectName(QStringLiteral("temporaryReportCheck"));
    m_temporaryTime = new QDateTimeEdit(page);
    m_temporaryTime->setObjectName(QStringLiteral("temporaryReportTimeEdit"));
    m_temporaryTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_temporaryTime->setCalendarPopup(true);
    m_temporaryTime->setEnabled(false);
    m_temporaryVerdict = bigLabel(page, "temporaryReportVerdict", 1.0);
    m_circumstances = new QLineEdit(page);
    m_circumstances->setObjectName(QStringLiteral("circumstancesEdit"));
    m_circumstancesLabel = new QLabel(page);
    m_circumstancesLabel->setBuddy(m_circumstances);
    // Reissue: reason, delivery, and for mail the address, recipient and a mobile number for the courier.
    m_reissueReason = new QComboBox(page);
    m_reissueReason->setObjectName(QStringLiteral("reissueReasonCombo"));
    m_reissueReasonLabel = new QLabel(page);
    m_reissueReasonLabel->setBuddy(m_reissueReason);
    m_delivery = new QComboBox(page);
    m_delivery->setObjectName(QStringLiteral("deliveryCombo"));
    m_deliveryLabel = new QLabel(page);
    m_deliveryLabel->setBuddy(m_delivery);
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_addressLabel = new QLabel(page);
    m_addressLabel->setBuddy(m_address);
    m_recipient = new QLineEdit(page);
    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_recipientLabel = new QLabel(page);
    m_recipientLabel->setBuddy(m_recipient);
    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setMaxLength(20);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel = new QLabel(page);
    m_phoneLabel->setBuddy(m_phone);
    // "[x] Already reported by phone or online, at: [date time]" reads as one sentence.
    auto* temporaryRow = new QHBoxLayout;
    temporaryRow->addWidget(m_temporaryReport);
    temporaryRow->addWidget(m_temporaryTime);
    temporaryRow->addStretch();
    form->addRow(QString(), temporaryRow);
    form->addRow(QString(), m_temporaryVerdict);
    form->addRow(m_circumstancesLabel, m_circumstances);
    form->addRow(m_reissueReasonLabel, m_reissueReason);
    form->addRow(m_deliveryLabel, m_delivery);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_recipientLabel, m_recipient);
    form->addRow(m_phoneLabel, m_phone);
    connect(m_temporaryReport, &QCheckBox::toggled, this, &ServiceFlowPage::updateDetails);
    connect(m_temporaryTime, &QDateTimeEdit::dateTimeChanged, this, &ServiceFlowPage::updateDetails);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, &ServiceFlowPage::updateDetails);
    setTabOrder(m_temporaryReport, m_temporaryTime);
    setTabOrder(m_temporaryTime, m_circumstances);
    setTabOrder(m_reissueReason, m_delivery);
    setTabOrder(m_delivery, m_address);
    setTabOrder(m_address, m_recipient);
    setTabOrder(m_recipient, m_phone);
    return page;
}

void ServiceFlowPage::updateDetails()
{
    const bool temporary = m_temporaryReport->isChecked();
    m_temporaryTime->setEnabled(temporary);
    if (!temporary) {
        m_temporaryVerdict->setText(tr("No temporary report: this is the first report of the loss."));
        m_temporaryVerdict->setStyleSheet({});
    } else {
        const QDateTime when = m_temporaryTime->dateTime();
        const QDateTime now = QDateTime::currentDateTime();
        const int hours = m_services.region.lossReportDeadlineHours;
        if (when > now.addSecs(60)) {
            m_temporaryVerdict->setText(QStringLiteral("\u2717 ") + tr("The time of the temporary report cannot lie in the future."));
            m_temporaryVerdict->setStyleSheet(QStringLiteral("color: #b03a2e;"));
        } else {
            const bool inTime = when.secsTo(now) <= qint64(hours) * 3600;
            m_temporaryVerdict->setText(temporaryReportVerdict(inTime));
            m_temporaryVerdict->setStyleSheet(inTime ? QStringLiteral("color: #1e8449;") : QStringLiteral("color: #b9770e;"));
        }
    }
    const bool mail = m_delivery->currentIndex() == static_cast<int>(ReissueDetails::Delivery::Mail);
    for (QWidget* w : {static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_addressLabel),
                       static_cast<QWidget*>(m_recipient), static_cast<QWidget*>(m_recipientLabel),
                       static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_phoneLabel)})
        w->setEnabled(mail);
}

QString ServiceFlowPage::temporaryReportVerdict(bool inTime) const
{
    const int hours = m_services.region.lossReportDeadlineHours;
    return inTime ? QStringLiteral("\u2713 ")
                        + tr("Within the region's deadline of %n hour(s): the temporary report is confirmed.", nullptr,
                             hours)
                  : QStringLiteral("\u26A0 ")
                        + tr("Older than the region's deadline of %n hour(s): the temporary report has lapsed; this "
                             "is recorded as a new report.",
                             nullptr, hours);
}

QWidget* ServiceFlowPage::buildPinPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_pinPromptLabel = bigLabel(page, "clerkPinPrompt", 1.3);
    m_pinDots = bigLabel(page, "clerkPinDots", 2.5);
    m_pinDots->setAccessibleName(QStringLiteral("PIN"));
    m_pinPolicyLabel = bigLabel(page, "clerkPinPolicy", 1.1);
    m_pinPolicyLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    // While the citizen types on the reader's pad the host sees no digits: a busy bar instead of dots.
    m_pinPadProgress = new QProgressBar(page);
    m_pinPadProgress->setObjectName(QStringLiteral("pinPadProgress"));
    m_pinPadProgress->setRange(0, 0);
    m_pinPadProgress->setTextVisible(false);
    m_pinPadProgress->setVisible(false);
    layout->addWidget(m_pinPromptLabel);
    layout->addWidget(m_pinDots);
    layout->addWidget(m_pinPadProgress);
    layout->addWidget(m_pinPolicyLabel);
    layout->addStretch();
    return page;
}

QWidget* ServiceFlowPage::buildConfirmPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_summary = bigLabel(page, "confirmSummary", 1.15);
    m_approvalBox = new QWidget(page);
    m_approvalBox->setObjectName(QStringLiteral("approvalBox"));
    auto* form = new QFormLayout(m_approvalBox);
    m_approvalReason = bigLabel(m_approvalBox, "approvalReason", 1.0);
    m_supervisorId = new QLineEdit(m_approvalBox);
    m_supervisorId->setObjectName(QStringLiteral("supervisorIdEdit"));
    m_supervisorLabel = new QLabel(m_approvalBox);
    m_supervisorLabel->setBuddy(m_supervisorId);
    m_supervisorPassword = new QLineEdit(m_approvalBox);
    m_supervisorPassword->setObjectName(QStringLiteral("supervisorPasswordEdit"));
    m_supervisorPassword->setEchoMode(QLineEdit::Password);
    m_supervisorPasswordLabel = new QLabel(m_approvalBox);
    m_supervisorPasswordLabel->setBuddy(m_supervisorPassword);
    // Or the request goes to the supervisors' queue (supervisor console) and the counter waits for the decision.
    m_remoteButton = new QPushButton(m_approvalBox);
    m_remoteButton->setObjectName(QStringLiteral("requestRemoteApprovalButton"));
    m_remoteButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Q));
    m_remoteButton->setAutoDefault(true);
    m_remoteButton->setVisible(m_services.remoteApprovals != nullptr);
    m_remoteBox = new QWidget(m_approvalBox);
    m_remoteBox->setObjectName(QStringLiteral("remoteApprovalBox"));
    auto* remoteLayout = new QVBoxLayout(m_remoteBox);
    remoteLayout->setContentsMargins(0, 0, 0, 0);
    m_remoteStatus = bigLabel(m_remoteBox, "remoteApprovalStatus", 1.1);
    auto* waiting = new QProgressBar(m_remoteBox);
    waiting->setRange(0, 0);
    waiting->setTextVisible(false);
    waiting->setMaximumHeight(8);
    m_withdrawButton = new QPushButton(m_remoteBox);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawRemoteApprovalButton"));
    m_withdrawButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_W));
    m_withdrawButton->setAutoDefault(true);
    remoteLayout->addWidget(m_remoteStatus);
    remoteLayout->addWidget(waiting);
    remoteLayout->addWidget(m_withdrawButton, 0, Qt::AlignLeft);
    m_remoteBox->setVisible(false);
    form->addRow(m_approvalReason);
    form->addRow(m_supervisorLabel, m_supervisorId);
    form->addRow(m_supervisorPasswordLabel, m_supervisorPassword);
    auto* remoteRow = new QHBoxLayout;
    remoteRow->addWidget(m_remoteButton);
    remoteRow->addStretch();
    form->addRow(QString(), remoteRow);
    form->addRow(m_remoteBox);
    // Alt+Q / Alt+W while the supervisor's fields have the focus: a line edit may take Alt+letter as text.
    m_supervisorId->installEventFilter(this);
    m_supervisorPassword->installEventFilter(this);
    connect(m_remoteButton, &QPushButton::clicked, this, &ServiceFlowPage::requestRemoteApproval);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ServiceFlowPage::withdrawRemoteApproval);
    setTabOrder(m_supervisorId, m_supervisorPassword);
    setTabOrder(m_supervisorPassword, m_remoteButton);
    connect(m_supervisorId, &QLineEdit::textChanged, this, &ServiceFlowPage::updateButtons);
    connect(m_supervisorPassword, &QLineEdit::textChanged, this, &ServiceFlowPage::updateButtons);
    layout->addWidget(m_summary);
    layout->addWidget(m_approvalBox);
    layout->addStretch();
    return page;
}

QWidget* ServiceFlowPage::buildResultPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_resultLabel = bigLabel(page, "resultText", 1.3);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_printButton = new QPushButton(page);
    m_printButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_printButton->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_printButton, &QPushButton::clicked, this, &ServiceFlowPage::printReceipt);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_printButton, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

// ----------------------------------------------------------------------------------------------- flow

Representation ServiceFlowPage::representation() const
{
    return static_cast<Representation>(m_representation->currentData().toInt());
}

void ServiceFlowPage::begin(ServiceType service, const OperatorContext& op)
{
    if (m_workflow) {
        m_workflow->disconnect(this);
        m_workflow->cancel();
        delete m_workflow;
    }
    m_cardTimer.stop();
    m_pollWatcher.waitForFinished();
    m_triesWatcher.waitForFinished();
    m_service = service;
    m_op = op;
    m_steps = {Step::Identity};
    if (ServiceText::needsCard(service))
        m_steps << Step::Card;
    if (service == ServiceType::LossReport || service == ServiceType::Reissue)
        m_steps << Step::Details;
    if (service != ServiceType::PinChange)
        m_steps << Step::Photo;
    if (ServiceText::needsNewPin(service))
        m_steps << Step::Pin;
    m_steps << Step::Confirm << Step::Result;
    m_idEdit->clear();
    m_nameEdit->clear();
    m_validTo->setDate(QDate::currentDate().addYears(10));
    m_longTerm->setChecked(false);
    m_agentIdEdit->clear();
    m_agentNameEdit->clear();
    m_agentValidTo->setDate(QDate::currentDate().addYears(10));
    m_authorisation = {};
    m_scanStatus->clear();
    m_representation->setCurrentIndex(0);
    m_supervisorId->clear();
    m_supervisorPassword->clear();
    m_temporaryReport->setChecked(false);
    m_temporaryTime->setMaximumDateTime(QDateTime::currentDateTime());
    m_temporaryTime->setDateTime(QDateTime::currentDateTime());
    m_detailsVerdict.clear();
    m_circumstances->clear();
    m_reissueReason->setCurrentIndex(0);
    m_delivery->setCurrentIndex(0);
    m_address->clear();
    m_recipient->clear();
    m_phone->clear();
    updateDetails();
    m_nameConfirmed->setChecked(false);
    m_nameConfirmed->setVisible(false);
    m_usePinPad->setChecked(false);
    m_usePinPad->setVisible(false);
    m_pinPadProgress->setVisible(false);
    m_remoteBox->setVisible(false);
    m_nameQuestion = false;
    m_cardPresent = false;
    m_triesLeft = -1;
    m_triesAfter = -1;
    m_succeeded = false;
    m_finished = false;
    m_failureText.clear();
    m_lastReceiptFile.clear();
    m_approvalReasons.clear();
    m_cardDetails->clear();
    m_cardMatch->clear();
    m_pinDigits = 0;
    m_manualEntry.cancel();
    m_photo->setCameraOpener(m_services.openCamera);
    m_photo->setSizeBounds({m_services.region.photoMinBytes, m_services.region.photoMaxBytes});
    m_photo->clear();
    QStringList names;
    for (Step s : std::as_const(m_steps))
        names << stepName(s);
    m_stepBar->setSteps(names);
    showStep(Step::Identity);
    validateIdentity();
    m_idEdit->setFocus();
}

void ServiceFlowPage::cancel()
{
    if (m_steps.isEmpty())
        return;
    if (m_workflow && !isTerminal(m_workflow->state())) {
        if (!m_workflow->cancel())
            return; // the card is being written: the workflow finishes and records first
        return;     // Cancelled arrives through onState and closes the page
    }
    m_cardTimer.stop();
    m_photo->stop();
    m_steps.clear();
    emit cardStateChanged({});
    emit finished();
}

ServiceFlowPage::Step ServiceFlowPage::step() const
{
    return m_step;
}

WorkflowState ServiceFlowPage::workflowState() const
{
    return m_workflow ? m_workflow->state() : WorkflowState::Idle;
}

bool ServiceFlowPage::busy() const
{
    const WorkflowState s = workflowState();
    return s == WorkflowState::Executing || s == WorkflowState::Recording || s == WorkflowState::ReadingCard;
}

void ServiceFlowPage::showStep(Step s)
{
    if (m_step == Step::Photo && s != Step::Photo)
        m_photo->stop();
    if (m_step != s)
        setMessage({}, false); // the last step's messages are done with
    m_step = s;
    QWidget* page = nullptr;
    switch (s) {
    case Step::Identity: page = m_identityPage; break;
    case Step::Card: page = m_cardPage; break;
    case Step::Details: page = m_detailsPage; break;
    case Step::Photo: page = m_photo; break;
    case Step::Pin: page = m_pinPage; break;
    case Step::Confirm: page = m_confirmPage; break;
    case Step::Result: page = m_resultPage; break;
    }
    m_pages->setCurrentWidget(page);
    m_stepBar->setCurrent(std::max<int>(0, static_cast<int>(m_steps.indexOf(s))));
    const bool detailsLoss = m_service == ServiceType::LossReport;
    for (QWidget* w : {static_cast<QWidget*>(m_temporaryReport), static_cast<QWidget*>(m_temporaryTime),
                       static_cast<QWidget*>(m_temporaryVerdict), static_cast<QWidget*>(m_circumstances),
                       static_cast<QWidget*>(m_circumstancesLabel)})
        w->setVisible(detailsLoss);
    for (QWidget* w : {static_cast<QWidget*>(m_reissueReason), static_cast<QWidget*>(m_reissueReasonLabel),
                       static_cast<QWidget*>(m_delivery), static_cast<QWidget*>(m_deliveryLabel),
                       static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_addressLabel),
                       static_cast<QWidget*>(m_recipient), static_cast<QWidget*>(m_recipientLabel),
                       static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_phoneLabel)})
        w->setVisible(!detailsLoss);
    if (s == Step::Details) {
        // The temporary report cannot lie in the future: "now" moves on while the citizen is at the counter.
        m_temporaryTime->setMaximumDateTime(QDateTime::currentDateTime());
        updateDetails();
    }
    retranslate();
    updateButtons();
    switch (s) {
    case Step::Identity: m_idEdit->setFocus(); break;
    case Step::Details: (detailsLoss ? static_cast<QWidget*>(m_temporaryReport) : m_reissueReason)->setFocus(); break;
    case Step::Confirm:
        if (m_approvalBox->isVisibleTo(m_confirmPage))
            m_supervisorId->setFocus();
        else
            m_next->setFocus();
        break;
    default: m_next->setFocus(); break;
    }
    // Whatever happens to the focused widget, the keys (Enter, Esc, ...) still reach this page.
    if (!QApplication::focusWidget() || !isAncestorOf(QApplication::focusWidget()))
        setFocus();
}

bool ServiceFlowPage::canGoNext() const
{
    if (m_steps.isEmpty() || busy())
        return false;
    const WorkflowState s = workflowState();
    switch (m_step) {
    case Step::Identity: return identityProblem().isEmpty();
    case Step::Card:
        if (!m_workflow)
            return m_cardPresent;
        return s == WorkflowState::AwaitingNameConfirmation && m_nameConfirmed->isChecked();
    case Step::Details: return s == WorkflowState::AwaitingDetails;
    case Step::Photo: return s == WorkflowState::AwaitingPhoto && m_photo->hasPhoto();
    case Step::Pin: return false; // the citizen types; the workflow goes on by itself
    case Step::Confirm:
        if (s == WorkflowState::AwaitingApproval)
            return !m_supervisorId->text().trimmed().isEmpty() && !m_supervisorPassword->text().isEmpty();
        return s == WorkflowState::NotRecorded;
    case Step::Result: return true;
    }
    return false;
}

void ServiceFlowPage::next()
{
    if (!canGoNext()) {
        if (m_step == Step::Identity)
            setMessage(identityProblem(), true);
        else if (m_step == Step::Card && !m_workflow)
            setMessage(tr("Insert the citizen's social security card into the reader (chip first)."), true);
        else if (busy())
            setMessage(tr("Working on the card: please wait."), false);
        else if (m_step == Step::Photo && !m_photo->hasPhoto())
            setMessage(tr("Wait for the automatic capture, or type a reason and capture manually (Alt+M)."), true);
        return;
    }
    switch (m_step) {
    case Step::Identity:
        if (ServiceText::needsCard(m_service)) {
            m_usePinPad->setVisible(pinPadOffered());
            showStep(Step::Card);
            m_cardPrompt->setText(tr("Insert the citizen's social security card into the reader (chip first)."));
            pollCard();
            m_cardTimer.start();
        } else {
            startWorkflow();
        }
        return;
    case Step::Card:
        if (!m_workflow) {
            startWorkflow();
        } else {
            m_nameConfirmed->setVisible(false);
            m_workflow->confirmNameMismatch(true);
        }
        return;
    case Step::Details: submitDetails(); return;
    case Step::Photo:
        if (m_photo->skipped()) {
            if (!m_workflow->skipPhoto())
                setMessage(tr("A photo is required for this holder: connect a camera (Settings) or take the photo "
                              "with another camera."),
                           true);
        } else {
            m_workflow->providePhoto(m_photo->photo());
        }
        return;
    case Step::Confirm:
        if (workflowState() == WorkflowState::AwaitingApproval)
            submitApproval();
        else if (workflowState() == WorkflowState::NotRecorded)
            m_workflow->retryRecording();
        return;
    case Step::Result:
        m_steps.clear();
        m_cardTimer.stop();
        emit cardStateChanged({});
        emit finished();
        return;
    default: return;
    }
}

void ServiceFlowPage::back()
{
    // The workflow never goes back; before it starts, the card step can return to the identity.
    if (m_step == Step::Card && !m_workflow) {
        m_cardTimer.stop();
        showStep(Step::Identity);
    }
}

bool ServiceFlowPage::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_supervisorId || watched == m_supervisorPassword) && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods =
            key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
        if (mods == Qt::AltModifier && (key->key() == Qt::Key_Q || key->key() == Qt::Key_W)) {
            keyPressEvent(key);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ServiceFlowPage::keyPressEvent(QKeyEvent* event)
{
    // The buttons' own shortcuts, for when the key arrives as a plain key press (the focus widget passed it on).
    const Qt::KeyboardModifiers mods = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (mods == Qt::AltModifier) {
        switch (event->key()) {
        case Qt::Key_U:
            if (m_step == Step::Identity && representation() != Representation::Self)
                scanAuthorisation();
            return;
        case Qt::Key_M:
            if (m_step == Step::Photo)
                m_photo->captureManually();
            return;
        case Qt::Key_R:
            if (m_step == Step::Photo)
                m_photo->retake();
            return;
        case Qt::Key_P:
            if (m_step == Step::Card && !m_workflow && m_usePinPad->isVisible())
                m_usePinPad->toggle();
            return;
        case Qt::Key_Q:
            if (m_step == Step::Confirm && m_services.remoteApprovals)
                requestRemoteApproval();
            return;
        case Qt::Key_W:
            if (m_step == Step::Confirm)
                withdrawRemoteApproval();
            return;
        default: break;
        }
    }
    if (mods == Qt::NoModifier && event->key() == Qt::Key_F8 && m_step == Step::Result) {
        printReceipt();
        return;
    }
    if (mods == Qt::NoModifier && event->key() == Qt::Key_F9 && m_step == Step::Identity && m_services.idReader) {
        m_services.idReader->requestRead();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_PageDown: next(); return;
    case Qt::Key_PageUp: back(); return;
    case Qt::Key_Escape:
        if (m_step == Step::Result)
            next();
        else
            cancel();
        return;
    default: QWidget::keyPressEvent(event);
    }
}

// ----------------------------------------------------------------------------------------------- identity

void ServiceFlowPage::validateIdentity()
{
    const Representation rep = representation();
    m_agentBox->setVisible(rep != Representation::Self);
    const QString text = m_idEdit->text();
    const IdNumber id = IdNumber::parse(text);
    if (text.trimmed().isEmpty()) {
        m_idStatus->setText(tr("Type the 18-character ID number from the citizen's document."));
        m_idStatus->setStyleSheet({});
    } else if (!id.isValid()) {
        m_idStatus->setText(QStringLiteral("\u2717 ") + id.errorMessage());
        m_idStatus->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    } else {
        //: Shown as the clerk types a valid ID number: province, birth date, sex, age.
        m_idStatus->setText(QStringLiteral("\u2713 ")
                            + tr("Valid: %1, born %2, %3, age %4")
                                  .arg(id.provinceName(), id.birthDate().toString(Qt::ISODate),
                                       id.sex() == 1 ? tr("male") : tr("female"))
                                  .arg(id.ageOn(QDate::currentDate())));
        m_idStatus->setStyleSheet(QStringLiteral("color: #1e8449;"));
    }
    std::optional<CachedPerson> cached;
    if (id.isValid() && m_services.cache)
        cached = m_services.cache->findPerson(id.toString());
    if (cached) {
        const QString status = ServiceText::cardStatusText(cached->cardStatus);
        m_cachedRecord->setText(tr("On record: %1, %2, card %3, card status: %4")
                                    .arg(cached->name, IdNumber::mask(cached->idNumber), cached->cardNumber, status));
        if (m_nameEdit->text().isEmpty() && m_services.trainingMode)
            m_nameEdit->setPlaceholderText(cached->name);
    } else if (id.isValid()) {
        m_cachedRecord->setText(tr("This person is not in the local reference data (it may not be synced yet)."));
    } else {
        m_cachedRecord->clear();
    }
    if (rep != Representation::Self) {
        const IdNumber agent = IdNumber::parse(m_agentIdEdit->text());
        if (m_agentIdEdit->text().trimmed().isEmpty())
            m_agentIdStatus->setText(tr("Type the agent's or guardian's ID number."));
        else if (!agent.isValid())
            m_agentIdStatus->setText(QStringLiteral("\u2717 ") + agent.errorMessage());
        else if (agent == id)
            m_agentIdStatus->setText(QStringLiteral("\u2717 ") + tr("The agent must be another person than the holder."));
        else
            m_agentIdStatus->setText(QStringLiteral("\u2713 ") + tr("Valid"));
    }
    if (m_step == Step::Identity)
        setMessage({}, false);
    updateButtons();
    retranslate();
}

QString ServiceFlowPage::identityProblem() const
{
    const IdNumber id = IdNumber::parse(m_idEdit->text());
    if (m_idEdit->text().trimmed().isEmpty())
        return tr("Type the citizen's ID number first.");
    if (!id.isValid())
        return id.errorMessage();
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Type the name as printed on the ID card.");
    if (!m_longTerm->isChecked() && m_validTo->date() < QDate::currentDate())
        return tr("The ID card has expired: ask for a valid document.");
    const Representation rep = representation();
    const int age = id.ageOn(QDate::currentDate());
    if (rep == Representation::Guardian && age >= m_services.region.minorAge)
        return tr("The holder is %1 years old: a guardian can act only for a holder under %2.")
            .arg(age)
            .arg(m_services.region.minorAge);
    if (rep != Representation::Guardian && age < m_services.region.minorAge)
        return tr("The holder is under %1: choose \"Guardian of a minor\" and enter the guardian's ID.")
            .arg(m_services.region.minorAge);
    if (rep == Representation::Self)
        return {};
    const IdNumber agent = IdNumber::parse(m_agentIdEdit->text());
    if (!agent.isValid())
        return tr("Type a valid ID number for the agent or guardian.");
    if (agent == id)
        return tr("The agent must be another person than the holder.");
    if (m_agentNameEdit->text().trimmed().isEmpty())
        return tr("Type the agent's name as printed on their ID card.");
    if (m_authorisation.jpeg.isEmpty())
        return rep == Representation::Guardian ? tr("Scan the proof of guardianship (Alt+U).")
                                               : tr("Scan the signed authorisation (Alt+U).");
    return {};
}

IdDocument ServiceFlowPage::holderDocument() const
{
    IdDocument d;
    d.idNumber = m_idEdit->text();
    d.name = m_nameEdit->text().trimmed();
    d.validLongTerm = m_longTerm->isChecked();
    if (!d.validLongTerm)
        d.validTo = m_validTo->date();
    d.source = IdDocument::Source::ManualEntry;
    return d;
}

IdDocument ServiceFlowPage::agentDocument() const
{
    IdDocument d;
    d.idNumber = m_agentIdEdit->text();
    d.name = m_agentNameEdit->text().trimmed();
    d.validTo = m_agentValidTo->date();
    d.source = IdDocument::Source::ManualEntry;
    return d;
}

void ServiceFlowPage::scanAuthorisation()
{
    // The document camera (the counter camera in this set-up) takes one picture of the paper.
    QString error;
    std::unique_ptr<FrameSource> source = m_services.openCamera ? m_services.openCamera(&error) : nullptr;
    QImage frame;
    if (source && source->open(&error)) {
        if (source->read(frame, &error) != FrameReadStatus::Frame)
            frame = QImage();
        source->close();
    }
    if (frame.isNull()) {
        m_scanStatus->setText(tr("No picture of the document: %1. Check the camera.")
                                  .arg(error.isEmpty() ? tr("no camera") : error));
        return;
    }
    m_authorisation = CardPhotoMaker::makeDocumentImage(frame);
    m_authorisation.thumbnailJpeg = CardPhotoMaker::makeThumbnail(frame);
    m_scanStatus->setText(tr("Scanned (%1 KB).").arg((m_authorisation.jpeg.size() + 1023) / 1024));
    validateIdentity();
}

// ----------------------------------------------------------------------------------------------- card presence

void ServiceFlowPage::pollCard()
{
    if (!m_services.card) {
        m_cardPrompt->setText(tr("No card reader is configured."));
        setMessage(tr("Check the reader settings or call the administrator."), true);
        m_cardTimer.stop();
        return;
    }
    if (m_pollWatcher.isRunning() || m_workflow)
        return;
    CitizenCardService* card = m_services.card;
    m_pollWatcher.setFuture(QtConcurrent::run(cardPool(), [card] { return card->pinStatus(); }));
}

void ServiceFlowPage::onCardPolled()
{
    if (m_workflow || m_step != Step::Card)
        return;
    const CardResult r = m_pollWatcher.result();
    const bool wasPresent = m_cardPresent;
    if (r.error == CardError::NoCard || r.error == CardError::CardRemoved) {
        m_cardPresent = false;
        m_triesLeft = -1;
        m_cardDetails->clear();
        m_cardPrompt->setText(tr("Insert the citizen's social security card into the reader (chip first)."));
        if (wasPresent)
            setMessage(tr("The card was removed. Its data was cleared: insert the card again."), true);
        //: Status bar: no citizen card in the reader.
        emit cardStateChanged(tr("Card: none"));
    } else if (r.error == CardError::WrongReader) {
        // Nothing usable is in the citizen's reader: clear like an empty reader, but say where the card is.
        m_cardPresent = false;
        m_triesLeft = -1;
        m_cardDetails->clear();
        m_cardPrompt->setText(r.message());
        setMessage(ServiceText::cardFailure(r), true);
        //: Status bar: the citizen card (or the PSAM) is in the wrong card reader.
        emit cardStateChanged(tr("Card: wrong reader"));
    } else if (r.ok() || r.error == CardError::PinBlocked) {
        m_cardPresent = true;
        m_triesLeft = r.ok() ? r.triesLeft : 0;
        m_cardPrompt->setText(tr("Card inserted. Press Enter to read it."));
        m_cardDetails->setText(m_triesLeft == 0 ? tr("Chip PIN: BLOCKED (no tries left).")
                                                : tr("Chip PIN tries left: %1").arg(m_triesLeft));
        if (!wasPresent)
            setMessage({}, false);
        //: Status bar: a citizen card is in the reader (not read yet).
        emit cardStateChanged(tr("Card: inserted"));
    } else {
        m_cardPresent = false;
        setMessage(ServiceText::cardFailure(r), true);
        //: Status bar: the reader reports an error with the citizen card.
        emit cardStateChanged(tr("Card: error"));
    }
    updateButtons();
}

// ----------------------------------------------------------------------------------------------- workflow

void ServiceFlowPage::startWorkflow()
{
    m_cardTimer.stop();
    m_pollWatcher.waitForFinished();
    const WorkflowServices ws = workflowServices();
    const Representation rep = representation();
    const RegionProfile& region = m_services.region;
    switch (m_service) {
    case ServiceType::PinReset: m_workflow = new PinResetWorkflow(rep, ws, region, m_op, this); break;
    case ServiceType::PinChange: m_workflow = new PinChangeWorkflow(rep, ws, region, m_op, this); break;
    case ServiceType::PinUnblock: m_workflow = new PinUnblockWorkflow(rep, ws, region, m_op, this); break;
    case ServiceType::LossReport: m_workflow = new LossReportWorkflow(rep, ws, region, m_op, this); break;
    case ServiceType::Reissue: m_workflow = new ReissueWorkflow(rep, ws, region, m_op, this); break;
    case ServiceType::ServicePasswordReset:
        m_workflow = new ServicePasswordResetWorkflow(rep, ws, region, m_op, this);
        break;
    case ServiceType::ECertificatePasswordReset:
        m_workflow = new ECertificatePasswordResetWorkflow(rep, ws, region, m_op, this);
        break;
    }
    connect(m_workflow, &ServiceWorkflow::stateChanged, this, &ServiceFlowPage::onState);
    connect(m_workflow, &ServiceWorkflow::message, this, &ServiceFlowPage::onWorkflowMessage);
    connect(m_workflow, &ServiceWorkflow::finished, this, &ServiceFlowPage::onFinished);
    connect(m_workflow, &ServiceWorkflow::nameConfirmationNeeded, this,
            [this](const QString& documentName, const QString& cardName) {
                m_nameQuestion = true;
                showStep(Step::Card);
                m_nameConfirmed->setVisible(true);
                m_nameConfirmed->setChecked(false);
                m_cardMatch->setText(tr("The name on the ID card (%1) differs from the name on record (%2). Compare "
                                        "the documents; tick the box and press Enter if they are the same person, "
                                        "Esc to refuse.")
                                         .arg(documentName, cardName));
                m_cardMatch->setStyleSheet(QStringLiteral("color: #b9770e; font-weight: bold;"));
                m_nameConfirmed->setFocus();
                updateButtons();
            });
    connect(m_workflow, &ServiceWorkflow::approvalNeeded, this, [this](const QStringList& reasons) {
        m_approvalReasons = reasons;
        showStep(Step::Confirm);
    });
    connect(m_workflow, &ServiceWorkflow::remoteApprovalWaiting, this, [this](const QString&) {
        m_remoteSentAt = QDateTime::currentDateTime();
        updateRemoteApproval();
    });
    connect(m_workflow, &ServiceWorkflow::remoteApprovalDecided, this, [this](bool, const QString&, const QString&) {
        // Approved: the workflow moves on; rejected: it fails with the supervisor's reason (the result says it);
        // withdrawn: the counter may ask again or let a supervisor sign here.
        updateRemoteApproval();
    });
    if (m_usePinPad->isVisible() && m_usePinPad->isChecked() && !m_workflow->usePinPad(true)) {
        m_usePinPad->setChecked(false);
        setMessage(tr("The reader's PIN pad cannot be used now: the citizen types on the customer window."), true);
    }
    m_workflow->start();
}

WorkflowServices ServiceFlowPage::workflowServices()
{
    WorkflowServices ws;
    ws.card = m_services.card;
    ws.idReader = &m_manualEntry;
    ws.pinEntry = m_services.pinEntry;
    ws.pinPad = m_services.pinPad;
    ws.journal = m_services.journal;
    ws.cache = m_services.cache;
    ws.approvals = m_services.approvals;
    ws.remoteApprovals = m_services.remoteApprovals;
    ws.cardThreadPool = cardPool();
    return ws;
}

bool ServiceFlowPage::pinPadOffered() const
{
    if (!m_services.pinPad || !ServiceText::needsOldPin(m_service))
        return false;
    // The workflow's own rule (pad features, region, service), asked of a workflow that never starts.
    WorkflowServices ws;
    ws.card = m_services.card;
    ws.pinEntry = m_services.pinEntry;
    ws.pinPad = m_services.pinPad;
    const PinChangeWorkflow probe(Representation::Self, ws, m_services.region, m_op);
    return probe.pinPadAvailable();
}

void ServiceFlowPage::requestRemoteApproval()
{
    if (!m_workflow || workflowState() != WorkflowState::AwaitingApproval || remoteApprovalPending())
        return;
    m_workflow->requestRemoteApproval(); // says why not when it cannot
}

void ServiceFlowPage::withdrawRemoteApproval()
{
    if (m_workflow && remoteApprovalPending())
        m_workflow->withdrawRemoteApproval();
}

void ServiceFlowPage::updateRemoteApproval()
{
    const bool waiting = remoteApprovalPending() && workflowState() == WorkflowState::AwaitingApproval;
    m_remoteBox->setVisible(waiting);
    m_remoteButton->setEnabled(!waiting);
    if (waiting)
        m_withdrawButton->setFocus();
    retranslate();
}

void ServiceFlowPage::onState(WorkflowState state)
{
    // Inputs go back to the workflow from the event loop: it is still inside its own state change here.
    auto later = [this](auto fn) { QTimer::singleShot(0, this, fn); };
    switch (state) {
    case WorkflowState::ReadingHolderDocument:
        later([this] {
            if (workflowState() != WorkflowState::ReadingHolderDocument)
                return;
            const QString problem = m_manualEntry.submit(holderDocument());
            if (!problem.isEmpty())
                setMessage(problem, true);
        });
        break;
    case WorkflowState::ReadingAgentDocument:
        later([this] {
            if (workflowState() != WorkflowState::ReadingAgentDocument)
                return;
            const QString problem = m_manualEntry.submit(agentDocument());
            if (!problem.isEmpty())
                setMessage(problem, true);
        });
        break;
    case WorkflowState::AwaitingAuthorisation:
        later([this] {
            if (workflowState() == WorkflowState::AwaitingAuthorisation)
                m_workflow->provideAuthorisation(m_authorisation);
        });
        break;
    case WorkflowState::ReadingCard:
        showStep(Step::Card);
        m_cardPrompt->setText(tr("Reading the card: do not remove it..."));
        //: Status bar: the citizen's card is being read.
        emit cardStateChanged(tr("Card: reading"));
        break;
    case WorkflowState::Checking: break;
    case WorkflowState::AwaitingNameConfirmation: break; // nameConfirmationNeeded shows it
    case WorkflowState::AwaitingDetails: showStep(Step::Details); break;
    case WorkflowState::AwaitingPhoto:
        showStep(Step::Photo);
        m_photo->start();
        break;
    case WorkflowState::EnteringCurrentPin:
    case WorkflowState::EnteringNewPin:
    case WorkflowState::ConfirmingNewPin:
        m_pinState = state;
        m_pinDigits = 0;
        m_pinLength = m_services.region.pinLength;
        showStep(Step::Pin);
        break;
    case WorkflowState::AwaitingApproval: showStep(Step::Confirm); break;
    case WorkflowState::Executing:
    case WorkflowState::Recording:
        if (state == WorkflowState::Executing && m_workflow->usingPinPad()) {
            // The citizen types both PINs on the reader now; the workflow's message says so.
            showStep(Step::Pin);
            break;
        }
        showStep(Step::Confirm);
        if (state == WorkflowState::Executing && ServiceText::needsCard(m_service))
            setMessage(tr("Working on the card: do not remove it..."), false);
        break;
    case WorkflowState::NotRecorded: showStep(Step::Confirm); break;
    case WorkflowState::Done:
    case WorkflowState::Failed: break; // finished() follows
    case WorkflowState::Cancelled:
    case WorkflowState::Idle: break;
    }
    // The card was read: show what it holds as soon as the workflow has it.
    if (m_workflow && state != WorkflowState::ReadingCard && !m_workflow->cardRead().card.cardNumber.isEmpty()
        && m_cardMatch->text().isEmpty()) {
        const CardReadResult& r = m_workflow->cardRead();
        m_cardPrompt->setText(tr("Card read."));
        m_cardDetails->setText(tr("Card number: %1\nHolder: %2, ID %3\nValid until %4, specification %5%6")
                                   .arg(r.card.cardNumber, r.holder.name, IdNumber::mask(r.holder.idNumber),
                                        r.card.expiryDate.toString(Qt::ISODate), r.card.specVersion,
                                        m_triesLeft >= 0 ? QLatin1Char('\n') + tr("Chip PIN tries left: %1").arg(m_triesLeft)
                                                         : QString()));
        m_cardMatch->setText(QStringLiteral("\u2713 ") + tr("The ID number on the card matches the document."));
        m_cardMatch->setStyleSheet(QStringLiteral("color: #1e8449; font-weight: bold;"));
        //: Status bar: %1 is the social security card number.
        emit cardStateChanged(tr("Card: %1").arg(r.card.cardNumber));
    }
    updateButtons();
}

void ServiceFlowPage::onWorkflowMessage(const QString& text, MessageLevel level)
{
    if (level == MessageLevel::Error)
        m_failureText = text;
    if (m_step == Step::Pin && level == MessageLevel::Warning)
        m_pinPolicyLabel->setText(text); // "must not be the initial PIN": the clerk reads it out
    setMessage(text, level != MessageLevel::Info);
}

void ServiceFlowPage::onFinished(bool success)
{
    m_finished = true;
    m_succeeded = success;
    m_photo->stop();
    if (workflowState() == WorkflowState::Cancelled) {
        m_steps.clear();
        emit cardStateChanged({});
        emit finished();
        return;
    }
    if (!m_workflow->receipt().operationNumber.isEmpty())
        emit operationRecorded();
    if (success && ServiceText::needsCard(m_service))
        queryTriesAfter();
    showResult();
}

void ServiceFlowPage::queryTriesAfter()
{
    CitizenCardService* card = m_services.card;
    const QByteArray expected = m_workflow->cardRead().card.identificationCode;
    m_triesWatcher.setFuture(QtConcurrent::run(cardPool(), [card, expected] { return card->pinStatus(expected); }));
}

namespace {
// A mainland mobile number for the courier: 11 digits, 1 then 3-9; spaces, dashes and a +86 prefix are allowed
// as typed. Returns the 11 digits, or empty when it is not one.
QString mainlandMobile(const QString& typed)
{
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    if (digits.startsWith(QLatin1String("+86")))
        digits = digits.mid(3);
    else if (digits.startsWith(QLatin1String("0086")))
        digits = digits.mid(4);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    return mobile.match(digits).hasMatch() ? digits : QString();
}
} // namespace

void ServiceFlowPage::submitDetails()
{
    QString problem;
    if (auto* loss = qobject_cast<LossReportWorkflow*>(m_workflow)) {
        LossReportDetails d;
        if (m_temporaryReport->isChecked()) {
            d.temporaryReportUtc = m_temporaryTime->dateTime().toUTC();
            if (d.temporaryReportUtc > QDateTime::currentDateTimeUtc().addSecs(60)) {
                setMessage(tr("The time of the temporary report cannot lie in the future: correct it."), true);
                m_temporaryTime->setFocus();
                return;
            }
        }
        d.circumstances = m_circumstances->text().trimmed();
        problem = loss->provideDetails(d);
        if (problem.isEmpty() && d.temporaryReportUtc.isValid()) {
            // The workflow's own verdict (its clock, the region's deadline), kept for the following steps.
            const bool inTime = loss->temporaryReportInTime();
            m_detailsVerdict = temporaryReportVerdict(inTime);
            setMessage(m_detailsVerdict, !inTime);
        }
    } else if (auto* reissue = qobject_cast<ReissueWorkflow*>(m_workflow)) {
        ReissueDetails d;
        d.reason = static_cast<ReissueDetails::Reason>(m_reissueReason->currentIndex());
        d.delivery = static_cast<ReissueDetails::Delivery>(m_delivery->currentIndex());
        // The address is checked by the workflow first (in form order); the phone here, as the workflow takes
        // any telephone number but the courier needs a mobile one.
        if (d.delivery == ReissueDetails::Delivery::Mail && m_address->text().simplified().size() >= 6) {
            d.mailingAddress = m_address->text();
            d.recipientName = m_recipient->text().trimmed();
            d.phone = mainlandMobile(m_phone->text());
            if (d.phone.isEmpty()) {
                setMessage(m_phone->text().trimmed().isEmpty()
                               ? tr("Enter the recipient's mobile number: the courier calls it on delivery.")
                               : tr("\"%1\" is not a mainland mobile number: it has 11 digits and starts with 13 to "
                                    "19 (e.g. 139 1234 5678).")
                                     .arg(m_phone->text().trimmed()),
                           true);
                m_phone->setFocus();
                return;
            }
        }
        if (d.delivery == ReissueDetails::Delivery::Mail && d.mailingAddress.isEmpty())
            d.mailingAddress = m_address->text();
        problem = reissue->provideDetails(d);
    }
    if (!problem.isEmpty())
        setMessage(problem, true);
}

void ServiceFlowPage::submitApproval()
{
    const QByteArray utf8 = m_supervisorPassword->text().toUtf8();
    SecureBuffer password(reinterpret_cast<const unsigned char*>(utf8.constData()),
                          static_cast<std::size_t>(std::min<qsizetype>(utf8.size(), SecureBuffer::Capacity)));
    std::fill(const_cast<char*>(utf8.constData()), const_cast<char*>(utf8.constData()) + utf8.size(), '\0');
    m_supervisorPassword->clear();
    m_workflow->submitApproval(m_supervisorId->text().trimmed(), password);
    if (workflowState() == WorkflowState::AwaitingApproval)
        m_supervisorPassword->setFocus();
}

void ServiceFlowPage::showResult()
{
    showStep(Step::Result);
}

QString ServiceFlowPage::resultText() const
{
    if (!m_finished || !m_workflow)
        return {};
    const Receipt& r = m_workflow->receipt();
    QStringList lines;
    if (m_succeeded) {
        //: The result: %1 says which secret was changed.
        lines << tr("Done. %1").arg(ServiceText::secretChanged(m_service));
        if (m_triesAfter >= 0)
            lines << tr("Chip PIN tries now: %1 of %2.").arg(m_triesAfter).arg(m_services.region.pinTriesBeforeBlock);
        switch (m_service) {
        case ServiceType::PinReset:
        case ServiceType::PinChange:
            lines << tr("Tell the citizen: the new chip PIN works from now on; keep it secret. The bank PIN is "
                        "unchanged.");
            break;
        case ServiceType::PinUnblock:
            lines << tr("Tell the citizen: the chip PIN works again with the old digits. If they forgot it, use "
                        "\"Reset card PIN\".");
            break;
        case ServiceType::LossReport:
            lines << tr("Tell the citizen: the card is blocked for social security services from now on; a "
                        "replacement card can be applied for (fee %1 yuan).")
                         .arg(m_services.region.reissueFeeText());
            break;
        case ServiceType::Reissue:
            lines << tr("Tell the citizen: the new card will be ready in about %1 working days.")
                         .arg(m_services.region.reissueWorkingDays);
            break;
        default:
            lines << tr("Tell the citizen: the agency resets the password once the request reaches it, and tells "
                        "them how to set a new one.");
        }
    } else {
        //: The result: %1 is what went wrong.
        lines << tr("Not done. %1").arg(m_failureText);
        lines << nextStepForCode(m_workflow->resultCode());
    }
    for (const auto& [label, value] : r.extraLines)
        lines << ServiceText::labelled(label, value);
    if (!r.operationNumber.isEmpty())
        lines << tr("Operation number: %1").arg(r.operationNumber);
    return lines.join(QLatin1Char('\n'));
}

QString ServiceFlowPage::operationNumber() const
{
    return m_workflow ? m_workflow->receipt().operationNumber : QString();
}

void ServiceFlowPage::printReceipt()
{
    if (m_step != Step::Result || !m_workflow)
        return;
    Receipt receipt = m_workflow->receipt();
    if (receipt.operationNumber.isEmpty()) {
        setMessage(tr("This operation was not recorded, so there is no receipt."), true);
        return;
    }
    receipt.resultText = resultText();
    ReceiptContext context;
    context.branchName = m_services.branchName;
    context.trainingMode = m_services.trainingMode;
    const QString dir = m_services.receiptDir.isEmpty() ? QDir::tempPath() : m_services.receiptDir;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/receipt-")
                         + QString(receipt.operationNumber).replace(QLatin1Char('/'), QLatin1Char('-'))
                         + QStringLiteral(".pdf");
    QString error;
    if (!ReceiptPrinter::printToPdf(receipt, context, path, &error)) {
        setMessage(error, true);
        return;
    }
    m_lastReceiptFile = path;
    setMessage(tr("Receipt saved: %1").arg(path), false);
    if (m_services.receiptPreview && !ReceiptPrinter::preview(receipt, context, this, &error))
        setMessage(tr("Receipt saved: %1").arg(path) + QLatin1Char('\n') + error, true);
}

// ----------------------------------------------------------------------------------------------- texts

void ServiceFlowPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

QString ServiceFlowPage::message() const
{
    return m_message->text();
}

void ServiceFlowPage::updateButtons()
{
    // Next stays enabled (and focusable): pressed too early it says what is missing instead of doing nothing.
    m_next->setEnabled(!busy());
    m_next->setDefault(canGoNext());
    m_back->setEnabled(m_step == Step::Card && !m_workflow);
    m_cancel->setEnabled(!busy() && m_step != Step::Result);
    m_approvalBox->setVisible(workflowState() == WorkflowState::AwaitingApproval);
    m_remoteBox->setVisible(remoteApprovalPending() && workflowState() == WorkflowState::AwaitingApproval);
}

QString ServiceFlowPage::stepName(Step s) const
{
    switch (s) {
    //: Step bar: checking the citizen's ID document.
    case Step::Identity: return tr("Identity");
    //: Step bar: the social security card in the reader.
    case Step::Card: return tr("Card");
    //: Step bar: service details (loss report time, reissue delivery).
    case Step::Details: return tr("Details");
    //: Step bar: taking the citizen's photo.
    case Step::Photo: return tr("Photo");
    //: The step where the citizen types the PIN(s).
    case Step::Pin: return tr("PIN");
    //: Supervisor approval (when needed) and executing the service.
    case Step::Confirm: return tr("Confirm");
    //: Step bar: the outcome of the service.
    case Step::Result: return tr("Result");
    }
    return {};
}

void ServiceFlowPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QStringList names;
        for (Step s : std::as_const(m_steps))
            names << stepName(s);
        m_stepBar->setSteps(names);
        m_stepBar->setCurrent(std::max<int>(0, static_cast<int>(m_steps.indexOf(m_step))));
    }
    QWidget::changeEvent(event);
}

void ServiceFlowPage::retranslate()
{
    m_serviceTitle->setText(ServiceText::title(m_service));
    m_cancel->setText(tr("Cancel (Esc)"));
    m_back->setText(tr("Back (PgUp)"));
    m_next->setText(m_step == Step::Result ? tr("Finish (Enter)") : tr("Next (Enter)"));
    m_idLabel->setText(tr("&ID number"));
    m_nameLabel->setText(tr("&Name on the ID card"));
    m_validLabel->setText(tr("&Valid until"));
    //: The ID card has no end date (长期).
    m_longTerm->setText(tr("&Long-term"));
    m_repLabel->setText(tr("&Applicant"));
    for (int i = 0; i < m_representation->count(); ++i)
        m_representation->setItemText(
            i, ServiceText::representationText(static_cast<Representation>(m_representation->itemData(i).toInt())));
    const bool guardian = representation() == Representation::Guardian;
    m_agentIdLabel->setText(guardian ? tr("&Guardian's ID number") : tr("A&gent's ID number"));
    m_agentNameLabel->setText(guardian ? tr("Guardian's na&me") : tr("Agent's na&me"));
    m_agentValidLabel->setText(tr("Their ID card valid until"));
    m_scanButton->setText(guardian ? tr("Scan proof of guardianship (Alt+U)") : tr("Scan signed authorisation (Alt+U)"));
    m_readIdButton->setText(tr("Read ID card (F9)"));
    m_nameConfirmed->setText(tr("I checked: the ID card and the card belong to the same person"));
    //: 已电话/网上挂失: the citizen made a temporary loss report by phone or online before coming.
    m_temporaryReport->setText(tr("Already reported by &phone or online, at:"));
    m_temporaryTime->setToolTip(tr("When the citizen made the temporary report (not in the future)"));
    updateDetails();
    m_circumstancesLabel->setText(tr("&Circumstances (optional)"));
    m_reissueReasonLabel->setText(tr("&Reason"));
    if (m_reissueReason->count() != 3) {
        m_reissueReason->clear();
        m_reissueReason->addItems({QString(), QString(), QString()});
        m_delivery->clear();
        m_delivery->addItems({QString(), QString()});
    }
    m_reissueReason->setItemText(0, tr("Lost (already reported)"));
    m_reissueReason->setItemText(1, tr("Damaged"));
    m_reissueReason->setItemText(2, tr("Other"));
    m_deliveryLabel->setText(tr("&Delivery"));
    m_delivery->setItemText(0, tr("Collect at this branch"));
    m_delivery->setItemText(1, tr("By mail"));
    m_addressLabel->setText(tr("Mailing &address"));
    //: The person who receives the mailed card (defaults to the card holder).
    m_recipientLabel->setText(tr("Reci&pient"));
    m_recipient->setPlaceholderText(tr("The card holder, if empty"));
    m_phoneLabel->setText(tr("&Mobile number"));
    m_phone->setPlaceholderText(tr("11 digits, for the courier"));
    const bool onPad = m_workflow && m_workflow->usingPinPad();
    m_pinDots->setVisible(!onPad);
    m_pinPadProgress->setVisible(onPad && workflowState() == WorkflowState::Executing);
    //: 客户在读卡器密码键盘上输入: the citizen types the PINs on the card reader's own PIN pad.
    m_usePinPad->setText(tr("The citizen types on the reader's &PIN pad (Alt+P)"));
    m_usePinPad->setToolTip(tr("Instead of the customer window: the PINs never reach this computer."));
    if (onPad) {
        const QString reader = m_services.pinPad ? m_services.pinPad->features().readerName : QString();
        m_pinPromptLabel->setText(
            workflowState() == WorkflowState::Executing
                ? tr("The citizen types the CURRENT PIN, then the NEW PIN twice, on the reader's PIN pad%1. "
                     "Each entry ends with the pad's OK key.")
                      .arg(reader.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reader))
                : tr("The citizen will type the PINs on the reader's PIN pad."));
    } else switch (m_pinState) {
    case WorkflowState::EnteringCurrentPin:
        m_pinPromptLabel->setText(tr("The citizen is entering the CURRENT PIN on the customer window."));
        break;
    case WorkflowState::ConfirmingNewPin:
        m_pinPromptLabel->setText(tr("The citizen is entering the new PIN a second time."));
        break;
    default: m_pinPromptLabel->setText(tr("The citizen is entering the NEW PIN on the customer window.")); break;
    }
    QString dots;
    for (int i = 0; i < m_pinLength; ++i)
        dots += i < m_pinDigits ? QStringLiteral("\u25CF ") : QStringLiteral("\u25CB ");
    m_pinDots->setText(dots.trimmed());
    if (m_step == Step::Confirm) {
        const IdNumber id = IdNumber::parse(m_idEdit->text());
        QString summary = tr("Service: %1").arg(ServiceText::title(m_service)) + QLatin1Char('\n')
                          + tr("Holder: %1 (%2)").arg(m_nameEdit->text().trimmed(), id.masked()) + QLatin1Char('\n')
                          + tr("Applicant: %1").arg(ServiceText::representationText(representation()));
        if (m_workflow && !m_workflow->cardRead().card.cardNumber.isEmpty())
            //: Confirm summary: %1 is the social security card number.
            summary += QLatin1Char('\n') + tr("Card: %1").arg(m_workflow->cardRead().card.cardNumber);
        summary += QLatin1Char('\n') + ServiceText::secretChanged(m_service);
        if (!m_detailsVerdict.isEmpty())
            summary += QLatin1Char('\n') + m_detailsVerdict;
        m_summary->setText(summary);
        //: %1: why, e.g. "an agent acts for the holder".
        m_approvalReason->setText(tr("A supervisor must approve this operation (%1): the supervisor types their "
                                     "own ID and password here, then Enter.")
                                      .arg(ServiceText::approvalReasonsText(m_approvalReasons)));
    }
    m_remoteButton->setText(tr("Send to the supervisors' queue instead (Alt+Q)"));
    m_withdrawButton->setText(tr("Withdraw the request (Alt+W)"));
    if (remoteApprovalPending()) {
        const IdNumber id = IdNumber::parse(m_idEdit->text());
        m_remoteStatus->setText(tr("Waiting for a supervisor's decision in the supervisor console: %1 for %2 (%3), "
                                   "sent at %4. The service goes on as soon as it is approved; a supervisor may "
                                   "also sign here.")
                                    .arg(ServiceText::title(m_service), m_nameEdit->text().trimmed(), id.masked(),
                                         QLocale().toString(m_remoteSentAt.time(), QLocale::ShortFormat)));
    }
    m_supervisorLabel->setText(tr("&Supervisor ID"));
    m_supervisorPasswordLabel->setText(tr("Supervisor &password"));
    m_resultLabel->setText(resultText());
    m_resultLabel->setStyleSheet(m_succeeded ? QStringLiteral("color: #1e8449;") : QStringLiteral("color: #b03a2e;"));
    m_printButton->setText(tr("Print receipt (F8)"));
}

} // namespace carddesk::ui
