// carddesk: the counter application.
#include "app/core/BuildInfo.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("carddesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CardDesk"));
    QApplication::setOrganizationName(QStringLiteral("CardDesk"));
    QApplication::setApplicationVersion(carddesk::BuildInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CardDesk: social security card PIN services at the counter."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption trainingOption(QStringLiteral("training"),
        QStringLiteral("Training mode: the simulated reader and cards, demo persons, no sync."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("User interface language: zh_CN (default), zh_TW or en."), QStringLiteral("language"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a screenshot of the main window to <file> once it is shown, then quit (for docs)."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfterOption(QStringLiteral("quit-after"),
        QStringLiteral("Quit <ms> milliseconds after the first window is shown (start-up measurements)."),
        QStringLiteral("ms"));
    parser.addOptions({trainingOption, langOption, screenshotOption, quitAfterOption});
    parser.process(app);

    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << carddesk::BuildInfo::versionText(QStringLiteral("carddesk")) << '\n';
        return 0;
    }

    carddesk::ui::Localization localization;
    localization.setLanguage(parser.isSet(langOption) ? parser.value(langOption) : QStringLiteral("zh_CN"));

    carddesk::ui::MainWindow window(parser.isSet(trainingOption));
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Two event-loop turns let the window paint before it is grabbed.
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QTextStream(saved ? stdout : stderr) << (saved ? "screenshot saved: " : "cannot save screenshot: ") << file << '\n';
            QApplication::exit(saved ? 0 : 1);
        });
    }
    if (parser.isSet(quitAfterOption))
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
