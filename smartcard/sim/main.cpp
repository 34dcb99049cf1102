// carddesk-cardsim: a virtual social security card and PSAM for the vpcd reader driver.
#include "carddesk/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carddesk-cardsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates a social security card (SSSE) and a PSAM in the vpcd virtual reader slots of pcscd."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
