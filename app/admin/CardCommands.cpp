// carddesk-admin card readers|info|status|verify|change-pin|reset-pin|unblock|diagnose: the card layer for
// support staff and scripts. PINs come from the terminal with echo off, or one per line from stdin when
// it is not a terminal; never from the command line. The ID number is printed masked.
#include "app/admin/AdminCommands.h"
#include "app/identity/IdNumber.h"

#include "smartcard/PcscCitizenCardService.h"
#include "smartcard/pcsc/PinPad.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace carddesk::admin {

namespace {

// Reads one line into out without echo when stdin is a terminal. The line buffer is wiped.
bool readPin(const char* prompt, SecureBuffer& out)
{
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios old{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char line[128];
    const bool ok = std::fgets(line, sizeof line, stdin) != nullptr;
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    out.clear();
    if (ok) {
        for (std::size_t i = 0; line[i] != '\0' && line[i] != '\n' && line[i] != '\r'; ++i)
            out.append(static_cast<unsigned char>(line[i]));
    }
    OPENSSL_cleanse(line, sizeof line);
    return ok && !out.isEmpty();
}

bool readNewPin(SecureBuffer& pin)
{
    SecureBuffer again;
    if (!readPin("New PIN: ", pin) || !readPin("Repeat the new PIN: ", again))
        return false;
    if (!pin.equals(again)) {
        std::fprintf(stderr, "carddesk-admin card: the two new PINs differ; nothing was changed\n");
        return false;
    }
    return true;
}

int report(const CardResult& r, QTextStream& out, const QString& what)
{
    if (r.ok()) {
        out << what << ": " << r.message();
        if (r.triesLeft >= 0)
            out << " (" << r.triesLeft << " tries left)";
        out << '\n';
        return 0;
    }
    QTextStream err(stderr);
    err << what << " failed: " << r.message() << " [" << cardErrorName(r.error);
    if (!r.statusWordText().isEmpty())
        err << " SW " << r.statusWordText();
    err << "]";
    if (!r.detail.isEmpty())
        err << "\n  " << r.detail;
    err << '\n';
    return 1;
}

QString algorithmName(CardAlgorithm a)
{
    return a == CardAlgorithm::Sm4 ? QStringLiteral("SM4") : QStringLiteral("3DES");
}

QString pcscdVersion()
{
    QProcess p;
    p.start(QStringLiteral("pcscd"), {QStringLiteral("--version")});
    if (!p.waitForFinished(3000))
        return QStringLiteral("unknown");
    return QString::fromLocal8Bit(p.readAllStandardOutput()).split(QLatin1Char('\n')).value(0).trimmed();
}

} // namespace

int runCardCommands(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The citizen's card through the configured readers (CARDDESK_CITIZEN_READER, CARDDESK_SAM_READER: "
        "reader name patterns).\n"
        "  readers     list the readers, which one is the citizen-card and which the PSAM reader\n"
        "  info        read the card: card data and holder (ID number masked)\n"
        "  status      PIN tries left (consumes none)\n"
        "  verify      check a PIN (read from the terminal or stdin)\n"
        "  change-pin  old PIN, new PIN twice\n"
        "  reset-pin   new PIN twice; needs the PSAM\n"
        "  unblock     clear the try counter, keep the PIN; needs the PSAM\n"
        "  diagnose    readers, ATRs, pcscd version, PIN pad features, a test read and the APDU trace\n"
        "Exit code: 0 done, 1 the card or reader refused or failed, 2 usage error."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), QStringLiteral("info: print JSON.")});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("readers|info|status|verify|change-pin|"
                                                                      "reset-pin|unblock|diagnose"));
    p.process(args);
    QTextStream out(stdout), err(stderr);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1) {
        err << "carddesk-admin card: give one command (carddesk-admin card --help)\n";
        return 2;
    }
    const QString cmd = pos.first();
    PcscCitizenCardService service;

    if (cmd == QLatin1String("readers")) {
        QStringList all;
        ReaderChoice choice;
        const CardResult r = service.readers(all, choice);
        if (!r.ok())
            return report(r, out, QStringLiteral("list readers"));
        for (const QString& reader : all) {
            QString role = reader == choice.citizenReader ? QStringLiteral("citizen card")
                           : reader == choice.samReader   ? QStringLiteral("PSAM")
                                                          : QStringLiteral("-");
            out << reader << "  [" << role << "]\n";
        }
        if (all.isEmpty())
            out << "no readers\n";
        return choice.citizenReader.isEmpty() ? 1 : 0;
    }
    if (cmd == QLatin1String("info")) {
        const CardReadResult r = service.readCard();
        if (!r.result.ok())
            return report(r.result, out, QStringLiteral("read card"));
        const QString masked = IdNumber::mask(r.holder.idNumber);
        if (p.isSet(QStringLiteral("json"))) {
            const QJsonObject o{{"cardNumber", r.card.cardNumber},
                                {"identificationCode", r.card.identificationCodeHex()},
                                {"issuingArea", r.card.issuingArea()},
                                {"version", r.card.specVersion},
                                {"algorithm", algorithmName(r.card.algorithm)},
                                {"issueDate", r.card.issueDate.toString(Qt::ISODate)},
                                {"expiryDate", r.card.expiryDate.toString(Qt::ISODate)},
                                {"atr", QString::fromLatin1(r.card.atr.toHex().toUpper())},
                                {"name", r.holder.name},
                                {"idNumber", masked},
                                {"sex", r.holder.sex},
                                {"ethnicGroup", r.holder.ethnicGroup},
                                {"birthDate", r.holder.birthDate.toString(Qt::ISODate)}};
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        out << "card number:         " << r.card.cardNumber << '\n'
            << "identification code: " << r.card.identificationCodeHex() << " (area " << r.card.issuingArea()
            << ")\n"
            << "version, algorithm:  " << r.card.specVersion << ", " << algorithmName(r.card.algorithm)
            << '\n'
            << "issued, expires:     " << r.card.issueDate.toString(Qt::ISODate) << ", "
            << r.card.expiryDate.toString(Qt::ISODate) << '\n'
            << "ATR:                 " << r.card.atr.toHex(' ').toUpper() << '\n'
            << "holder:              " << r.holder.name << '\n'
            << "ID number:           " << masked << '\n'
            << "sex, birth date:     "
            << (r.holder.sex == 1   ? "male"
                : r.holder.sex == 2 ? "female"
                                    : "?")
            << ", " << r.holder.birthDate.toString(Qt::ISODate) << '\n';
        return 0;
    }
    if (cmd == QLatin1String("status"))
        return report(service.pinStatus(), out, QStringLiteral("PIN status"));
    if (cmd == QLatin1String("verify")) {
        SecureBuffer pin;
        if (!readPin("PIN: ", pin)) {
            err << "carddesk-admin card verify: no PIN given\n";
            return 2;
        }
        return report(service.verifyPin(pin), out, QStringLiteral("verify PIN"));
    }
    if (cmd == QLatin1String("change-pin")) {
        SecureBuffer oldPin, newPin;
        if (!readPin("Current PIN: ", oldPin) || !readNewPin(newPin))
            return 2;
        return report(service.changePin(oldPin, newPin), out, QStringLiteral("change PIN"));
    }
    if (cmd == QLatin1String("reset-pin") || cmd == QLatin1String("unblock")) {
        // Remember which card this is, so a card swapped meanwhile is refused instead of written.
        const CardReadResult card = service.readCard();
        if (!card.result.ok())
            return report(card.result, out, QStringLiteral("read card"));
        out << "card " << card.card.cardNumber << ", holder " << card.holder.name << " ("
            << IdNumber::mask(card.holder.idNumber) << ")\n";
        out.flush();
        if (cmd == QLatin1String("unblock"))
            return report(service.unblockPin(card.card.identificationCode), out,
                          QStringLiteral("unblock PIN"));
        SecureBuffer newPin;
        if (!readNewPin(newPin))
            return 2;
        return report(service.resetPin(newPin, card.card.identificationCode), out,
                      QStringLiteral("reset PIN"));
    }
    if (cmd == QLatin1String("diagnose")) {
        out << "pcscd: " << pcscdVersion() << '\n';
        QStringList all;
        ReaderChoice choice;
        const CardResult lr = service.readers(all, choice);
        if (!lr.ok())
            return report(lr, out, QStringLiteral("list readers"));
        out << "readers:\n";
        pcsc::Context ctx;
        ctx.establish();
        for (const QString& reader : all) {
            const QByteArray name = reader.toUtf8();
            SCARD_READERSTATE st{};
            st.szReader = name.constData();
            st.dwCurrentState = SCARD_STATE_UNAWARE;
            SCardGetStatusChange(ctx.handle(), 0, &st, 1);
            const bool present = (st.dwEventState & SCARD_STATE_PRESENT) != 0;
            out << "  " << reader
                << (reader == choice.citizenReader ? "  [citizen card]"
                    : reader == choice.samReader   ? "  [PSAM]"
                                                   : "")
                << "\n    card: "
                << (present ? QString::fromLatin1(
                                  QByteArray(reinterpret_cast<const char*>(st.rgbAtr), int(st.cbAtr))
                                      .toHex(' ')
                                      .toUpper())
                            : QStringLiteral("none"))
                << '\n';
        }
        QString noPinPad;
        const auto features = service.pinPadFeatures(&noPinPad);
        out << "PIN pad (citizen reader): "
            << (features.contains(pinpad::FeatureVerifyPinDirect) ? "verify " : "")
            << (features.contains(pinpad::FeatureModifyPinDirect) ? "modify " : "")
            << (noPinPad.isEmpty() ? QString() : QStringLiteral("none: ") + noPinPad) << '\n';
        const CardReadResult r = service.readCard();
        out << "test read: "
            << (r.result.ok()
                    ? QStringLiteral("ok, card %1, version %2, %3")
                          .arg(r.card.cardNumber, r.card.specVersion, algorithmName(r.card.algorithm))
                    : r.result.message() + QStringLiteral(" [") + cardErrorName(r.result.error) +
                          QStringLiteral("] ") + r.result.detail)
            << '\n';
        const CardResult s = service.pinStatus();
        out << "PIN status: "
            << (s.ok() ? QStringLiteral("%1 tries left").arg(s.triesLeft) : cardErrorName(s.error)) << '\n';
        out << "APDU trace (PIN data blanked):\n";
        for (const QString& line : service.trace().lines())
            out << "  " << line << '\n';
        return r.result.ok() ? 0 : 1;
    }
    err << "carddesk-admin card: unknown command '" << cmd << "' (carddesk-admin card --help)\n";
    return 2;
}

} // namespace carddesk::admin
