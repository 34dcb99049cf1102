#include "app/photo/VideoCapturePlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <mutex>

namespace carddesk {

namespace {

class PhotoSource
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::PhotoSource)
};

struct LoadedPlugin
{
    VideoCapturePluginStatus status;
    CardDeskVideoioCreateFunction create = nullptr;
};

LoadedPlugin loadPlugin()
{
    LoadedPlugin result;
    const QStringList dirs = videoCapturePluginSearchPath();
    QStringList tried;
    for (const QString& dir : dirs) {
        const QString file = QDir(dir).filePath(videoCapturePluginFileName());
        if (!QFileInfo::exists(file))
            continue;
        tried << file;
        result.status.path = file;
        // Never unloaded: the captures it made may outlive any owner we could give the library.
        auto* library = new QLibrary(file);
        if (!library->load()) {
            result.status.error =
                PhotoSource::tr(
                    "The camera and video support %1 cannot be loaded: %2. Reinstall the carddesk "
                    "package.")
                    .arg(file, library->errorString());
            delete library;
            return result;
        }
        const auto abi =
            reinterpret_cast<CardDeskVideoioAbiFunction>(library->resolve("carddesk_videoio_abi"));
        const auto create =
            reinterpret_cast<CardDeskVideoioCreateFunction>(library->resolve("carddesk_videoio_create"));
        if (!abi || !create || abi() != kVideoCapturePluginAbi) {
            result.status.error =
                PhotoSource::tr("The camera and video support %1 belongs to another version of "
                                "CardDesk. Reinstall the carddesk package.")
                    .arg(file);
            library->unload();
            delete library;
            return result;
        }
        result.create = create;
        result.status.loaded = true;
        result.status.error.clear();
        return result;
    }
    result.status.error =
        PhotoSource::tr("The camera and video support (%1) is not installed: it was looked for "
                        "in %2. Reinstall the carddesk package.")
            .arg(videoCapturePluginFileName(), dirs.join(QStringLiteral(", ")));
    return result;
}

const LoadedPlugin& plugin()
{
    static std::once_flag once;
    static LoadedPlugin loaded;
    std::call_once(once, [] { loaded = loadPlugin(); });
    return loaded;
}

} // namespace

QString videoCapturePluginFileName()
{
    return QStringLiteral("carddesk-videoio.so");
}

QStringList videoCapturePluginSearchPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CARDDESK_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    QStringList dirs;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        dirs << appDir;
        // A relocated install: <prefix>/bin/carddesk and <prefix>/<libdir>/carddesk/.
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../" CARDDESK_PLUGIN_LIBDIR "/carddesk"));
    }
    dirs << QStringLiteral(CARDDESK_PLUGIN_INSTALL_DIR) << QStringLiteral(CARDDESK_PLUGIN_BUILD_DIR);
    dirs.removeDuplicates();
    return dirs;
}

VideoCapturePluginStatus videoCapturePluginStatus()
{
    return plugin().status;
}

std::unique_ptr<VideoCaptureBackend> createVideoCaptureBackend(QString* error)
{
    const LoadedPlugin& p = plugin();
    if (!p.create) {
        if (error)
            *error = p.status.error;
        return nullptr;
    }
    return std::unique_ptr<VideoCaptureBackend>(p.create());
}

} // namespace carddesk
