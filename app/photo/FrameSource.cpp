#include "app/photo/FrameSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>

#include <unistd.h>

namespace carddesk {

namespace {

class PhotoSource
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::PhotoSource)
};

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

// Everything downstream expects 8-bit BGR (Qt drops alpha and widens grey, as cv::cvtColor did).
QImage toBgr(QImage image)
{
    if (image.isNull() || image.format() == QImage::Format_BGR888)
        return image;
    return image.convertToFormat(QImage::Format_BGR888);
}

} // namespace

QImage loadImageFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.exists()) {
        setError(error, PhotoSource::tr("The picture %1 does not exist.").arg(path));
        return {};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, PhotoSource::tr("The picture %1 cannot be opened: %2").arg(path, f.errorString()));
        return {};
    }
    // Qt's readers rather than cv::imdecode: opencv_imgcodecs would load ~140 libraries at start-up.
    // Turned upright by its EXIF orientation, as cv::IMREAD_COLOR does.
    QImageReader reader(&f);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        setError(error,
                 PhotoSource::tr("%1 is not a picture that can be read (JPEG, PNG or BMP).").arg(path));
        return {};
    }
    image.convertTo(QImage::Format_BGR888); // OpenCV's byte order; drops alpha, widens grey
    return image;
}

namespace {

bool openCapture(std::unique_ptr<VideoCaptureBackend>& capture, FrameSourceError& lastError, QString* error)
{
    if (capture)
        return true;
    capture = createVideoCaptureBackend(error);
    if (!capture) {
        lastError = FrameSourceError::PluginMissing;
        return false;
    }
    return true;
}

} // namespace

// --- camera -------------------------------------------------------------------------------------------

CameraFrameSource::CameraFrameSource(int deviceIndex, QSize resolution, double fps)
    : CameraFrameSource(QStringLiteral("/dev/video%1").arg(deviceIndex), resolution, fps)
{}

CameraFrameSource::CameraFrameSource(QString devicePath, QSize resolution, double fps)
    : m_devicePath(std::move(devicePath))
    , m_resolution(resolution)
    , m_fps(fps)
{}

QString CameraFrameSource::devicePath() const
{
    return m_devicePath;
}

QString CameraFrameSource::description() const
{
    return PhotoSource::tr("Camera %1 (%2x%3)")
        .arg(devicePath())
        .arg(m_resolution.width())
        .arg(m_resolution.height());
}

bool CameraFrameSource::open(QString* error)
{
    close();
    const QString path = devicePath();
    const QString fallback = PhotoSource::tr("Use a still picture or upload a photo instead.");
    if (!QFileInfo::exists(path)) {
        m_lastError = FrameSourceError::Missing;
        setError(error, PhotoSource::tr("No camera at %1: is it plugged in?").arg(path) + QLatin1Char(' ') +
                            fallback);
        return false;
    }
    if (::access(QFile::encodeName(path).constData(), R_OK | W_OK) != 0) {
        m_lastError = FrameSourceError::NoPermission;
        setError(error, PhotoSource::tr("The camera %1 may not be used by this account (add it to the group "
                                        "'video').")
                                .arg(path) +
                            QLatin1Char(' ') + fallback);
        return false;
    }
    QString pluginError;
    if (!openCapture(m_capture, m_lastError, &pluginError)) {
        setError(error, pluginError + QLatin1Char(' ') + fallback);
        return false;
    }
    if (!m_capture->open(path, VideoCaptureBackend::Api::V4l2)) {
        m_lastError = FrameSourceError::Busy;
        setError(
            error,
            PhotoSource::tr("The camera %1 cannot be opened: another program may be using it.").arg(path) +
                QLatin1Char(' ') + fallback);
        return false;
    }
    m_capture->set(VideoCaptureBackend::Property::FrameWidth, m_resolution.width());
    m_capture->set(VideoCaptureBackend::Property::FrameHeight, m_resolution.height());
    m_capture->set(VideoCaptureBackend::Property::Fps, m_fps);
    m_lastError = FrameSourceError::None;
    return true;
}

FrameReadStatus CameraFrameSource::read(QImage& out, QString* error)
{
    QImage fresh; // a new buffer each time (the plugin's read): earlier frames may still be shown or analysed
    if (!m_capture || !m_capture->isOpened() || !m_capture->read(fresh) || fresh.isNull()) {
        const bool gone = !QFileInfo::exists(devicePath());
        m_lastError = gone ? FrameSourceError::Disconnected : FrameSourceError::Busy;
        setError(error, (gone ? PhotoSource::tr("The camera %1 was unplugged.")
                              : PhotoSource::tr("The camera %1 stopped delivering pictures."))
                                .arg(devicePath()) +
                            QLatin1Char(' ') +
                            PhotoSource::tr("Use a still picture or upload a photo instead."));
        return FrameReadStatus::Error;
    }
    out = std::move(fresh);
    return FrameReadStatus::Frame;
}

void CameraFrameSource::close()
{
    if (m_capture && m_capture->isOpened())
        m_capture->release();
}

// --- video file ---------------------------------------------------------------------------------------

VideoFileFrameSource::VideoFileFrameSource(QString path, bool loop)
    : m_path(std::move(path))
    , m_loop(loop)
{}

QString VideoFileFrameSource::description() const
{
    return PhotoSource::tr("Video file %1").arg(m_path);
}

bool VideoFileFrameSource::open(QString* error)
{
    close();
    if (!QFileInfo::exists(m_path)) {
        m_lastError = FrameSourceError::Missing;
        setError(error, PhotoSource::tr("The video file %1 does not exist.").arg(m_path));
        return false;
    }
    if (!openCapture(m_capture, m_lastError, error))
        return false;
    if (!m_capture->open(m_path, VideoCaptureBackend::Api::Any)) {
        m_lastError = FrameSourceError::Unreadable;
        setError(error, PhotoSource::tr("The video file %1 cannot be decoded.").arg(m_path));
        return false;
    }
    // Some containers open fine and then have nothing decodable in them: read the first frame now.
    if (!m_capture->read(m_first) || m_first.isNull()) {
        m_capture->release();
        m_lastError = FrameSourceError::Unreadable;
        setError(error, PhotoSource::tr("The video file %1 cannot be decoded.").arg(m_path));
        return false;
    }
    const double fps = m_capture->get(VideoCaptureBackend::Property::Fps);
    m_fps = fps > 0 && fps < 240 ? fps : 25.0;
    m_lastError = FrameSourceError::None;
    return true;
}

FrameReadStatus VideoFileFrameSource::read(QImage& out, QString* error)
{
    if (!m_capture || !m_capture->isOpened()) {
        setError(error, PhotoSource::tr("The video file %1 is not open.").arg(m_path));
        return FrameReadStatus::Error;
    }
    if (!m_first.isNull()) {
        out = std::move(m_first);
        m_first = QImage();
        return FrameReadStatus::Frame;
    }
    QImage fresh;
    if (!m_capture->read(fresh) || fresh.isNull()) {
        if (!m_loop)
            return FrameReadStatus::EndOfStream;
        m_capture->set(VideoCaptureBackend::Property::PosFrames, 0);
        if (!m_capture->read(fresh) || fresh.isNull())
            return FrameReadStatus::EndOfStream;
    }
    out = std::move(fresh);
    return FrameReadStatus::Frame;
}

void VideoFileFrameSource::close()
{
    m_first = QImage();
    if (m_capture && m_capture->isOpened())
        m_capture->release();
}

// --- image sequence -----------------------------------------------------------------------------------

ImageSequenceFrameSource::ImageSequenceFrameSource(QStringList files, double fps, bool loop)
    : m_files(std::move(files))
    , m_fps(fps)
    , m_loop(loop)
{}

std::unique_ptr<ImageSequenceFrameSource> ImageSequenceFrameSource::fromDirectory(const QString& dir,
                                                                                  double fps, bool loop)
{
    QStringList files;
    const QDir d(dir);
    for (const QString& name : d.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                            QStringLiteral("*.png"), QStringLiteral("*.bmp")},
                                           QDir::Files, QDir::Name))
        files << d.filePath(name);
    return std::make_unique<ImageSequenceFrameSource>(files, fps, loop);
}

QString ImageSequenceFrameSource::description() const
{
    return PhotoSource::tr("Image sequence of %n picture(s)", nullptr, int(m_files.size()));
}

bool ImageSequenceFrameSource::open(QString* error)
{
    m_next = 0;
    if (m_files.isEmpty()) {
        m_lastError = FrameSourceError::Missing;
        setError(error, PhotoSource::tr("The image sequence has no pictures."));
        return false;
    }
    m_lastError = FrameSourceError::None;
    return true;
}

FrameReadStatus ImageSequenceFrameSource::read(QImage& out, QString* error)
{
    if (m_next >= m_files.size()) {
        if (!m_loop || m_files.isEmpty())
            return FrameReadStatus::EndOfStream;
        m_next = 0;
    }
    QImage m = loadImageFile(m_files[m_next++], error);
    if (m.isNull()) {
        m_lastError = FrameSourceError::Unreadable;
        return FrameReadStatus::Error;
    }
    out = std::move(m);
    return FrameReadStatus::Frame;
}

// --- still image --------------------------------------------------------------------------------------

StillImageFrameSource::StillImageFrameSource(QString path, double fps)
    : m_path(std::move(path))
    , m_fps(fps)
{}

StillImageFrameSource::StillImageFrameSource(QImage picture, double fps)
    : m_image(toBgr(std::move(picture)))
    , m_fps(fps)
{}

QString StillImageFrameSource::description() const
{
    return m_path.isEmpty() ? PhotoSource::tr("Uploaded picture") : PhotoSource::tr("Picture %1").arg(m_path);
}

bool StillImageFrameSource::open(QString* error)
{
    if (!m_path.isEmpty()) {
        m_image = loadImageFile(m_path, error);
        if (m_image.isNull()) {
            m_lastError =
                QFileInfo::exists(m_path) ? FrameSourceError::Unreadable : FrameSourceError::Missing;
            return false;
        }
    }
    if (m_image.isNull()) {
        m_lastError = FrameSourceError::Unreadable;
        setError(error, PhotoSource::tr("The uploaded picture is empty or not a colour picture."));
        return false;
    }
    m_lastError = FrameSourceError::None;
    return true;
}

FrameReadStatus StillImageFrameSource::read(QImage& out, QString* error)
{
    if (m_image.isNull()) {
        setError(error, PhotoSource::tr("The picture is not open."));
        return FrameReadStatus::Error;
    }
    out = m_image; // shared, never written to: the same picture each time costs no copy
    return FrameReadStatus::Frame;
}

// --- settings and diagnostics ---------------------------------------------------------------------------

std::unique_ptr<FrameSource> createFrameSource(const QString& spec, QString* error)
{
    const int colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = spec.left(colon);
    const QString arg = colon < 0 ? QString() : spec.mid(colon + 1);
    if (kind == QLatin1String("camera")) {
        static const QRegularExpression re(QStringLiteral("^(\\d+)(?::(\\d+)x(\\d+)(?:@(\\d+))?)?$"));
        const auto m = re.match(arg.isEmpty() ? QStringLiteral("0") : arg);
        if (m.hasMatch()) {
            QSize size(640, 480);
            if (!m.captured(2).isEmpty())
                size = QSize(m.captured(2).toInt(), m.captured(3).toInt());
            const double fps = m.captured(4).isEmpty() ? 30.0 : m.captured(4).toDouble();
            return std::make_unique<CameraFrameSource>(m.captured(1).toInt(), size, fps);
        }
    } else if (kind == QLatin1String("video") && !arg.isEmpty()) {
        return std::make_unique<VideoFileFrameSource>(arg);
    } else if (kind == QLatin1String("images") && !arg.isEmpty()) {
        return ImageSequenceFrameSource::fromDirectory(arg);
    } else if (kind == QLatin1String("still") && !arg.isEmpty()) {
        return std::make_unique<StillImageFrameSource>(arg);
    }
    setError(error, PhotoSource::tr("'%1' is not a picture source: use camera:N, video:FILE, images:DIR or "
                                    "still:FILE.")
                        .arg(spec));
    return nullptr;
}

QList<FrameSourceInfo> availableCameras()
{
    QList<FrameSourceInfo> list;
    const QDir sys(QStringLiteral("/sys/class/video4linux"));
    const QStringList nodes = sys.entryList({QStringLiteral("video*")},
                                            QDir::Dirs | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& node : nodes) {
        bool ok = false;
        const int index = node.mid(5).toInt(&ok);
        if (!ok)
            continue;
        QFile nameFile(sys.filePath(node + QStringLiteral("/name")));
        QString name;
        if (nameFile.open(QIODevice::ReadOnly))
            name = QString::fromUtf8(nameFile.readAll()).trimmed();
        list << FrameSourceInfo{
            QStringLiteral("camera:%1").arg(index),
            QStringLiteral("/dev/%1: %2").arg(node, name.isEmpty() ? PhotoSource::tr("camera") : name)};
    }
    return list;
}

} // namespace carddesk
