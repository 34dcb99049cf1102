// carddesk-cardsim: a virtual social security card and PSAM for the vpcd reader driver.
//
// Control protocol on stdin, one command per line; each gets one reply line "ok [...]" or "error <why>"
// on stdout. Asynchronous lines start with "event ". Commands:
//   insert [PROFILE]        put a citizen card in the card slot (default: the last one)
//   remove                  pull the citizen card
//   swap PROFILE            pull the card and insert another
//   psam-insert [PROFILE]   psam-remove
//   A profile of the other kind (a PSAM profile for insert, a citizen card for psam-insert) puts that card
//   in the wrong slot, as a clerk might.
//   fault card|psam drop-on HEXPREFIX | drop-after N | garbage [N] | slow MS [N] | sw HEX4 [N] | clear
//   status                  JSON: slots, card state (never the PIN)
//   quit
#include "CitizenCard.h"
#include "PsamCard.h"
#include "VpcdSlot.h"
#include "carddesk/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <mutex>
#include <string>

using namespace carddesk::sim;

namespace {

std::mutex g_out;

void emitLine(const QString& line)
{
    std::lock_guard<std::mutex> lock(g_out);
    const QByteArray b = line.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

struct Simulator
{
    StateStore* store = nullptr;
    VpcdSlot* card = nullptr;
    VpcdSlot* psam = nullptr;
    QString cardProfile;
    QString psamProfile;

    QString insertCard(const QString& path)
    {
        // A PSAM profile goes in as it is: the PSAM put in the wrong reader.
        if (!path.isEmpty() && isPsamProfile(path))
            return insertModel(card, path, true, nullptr);
        return insertModel(card, path.isEmpty() ? cardProfile : path, false, &cardProfile);
    }

    QString insertPsam(const QString& path)
    {
        // A citizen card profile goes in as it is: the citizen's card put in the PSAM reader.
        if (!path.isEmpty() && !isPsamProfile(path))
            return insertModel(psam, path, false, nullptr);
        return insertModel(psam, path.isEmpty() ? psamProfile : path, true, &psamProfile);
    }

    // Loads a profile and puts its card in the slot; `remember` keeps the path as that slot's default.
    QString insertModel(VpcdSlot* slot, const QString& path, bool asPsam, QString* remember)
    {
        QString error;
        std::shared_ptr<CardModel> model;
        if (asPsam) {
            auto p = loadPsamProfile(path, &error);
            if (p)
                model = std::make_shared<PsamCard>(std::move(*p));
        } else {
            auto p = loadCitizenProfile(path, &error);
            if (p)
                model = std::make_shared<CitizenCard>(std::move(*p), store);
        }
        if (!model)
            return error.isEmpty() ? QStringLiteral("no profile given") : error;
        if (remember)
            *remember = path;
        slot->insert(std::move(model));
        return {};
    }

    QString fault(const QStringList& w)
    {
        if (w.size() < 3)
            return QStringLiteral("usage: fault card|psam <kind> [args]");
        VpcdSlot* slot = w[1] == QLatin1String("psam") ? psam : card;
        Faults f = slot->faults();
        const QString kind = w[2];
        const int n = w.size() > 3 ? w[3].toInt() : 1;
        if (kind == QLatin1String("clear")) {
            f = Faults{};
        } else if (kind == QLatin1String("drop-on") && w.size() > 3) {
            f.dropOnPrefix = QByteArray::fromHex(w[3].toLatin1());
        } else if (kind == QLatin1String("drop-after")) {
            f.dropAfter = qMax(1, n);
        } else if (kind == QLatin1String("garbage")) {
            f.garbage = qMax(1, n);
        } else if (kind == QLatin1String("slow") && w.size() > 3) {
            f.slowMs = w[3].toInt();
            f.slowCount = w.size() > 4 ? w[4].toInt() : -1;
        } else if (kind == QLatin1String("sw") && w.size() > 3) {
            f.forcedSw = std::uint16_t(w[3].toUInt(nullptr, 16));
            f.forcedCount = w.size() > 4 ? w[4].toInt() : 1;
        } else {
            return QStringLiteral("unknown fault '%1'").arg(kind);
        }
        slot->setFaults(f);
        return {};
    }

    QJsonObject status() const
    {
        return QJsonObject{{"card", QJsonObject{{"inserted", card->isInserted()},
                                                {"connected", card->isConnected()},
                                                {"apdus", card->apdus()},
                                                {"state", card->cardStatus()}}},
                           {"psam", QJsonObject{{"inserted", psam->isInserted()},
                                                {"connected", psam->isConnected()},
                                                {"apdus", psam->apdus()},
                                                {"state", psam->cardStatus()}}}};
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carddesk-cardsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates a social security card (SSSE) and a PSAM in the vpcd virtual reader slots of pcscd.\n"
        "Commands on stdin: insert [PROFILE], remove, swap PROFILE, psam-insert [PROFILE], psam-remove,\n"
        "fault card|psam drop-on HEX|drop-after N|garbage [N]|slow MS [N]|sw HEX4 [N]|clear, status, quit."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption cardOpt(QStringLiteral("card"),
                               QStringLiteral("Citizen card profile (JSON), inserted at start."),
                               QStringLiteral("profile"));
    QCommandLineOption psamOpt(QStringLiteral("psam"),
                               QStringLiteral("PSAM profile (JSON), inserted at start."),
                               QStringLiteral("profile"));
    QCommandLineOption hostOpt(QStringLiteral("host"), QStringLiteral("vpcd host (default 127.0.0.1)."),
                               QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    QCommandLineOption portOpt(QStringLiteral("port"),
                               QStringLiteral("vpcd port of the card slot (default 35963)."),
                               QStringLiteral("port"), QStringLiteral("35963"));
    QCommandLineOption psamPortOpt(QStringLiteral("psam-port"),
                                   QStringLiteral("vpcd port of the PSAM slot (default: card port + 1)."),
                                   QStringLiteral("port"));
    QCommandLineOption stateOpt(
        QStringLiteral("state"),
        QStringLiteral("State file: PIN and try counters persist here across restarts."),
        QStringLiteral("file"));
    parser.addOptions({cardOpt, psamOpt, hostOpt, portOpt, psamPortOpt, stateOpt});
    parser.process(app);

    const QString host = parser.value(hostOpt);
    const int port = parser.value(portOpt).toInt();
    const int psamPort = parser.isSet(psamPortOpt) ? parser.value(psamPortOpt).toInt() : port + 1;
    StateStore store(parser.value(stateOpt));
    VpcdSlot cardSlot(QStringLiteral("card"), host, port, emitLine);
    VpcdSlot psamSlot(QStringLiteral("psam"), host, psamPort, emitLine);
    Simulator sim{&store, &cardSlot, &psamSlot, {}, {}};

    if (parser.isSet(cardOpt)) {
        const QString err = sim.insertCard(parser.value(cardOpt));
        if (!err.isEmpty()) {
            std::fprintf(stderr, "carddesk-cardsim: %s\n", qPrintable(err));
            return 2;
        }
    }
    if (parser.isSet(psamOpt)) {
        const QString err = sim.insertPsam(parser.value(psamOpt));
        if (!err.isEmpty()) {
            std::fprintf(stderr, "carddesk-cardsim: %s\n", qPrintable(err));
            return 2;
        }
    }
    emitLine(QStringLiteral("ready card-port %1 psam-port %2").arg(port).arg(psamPort));

    std::string raw;
    while (std::getline(std::cin, raw)) {
        const QString line = QString::fromStdString(raw).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString cmd = w[0];
        QString err;
        QString extra;
        if (cmd == QLatin1String("quit")) {
            emitLine(QStringLiteral("ok bye"));
            break;
        } else if (cmd == QLatin1String("insert")) {
            err = sim.insertCard(w.value(1));
        } else if (cmd == QLatin1String("remove")) {
            cardSlot.remove();
        } else if (cmd == QLatin1String("swap")) {
            err = w.size() < 2 ? QStringLiteral("usage: swap PROFILE") : sim.insertCard(w[1]);
        } else if (cmd == QLatin1String("psam-insert")) {
            err = sim.insertPsam(w.value(1));
        } else if (cmd == QLatin1String("psam-remove")) {
            psamSlot.remove();
        } else if (cmd == QLatin1String("fault")) {
            err = sim.fault(w);
        } else if (cmd == QLatin1String("status")) {
            extra = QString::fromUtf8(QJsonDocument(sim.status()).toJson(QJsonDocument::Compact));
        } else {
            err = QStringLiteral("unknown command '%1'").arg(cmd);
        }
        emitLine(err.isEmpty() ? (extra.isEmpty() ? QStringLiteral("ok") : QStringLiteral("ok ") + extra)
                               : QStringLiteral("error ") + err);
    }
    cardSlot.stop();
    psamSlot.stop();
    return 0;
}
