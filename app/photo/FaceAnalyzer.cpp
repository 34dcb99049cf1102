#include "app/photo/FaceAnalyzer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace carddesk {

namespace {

// The context of the guidance texts for the translators (i18n/carddesk_zh_CN.ts).
class PhotoGuidance
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::PhotoGuidance)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

PhotoCheck makeCheck(CheckId id, double value, double min, double max, const QString& lowText,
                     const QString& highText)
{
    PhotoCheck c;
    c.id = id;
    c.value = value;
    c.min = min;
    c.max = max;
    if (std::isnan(value)) {
        c.verdict = CheckVerdict::NotMeasured;
    } else if (!std::isnan(min) && value < min) {
        c.verdict = CheckVerdict::TooLow;
        c.guidance = lowText;
    } else if (!std::isnan(max) && value > max) {
        c.verdict = CheckVerdict::TooHigh;
        c.guidance = highText;
    } else {
        c.verdict = CheckVerdict::Pass;
    }
    return c;
}

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

} // namespace

QString checkIdName(CheckId id)
{
    switch (id) {
    case CheckId::FaceCount:
        return QStringLiteral("face-count");
    case CheckId::FaceSize:
        return QStringLiteral("face-size");
    case CheckId::HorizontalPosition:
        return QStringLiteral("horizontal-position");
    case CheckId::HeadTop:
        return QStringLiteral("head-top");
    case CheckId::EyeLine:
        return QStringLiteral("eye-line");
    case CheckId::Sharpness:
        return QStringLiteral("sharpness");
    case CheckId::Exposure:
        return QStringLiteral("exposure");
    case CheckId::BackgroundWhiteness:
        return QStringLiteral("background-whiteness");
    case CheckId::BackgroundEvenness:
        return QStringLiteral("background-evenness");
    }
    return QStringLiteral("unknown");
}

QString checkVerdictName(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass:
        return QStringLiteral("pass");
    case CheckVerdict::TooLow:
        return QStringLiteral("too-low");
    case CheckVerdict::TooHigh:
        return QStringLiteral("too-high");
    case CheckVerdict::NotMeasured:
        return QStringLiteral("not-measured");
    }
    return QStringLiteral("unknown");
}

QString checkTitle(CheckId id)
{
    switch (id) {
    case CheckId::FaceCount:
        return PhotoGuidance::tr("Faces");
    case CheckId::FaceSize:
        return PhotoGuidance::tr("Face size");
    case CheckId::HorizontalPosition:
        return PhotoGuidance::tr("Horizontal position");
    case CheckId::HeadTop:
        return PhotoGuidance::tr("Space above the head");
    case CheckId::EyeLine:
        return PhotoGuidance::tr("Eye line");
    case CheckId::Sharpness:
        return PhotoGuidance::tr("Sharpness");
    case CheckId::Exposure:
        return PhotoGuidance::tr("Exposure");
    case CheckId::BackgroundWhiteness:
        return PhotoGuidance::tr("Background whiteness");
    case CheckId::BackgroundEvenness:
        return PhotoGuidance::tr("Background evenness");
    }
    return {};
}

FaceAnalyzer::FaceAnalyzer(FaceAnalyzerOptions options)
    : m_options(std::move(options))
{}

QString FaceAnalyzer::cascadeDirectory()
{
    const QString dir = qEnvironmentVariable("CARDDESK_OPENCV_DATA");
    return dir.isEmpty() ? QStringLiteral("/usr/share/opencv4") : dir;
}

bool FaceAnalyzer::load(QString* error)
{
    m_loaded = false;
    const QString facePath = cascadeDirectory() + QLatin1Char('/') + m_options.faceCascade;
    if (!QFileInfo::exists(facePath)) {
        if (error)
            *error = PhotoGuidance::tr("The face detection data is missing (%1). Install the Debian package "
                                       "opencv-data, or take the photo manually.")
                         .arg(facePath);
        return false;
    }
    // The plugin only after the data: a missing opencv-data is the more common and more precise message.
    m_face = createCascadeDetectorBackend(error);
    m_eyes = m_face ? createCascadeDetectorBackend(error) : nullptr;
    if (!m_face || !m_eyes)
        return false;
    if (!m_face->load(facePath.toStdString())) {
        if (error)
            *error = PhotoGuidance::tr("The face detection data in %1 cannot be read.").arg(facePath);
        return false;
    }
    m_haveEyes = false;
    if (!m_options.eyeCascade.isEmpty()) {
        const QString eyePath = cascadeDirectory() + QLatin1Char('/') + m_options.eyeCascade;
        // Without the eye cascade the eye line is estimated from the face box: less exact, still usable.
        m_haveEyes = QFileInfo::exists(eyePath) && m_eyes->load(eyePath.toStdString());
    }
    m_loaded = true;
    return true;
}

cv::Rect FaceAnalyzer::guideRect(cv::Size frame, const CardPhotoGeometry& g)
{
    if (frame.width <= 0 || frame.height <= 0)
        return {};
    const double aspect = double(g.width) / g.height;
    if (double(frame.width) / frame.height > aspect) {
        const int w = int(std::lround(frame.height * aspect));
        return {(frame.width - w) / 2, 0, w, frame.height};
    }
    const int h = int(std::lround(frame.width / aspect));
    return {0, (frame.height - h) / 2, frame.width, h};
}

std::vector<cv::Rect> FaceAnalyzer::detectFaces(const cv::Mat& smallGray)
{
    std::vector<cv::Rect> faces;
    if (!m_loaded)
        return faces;
    cv::Mat equalized;
    cv::equalizeHist(smallGray, equalized);
    m_face->detectMultiScale(equalized, faces, m_options.scaleFactor, m_options.minNeighbors, cv::Size(),
                             cv::Size());
    return faces;
}

bool FaceAnalyzer::findEyes(const cv::Mat& gray, const cv::Rect& face, cv::Point2f* mid, float* distance)
{
    if (!m_haveEyes)
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
    m_eyes->detectMultiScale(roi, eyes, 1.08, 3, cv::Size(minEye, minEye), cv::Size(maxEye, maxEye));
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

FaceAnalysis FaceAnalyzer::analyze(const cv::Mat& bgr)
{
    QElapsedTimer timer;
    timer.start();
    FaceAnalysis a;
    a.purpose = m_options.purpose;
    const bool card = m_options.purpose == PhotoPurpose::CardPhoto;
    const CardPhotoGeometry& g = m_options.geometry;

    if (!m_loaded || bgr.empty() || bgr.type() != CV_8UC3) {
        PhotoCheck c;
        c.id = CheckId::FaceCount;
        c.guidance = m_loaded ? PhotoGuidance::tr("No picture from the camera")
                              : PhotoGuidance::tr("Face detection is not available: take the photo manually");
        a.checks << c;
        return a;
    }

    cv::cvtColor(bgr, m_gray, cv::COLOR_BGR2GRAY);
    double scale = 1.0;
    if (m_gray.cols > m_options.detectWidth) {
        scale = double(m_options.detectWidth) / m_gray.cols;
        cv::resize(m_gray, m_small, cv::Size(), scale, scale, cv::INTER_AREA);
    } else {
        m_small = m_gray;
    }
    const std::vector<cv::Rect> faces = detectFaces(m_small);
    a.faceCount = int(faces.size());
    a.plannedCrop = guideRect(bgr.size(), g);
    const cv::Rect& guide = a.plannedCrop;
    const double k = double(guide.height) / g.height; // frame pixels per photo pixel

    // Exposure comes first in the list: in a dark picture nothing else can be judged, light is what to fix.
    const PhotoCheck faceCount = makeCheck(
        CheckId::FaceCount, a.faceCount, 1, 1, PhotoGuidance::tr("Please look straight at the camera"),
        PhotoGuidance::tr("More than one face detected: only the citizen may be in the picture"));
    const QString tooDark = PhotoGuidance::tr("Not enough light");
    const QString tooBright = PhotoGuidance::tr("Too much light on the face");

    if (a.faceCount != 1) {
        // Still say when the frame is too dark or too bright: that is often why no face is found.
        a.checks << makeCheck(CheckId::Exposure, cv::mean(m_small)[0], m_options.exposureMin,
                              m_options.exposureMax, tooDark, tooBright);
        a.checks << faceCount;
        QList<CheckId> rest;
        if (card)
            rest << CheckId::FaceSize << CheckId::HorizontalPosition << CheckId::HeadTop << CheckId::EyeLine;
        rest << CheckId::Sharpness;
        if (card)
            rest << CheckId::BackgroundWhiteness << CheckId::BackgroundEvenness;
        for (CheckId id : rest)
            a.checks << makeCheck(id, kNaN, kNaN, kNaN, {}, {});
        a.analysisMs = timer.nsecsElapsed() / 1e6;
        return a;
    }

    const cv::Rect& f = faces.front();
    a.face =
        clipped(cv::Rect(int(f.x / scale), int(f.y / scale), int(f.width / scale), int(f.height / scale)),
                bgr.size());
    const cv::Rect& face = a.face;
    a.eyesDetected = findEyes(m_gray, face, &a.eyeMid, &a.eyeDistance);
    if (!a.eyesDetected)
        a.eyeMid =
            cv::Point2f(face.x + face.width / 2.0f, float(face.y + face.height * m_options.eyeLineInBox));

    // Exposure on the middle of the face, where cheeks and forehead are.
    const cv::Rect inner = clipped(
        cv::Rect(face.x + face.width / 5, face.y + face.height / 5, face.width * 3 / 5, face.height * 3 / 5),
        bgr.size());
    a.checks << makeCheck(CheckId::Exposure, cv::mean(m_gray(inner))[0], m_options.exposureMin,
                          m_options.exposureMax, tooDark, tooBright);
    a.checks << faceCount;

    double headTop = face.y - m_options.headTopAboveBox * face.height;
    if (card) {
        // On a white background the head top is where the rows above the face turn all white.
        const int x0 = std::max(0, face.x + face.width / 4),
                  x1 = std::min(bgr.cols, face.x + face.width * 3 / 4);
        const uchar white = uchar(std::min(255.0, m_options.backgroundWhitenessMin));
        int run = 0;
        for (int y = face.y; y >= 0 && x1 > x0; --y) {
            const cv::Vec3b* p = bgr.ptr<cv::Vec3b>(y);
            int background = 0;
            for (int x = x0; x < x1; ++x)
                background += std::min({p[x][0], p[x][1], p[x][2]}) >= white;
            run = background >= (x1 - x0) * 9 / 10 ? run + 1 : 0;
            if (run == 3) {
                headTop = y + 3;
                a.headTopMeasured = true;
                break;
            }
        }
        if (!a.headTopMeasured && x1 > x0) {
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
                white = white && c.area() > 0 && cv::mean(lowest)[0] >= m_options.backgroundWhitenessMin;
            }
            if (white) {
                headTop = 0;
                a.headTopMeasured = true;
            }
        }
    }
    const double faceWidth = a.eyesDetected ? a.eyeDistance * m_options.faceWidthPerEyeDistance
                                            : face.width * m_options.faceWidthPerBox;
    if (card) {
        a.checks << makeCheck(CheckId::FaceSize, faceWidth / k, g.faceWidthMin, g.faceWidthMax,
                              PhotoGuidance::tr("Please come a little closer"),
                              PhotoGuidance::tr("Please move back a little"));
        // The camera does not mirror: a face on the left of the picture is on the citizen's right.
        a.checks << makeCheck(CheckId::HorizontalPosition, (a.eyeMid.x - guide.x) / k, g.eyeMidXMin,
                              g.eyeMidXMax, PhotoGuidance::tr("Please move a little to your left"),
                              PhotoGuidance::tr("Please move a little to your right"));
        // Unmeasured head top (the background is not white): no guess, the background check says what to fix.
        a.checks << makeCheck(CheckId::HeadTop, a.headTopMeasured ? (headTop - guide.y) / k : kNaN,
                              g.headTopMin, g.headTopMax, PhotoGuidance::tr("Please move a little lower"),
                              PhotoGuidance::tr("Please move a little higher"));
        a.checks << makeCheck(CheckId::EyeLine, (guide.y + guide.height - a.eyeMid.y) / k,
                              g.eyeLineMinAboveBottom, kNaN, PhotoGuidance::tr("Please move a little higher"),
                              {});
    }

    // Sharpness at a fixed face scale, so that the figure does not depend on the distance to the camera.
    cv::Mat faceGray;
    const double fs = 128.0 / face.width;
    cv::resize(m_gray(face), faceGray, cv::Size(), fs, fs, fs < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat lap;
    cv::Laplacian(faceGray, lap, CV_16S);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    a.checks << makeCheck(CheckId::Sharpness, stddev[0] * stddev[0], m_options.sharpnessMin, kNaN,
                          PhotoGuidance::tr("Please hold still"), {});

    if (card) {
        // Background: the part of the photo above the eye line outside an ellipse around the head (centred
        // on the eyes, reaching up to the head top and backgroundHeadHalfWidth face-box widths to each side,
        // which keeps even full hair out). Below the eye line are the shoulders.
        BackgroundStats bg;
        const cv::Rect area = clipped(guide, bgr.size());
        bg.area = area;
        const double cx = face.x + face.width / 2.0;
        const double semiX = face.width * m_options.backgroundHeadHalfWidth;
        const double semiY = std::max(1.0, (a.eyeMid.y - headTop) * 1.08);
        for (int y = area.y; y < std::min(area.y + area.height, int(a.eyeMid.y)); ++y) {
            const double dy = (y - a.eyeMid.y) / semiY;
            const double half = dy * dy < 1.0 ? semiX * std::sqrt(1.0 - dy * dy) : 0.0;
            const int l = std::clamp(int(std::floor(cx - half)), area.x, area.x + area.width);
            const int r = std::clamp(int(std::ceil(cx + half)), area.x, area.x + area.width);
            bg.addRow(bgr, m_gray, y, area.x, l);
            bg.addRow(bgr, m_gray, y, r, area.x + area.width);
        }
        // Too little background to judge (the head fills the photo): leave it unmeasured rather than guess.
        const bool enough = bg.pixels >= guide.area() * 0.02;
        const double whiteness = enough ? bg.whiteness() : kNaN;
        const double evenness = enough ? bg.evenness() : kNaN;
        const QString white = PhotoGuidance::tr("The background must be white");
        a.checks << makeCheck(CheckId::BackgroundWhiteness, whiteness, m_options.backgroundWhitenessMin, kNaN,
                              white, {});
        a.checks << makeCheck(CheckId::BackgroundEvenness, evenness, kNaN, m_options.backgroundEvennessMax,
                              {}, PhotoGuidance::tr("The background must be evenly lit"));
        if (!enough) {
            a.checks[a.checks.size() - 2].guidance = white;
        }
    }
    a.analysisMs = timer.nsecsElapsed() / 1e6;
    return a;
}

} // namespace carddesk
