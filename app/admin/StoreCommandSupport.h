#pragma once
// Shared by the store's command groups (operator, audit, db): where the store is, how to open it, and who is
// acting. Options --db and --key-file override the settings (store/dataDir, store/keyFile).

#include "app/config/CardDeskSettings.h"
#include "app/store/LocalStore.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <pwd.h>
#include <unistd.h>

namespace carddesk::admin {

inline void addStoreOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The local store's database file (default: from the settings)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("key-file"),
                      QStringLiteral("The store's 32-byte root key file (default: from the settings)."),
                      QStringLiteral("file")});
}

inline std::unique_ptr<LocalStore> openStoreFromOptions(const QCommandLineParser& parser, QTextStream& err)
{
    CardDeskSettings settings;
    LocalStoreOptions o;
    o.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                        : LocalStore::databaseFileIn(settings.dataDir());
    o.keyFilePath = parser.isSet(QStringLiteral("key-file")) ? parser.value(QStringLiteral("key-file"))
                                                             : settings.keyFile();
    o.counterId = QStringLiteral("admin");
    QString error;
    auto store = LocalStore::open(o, &error);
    if (!store)
        err << "carddesk-admin: cannot open the local store " << o.databasePath << ": " << error << '\n';
    return store;
}

// Who runs the tool: audited as "admin-cli:<unix user>" with the administrator role (the tool needs the
// root-only key file, so whoever runs it is an administrator of this machine).
inline OperatorContext cliOperator()
{
    QString user = qEnvironmentVariable("SUDO_USER");
    if (user.isEmpty()) {
        const passwd* pw = ::getpwuid(::getuid());
        user = pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::getuid());
    }
    return OperatorContext{QStringLiteral("admin-cli:") + user, QStringLiteral("administrator"), QString(),
                           QStringLiteral("carddesk-admin"), false};
}

} // namespace carddesk::admin
