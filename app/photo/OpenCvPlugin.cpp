#include "app/photo/OpenCvPlugin.h"

#include "app/core/PluginLibrary.h"

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
    OpenCvPluginStatus status;
    CardDeskVideoCaptureFactory createCapture = nullptr;
    CardDeskFaceDetectionFactory createDetection = nullptr;
    PhotoImagingBackend* imaging = nullptr;
};

LoadedPlugin loadPlugin()
{
    LoadedPlugin result;
    const QStringList dirs = openCvPluginSearchPath();
    for (const QString& dir : dirs) {
        const QString file = QDir(dir).filePath(openCvPluginFileName());
        if (!QFileInfo::exists(file))
            continue;
        result.status.path = file;
        // Never unloaded: what it made may outlive any owner we could give the library.
        auto* library = new QLibrary(file);
        if (!library->load()) {
            result.status.error =
                PhotoSource::tr(
                    "The camera and face detection support %1 cannot be loaded: %2. Reinstall the "
                    "carddesk package.")
                    .arg(file, library->errorString());
            delete library;
            return result;
        }
        const auto abi = reinterpret_cast<CardDeskOpenCvAbiFunction>(library->resolve("carddesk_opencv_abi"));
        const auto capture =
            reinterpret_cast<CardDeskVideoCaptureFactory>(library->resolve("carddesk_opencv_create_capture"));
        const auto detection = reinterpret_cast<CardDeskFaceDetectionFactory>(
            library->resolve("carddesk_opencv_create_face_detection"));
        const auto imaging =
            reinterpret_cast<CardDeskPhotoImagingFunction>(library->resolve("carddesk_opencv_imaging"));
        // The ABI number first: a plugin from another version may not even have the other symbols.
        if (!abi || abi() != kOpenCvPluginAbi || !capture || !detection || !imaging) {
            result.status.error =
                PhotoSource::tr("The camera and face detection support %1 belongs to another "
                                "version of CardDesk. Reinstall the carddesk package.")
                    .arg(file);
            library->unload();
            delete library;
            return result;
        }
        result.createCapture = capture;
        result.createDetection = detection;
        result.imaging = imaging();
        result.status.loaded = true;
        return result;
    }
    result.status.error =
        PhotoSource::tr("The camera and face detection support (%1) is not installed: it was "
                        "looked for in %2. Reinstall the carddesk package.")
            .arg(openCvPluginFileName(), dirs.join(QStringLiteral(", ")));
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

QString openCvPluginFileName()
{
    return QStringLiteral("carddesk-opencv.so");
}

QStringList openCvPluginSearchPath()
{
    return pluginSearchPath(); // the same folders as the UI plugins (app/core/PluginLibrary.h)
}

OpenCvPluginStatus openCvPluginStatus()
{
    return plugin().status;
}

std::unique_ptr<VideoCaptureBackend> createVideoCaptureBackend(QString* error)
{
    const LoadedPlugin& p = plugin();
    if (!p.createCapture) {
        if (error)
            *error = p.status.error;
        return nullptr;
    }
    return std::unique_ptr<VideoCaptureBackend>(p.createCapture());
}

std::unique_ptr<FaceDetectionBackend> createFaceDetectionBackend(QString* error)
{
    const LoadedPlugin& p = plugin();
    if (!p.createDetection) {
        if (error)
            *error = p.status.error;
        return nullptr;
    }
    return std::unique_ptr<FaceDetectionBackend>(p.createDetection());
}

PhotoImagingBackend* photoImagingBackend(QString* error)
{
    const LoadedPlugin& p = plugin();
    if (!p.imaging && error)
        *error = p.status.error;
    return p.imaging;
}

} // namespace carddesk
