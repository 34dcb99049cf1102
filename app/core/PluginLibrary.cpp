#include "app/core/PluginLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>

#include <mutex>

namespace carddesk {

namespace {

class PluginText
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::PluginLibrary)
};

std::mutex& registryMutex()
{
    static std::mutex m;
    return m;
}

// File name -> the loaded library (only successes are kept).
QHash<QString, QLibrary*>& registry()
{
    static QHash<QString, QLibrary*> loaded;
    return loaded;
}

} // namespace

QStringList pluginSearchPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CARDDESK_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    QStringList dirs;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        dirs << appDir;
        // <prefix>/bin/carddesk finds <prefix>/<libdir>/carddesk/, whatever the prefix the package uses.
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../" CARDDESK_PLUGIN_LIBDIR "/carddesk"));
    }
    dirs << QStringLiteral(CARDDESK_PLUGIN_INSTALL_DIR) << QStringLiteral(CARDDESK_PLUGIN_BUILD_DIR);
    dirs.removeDuplicates();
    return dirs;
}

PluginLibrary loadPluginLibrary(const QString& fileName, const char* abiSymbol, int abi, const QString& what)
{
    std::lock_guard<std::mutex> lock(registryMutex());
    PluginLibrary result;
    if (QLibrary* known = registry().value(fileName)) {
        result.loaded = true;
        result.path = known->fileName();
        return result;
    }
    const QStringList dirs = pluginSearchPath();
    for (const QString& dir : dirs) {
        const QString file = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(file))
            continue;
        result.path = file;
        auto* library = new QLibrary(file);
        if (!library->load()) {
            //: %1 a feature ("The supervisors' charts"), %2 a file, %3 the system's reason
            result.error = PluginText::tr("%1 cannot be loaded from %2: %3. Reinstall the carddesk package.")
                               .arg(what, file, library->errorString());
            delete library;
            return result;
        }
        using AbiFunction = int (*)();
        const auto abiFunction = reinterpret_cast<AbiFunction>(library->resolve(abiSymbol));
        if (!abiFunction || abiFunction() != abi) {
            //: %1 a feature, %2 a file
            result.error = PluginText::tr("%1 in %2 belongs to another version of CardDesk. Reinstall the "
                                          "carddesk package.")
                               .arg(what, file);
            library->unload();
            delete library;
            return result;
        }
        registry().insert(fileName, library);
        result.loaded = true;
        return result;
    }
    //: %1 a feature, %2 a file name, %3 the folders looked in
    result.error = PluginText::tr("%1 is not installed (%2 was looked for in %3). Reinstall the carddesk "
                                  "package.")
                       .arg(what, fileName, dirs.join(QStringLiteral(", ")));
    return result;
}

QFunctionPointer resolvePluginFunction(const QString& fileName, const char* symbol)
{
    std::lock_guard<std::mutex> lock(registryMutex());
    QLibrary* library = registry().value(fileName);
    return library ? library->resolve(symbol) : nullptr;
}

} // namespace carddesk
