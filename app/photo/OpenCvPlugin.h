#pragma once
// OpenCV's videoio (cameras, video files) pulls in ~240 shared libraries (ffmpeg, GStreamer, GDAL...) and
// objdetect (the face cascades) another dozen (dnn, protobuf, calib3d...). Linked into carddesk they cost
// most of its start-up, before any window, for a camera and a face detector used minutes later if at all. So
// both live in a plugin, carddesk-opencv.so, loaded on the first camera or video open or face detector load.
// The plugin only wraps cv::VideoCapture and cv::CascadeClassifier; every check and message stays in the app.
//
// The plugin is built from the same tree with the same compiler (app/photo/opencv-plugin), so C++ types cross
// the boundary; kOpenCvPluginAbi guards against a stale plugin from another version.

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <memory>
#include <string>
#include <vector>

namespace carddesk {

constexpr int kOpenCvPluginAbi = 1;

// cv::VideoCapture's few operations we use, without its header (videoio.hpp needs the library).
class VideoCaptureBackend
{
public:
    enum class Api
    {
        Any,  // a file: whatever backend decodes it
        V4l2, // a camera device node
    };
    enum class Property
    {
        FrameWidth,
        FrameHeight,
        Fps,
        PosFrames,
    };
    virtual ~VideoCaptureBackend() = default;
    virtual bool open(const std::string& path, Api api) = 0;
    virtual bool isOpened() const = 0;
    virtual bool read(cv::Mat& out) = 0;
    virtual bool set(Property property, double value) = 0;
    virtual double get(Property property) const = 0;
    virtual void release() = 0;
};

// cv::CascadeClassifier's load and detectMultiScale.
class CascadeDetectorBackend
{
public:
    virtual ~CascadeDetectorBackend() = default;
    virtual bool load(const std::string& file) = 0;
    virtual void detectMultiScale(const cv::Mat& gray, std::vector<cv::Rect>& found, double scaleFactor,
                                  int minNeighbors, cv::Size minSize, cv::Size maxSize) = 0;
};

struct OpenCvPluginStatus
{
    bool loaded = false;
    QString path;  // the file loaded, or the one that failed to load
    QString error; // for the clerk: what is missing and what to do (empty when loaded)
};

// Loads the plugin on the first call (thread-safe; never unloaded) and says whether that worked.
OpenCvPluginStatus openCvPluginStatus();
// New objects from the plugin; null with *error set (a message for the clerk) when it is not installed.
std::unique_ptr<VideoCaptureBackend> createVideoCaptureBackend(QString* error);
std::unique_ptr<CascadeDetectorBackend> createCascadeDetectorBackend(QString* error);
// Where the plugin is looked for, in order: $CARDDESK_PLUGIN_DIR alone when set (tests); otherwise next to
// the executable, ../<libdir>/carddesk from it (an installed or relocated package), the configured install
// directory, the build directory.
QStringList openCvPluginSearchPath();
QString openCvPluginFileName(); // "carddesk-opencv.so"

} // namespace carddesk

// What the plugin exports (C linkage, so that QLibrary::resolve finds them by name).
extern "C" {
using CardDeskOpenCvAbiFunction = int (*)();
using CardDeskVideoCaptureFactory = carddesk::VideoCaptureBackend* (*)();
using CardDeskCascadeDetectorFactory = carddesk::CascadeDetectorBackend* (*)();
}
