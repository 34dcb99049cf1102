// carddesk: the counter application. Builds the counter (or the training environment), shows the window.
#include "app/config/CardDeskSettings.h"
#include "app/core/BuildInfo.h"
#include "app/photo/OpenCvPlugin.h"
#include "app/training/TrainingEnvironment.h"
#include "ui/CounterSession.h"
#include "ui/CustomerPinWindow.h"
#include "ui/DemoScreens.h"
#include "ui/FirstPaint.h"
#include "ui/FontPreload.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

int main(int argc, char** argv)
{
    // Fontconfig loads on the second core meanwhile (ui/FontPreload.h).
    carddesk::ui::FontPreload fontPreload;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("carddesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CardDesk"));
    QApplication::setOrganizationName(QStringLiteral("CardDesk"));
    QApplication::setApplicationVersion(carddesk::BuildInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CardDesk: social security card PIN services at the counter."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption trainingOption(
        QStringLiteral("training"),
        QStringLiteral("Training mode: the simulated reader and cards, demo persons and accounts, no sync."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("training-dir"),
        QStringLiteral(
            "Folder of the training store (default: $CARDDESK_TRAINING_DIR or the user's data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("User interface language: zh_CN (default), zh_TW or en."),
        QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a screenshot of the window to <file> once it is shown, then quit (for docs)."),
        QStringLiteral("file"));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        QStringLiteral("Training mode only: sign in as the demo clerk and open a screen with demo data: ") +
            carddesk::ui::DemoScreens::names().join(QStringLiteral(", ")) + QLatin1Char('.'),
        QStringLiteral("name"));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QStringLiteral("Quit <ms> milliseconds after the first window is painted (start-up measurements)."),
        QStringLiteral("ms"));
    parser.addOptions(
        {trainingOption, dataDirOption, langOption, screenshotOption, screenOption, quitAfterOption});
    parser.process(app);

    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << carddesk::BuildInfo::versionText(QStringLiteral("carddesk")) << '\n';
        return 0;
    }

    carddesk::CardDeskSettings settings;
    carddesk::ui::Localization localization;
    QString language = parser.isSet(langOption) ? parser.value(langOption) : settings.language();
    if (!localization.setLanguage(language))
        localization.setLanguage(QStringLiteral("zh_CN"));

    const bool training = parser.isSet(trainingOption) || parser.isSet(screenOption);
    QString error;
    auto cannotStart = [](const QString& why) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CardDesk cannot start"),
                              QCoreApplication::translate("main",
                                                          "The local database could not be opened: %1\n"
                                                          "Ask the administrator to check the data folder "
                                                          "(carddesk-admin store check).")
                                  .arg(why));
    };
    // The session is prepared now (what the sign-in window shows; a counter whose region profile cannot be
    // loaded stops here) and its local store is opened once the sign-in window is on screen (issue #7).
    std::unique_ptr<carddesk::ui::CounterSession> session;
    if (training) {
        const QString dir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                        : carddesk::TrainingEnvironment::defaultDataDir();
        session = carddesk::ui::CounterSession::prepareTraining(dir);
    } else {
        session = carddesk::ui::CounterSession::prepareCounter(settings, &error);
    }
    if (!session) {
        cannotStart(error);
        return 1;
    }

    // The demo screens drive the reader and the customer's window right away; otherwise the store, the reader
    // monitor, the PIN pad probe, sync and the customer's window are not needed to show the sign-in window
    // and start once it is on screen: they would compete with its first paint for the CPU (issue #7).
    const bool deferStart = !parser.isSet(screenOption);
    if (!deferStart && !session->open(&error)) {
        cannotStart(error);
        return 1;
    }
    fontPreload.wait();
    carddesk::ui::MainWindow window(session->services(), &localization);
    if (!deferStart)
        session->attach(window);
    window.show();
    const bool showPinWindow = !parser.isSet(screenshotOption);
    auto startRest = [&session, &window, deferStart, showPinWindow, cannotStart] {
        if (deferStart) {
            QString why;
            if (!session->open(&why)) {
                // As before the window was shown: the clerk is told why, and the counter does not run.
                window.hide();
                cannotStart(why);
                QApplication::exit(1);
                return;
            }
            session->attach(window);
        }
        if (showPinWindow && session->pinWindow())
            session->pinWindow()->show();
        // Only the sign-in page was built for the first paint; the other pages are built now, while the clerk
        // types, so that the first screen after signing in does not wait for them.
        window.buildPages();
        // The camera and face detection plugin (~250 libraries) is loaded on a worker a second later, so that
        // the photo step does not wait for it on the UI thread (docs/photo.md).
        QTimer::singleShot(
            1000, qApp, [] { QThreadPool::globalInstance()->start([] { carddesk::openCvPluginStatus(); }); });
    };
    // The store, the other pages and the rest wait for the sign-in window's first frame: a zero timer after
    // show() would run them before the window is laid out and painted (ui/FirstPaint.h).
    const int quitAfterMs = parser.isSet(quitAfterOption) ? parser.value(quitAfterOption).toInt() : -1;
    const bool reportShown = qEnvironmentVariableIsSet("CARDDESK_REPORT_SHOWN");
    if (!deferStart)
        startRest();
    carddesk::ui::whenFirstPainted(&window, [&startRest, deferStart, reportShown, quitAfterMs] {
        // For the start-up benchmark: the sign-in window is on screen once its first frame is painted.
        if (reportShown)
            QTextStream(stdout) << "shown" << Qt::endl;
        if (quitAfterMs >= 0)
            QTimer::singleShot(quitAfterMs, qApp, &QApplication::quit);
        if (deferStart)
            startRest();
    });

    QWidget* shotTarget = &window;
    if (parser.isSet(screenOption)) {
        QString why;
        shotTarget = carddesk::ui::DemoScreens::open(parser.value(screenOption), window, *session, &why);
        if (!shotTarget) {
            QTextStream(stderr) << why << '\n';
            return 2;
        }
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // A few event-loop turns let the windows lay out and paint before they are grabbed.
        const int settle = parser.isSet(screenOption)
                               ? carddesk::ui::DemoScreens::settleMs(parser.value(screenOption))
                               : 700;
        QTimer::singleShot(settle, &window, [shotTarget, file] {
            const bool saved = shotTarget->grab().save(file);
            QTextStream(saved ? stdout : stderr)
                << (saved ? "screenshot saved: " : "cannot save screenshot: ") << file << '\n';
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
