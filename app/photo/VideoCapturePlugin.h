#pragma once
// Cameras and video files are read through OpenCV's videoio, which pulls in ~240 shared libraries (ffmpeg,
// GStreamer, GDAL...). Linked into carddesk they cost most of its start-up, before any window, for a camera
// that is opened minutes later if at all. So videoio lives in a plugin, carddesk-videoio.so, loaded on the
// first camera or video open. The plugin only wraps cv::VideoCapture; every check and message stays here.
//
// The plugin is built from the same tree with the same compiler (app/photo/videoio), so C++ types cross the
// boundary; kVideoCapturePluginAbi guards against a stale plugin from another version.

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <memory>
#include <string>

namespace carddesk {

constexpr int kVideoCapturePluginAbi = 1;

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

struct VideoCapturePluginStatus
{
    bool loaded = false;
    QString path;  // the file loaded, or the last one tried
    QString error; // for the clerk: what is missing and what to do (empty when loaded)
};

// Loads the plugin on the first call (thread-safe; never unloaded) and says whether that worked.
VideoCapturePluginStatus videoCapturePluginStatus();
// A new capture from the plugin; null with *error set (a message for the clerk) when it is not installed.
std::unique_ptr<VideoCaptureBackend> createVideoCaptureBackend(QString* error);
// Where the plugin is looked for, in order: $CARDDESK_PLUGIN_DIR alone when set (tests); otherwise next to
// the executable, <prefix>/<libdir>/carddesk relative to it, the install directory, the build directory.
QStringList videoCapturePluginSearchPath();
QString videoCapturePluginFileName(); // "carddesk-videoio.so"

} // namespace carddesk

// What the plugin exports (C linkage, so that QLibrary::resolve finds it by name).
extern "C" {
using CardDeskVideoioAbiFunction = int (*)();
using CardDeskVideoioCreateFunction = carddesk::VideoCaptureBackend* (*)();
}
