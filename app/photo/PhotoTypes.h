#pragma once
// Plain data shared by the photo module: frames, the card-photo standard's geometry (domain.md §5) and the
// typed results of the per-frame checks. No widgets and no OpenCV (that is all in the plugin,
// OpenCvPlugin.h): pictures are QImages, geometry is QRect/QPointF.

#include <QImage>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QRect>
#include <QString>

#include <cmath>
#include <limits>

namespace carddesk {

// One picture from a FrameSource. `image` is 8-bit BGR (QImage::Format_BGR888, OpenCV's byte order) and never
// written to after it is delivered: every consumer may keep a reference (QImage is implicitly shared, so
// passing a Frame copies no pixels; painting on it detaches a copy).
struct Frame
{
    QImage image;
    qint64 index = -1;      // 0, 1, 2, ... in the order the source delivered them
    qint64 timestampMs = 0; // since the source was opened
};

enum class PhotoPurpose
{
    CardPhoto, // the standard card photo: geometry and white background are checked
    Evidence,  // the scene at the counter: one clear, well-lit face is enough
};

// The card-photo standard in pixels of the finished 358x441 photo (社会保障卡制证用数字相片技术要求).
// "Head top" is the standard's hairline distance: the top of the head to the upper edge.
struct CardPhotoGeometry
{
    int width = 358;
    int height = 441;
    int faceWidthMin = 179;
    int faceWidthMax = 255;
    int headTopMin = 7;
    int headTopMax = 21;
    int eyeMidXMin = 162;
    int eyeMidXMax = 196;
    int eyeLineMinAboveBottom = 207;
};

// File size bounds of the card photo JPEG; the region profile provides the real values.
struct FileSizeBounds
{
    int minBytes = 14 * 1024;
    int maxBytes = 40 * 1024;
};

enum class CheckId
{
    FaceCount,           // exactly one face
    FaceSize,            // face width in photo pixels
    HorizontalPosition,  // eye midpoint from the left edge, photo pixels
    HeadTop,             // top of the head below the upper edge, photo pixels
    EyeLine,             // eye line above the lower edge, photo pixels
    Sharpness,           // variance of the Laplacian on the face, normalised to a 128 px wide face
    Exposure,            // mean luminance of the face (of the frame when no face is found), 0-255
    BackgroundWhiteness, // mean of min(R,G,B) on the background around the head, 0-255
    BackgroundEvenness,  // standard deviation of luminance on that background
};

enum class CheckVerdict
{
    Pass,
    TooLow,
    TooHigh,
    NotMeasured, // could not be measured on this frame (e.g. no face): never counts as a pass
};

struct PhotoCheck
{
    CheckId id = CheckId::FaceCount;
    double value = std::numeric_limits<double>::quiet_NaN();
    double min = std::numeric_limits<double>::quiet_NaN(); // NaN: no lower bound
    double max = std::numeric_limits<double>::quiet_NaN(); // NaN: no upper bound
    CheckVerdict verdict = CheckVerdict::NotMeasured;
    QString guidance; // what the clerk reads out when it fails (translated), empty on pass

    bool passed() const { return verdict == CheckVerdict::Pass; }
};

// Everything one frame's analysis found.
struct FaceAnalysis
{
    PhotoPurpose purpose = PhotoPurpose::CardPhoto;
    QList<PhotoCheck> checks;
    int faceCount = 0;
    QRect face;                   // frame pixels; empty unless exactly one face
    QPointF eyeMid;               // frame pixels
    float eyeDistance = 0;        // frame pixels between the eye centres; 0 when the eyes were estimated
    bool eyesDetected = false;    // false: eye position estimated from the face box
    bool headTopMeasured = false; // false: head top estimated from the face box (background not white)
    QRect plannedCrop;            // the part of the frame that becomes the 358x441 card photo
    double analysisMs = 0;

    bool allPassed() const
    {
        if (checks.isEmpty())
            return false;
        for (const PhotoCheck& c : checks)
            if (!c.passed())
                return false;
        return true;
    }
    const PhotoCheck* check(CheckId id) const
    {
        for (const PhotoCheck& c : checks)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    // The first failing check's guidance: the one thing the clerk should say now.
    QString firstGuidance() const
    {
        for (const PhotoCheck& c : checks)
            if (!c.passed() && !c.guidance.isEmpty())
                return c.guidance;
        return {};
    }
};

// Stable names for the admin tool, logs and JSON ("face-count", "sharpness", ...).
QString checkIdName(CheckId id);
QString checkVerdictName(CheckVerdict verdict); // "pass", "too-low", "too-high", "not-measured"
// The check's title for the clerk (translated).
QString checkTitle(CheckId id);

} // namespace carddesk

Q_DECLARE_METATYPE(carddesk::Frame)
Q_DECLARE_METATYPE(carddesk::FaceAnalysis)
