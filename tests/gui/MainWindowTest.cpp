#include "ui/Localization.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using carddesk::ui::Localization;
using carddesk::ui::MainWindow;

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
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
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
