#include "app/training/TrainingEnvironment.h"

#include "app/config/CardDeskSettings.h"

#include "app/operators/OperatorAccounts.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace carddesk {

QString TrainingEnvironment::defaultDataDir()
{
    const QString env = qEnvironmentVariable("CARDDESK_TRAINING_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/training");
}

QList<DemoAccount> TrainingEnvironment::demoAccounts()
{
    return {
        {QStringLiteral("admin01"), QStringLiteral("培训管理员"), QStringLiteral("administrator"), QStringLiteral("train-admin-1")},
        {QStringLiteral("clerk01"), QStringLiteral("培训柜员"), QStringLiteral("clerk"), QStringLiteral("train-clerk-1")},
        {QStringLiteral("super01"), QStringLiteral("培训主管"), QStringLiteral("supervisor"), QStringLiteral("train-super-1")},
    };
}

QList<DemoPerson> TrainingEnvironment::demoPersons()
{
    // The holders of the simulator's cards (resources/cards/), plus a person whose card is reported lost.
    return {
        {QStringLiteral("11010519491231002X"), QStringLiteral("张三"), 1, QStringLiteral("1949-12-31"),
         QStringLiteral("W49158758"), QStringLiteral("active"), QStringLiteral("zhangsan-200-3des.json")},
        {QStringLiteral("320102198506120042"), QStringLiteral("李四"), 2, QStringLiteral("1985-06-12"),
         QStringLiteral("X12345678"), QStringLiteral("active"), QStringLiteral("lisi-300-sm4.json")},
        {QStringLiteral("440305199001010034"), QStringLiteral("王五"), 1, QStringLiteral("1990-01-01"),
         QStringLiteral("A00000001"), QStringLiteral("active"), QStringLiteral("wangwu-300-3des-t0.json")},
        {QStringLiteral("110105196001010017"), QStringLiteral("赵六"), 1, QStringLiteral("1960-01-01"),
         QStringLiteral("B00000002"), QStringLiteral("active"), QStringLiteral("blocked-200-3des.json")},
        {QStringLiteral("650102197804050013"), QStringLiteral("买买提·艾力"), 1, QStringLiteral("1978-04-05"),
         QStringLiteral("Z98765432"), QStringLiteral("active"), QStringLiteral("maimaiti-200-sm4.json")},
        {QStringLiteral("11010519700101002X"), QStringLiteral("孙七"), 2, QStringLiteral("1970-01-01"),
         QStringLiteral("L00000003"), QStringLiteral("lost"), QStringLiteral("locked-200-3des.json")},
    };
}

ReaderConfig TrainingEnvironment::readerConfig()
{
    ReaderConfig c;
    c.citizenReaderPattern = QStringLiteral("Virtual PCD 00 00");
    c.samReaderPattern = QStringLiteral("Virtual PCD 00 01");
    return c;
}

QString TrainingEnvironment::demoCameraSpec()
{
    // Installed next to the region profiles; in a source tree build the copy in app/training/data.
    const QStringList candidates = {
        CardDeskSettings::resourcesDir() + QStringLiteral("/training/demo-citizen.jpg"),
        QStringLiteral(CARDDESK_RESOURCES_DIR "/training/demo-citizen.jpg"),
        QStringLiteral(CARDDESK_RESOURCES_DIR "/../app/training/data/demo-citizen.jpg"),
    };
    for (const QString& c : candidates)
        if (QFileInfo::exists(c))
            return QStringLiteral("still:") + QFileInfo(c).canonicalFilePath();
    return {};
}

std::unique_ptr<TrainingEnvironment> TrainingEnvironment::open(const QString& dataDir, QString* error,
                                                               int passwordIterations)
{
    std::unique_ptr<TrainingEnvironment> env(new TrainingEnvironment);
    env->m_dataDir = dataDir;
    if (!QDir().mkpath(dataDir)) {
        if (error)
            *error = QStringLiteral("cannot create the training folder %1").arg(dataDir);
        return nullptr;
    }
    LocalStoreOptions options;
    options.databasePath = dataDir + QStringLiteral("/training.sqlite");
    options.keyFilePath = dataDir + QStringLiteral("/training.key");
    options.counterId = QString::fromLatin1(TerminalId);
    options.passwordIterations = passwordIterations;
    env->m_store = LocalStore::open(options, error);
    if (!env->m_store)
        return nullptr;
    env->m_region = RegionProfile::defaults();
    if (!env->seed(error))
        return nullptr;
    return env;
}

bool TrainingEnvironment::seed(QString* error)
{
    OperatorAccounts& accounts = m_store->operators();
    if (!accounts.needsFirstAdministrator())
        return true;
    OperatorContext where;
    where.branchId = QString::fromLatin1(BranchId);
    where.terminalId = QString::fromLatin1(TerminalId);
    where.trainingMode = true;
    const QList<DemoAccount> demo = demoAccounts();
    for (const DemoAccount& a : demo) {
        const QByteArray pw = a.password.toUtf8();
        const SecureBuffer password = SecureBuffer::fromAscii(pw.constData());
        bool ok = false;
        if (a.role == QLatin1String("administrator")) {
            ok = accounts.createFirstAdministrator(a.operatorId, a.displayName, password, where, error);
            where.operatorId = a.operatorId;
            where.role = a.role;
        } else {
            OperatorAccount account;
            account.operatorId = a.operatorId;
            account.displayName = a.displayName;
            account.role = a.role;
            account.branchId = where.branchId;
            ok = accounts.addOperator(account, password, where, error);
        }
        if (!ok)
            return false;
    }
    ReferenceBatch batch;
    for (const DemoPerson& p : demoPersons()) {
        batch.persons << ReferencePerson{p.idNumber, p.name, p.sex, p.birthDate};
        if (!p.cardNumber.isEmpty())
            batch.cards << ReferenceCard{p.cardNumber, p.idNumber, QString(), p.cardStatus};
    }
    batch.toChangeSequence = 1;
    return m_store->applyReferenceBatch(batch, error);
}

} // namespace carddesk
