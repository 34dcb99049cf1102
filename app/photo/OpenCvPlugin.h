#pragma once
// All of OpenCV lives in a plugin, carddesk-opencv.so, loaded on first use: videoio (cameras, video files:
// ~240 shared libraries with ffmpeg, GStreamer, GDAL), objdetect (the face cascades: dnn, protobuf,
// calib3d...) and core/imgproc (LAPACK, BLAS, gfortran, TBB...). Linked into carddesk they were loaded before
// its first window for a photo step used minutes later, if at all. The app side of the photo module speaks
// QImage only (8-bit BGR, QImage::Format_BGR888, OpenCV's byte order); the plugin wraps the pixels as cv::Mat
// without copying, computes, and hands back plain numbers and QImages. Every check, threshold and message
// stays in the app: the plugin measures, the app judges.
//
// The plugin is built from the same tree with the same compiler (app/photo/opencv-plugin), so C++ and Qt
// types cross the boundary; kOpenCvPluginAbi guards against a stale plugin from another version. It links no
// carddesk library (no second copy of any state), only OpenCV and Qt Core/Gui.

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>

namespace carddesk {

constexpr int kOpenCvPluginAbi = 2;

// cv::VideoCapture's few operations we use.
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
    virtual bool open(const QString& path, Api api) = 0;
    virtual bool isOpened() const = 0;
    // A freshly allocated 8-bit BGR picture (grey and BGRA camera pictures converted) that shares the decoded
    // buffer (no copy; read-only: writing to it detaches). False at the end or on an error.
    virtual bool read(QImage& out) = 0;
    virtual bool set(Property property, double value) = 0;
    virtual double get(Property property) const = 0;
    virtual void release() = 0;
};

// What FaceAnalyzer asks the face detection to measure (FaceAnalyzerOptions, docs/photo.md).
struct FaceMeasureSettings
{
    bool cardPhoto = true; // measure the head top and the background too
    QRect guide;           // the planned crop in frame pixels (FaceAnalyzer::guideRect)
    int detectWidth = 320;
    double scaleFactor = 1.15;
    int minNeighbors = 4;
    double headTopAboveBox = 0.90;
    double backgroundHeadHalfWidth = 1.2;
    double eyeLineInBox = 0.25;
    double whiteMin = 200.0; // min(B,G,R) from which a pixel counts as white background
};

// The raw measurements of one frame, in frame pixels; FaceAnalyzer turns them into checks.
struct FaceMeasurements
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    int faceCount = 0;
    // Mean luminance of the middle of the face; of the whole (scaled) frame when there is not exactly one
    // face.
    double exposure = kNaN;
    // The rest only with exactly one face.
    QRect face;
    float eyeMidX = 0, eyeMidY = 0; // float as computed, so that the app's arithmetic is unchanged
    float eyeDistance = 0;          // 0 when the eyes were estimated from the face box
    bool eyesDetected = false;
    double headTop = 0; // frame y; estimated from the face box unless headTopMeasured
    bool headTopMeasured = false;
    double sharpness = kNaN;           // variance of the Laplacian on the face at 128 px wide
    bool backgroundJudged = false;     // enough background to judge (card photos)
    double backgroundWhiteness = kNaN; // median of min(B,G,R)
    double backgroundEvenness = kNaN;  // spread of the median luminance over a 4x4 grid; NaN: too few cells
};

// The face and eye cascades (cv::CascadeClassifier) and the pixel work of FaceAnalyzer::analyze. One per
// analyzer; not thread-safe (it keeps scratch buffers from frame to frame).
class FaceDetectionBackend
{
public:
    virtual ~FaceDetectionBackend() = default;
    virtual bool loadFaceCascade(const QString& file) = 0;
    virtual bool loadEyeCascade(const QString& file) = 0;
    virtual FaceMeasurements measure(const QImage& bgr, const FaceMeasureSettings& settings) = 0;
    // Bare detection on an already grey (Format_Grayscale8), scaled frame, equalised first.
    virtual QList<QRect> detectFaces(const QImage& smallGray, double scaleFactor, int minNeighbors) = 0;
};

// cv::resize for the card photo and the evidence pictures (stateless, thread-safe).
class PhotoImagingBackend
{
public:
    virtual ~PhotoImagingBackend() = default;
    // `region` of `bgr` (the part outside the picture filled white) scaled to `size`: area averaging when
    // shrinking, bicubic when enlarging.
    virtual QImage cropScaled(const QImage& bgr, const QRect& region, const QSize& size) = 0;
    // Shrunk by `factor` (< 1) with area averaging.
    virtual QImage shrunk(const QImage& bgr, double factor) = 0;
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
std::unique_ptr<FaceDetectionBackend> createFaceDetectionBackend(QString* error);
// The plugin's one imaging object (never deleted); null with *error set when it is not installed.
PhotoImagingBackend* photoImagingBackend(QString* error);
// Where the plugin is looked for: pluginSearchPath() (app/core/PluginLibrary.h), the UI plugins' folders.
QStringList openCvPluginSearchPath();
QString openCvPluginFileName(); // "carddesk-opencv.so"

} // namespace carddesk

// What the plugin exports (C linkage, so that QLibrary::resolve finds them by name).
extern "C" {
using CardDeskOpenCvAbiFunction = int (*)();
using CardDeskVideoCaptureFactory = carddesk::VideoCaptureBackend* (*)();
using CardDeskFaceDetectionFactory = carddesk::FaceDetectionBackend* (*)();
using CardDeskPhotoImagingFunction = carddesk::PhotoImagingBackend* (*)();
}
