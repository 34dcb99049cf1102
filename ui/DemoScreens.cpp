#include "ui/DemoScreens.h"

#include "app/training/TrainingEnvironment.h"
#include "ui/CounterSession.h"
#include "ui/CustomerPinWindow.h"
#include "ui/LoginPage.h"
#include "ui/MainWindow.h"
#include "ui/ServiceFlowPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace carddesk::ui {

QStringList DemoScreens::names()
{
    return {QStringLiteral("login"),     QStringLiteral("locked"),      QStringLiteral("home"),
            QStringLiteral("identity"),  QStringLiteral("proxy"),       QStringLiteral("card"),
            QStringLiteral("details"),   QStringLiteral("photo"),       QStringLiteral("pin"),
            QStringLiteral("customer-pin"), QStringLiteral("approval"), QStringLiteral("result"),
            QStringLiteral("history"),   QStringLiteral("diagnostics"), QStringLiteral("settings")};
}

int DemoScreens::settleMs(const QString& name)
{
    static const QStringList driven = {QStringLiteral("card"),    QStringLiteral("pin"),
                                       QStringLiteral("customer-pin"), QStringLiteral("details"),
                                       QStringLiteral("photo"),   QStringLiteral("result"),
                                       QStringLiteral("approval")};
    return driven.contains(name) ? 6000 : 700;
}

namespace {

void signIn(MainWindow& window, const QString& role)
{
    for (const DemoAccount& a : TrainingEnvironment::demoAccounts()) {
        if (a.role != role)
            continue;
        window.loginPage()->findChild<QLineEdit*>(QStringLiteral("operatorEdit"))->setText(a.operatorId);
        window.loginPage()->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(a.password);
        window.loginPage()->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
        return;
    }
}

void typeIdentity(ServiceFlowPage* flow, const DemoPerson& person)
{
    flow->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"))->setText(person.idNumber);
    flow->findChild<QLineEdit*>(QStringLiteral("holderNameEdit"))->setText(person.name);
    flow->findChild<QCheckBox*>(QStringLiteral("longTermCheck"))->setChecked(true);
}

// Presses Next whenever the page allows it, until the wanted step is shown.
void drive(ServiceFlowPage* flow, ServiceFlowPage::Step target)
{
    auto* timer = new QTimer(flow);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, flow, [flow, timer, target] {
        if (flow->step() == target || flow->step() == ServiceFlowPage::Step::Result) {
            timer->deleteLater();
            timer->stop();
            return;
        }
        if (flow->canGoNext())
            flow->next();
    });
    timer->start();
}

} // namespace

QWidget* DemoScreens::open(const QString& name, MainWindow& window, CounterSession& session, QString* error)
{
    if (!session.training()) {
        if (error)
            *error = QStringLiteral("--screen works in training mode only");
        return nullptr;
    }
    if (!names().contains(name)) {
        if (error)
            *error = QStringLiteral("unknown screen '%1'; known: %2").arg(name, names().join(QStringLiteral(", ")));
        return nullptr;
    }
    if (name == QLatin1String("login"))
        return &window;
    signIn(window, name == QLatin1String("settings") ? QStringLiteral("administrator") : QStringLiteral("clerk"));
    const QList<DemoPerson> persons = TrainingEnvironment::demoPersons();
    ServiceFlowPage* flow = window.servicePage();
    using Step = ServiceFlowPage::Step;
    if (name == QLatin1String("locked")) {
        window.lockSession();
    } else if (name == QLatin1String("history")) {
        window.showScreen(MainWindow::Screen::History);
    } else if (name == QLatin1String("diagnostics")) {
        window.showScreen(MainWindow::Screen::Diagnostics);
    } else if (name == QLatin1String("settings")) {
        window.showScreen(MainWindow::Screen::Settings);
    } else if (name == QLatin1String("identity")) {
        window.startService(ServiceType::PinReset);
        typeIdentity(flow, persons.at(0));
    } else if (name == QLatin1String("proxy")) {
        window.startService(ServiceType::PinReset);
        typeIdentity(flow, persons.at(0));
        flow->findChild<QComboBox*>(QStringLiteral("representationCombo"))->setCurrentIndex(1);
        flow->findChild<QLineEdit*>(QStringLiteral("agentIdEdit"))->setText(persons.at(2).idNumber);
        flow->findChild<QLineEdit*>(QStringLiteral("agentNameEdit"))->setText(persons.at(2).name);
    } else if (name == QLatin1String("card") || name == QLatin1String("pin") || name == QLatin1String("customer-pin")) {
        window.startService(ServiceType::PinReset);
        typeIdentity(flow, persons.at(0));
        drive(flow, name == QLatin1String("card") ? Step::Card : Step::Pin);
        if (name == QLatin1String("customer-pin")) {
            CustomerPinWindow* pin = session.pinWindow();
            pin->show();
            // Three digits typed so far: the window shows dots, never digits.
            QTimer::singleShot(600, pin, [pin] {
                for (int d : {7, 3, 9})
                    pin->pressDigit(d);
            });
            return pin;
        }
    } else if (name == QLatin1String("details") || name == QLatin1String("photo") || name == QLatin1String("result")) {
        window.startService(ServiceType::LossReport);
        typeIdentity(flow, persons.at(2));
        flow->next();
        drive(flow, name == QLatin1String("details") ? Step::Details
                    : name == QLatin1String("photo") ? Step::Photo
                                                     : Step::Result);
        if (name == QLatin1String("details")) {
            // A temporary report by phone three hours ago: the screen shows the region's verdict.
            QTimer::singleShot(2500, flow, [flow] {
                if (flow->step() != Step::Details)
                    return;
                flow->findChild<QCheckBox*>(QStringLiteral("temporaryReportCheck"))->setChecked(true);
                flow->findChild<QDateTimeEdit*>(QStringLiteral("temporaryReportTimeEdit"))
                    ->setDateTime(QDateTime::currentDateTime().addSecs(-3 * 3600));
            });
        }
    } else if (name == QLatin1String("approval")) {
        window.startService(ServiceType::ServicePasswordReset);
        typeIdentity(flow, persons.at(1));
        flow->findChild<QComboBox*>(QStringLiteral("representationCombo"))->setCurrentIndex(1);
        flow->findChild<QLineEdit*>(QStringLiteral("agentIdEdit"))->setText(persons.at(2).idNumber);
        flow->findChild<QLineEdit*>(QStringLiteral("agentNameEdit"))->setText(persons.at(2).name);
        flow->findChild<QPushButton*>(QStringLiteral("scanAuthorisationButton"))->click();
        flow->next();
        drive(flow, Step::Confirm);
    }
    return &window;
}

} // namespace carddesk::ui
