// carddesk-opencv.so: cv::VideoCapture and cv::CascadeClassifier behind the interfaces of
// app/photo/OpenCvPlugin.h. Only this plugin links opencv_videoio and opencv_objdetect; carddesk loads it
// when a camera or video file is first opened or a face detector first loaded.
#include "app/photo/OpenCvPlugin.h"

#include <opencv2/objdetect.hpp>
#include <opencv2/videoio.hpp>

namespace {

using carddesk::CascadeDetectorBackend;
using carddesk::VideoCaptureBackend;

int toCv(VideoCaptureBackend::Property property)
{
    switch (property) {
    case VideoCaptureBackend::Property::FrameWidth:
        return cv::CAP_PROP_FRAME_WIDTH;
    case VideoCaptureBackend::Property::FrameHeight:
        return cv::CAP_PROP_FRAME_HEIGHT;
    case VideoCaptureBackend::Property::Fps:
        return cv::CAP_PROP_FPS;
    case VideoCaptureBackend::Property::PosFrames:
        return cv::CAP_PROP_POS_FRAMES;
    }
    return -1;
}

class OpenCvVideoCapture final : public VideoCaptureBackend
{
public:
    bool open(const std::string& path, Api api) override
    {
        return m_capture.open(path, api == Api::V4l2 ? cv::CAP_V4L2 : cv::CAP_ANY);
    }
    bool isOpened() const override { return m_capture.isOpened(); }
    bool read(cv::Mat& out) override { return m_capture.read(out); }
    bool set(Property property, double value) override { return m_capture.set(toCv(property), value); }
    double get(Property property) const override { return m_capture.get(toCv(property)); }
    void release() override { m_capture.release(); }

private:
    cv::VideoCapture m_capture;
};

class OpenCvCascadeDetector final : public CascadeDetectorBackend
{
public:
    bool load(const std::string& file) override { return m_cascade.load(file); }
    void detectMultiScale(const cv::Mat& gray, std::vector<cv::Rect>& found, double scaleFactor,
                          int minNeighbors, cv::Size minSize, cv::Size maxSize) override
    {
        found.clear();
        if (!m_cascade.empty())
            m_cascade.detectMultiScale(gray, found, scaleFactor, minNeighbors, 0, minSize, maxSize);
    }

private:
    cv::CascadeClassifier m_cascade;
};

} // namespace

extern "C" Q_DECL_EXPORT int carddesk_opencv_abi()
{
    return carddesk::kOpenCvPluginAbi;
}

extern "C" Q_DECL_EXPORT carddesk::VideoCaptureBackend* carddesk_opencv_create_capture()
{
    return new OpenCvVideoCapture;
}

extern "C" Q_DECL_EXPORT carddesk::CascadeDetectorBackend* carddesk_opencv_create_detector()
{
    return new OpenCvCascadeDetector;
}
