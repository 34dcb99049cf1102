#pragma once
// Per-frame analysis for live guidance: finds the face with OpenCV's cascades (package opencv-data) and
// measures it against the card-photo standard (domain.md §5), plus sharpness, exposure and, for card photos,
// the background. The pixel work runs in the OpenCV plugin (FaceDetectionBackend, OpenCvPlugin.h); the
// checks, thresholds and guidance are here. Not thread-safe: one analyzer per capture thread.

#include "app/photo/OpenCvPlugin.h"
#include "app/photo/PhotoTypes.h"

#include <QString>

#include <memory>

namespace carddesk {

struct FaceAnalyzerOptions
{
    PhotoPurpose purpose = PhotoPurpose::CardPhoto;
    CardPhotoGeometry geometry;

    // Detection runs on the frame scaled down to this width (LBP at 320 px finds a counter-distance face
    // in ~10 ms; full 640x480 Haar costs ~30-50 ms on this hardware, see floors.md).
    int detectWidth = 320;
    QString faceCascade = QStringLiteral("lbpcascades/lbpcascade_frontalface_improved.xml");
    QString eyeCascade = QStringLiteral("haarcascades/haarcascade_eye.xml"); // empty: estimate the eyes
    int minNeighbors = 4;
    double scaleFactor = 1.15; // 1.1 finds the same faces here at ~1.4x the cost

    // The LBP cascade's box runs from the eyebrows to the chin and is narrower than the face from cheek to
    // cheek, which is what the standard's face width means.
    double faceWidthPerBox = 1.15;
    // With both eyes found the face width is taken from their distance instead: the eye centres are found
    // more precisely than the box, whose size moves in steps of scaleFactor.
    double faceWidthPerEyeDistance = 2.0;
    // Where the head top and the eye line sit relative to the face box (fractions of its height). The head
    // top is measured on a white background (the first all-background rows above the face); on any other
    // background the head-top check is left unmeasured and this generous estimate only bounds the region
    // the background is judged on.
    double headTopAboveBox = 0.90;
    // Half the width of the head with its hair, in face-box widths: outside it is background.
    double backgroundHeadHalfWidth = 1.2;
    double eyeLineInBox = 0.25; // used when the eye cascade does not find both eyes

    double sharpnessMin = 30.0;
    double exposureMin = 70.0;
    double exposureMax = 205.0;
    double backgroundWhitenessMin = 200.0;
    double backgroundEvennessMax = 20.0;
};

class FaceAnalyzer
{
public:
    explicit FaceAnalyzer(FaceAnalyzerOptions options = {});

    // The opencv-data directory: $CARDDESK_OPENCV_DATA, else /usr/share/opencv4.
    static QString cascadeDirectory();

    // Loads the cascades (through the OpenCV plugin, OpenCvPlugin.h); false with a message for the clerk when
    // opencv-data or the plugin is missing or unreadable.
    bool load(QString* error);
    bool isLoaded() const { return m_loaded; }

    // An 8-bit BGR frame (Frame::image); other formats are converted first.
    FaceAnalysis analyze(const QImage& frame);

    const FaceAnalyzerOptions& options() const { return m_options; }
    void setPurpose(PhotoPurpose purpose) { m_options.purpose = purpose; }

    // The card photo's region in a frame of this size: the largest 358:441 rectangle, centred. The UI draws
    // it (with the geometry's face and eye bands) as the overlay the citizen lines up with.
    static QRect guideRect(QSize frame, const CardPhotoGeometry& geometry = {});

    // Bare detection on an already grey (Format_Grayscale8), scaled frame; empty when not loaded.
    QList<QRect> detectFaces(const QImage& smallGray);

private:
    FaceAnalyzerOptions m_options;
    std::unique_ptr<FaceDetectionBackend> m_detection; // from the plugin, on load()
    bool m_loaded = false;
};

} // namespace carddesk
