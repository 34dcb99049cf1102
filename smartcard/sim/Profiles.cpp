#include "Profiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSaveFile>

namespace carddesk::sim {

namespace {

std::optional<QJsonObject> readJson(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(path, pe.errorString());
        return std::nullopt;
    }
    return doc.object();
}

std::optional<CardAlgorithm> parseAlgorithm(const QString& s)
{
    if (s.compare(QLatin1String("sm4"), Qt::CaseInsensitive) == 0)
        return CardAlgorithm::Sm4;
    if (s.compare(QLatin1String("3des"), Qt::CaseInsensitive) == 0 || s.isEmpty())
        return CardAlgorithm::TripleDes;
    return std::nullopt;
}

// Loads the named key set from the keys file named in the profile (relative to the profile's folder).
bool loadIssuer(const QJsonObject& profile, const QString& profilePath, IssuerKeys& out, QString* error)
{
    const QString file =
        profile.value(QLatin1String("issuerKeysFile")).toString(QStringLiteral("issuer-keys.TEST-ONLY.json"));
    const QString set = profile.value(QLatin1String("issuerKeys")).toString();
    const QString path = QFileInfo(profilePath).dir().filePath(file);
    const auto keysFile = readJson(path, error);
    if (!keysFile)
        return false;
    const QJsonObject ks = keysFile->value(QLatin1String("keysets")).toObject().value(set).toObject();
    if (ks.isEmpty()) {
        *error = QStringLiteral("%1: no key set '%2'").arg(path, set);
        return false;
    }
    const struct
    {
        const char* name;
        int type;
        CardAlgorithm alg;
    } names[] = {{"pinReload3des", 1, CardAlgorithm::TripleDes},
                 {"pinReloadSm4", 1, CardAlgorithm::Sm4},
                 {"auth3des", 2, CardAlgorithm::TripleDes},
                 {"authSm4", 2, CardAlgorithm::Sm4}};
    for (const auto& n : names) {
        const QByteArray key = QByteArray::fromHex(ks.value(QLatin1String(n.name)).toString().toLatin1());
        if (key.size() == 16)
            out.keys.insert((n.type << 8) | int(n.alg), key);
    }
    return true;
}

} // namespace

std::optional<CitizenProfile> loadCitizenProfile(const QString& path, QString* error)
{
    const auto o = readJson(path, error);
    if (!o)
        return std::nullopt;
    CitizenProfile p;
    p.path = path;
    p.cardNumber = o->value(QLatin1String("cardNumber")).toString();
    p.identificationCode =
        QByteArray::fromHex(o->value(QLatin1String("identificationCode")).toString().toLatin1());
    p.version = o->value(QLatin1String("version")).toString(p.version);
    const auto alg = parseAlgorithm(o->value(QLatin1String("algorithm")).toString());
    if (!alg) {
        *error = QStringLiteral("%1: algorithm must be 3des or sm4").arg(path);
        return std::nullopt;
    }
    p.algorithm = *alg;
    p.issueDate = o->value(QLatin1String("issueDate")).toString();
    p.expiryDate = o->value(QLatin1String("expiryDate")).toString();
    const QJsonObject h = o->value(QLatin1String("holder")).toObject();
    p.idNumber = h.value(QLatin1String("idNumber")).toString();
    p.name = h.value(QLatin1String("name")).toString();
    p.nameExtension = h.value(QLatin1String("nameExtension")).toString();
    p.sex = h.value(QLatin1String("sex")).toString();
    p.ethnicGroup = h.value(QLatin1String("ethnicGroup")).toString();
    p.birthDate = h.value(QLatin1String("birthDate")).toString();
    p.pin = o->value(QLatin1String("pin")).toString(QStringLiteral("123456")).toLatin1();
    p.maxTries = o->value(QLatin1String("maxTries")).toInt(3);
    p.triesLeft = o->value(QLatin1String("triesLeft")).toInt(p.maxTries);
    if (o->value(QLatin1String("blocked")).toBool())
        p.triesLeft = 0;
    p.permanentlyLocked = o->value(QLatin1String("permanentlyLocked")).toBool();
    p.lockAfterMacFailures = o->value(QLatin1String("lockAfterMacFailures")).toInt(0);
    p.t0 = o->value(QLatin1String("protocol")).toString() == QLatin1String("T=0");
    p.readAllRecords = o->value(QLatin1String("readAllRecords")).toBool(true);
    p.atr = QByteArray::fromHex(o->value(QLatin1String("atr")).toString().toLatin1());
    if (p.cardNumber.isEmpty() || p.identificationCode.size() != 16 || p.idNumber.size() != 18 ||
        p.name.isEmpty()) {
        *error = QStringLiteral(
                     "%1: cardNumber, identificationCode (32 hex), holder.idNumber (18) and holder.name "
                     "are required")
                     .arg(path);
        return std::nullopt;
    }
    if (!loadIssuer(*o, path, p.issuer, error))
        return std::nullopt;
    return p;
}

std::optional<PsamProfile> loadPsamProfile(const QString& path, QString* error)
{
    const auto o = readJson(path, error);
    if (!o)
        return std::nullopt;
    PsamProfile p;
    p.path = path;
    if (o->contains(QLatin1String("dfName")))
        p.dfName = o->value(QLatin1String("dfName")).toString().toLatin1();
    if (!loadIssuer(*o, path, p.issuer, error))
        return std::nullopt;
    return p;
}

bool isPsamProfile(const QString& path)
{
    QString error;
    const auto o = readJson(path, &error);
    return o && o->value(QLatin1String("type")).toString() == QLatin1String("psam");
}

QJsonObject StateStore::load(const QString& cardNumber) const
{
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return {};
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(cardNumber).toObject();
}

void StateStore::save(const QString& cardNumber, const QJsonObject& state)
{
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return;
    QJsonObject all;
    {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly))
            all = QJsonDocument::fromJson(f.readAll()).object();
    }
    all.insert(cardNumber, state);
    QSaveFile out(m_path);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
        out.commit();
    }
}

} // namespace carddesk::sim
