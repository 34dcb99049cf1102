// carddesk-opencv.so: everything of the photo module that computes with OpenCV, behind the interfaces of
// app/photo/OpenCvPlugin.h: cv::VideoCapture, the face and eye cascades with the per-frame measurements of
// FaceAnalyzer, and the resizes of CardPhotoMaker. Only this plugin links OpenCV; carddesk loads it when a
// camera or video file is first opened, a face analyser first loaded or a picture first scaled.
// Pictures cross as QImage (8-bit BGR) and are wrapped as cv::Mat without copying, both ways.
#include "app/photo/OpenCvPlugin.h"

#include <QFile>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

using carddesk::FaceDetectionBackend;
using carddesk::FaceMeasurements;
using carddesk::FaceMeasureSettings;
using carddesk::PhotoImagingBackend;
using carddesk::VideoCaptureBackend;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A read-only view of a QImage's pixels (the QImage must outlive it). 8-bit BGR or grey only.
cv::Mat matOf(const QImage& image)
{
    const int type = image.format() == QImage::Format_Grayscale8 ? CV_8UC1 : CV_8UC3;
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar*>(image.constBits()),
                   size_t(image.bytesPerLine()));
}

// A QImage over a cv::Mat's pixels: no copy, the QImage keeps a reference to the Mat. The const-data
// constructor makes it read-only: whoever paints on it gets a copy, the Mat is never written.
QImage imageOf(const cv::Mat& bgr)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    auto* keep = new cv::Mat(bgr);
    return QImage(
        static_cast<const uchar*>(keep->data), keep->cols, keep->rows, qsizetype(keep->step),
        QImage::Format_BGR888, [](void* mat) { delete static_cast<cv::Mat*>(mat); }, keep);
}

QRect toQRect(const cv::Rect& r)
{
    return QRect(r.x, r.y, r.width, r.height);
}

cv::Rect toCvRect(const QRect& r)
{
    return cv::Rect(r.x(), r.y(), r.width(), r.height());
}

// Cameras may deliver grey or BGRA pictures; everything downstream expects 8-bit BGR.
cv::Mat toBgr(cv::Mat m)
{
    if (m.empty() || m.type() == CV_8UC3)
        return m;
    cv::Mat out;
    if (m.channels() == 1)
        cv::cvtColor(m, out, cv::COLOR_GRAY2BGR);
    else if (m.channels() == 4)
        cv::cvtColor(m, out, cv::COLOR_BGRA2BGR);
    else
        return {};
    return out;
}

// --- video ----------------------------------------------------------------------------------------------

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
    bool open(const QString& path, Api api) override
    {
        return m_capture.open(QFile::encodeName(path).toStdString(),
                              api == Api::V4l2 ? cv::CAP_V4L2 : cv::CAP_ANY);
    }
    bool isOpened() const override { return m_capture.isOpened(); }
    bool read(QImage& out) override
    {
        cv::Mat fresh; // a new buffer each time: earlier frames may still be shown or analysed
        if (!m_capture.read(fresh) || fresh.empty())
            return false;
        out = imageOf(toBgr(std::move(fresh)));
        return !out.isNull();
    }
    bool set(Property property, double value) override { return m_capture.set(toCv(property), value); }
    double get(Property property) const override { return m_capture.get(toCv(property)); }
    void release() override { m_capture.release(); }

private:
    cv::VideoCapture m_capture;
};

// --- face measurements ----------------------------------------------------------------------------------

cv::Rect clipped(const cv::Rect& r, const cv::Size& size)
{
    return r & cv::Rect(0, 0, size.width, size.height);
}

// The background's whiteness is the median of min(B,G,R) (white and light grey are high, any colour or
// shadow is lower); its evenness is the spread of the median luminance over a 4x4 grid of cells, so that a
// shadow or a light gradient shows while a few hair pixels at the edge do not.
struct BackgroundStats
{
    static constexpr int kGrid = 4;
    cv::Rect area;
    std::array<int, 256> minChannel{};
    std::array<std::array<int, 256>, kGrid * kGrid> cellLuma{};
    std::array<int, kGrid * kGrid> cellPixels{};
    int pixels = 0;

    void addRow(const cv::Mat& bgr, const cv::Mat& gray, int y, int x0, int x1)
    {
        const cv::Vec3b* p = bgr.ptr<cv::Vec3b>(y);
        const uchar* g = gray.ptr<uchar>(y);
        const int row = std::min(kGrid - 1, (y - area.y) * kGrid / std::max(1, area.height));
        for (int x = x0; x < x1; ++x) {
            ++minChannel[std::min({p[x][0], p[x][1], p[x][2]})];
            const int cell =
                row * kGrid + std::min(kGrid - 1, (x - area.x) * kGrid / std::max(1, area.width));
            ++cellLuma[cell][g[x]];
            ++cellPixels[cell];
        }
        pixels += std::max(0, x1 - x0);
    }

    static int median(const std::array<int, 256>& h, int count)
    {
        int seen = 0;
        for (int v = 0; v < 256; ++v) {
            seen += h[v];
            if (seen * 2 >= count)
                return v;
        }
        return 255;
    }

    double whiteness() const { return median(minChannel, pixels); }

    // NaN when fewer than two cells hold enough background to judge.
    double evenness() const
    {
        const int enough = std::max(20, area.area() / (kGrid * kGrid) / 5);
        int lo = 256, hi = -1, cells = 0;
        for (int c = 0; c < kGrid * kGrid; ++c) {
            if (cellPixels[c] < enough)
                continue;
            const int m = median(cellLuma[c], cellPixels[c]);
            lo = std::min(lo, m);
            hi = std::max(hi, m);
            ++cells;
        }
        return cells >= 2 ? double(hi - lo) : kNaN;
    }
};

class OpenCvFaceDetection final : public FaceDetectionBackend
{
public:
    bool loadFaceCascade(const QString& file) override
    {
        return m_face.load(QFile::encodeName(file).toStdString());
    }
    bool loadEyeCascade(const QString& file) override
    {
        return m_eyes.load(QFile::encodeName(file).toStdString());
    }

    QList<QRect> detectFaces(const QImage& smallGray, double scaleFactor, int minNeighbors) override
    {
        QList<QRect> out;
        if (smallGray.format() != QImage::Format_Grayscale8)
            return out;
        for (const cv::Rect& r : detect(matOf(smallGray), scaleFactor, minNeighbors))
            out << toQRect(r);
        return out;
    }

    FaceMeasurements measure(const QImage& image, const FaceMeasureSettings& s) override;

private:
    std::vector<cv::Rect> detect(const cv::Mat& smallGray, double scaleFactor, int minNeighbors)
    {
        std::vector<cv::Rect> faces;
        if (m_face.empty())
            return faces;
        cv::Mat equalized;
        cv::equalizeHist(smallGray, equalized);
        m_face.detectMultiScale(equalized, faces, scaleFactor, minNeighbors, 0, cv::Size(), cv::Size());
        return faces;
    }
    bool findEyes(const cv::Mat& gray, const cv::Rect& face, cv::Point2f* mid, float* distance);

    cv::CascadeClassifier m_face;
    cv::CascadeClassifier m_eyes;
    // Scratch buffers reused from frame to frame.
    cv::Mat m_gray;
    cv::Mat m_small;
};

bool OpenCvFaceDetection::findEyes(const cv::Mat& gray, const cv::Rect& face, cv::Point2f* mid,
                                   float* distance)
{
    if (m_eyes.empty())
        return false;
    // Eyes lie in the band from 5% to 55% of the face box. Look at a 120 px wide face: eyes of ~25 px suit
    // the cascade's 20 px window, and a fixed size keeps the cost flat whatever the distance. The Haar eye
    // cascade is the dearest step after the face detection, so the sizes it tries are kept few.
    const cv::Rect band = clipped(
        cv::Rect(face.x, face.y + face.height * 5 / 100, face.width, face.height * 50 / 100), gray.size());
    if (band.area() <= 0)
        return false;
    const double s = 120.0 / face.width;
    cv::Mat roi;
    cv::resize(gray(band), roi, cv::Size(), s, s, s < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    std::vector<cv::Rect> eyes;
    const int minEye = int(roi.cols * 0.15);
    const int maxEye = int(roi.cols * 0.32);
    m_eyes.detectMultiScale(roi, eyes, 1.08, 3, 0, cv::Size(minEye, minEye), cv::Size(maxEye, maxEye));
    const cv::Rect* left = nullptr;
    const cv::Rect* right = nullptr;
    for (const cv::Rect& e : eyes) {
        const double cx = e.x + e.width / 2.0;
        if (cx < roi.cols / 2.0) {
            if (!left || e.area() > left->area())
                left = &e;
        } else if (!right || e.area() > right->area()) {
            right = &e;
        }
    }
    if (!left || !right)
        return false;
    const double lx = left->x + left->width / 2.0, ly = left->y + left->height / 2.0;
    const double rx = right->x + right->width / 2.0, ry = right->y + right->height / 2.0;
    // Two eyes at very different heights are a false hit (an eyebrow, a nostril).
    if (std::abs(ly - ry) > roi.rows * 0.35)
        return false;
    mid->x = float(band.x + (lx + rx) / 2.0 / s);
    mid->y = float(band.y + (ly + ry) / 2.0 / s);
    *distance = float(std::hypot(rx - lx, ry - ly) / s);
    return true;
}

FaceMeasurements OpenCvFaceDetection::measure(const QImage& image, const FaceMeasureSettings& s)
{
    FaceMeasurements m;
    if (image.isNull() || image.format() != QImage::Format_BGR888)
        return m;
    const cv::Mat bgr = matOf(image);
    cv::cvtColor(bgr, m_gray, cv::COLOR_BGR2GRAY);
    double scale = 1.0;
    if (m_gray.cols > s.detectWidth) {
        scale = double(s.detectWidth) / m_gray.cols;
        cv::resize(m_gray, m_small, cv::Size(), scale, scale, cv::INTER_AREA);
    } else {
        m_small = m_gray;
    }
    const std::vector<cv::Rect> faces = detect(m_small, s.scaleFactor, s.minNeighbors);
    m.faceCount = int(faces.size());
    if (m.faceCount != 1) {
        // Still say how light the frame is: that is often why no face is found.
        m.exposure = cv::mean(m_small)[0];
        return m;
    }
    const cv::Rect guide = toCvRect(s.guide);

    const cv::Rect& f = faces.front();
    const cv::Rect face =
        clipped(cv::Rect(int(f.x / scale), int(f.y / scale), int(f.width / scale), int(f.height / scale)),
                bgr.size());
    m.face = toQRect(face);
    cv::Point2f eyeMid;
    m.eyesDetected = findEyes(m_gray, face, &eyeMid, &m.eyeDistance);
    if (!m.eyesDetected)
        eyeMid = cv::Point2f(face.x + face.width / 2.0f, float(face.y + face.height * s.eyeLineInBox));
    m.eyeMidX = eyeMid.x;
    m.eyeMidY = eyeMid.y;

    // Exposure on the middle of the face, where cheeks and forehead are.
    const cv::Rect inner = clipped(
        cv::Rect(face.x + face.width / 5, face.y + face.height / 5, face.width * 3 / 5, face.height * 3 / 5),
        bgr.size());
    m.exposure = cv::mean(m_gray(inner))[0];

    double headTop = face.y - s.headTopAboveBox * face.height;
    if (s.cardPhoto) {
        // On a white background the head top is where the rows above the face turn all white.
        const int x0 = std::max(0, face.x + face.width / 4),
                  x1 = std::min(bgr.cols, face.x + face.width * 3 / 4);
        const uchar white = uchar(std::min(255.0, s.whiteMin));
        int run = 0;
        for (int y = face.y; y >= 0 && x1 > x0; --y) {
            const cv::Vec3b* p = bgr.ptr<cv::Vec3b>(y);
            int background = 0;
            for (int x = x0; x < x1; ++x)
                background += std::min({p[x][0], p[x][1], p[x][2]}) >= white;
            run = background >= (x1 - x0) * 9 / 10 ? run + 1 : 0;
            if (run == 3) {
                headTop = y + 3;
                m.headTopMeasured = true;
                break;
            }
        }
        if (!m.headTopMeasured && x1 > x0) {
            // No white rows above the face, yet white in the guide's upper corners: the background is white
            // and the head reaches the top edge of the picture.
            const int side = std::max(2, guide.width / 10);
            const cv::Rect corners[] = {
                clipped(cv::Rect(guide.x, guide.y, side, side), bgr.size()),
                clipped(cv::Rect(guide.x + guide.width - side, guide.y, side, side), bgr.size())};
            bool white = true;
            for (const cv::Rect& c : corners) {
                std::vector<cv::Mat> channels;
                cv::split(bgr(c), channels);
                cv::Mat lowest = cv::min(cv::min(channels[0], channels[1]), channels[2]);
                white = white && c.area() > 0 && cv::mean(lowest)[0] >= s.whiteMin;
            }
            if (white) {
                headTop = 0;
                m.headTopMeasured = true;
            }
        }
    }
    m.headTop = headTop;

    // Sharpness at a fixed face scale, so that the figure does not depend on the distance to the camera.
    cv::Mat faceGray;
    const double fs = 128.0 / face.width;
    cv::resize(m_gray(face), faceGray, cv::Size(), fs, fs, fs < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat lap;
    cv::Laplacian(faceGray, lap, CV_16S);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    m.sharpness = stddev[0] * stddev[0];

    if (s.cardPhoto) {
        // Background: the part of the photo above the eye line outside an ellipse around the head (centred
        // on the eyes, reaching up to the head top and backgroundHeadHalfWidth face-box widths to each side,
        // which keeps even full hair out). Below the eye line are the shoulders.
        BackgroundStats bg;
        const cv::Rect area = clipped(guide, bgr.size());
        bg.area = area;
        const double cx = face.x + face.width / 2.0;
        const double semiX = face.width * s.backgroundHeadHalfWidth;
        const double semiY = std::max(1.0, (eyeMid.y - headTop) * 1.08);
        for (int y = area.y; y < std::min(area.y + area.height, int(eyeMid.y)); ++y) {
            const double dy = (y - eyeMid.y) / semiY;
            const double half = dy * dy < 1.0 ? semiX * std::sqrt(1.0 - dy * dy) : 0.0;
            const int l = std::clamp(int(std::floor(cx - half)), area.x, area.x + area.width);
            const int r = std::clamp(int(std::ceil(cx + half)), area.x, area.x + area.width);
            bg.addRow(bgr, m_gray, y, area.x, l);
            bg.addRow(bgr, m_gray, y, r, area.x + area.width);
        }
        // Too little background to judge (the head fills the photo): left unmeasured rather than guessed.
        m.backgroundJudged = bg.pixels >= guide.area() * 0.02;
        if (m.backgroundJudged) {
            m.backgroundWhiteness = bg.whiteness();
            m.backgroundEvenness = bg.evenness();
        }
    }
    return m;
}

// --- imaging --------------------------------------------------------------------------------------------

class OpenCvImaging final : public PhotoImagingBackend
{
public:
    QImage cropScaled(const QImage& image, const QRect& regionRect, const QSize& size) override
    {
        if (image.isNull() || image.format() != QImage::Format_BGR888 || size.isEmpty())
            return {};
        const cv::Mat bgr = matOf(image);
        const cv::Rect crop = toCvRect(regionRect);
        const cv::Rect inside = crop & cv::Rect(0, 0, bgr.cols, bgr.rows);
        if (inside.area() <= 0)
            return {};
        cv::Mat region = bgr(inside);
        if (inside != crop) {
            // Part of the region is outside the picture: fill it with the standard's white background.
            cv::copyMakeBorder(region, region, inside.y - crop.y, crop.br().y - inside.br().y,
                               inside.x - crop.x, crop.br().x - inside.br().x, cv::BORDER_CONSTANT,
                               cv::Scalar(255, 255, 255));
        }
        cv::Mat photo;
        const cv::Size target(size.width(), size.height());
        cv::resize(region, photo, target, 0, 0,
                   region.cols > target.width ? cv::INTER_AREA : cv::INTER_CUBIC);
        return imageOf(photo);
    }

    QImage shrunk(const QImage& image, double factor) override
    {
        if (image.isNull() || image.format() != QImage::Format_BGR888 || !(factor > 0))
            return {};
        cv::Mat out;
        cv::resize(matOf(image), out, cv::Size(), factor, factor, cv::INTER_AREA);
        return imageOf(out);
    }
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

extern "C" Q_DECL_EXPORT carddesk::FaceDetectionBackend* carddesk_opencv_create_face_detection()
{
    return new OpenCvFaceDetection;
}

extern "C" Q_DECL_EXPORT carddesk::PhotoImagingBackend* carddesk_opencv_imaging()
{
    static OpenCvImaging imaging; // stateless
    return &imaging;
}
