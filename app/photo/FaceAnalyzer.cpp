#include "app/photo/FaceAnalyzer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

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
    m_detection = createFaceDetectionBackend(error);
    if (!m_detection)
        return false;
    if (!m_detection->loadFaceCascade(facePath)) {
        if (error)
            *error = PhotoGuidance::tr("The face detection data in %1 cannot be read.").arg(facePath);
        return false;
    }
    if (!m_options.eyeCascade.isEmpty()) {
        const QString eyePath = cascadeDirectory() + QLatin1Char('/') + m_options.eyeCascade;
        // Without the eye cascade the eye line is estimated from the face box: less exact, still usable.
        if (QFileInfo::exists(eyePath))
            m_detection->loadEyeCascade(eyePath);
    }
    m_loaded = true;
    return true;
}

QRect FaceAnalyzer::guideRect(QSize frame, const CardPhotoGeometry& g)
{
    if (frame.width() <= 0 || frame.height() <= 0)
        return {};
    const double aspect = double(g.width) / g.height;
    if (double(frame.width()) / frame.height() > aspect) {
        const int w = int(std::lround(frame.height() * aspect));
        return {(frame.width() - w) / 2, 0, w, frame.height()};
    }
    const int h = int(std::lround(frame.width() / aspect));
    return {0, (frame.height() - h) / 2, frame.width(), h};
}

QList<QRect> FaceAnalyzer::detectFaces(const QImage& smallGray)
{
    if (!m_loaded)
        return {};
    return m_detection->detectFaces(smallGray, m_options.scaleFactor, m_options.minNeighbors);
}

FaceAnalysis FaceAnalyzer::analyze(const QImage& frame)
{
    QElapsedTimer timer;
    timer.start();
    FaceAnalysis a;
    a.purpose = m_options.purpose;
    const bool card = m_options.purpose == PhotoPurpose::CardPhoto;
    const CardPhotoGeometry& g = m_options.geometry;

    if (!m_loaded || frame.isNull()) {
        PhotoCheck c;
        c.id = CheckId::FaceCount;
        c.guidance = m_loaded ? PhotoGuidance::tr("No picture from the camera")
                              : PhotoGuidance::tr("Face detection is not available: take the photo manually");
        a.checks << c;
        return a;
    }
    // Frames from our sources are BGR already; anything else (an upload, a test picture) is converted.
    const QImage bgr =
        frame.format() == QImage::Format_BGR888 ? frame : frame.convertToFormat(QImage::Format_BGR888);
    a.plannedCrop = guideRect(bgr.size(), g);
    const QRect& guide = a.plannedCrop;
    FaceMeasureSettings settings;
    settings.cardPhoto = card;
    settings.guide = guide;
    settings.detectWidth = m_options.detectWidth;
    settings.scaleFactor = m_options.scaleFactor;
    settings.minNeighbors = m_options.minNeighbors;
    settings.headTopAboveBox = m_options.headTopAboveBox;
    settings.backgroundHeadHalfWidth = m_options.backgroundHeadHalfWidth;
    settings.eyeLineInBox = m_options.eyeLineInBox;
    settings.whiteMin = m_options.backgroundWhitenessMin;
    const FaceMeasurements m = m_detection->measure(bgr, settings);
    a.faceCount = m.faceCount;
    const double k = double(guide.height()) / g.height; // frame pixels per photo pixel

    // Exposure comes first in the list: in a dark picture nothing else can be judged, light is what to fix.
    const PhotoCheck faceCount = makeCheck(
        CheckId::FaceCount, a.faceCount, 1, 1, PhotoGuidance::tr("Please look straight at the camera"),
        PhotoGuidance::tr("More than one face detected: only the citizen may be in the picture"));
    const QString tooDark = PhotoGuidance::tr("Not enough light");
    const QString tooBright = PhotoGuidance::tr("Too much light on the face");

    if (a.faceCount != 1) {
        // Still say when the frame is too dark or too bright: that is often why no face is found.
        a.checks << makeCheck(CheckId::Exposure, m.exposure, m_options.exposureMin, m_options.exposureMax,
                              tooDark, tooBright);
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

    a.face = m.face;
    a.eyesDetected = m.eyesDetected;
    a.eyeDistance = m.eyesDetected ? m.eyeDistance : 0;
    a.eyeMid = QPointF(m.eyeMidX, m.eyeMidY);
    a.headTopMeasured = m.headTopMeasured;
    a.checks << makeCheck(CheckId::Exposure, m.exposure, m_options.exposureMin, m_options.exposureMax,
                          tooDark, tooBright);
    a.checks << faceCount;

    const double faceWidth = a.eyesDetected ? m.eyeDistance * m_options.faceWidthPerEyeDistance
                                            : a.face.width() * m_options.faceWidthPerBox;
    if (card) {
        a.checks << makeCheck(CheckId::FaceSize, faceWidth / k, g.faceWidthMin, g.faceWidthMax,
                              PhotoGuidance::tr("Please come a little closer"),
                              PhotoGuidance::tr("Please move back a little"));
        // The camera does not mirror: a face on the left of the picture is on the citizen's right.
        // (float arithmetic on the eye position, as the measurement gives it)
        a.checks << makeCheck(CheckId::HorizontalPosition, (m.eyeMidX - guide.x()) / k, g.eyeMidXMin,
                              g.eyeMidXMax, PhotoGuidance::tr("Please move a little to your left"),
                              PhotoGuidance::tr("Please move a little to your right"));
        // Unmeasured head top (the background is not white): no guess, the background check says what to fix.
        a.checks << makeCheck(CheckId::HeadTop, m.headTopMeasured ? (m.headTop - guide.y()) / k : kNaN,
                              g.headTopMin, g.headTopMax, PhotoGuidance::tr("Please move a little lower"),
                              PhotoGuidance::tr("Please move a little higher"));
        a.checks << makeCheck(CheckId::EyeLine, (guide.y() + guide.height() - m.eyeMidY) / k,
                              g.eyeLineMinAboveBottom, kNaN, PhotoGuidance::tr("Please move a little higher"),
                              {});
    }

    a.checks << makeCheck(CheckId::Sharpness, m.sharpness, m_options.sharpnessMin, kNaN,
                          PhotoGuidance::tr("Please hold still"), {});

    if (card) {
        // Too little background to judge (the head fills the photo): unmeasured, and the clerk is told the
        // background must be white (there must be some).
        const QString white = PhotoGuidance::tr("The background must be white");
        a.checks << makeCheck(CheckId::BackgroundWhiteness, m.backgroundJudged ? m.backgroundWhiteness : kNaN,
                              m_options.backgroundWhitenessMin, kNaN, white, {});
        a.checks << makeCheck(CheckId::BackgroundEvenness, m.backgroundJudged ? m.backgroundEvenness : kNaN,
                              kNaN, m_options.backgroundEvennessMax, {},
                              PhotoGuidance::tr("The background must be evenly lit"));
        if (!m.backgroundJudged)
            a.checks[a.checks.size() - 2].guidance = white;
    }
    a.analysisMs = timer.nsecsElapsed() / 1e6;
    return a;
}

} // namespace carddesk
