#pragma once
// The training environment: the whole application against the card simulator (carddesk-cardsim behind
// pcscd's vpcd driver) with a demo store of demo persons, cards and accounts. Every receipt and screen is
// marked "培训模式" by the UI; nothing ever syncs (no SyncWorker is created in training mode), and the store is
// a separate file from the counter's real one.

#include "app/domain/RegionProfile.h"
#include "app/store/LocalStore.h"
#include "smartcard/pcsc/ReaderSelection.h"

#include <QList>
#include <QString>

#include <memory>

namespace carddesk {

struct DemoAccount
{
    QString operatorId;
    QString displayName;
    QString role;
    QString password; // training only: printed in the training guide
};

struct DemoPerson
{
    QString idNumber;
    QString name;
    int sex = 0;
    QString birthDate;   // YYYY-MM-DD
    QString cardNumber;  // empty: no card on record
    QString cardStatus;  // "active", "lost", ...
    QString cardProfile; // the simulator's profile (resources/cards/) of this person's card
};

class TrainingEnvironment
{
public:
    static constexpr const char* BranchId = "TRAINING";
    static constexpr const char* TerminalId = "T01";

    // Opens (and on first use seeds) the demo store in dataDir. passwordIterations: PBKDF2 iterations of the
    // demo accounts (low in tests; the default keeps training close to the real thing).
    static std::unique_ptr<TrainingEnvironment> open(const QString& dataDir, QString* error,
                                                     int passwordIterations = 100000);
    // The default folder: $CARDDESK_TRAINING_DIR, else <AppDataLocation>/training.
    static QString defaultDataDir();

    static QList<DemoAccount> demoAccounts();
    static QList<DemoPerson> demoPersons();
    // The readers of the test bed: vpcd slot 0 holds the citizen card, slot 1 the PSAM.
    static ReaderConfig readerConfig();
    // The simulator profile of the demo card inserted by scripts/demo.sh (resources/cards/).
    static QString demoCardProfile() { return QStringLiteral("zhangsan-200-3des.json"); }
    // The picture the demo "camera" shows (a still image source spec for createFrameSource()).
    static QString demoCameraSpec();

    LocalStore& store() { return *m_store; }
    const RegionProfile& region() const { return m_region; }
    QString dataDir() const { return m_dataDir; }

private:
    TrainingEnvironment() = default;
    bool seed(QString* error);

    std::unique_ptr<LocalStore> m_store;
    RegionProfile m_region;
    QString m_dataDir;
};

} // namespace carddesk
