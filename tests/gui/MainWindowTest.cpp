#include "ui/MainWindow.h"
#include "ui/CounterSession.h"
#include "ui/CustomerPinWindow.h"
#include "ui/HistoryPage.h"
#include "ui/HomePage.h"
#include "ui/Localization.h"
#include "ui/LoginPage.h"
#include "ui/ServiceFlowPage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QGuiApplication>
#include <QTest>

using carddesk::ui::CounterSession;

using carddesk::ui::Localization;
using carddesk::ui::MainWindow;

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void cameraSettingInWords()
    {
        using carddesk::ui::CounterSession;
        QCOMPARE(CounterSession::describeCameraSpec(QStringLiteral("still:/usr/share/carddesk/demo-citizen.jpg")),
                 QStringLiteral("picture demo-citizen.jpg"));
        QCOMPARE(CounterSession::describeCameraSpec(QStringLiteral("camera:0")), QStringLiteral("device 0"));
        QCOMPARE(CounterSession::describeCameraSpec(QStringLiteral("video:/tmp/clip.mp4")),
                 QStringLiteral("video clip.mp4"));
        QCOMPARE(CounterSession::describeCameraSpec(QStringLiteral("odd")), QStringLiteral("odd"));
    }
    void showsTrainingMarkerOnlyInTrainingMode()
    {
        MainWindow training(true);
        training.show();
        QVERIFY(QTest::qWaitForWindowExposed(&training));
        auto* mode = training.findChild<QLabel*>(QStringLiteral("modeLabel"));
        QVERIFY(mode);
        QVERIFY(mode->isVisible());
        QVERIFY(!mode->text().isEmpty());

        MainWindow live(false);
        live.show();
        QVERIFY(QTest::qWaitForWindowExposed(&live));
        QVERIFY(!live.findChild<QLabel*>(QStringLiteral("modeLabel"))->isVisible());
    }
    void switchesLanguageAtRunTime()
    {
        Localization l10n;
        QVERIFY(l10n.setLanguage(QStringLiteral("en")));
        MainWindow w(true);
        const QString english = w.windowTitle();
        QVERIFY(!l10n.setLanguage(QStringLiteral("fr")));
        QCOMPARE(l10n.language(), QStringLiteral("en"));
        QVERIFY(english.contains(QLatin1String("CardDesk")));
    }
    void chineseIsSetInACjkFontAndEnglishInTheDefault()
    {
        const QFont before = QGuiApplication::font();
        {
            Localization l10n;
            QVERIFY(l10n.setLanguage(QStringLiteral("zh_CN")));
            QCOMPARE(QGuiApplication::font().families(), Localization::uiFontFamilies(QStringLiteral("zh_CN")));
            QCOMPARE(QGuiApplication::font().hintingPreference(), QFont::PreferNoHinting);
            QVERIFY(QGuiApplication::font().families().contains(QStringLiteral("WenQuanYi Micro Hei")));
            QVERIFY(l10n.setLanguage(QStringLiteral("zh_TW")));
            QCOMPARE(QGuiApplication::font().families().value(0), QStringLiteral("Noto Sans CJK TC"));
            // Back to English: the font the application had before any language was applied.
            QVERIFY(l10n.setLanguage(QStringLiteral("en")));
            QCOMPARE(QGuiApplication::font(), before);
        }
    }
    void buildsOnlyTheSignInPageBeforeFirstUse()
    {
        // Start-up (issue #7): the first paint has only the sign-in page; the others come on first use.
        MainWindow w(true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.pagesBuilt());
        QVERIFY(w.findChild<carddesk::ui::LoginPage*>());
        QVERIFY(!w.findChild<carddesk::ui::HomePage*>());
        QVERIFY(!w.findChild<carddesk::ui::ServiceFlowPage*>());
        QCOMPARE(w.screen(), MainWindow::Screen::Login);
        // An accessor builds them all, into the same stack, without leaving the sign-in page.
        carddesk::ui::HistoryPage* history = w.historyPage();
        QVERIFY(history);
        QVERIFY(w.pagesBuilt());
        QCOMPARE(w.findChild<carddesk::ui::HomePage*>(), w.homePage());
        QCOMPARE(w.findChildren<carddesk::ui::ServiceFlowPage*>().size(), 1);
        QCOMPARE(history->parentWidget(), w.findChild<QStackedWidget*>());
        QCOMPARE(w.findChild<QStackedWidget*>()->count(), 6);
        QCOMPARE(w.screen(), MainWindow::Screen::Login);
        w.buildPages(); // a second call builds nothing more
        QCOMPARE(w.findChild<QStackedWidget*>()->count(), 6);
    }
    void sessionOpensTheStoreOnlyWhenAsked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::unique_ptr<CounterSession> s =
            CounterSession::prepareTraining(dir.path() + QStringLiteral("/t"), 1000);
        QVERIFY(s);
        QVERIFY(!s->isOpen());
        // What the sign-in window shows is there, nothing that needs the store.
        QVERIFY(!s->services().terminalId.isEmpty());
        QVERIFY(s->services().trainingMode);
        QVERIFY(!s->services().signIn);
        QVERIFY(!s->pinWindow());
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/t")));
        MainWindow w(s->services(), nullptr);
        QVERIFY(w.loginPage()
                    ->findChild<QLabel*>(QStringLiteral("branchLabel"))
                    ->text()
                    .contains(s->services().terminalId));
        QString error;
        QVERIFY2(s->open(&error), qPrintable(error));
        QVERIFY(s->isOpen());
        QVERIFY(s->services().signIn);
        QVERIFY(s->pinWindow());
        QCOMPARE(w.customerPinWindow(), s->pinWindow());
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/t")));
    }
    void sessionSaysWhyTheStoreCannotBeOpened()
    {
        QTemporaryDir dir;
        QFile blocker(dir.path() + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // The training folder would have to be inside a plain file.
        std::unique_ptr<CounterSession> s =
            CounterSession::prepareTraining(blocker.fileName() + QStringLiteral("/t"), 1000);
        QString error;
        QVERIFY(!s->open(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!s->isOpen());
        QVERIFY(!s->services().signIn);
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
