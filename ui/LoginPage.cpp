#include "ui/LoginPage.h"

#include "ui/TextStyle.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carddesk::ui {

LoginPage::LoginPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("loginPage"));
    auto* outer = new QVBoxLayout(this);
    auto* box = new QWidget(this);
    box->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_branch = new QLabel(box);
    m_branch->setObjectName(QStringLiteral("branchLabel"));
    m_branch->setAlignment(Qt::AlignCenter);
    m_training = new QLabel(box);
    m_training->setObjectName(QStringLiteral("loginTrainingLabel"));
    m_training->setAlignment(Qt::AlignCenter);
    setAlertBadge(m_training, 4);

    auto* form = new QFormLayout;
    m_operator = new QLineEdit(box);
    m_operator->setObjectName(QStringLiteral("operatorEdit"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_operatorLabel = new QLabel(box);
    m_passwordLabel = new QLabel(box);
    m_operatorLabel->setBuddy(m_operator);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_operatorLabel, m_operator);
    form->addRow(m_passwordLabel, m_password);
    m_signIn = new QPushButton(box);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    setTextColor(m_error, QColor(0xb0, 0x3a, 0x2e));

    layout->addWidget(m_training);
    layout->addWidget(m_title);
    layout->addWidget(m_branch);
    layout->addSpacing(16);
    layout->addLayout(form);
    layout->addWidget(m_signIn);
    layout->addWidget(m_error);
    outer->addStretch();
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch();

    connect(m_signIn, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_operator, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::submit);
    setTabOrder(m_operator, m_password);
    setTabOrder(m_password, m_signIn);
    retranslate();
}

void LoginPage::setLocked(const QString& operatorId)
{
    m_lockedOperator = operatorId;
    m_operator->setText(operatorId);
    m_operator->setReadOnly(!operatorId.isEmpty());
    m_password->clear();
    m_error->clear();
    retranslate();
    (operatorId.isEmpty() ? m_operator : m_password)->setFocus();
}

void LoginPage::reset()
{
    setLocked({});
    m_operator->clear();
}

QString LoginPage::lastError() const
{
    return m_error->text();
}

void LoginPage::submit()
{
    const QString id = m_operator->text().trimmed();
    if (id.isEmpty()) {
        m_error->setText(tr("Enter your operator ID."));
        m_operator->setFocus();
        return;
    }
    if (!m_services.signIn) {
        m_error->setText(tr("Sign-in is not available: the operator accounts could not be opened. "
                            "Ask the administrator to check the local database."));
        return;
    }
    // The password goes to the service layer as a SecureBuffer; the line edit is cleared at once.
    const QByteArray utf8 = m_password->text().toUtf8();
    SecureBuffer password(reinterpret_cast<const unsigned char*>(utf8.constData()),
                          static_cast<std::size_t>(std::min<qsizetype>(utf8.size(), SecureBuffer::Capacity)));
    std::fill(const_cast<char*>(utf8.constData()), const_cast<char*>(utf8.constData()) + utf8.size(), '\0');
    m_password->clear();
    const SignInResult result = m_lockedOperator.isEmpty() ? m_services.signIn->signIn(id, password)
                                                           : m_services.signIn->unlock(id, password);
    if (!result.ok) {
        m_error->setText(result.error.isEmpty() ? tr("Sign-in failed. Check the operator ID and password.")
                                                : result.error);
        m_password->setFocus();
        return;
    }
    m_error->clear();
    emit signedIn(result);
}

void LoginPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginPage::retranslate()
{
    m_title->setText(m_lockedOperator.isEmpty() ? tr("CardDesk sign-in")
                                                : tr("Locked: %1 must sign in again").arg(m_lockedOperator));
    //: Shown on the sign-in screen: which branch (office) and which counter this computer is.
    m_branch->setText(tr("Branch: %1    Counter: %2")
                          .arg(m_services.branchName.isEmpty() ? m_services.branchId : m_services.branchName,
                               m_services.terminalId));
    m_operatorLabel->setText(tr("&Operator ID"));
    m_passwordLabel->setText(tr("&Password"));
    m_signIn->setText(m_lockedOperator.isEmpty() ? tr("Sign in") : tr("Unlock"));
    //: Training mode marker; the Chinese is 培训模式.
    m_training->setText(tr("TRAINING MODE"));
    m_training->setVisible(m_services.trainingMode);
}

} // namespace carddesk::ui
