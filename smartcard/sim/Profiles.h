#pragma once
// Simulator profiles (resources/cards/*.json) and the persisted card state. The issuer keys in these files
// are TEST-ONLY keys: they exist to exercise the protocol and must never be used for real cards.

#include "smartcard/CardResult.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <optional>

namespace carddesk::sim {

// Root keys of one (test) issuer, 16 bytes each, by key type (1 PIN reload, 2 authentication) and algorithm.
struct IssuerKeys
{
    QHash<int, QByteArray> keys; // (type << 8 | algorithm) -> root key
    QByteArray key(int type, CardAlgorithm alg) const { return keys.value((type << 8) | int(alg)); }
};

struct CitizenProfile
{
    QString path;
    QString cardNumber;
    QByteArray identificationCode; // 16 bytes
    QString version = QStringLiteral("2.00");
    CardAlgorithm algorithm = CardAlgorithm::TripleDes;
    QString issueDate, expiryDate; // YYYYMMDD
    QString idNumber;
    QString name; // UTF-8 in the file, GBK on the card
    QString nameExtension;
    QString sex;         // "1" / "2"
    QString ethnicGroup; // two digits
    QString birthDate;
    QByteArray pin; // initial PIN digits (ASCII)
    int maxTries = 3;
    int triesLeft = 3;
    bool permanentlyLocked = false;
    int lockAfterMacFailures = 0; // 0: never lock permanently on MAC failures
    bool t0 = false;              // T=0 only ATR and 61xx/6Cxx behaviour
    bool readAllRecords = true;   // supports READ RECORD P2 = SFI<<3|5
    QByteArray atr;               // explicit ATR, else built from the version
    IssuerKeys issuer;
};

struct PsamProfile
{
    QString path;
    QByteArray dfName = QByteArrayLiteral("CARDDESK.PSAM");
    IssuerKeys issuer;
};

std::optional<CitizenProfile> loadCitizenProfile(const QString& path, QString* error);
std::optional<PsamProfile> loadPsamProfile(const QString& path, QString* error);
// True for a profile whose "type" is "psam".
bool isPsamProfile(const QString& path);

// The mutable state of every card the simulator has seen, by card number, in one JSON file (written
// atomically after each change), so a PIN reset is still visible after the simulator restarts.
class StateStore
{
public:
    explicit StateStore(QString path = {})
        : m_path(std::move(path))
    {}
    QJsonObject load(const QString& cardNumber) const;
    void save(const QString& cardNumber, const QJsonObject& state);

private:
    mutable QMutex m_mutex;
    QString m_path;
};

} // namespace carddesk::sim
