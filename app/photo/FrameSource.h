#pragma once
// Where pictures come from: a V4L2 camera through cv::VideoCapture, a video file or an image sequence (demo,
// training, tests), or a still image (the manual fallback: a picture from another camera, an upload).
// A source is used by one thread at a time (the capture thread). Pictures are 8-bit BGR QImages
// (QImage::Format_BGR888).
// Cameras and video files go through the OpenCV plugin (OpenCvPlugin.h), loaded by the first open();
// pictures are decoded with Qt's image readers (JPEG, PNG, BMP), so still images work without the plugin.

#include "app/photo/OpenCvPlugin.h"
#include "app/photo/PhotoTypes.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace carddesk {

enum class FrameReadStatus
{
    Frame,
    EndOfStream, // a file or sequence has no more frames
    Error,       // see the message; a camera error offers the manual fallback
};

enum class FrameSourceError
{
    None,
    Missing,       // no such camera or file
    NoPermission,  // the device node exists but we may not open it
    Busy,          // the camera exists but cannot be opened or delivers nothing (another program has it)
    Unreadable,    // a file that is not a picture or video we can decode
    Disconnected,  // the camera was working and stopped (unplugged)
    PluginMissing, // the camera support (carddesk-opencv.so) is not installed or does not load
};

class FrameSource
{
public:
    virtual ~FrameSource() = default;

    // false with a message for the clerk (lastError() says which kind).
    virtual bool open(QString* error) = 0;
    // Each Frame status gives a freshly allocated picture in `out`: earlier frames handed out stay untouched.
    virtual FrameReadStatus read(QImage& out, QString* error) = 0;
    virtual void close() = 0;
    virtual QString description() const = 0;
    // Frames per second to pace a file source at; a live camera paces itself (isLive()).
    virtual double fps() const = 0;
    virtual bool isLive() const { return false; }

    FrameSourceError lastError() const { return m_lastError; }

protected:
    FrameSourceError m_lastError = FrameSourceError::None;
};

class CameraFrameSource : public FrameSource
{
public:
    explicit CameraFrameSource(int deviceIndex, QSize resolution = {640, 480}, double fps = 30.0);
    // A device node by path (e.g. a udev symlink /dev/v4l/by-id/...).
    explicit CameraFrameSource(QString devicePath, QSize resolution = {640, 480}, double fps = 30.0);
    bool open(QString* error) override;
    FrameReadStatus read(QImage& out, QString* error) override;
    void close() override;
    QString description() const override;
    double fps() const override { return m_fps; }
    bool isLive() const override { return true; }
    QString devicePath() const;

private:
    QString m_devicePath;
    QSize m_resolution;
    double m_fps;
    std::unique_ptr<VideoCaptureBackend> m_capture; // from the plugin, on the first open()
};

class VideoFileFrameSource : public FrameSource
{
public:
    explicit VideoFileFrameSource(QString path, bool loop = false);
    bool open(QString* error) override;
    FrameReadStatus read(QImage& out, QString* error) override;
    void close() override;
    QString description() const override;
    double fps() const override { return m_fps; }

private:
    QString m_path;
    bool m_loop;
    double m_fps = 25.0;
    std::unique_ptr<VideoCaptureBackend> m_capture; // from the plugin, on the first open()
    QImage m_first; // read by open() to prove the file decodes; delivered by the first read()
};

class ImageSequenceFrameSource : public FrameSource
{
public:
    // The files in order; fps paces them.
    explicit ImageSequenceFrameSource(QStringList files, double fps = 5.0, bool loop = false);
    // Every .jpg/.jpeg/.png/.bmp in the directory, sorted by name.
    static std::unique_ptr<ImageSequenceFrameSource> fromDirectory(const QString& dir, double fps = 5.0,
                                                                   bool loop = false);
    bool open(QString* error) override;
    FrameReadStatus read(QImage& out, QString* error) override;
    void close() override {}
    QString description() const override;
    double fps() const override { return m_fps; }

private:
    QStringList m_files;
    double m_fps;
    bool m_loop;
    int m_next = 0;
};

// One picture, delivered again and again so that live analysis and capture work as with a camera.
class StillImageFrameSource : public FrameSource
{
public:
    explicit StillImageFrameSource(QString path, double fps = 10.0);
    explicit StillImageFrameSource(QImage picture, double fps = 10.0); // an uploaded picture already decoded
    bool open(QString* error) override;
    FrameReadStatus read(QImage& out, QString* error) override;
    void close() override {}
    QString description() const override;
    double fps() const override { return m_fps; }

private:
    QString m_path;
    QImage m_image;
    double m_fps;
};

// A source described in settings: "camera:0[:640x480[@30]]", "video:/path/file.avi", "images:/dir",
// "still:/path/photo.jpg". Null with *error set when the text is not one of these.
std::unique_ptr<FrameSource> createFrameSource(const QString& spec, QString* error);

struct FrameSourceInfo
{
    QString id;          // the settings spec, e.g. "camera:0"
    QString description; // "/dev/video0: HD Webcam C270"
};
// The V4L2 cameras present now (from /sys/class/video4linux), for the settings page and diagnostics.
// Does not open them: a camera in use elsewhere is listed too.
QList<FrameSourceInfo> availableCameras();

// Loads a picture from a file as 8-bit BGR (Format_BGR888); null with *error set when it cannot.
QImage loadImageFile(const QString& path, QString* error);

} // namespace carddesk
