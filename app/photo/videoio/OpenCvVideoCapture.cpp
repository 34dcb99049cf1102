// carddesk-videoio.so: cv::VideoCapture behind VideoCaptureBackend (app/photo/VideoCapturePlugin.h). Only
// this plugin links opencv_videoio; carddesk loads it when a camera or video file is first opened.
#include "app/photo/VideoCapturePlugin.h"

#include <opencv2/videoio.hpp>

namespace {

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

} // namespace

extern "C" Q_DECL_EXPORT int carddesk_videoio_abi()
{
    return carddesk::kVideoCapturePluginAbi;
}

extern "C" Q_DECL_EXPORT carddesk::VideoCaptureBackend* carddesk_videoio_create()
{
    return new OpenCvVideoCapture;
}
