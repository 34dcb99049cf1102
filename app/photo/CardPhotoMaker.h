#pragma once
// Turns a captured frame into the images the operation keeps (carddesk::EvidenceImage): the standard card
// photo (358x441, 24-bit JPEG, quality searched so the file fits the region's size bounds), the scene
// evidence photo, a document image, and their thumbnails. Everything is encoded in memory only: the store
// encrypts before anything touches the disk, so no temporary file is ever written here. Pictures are 8-bit
// BGR QImages (Frame::image; other formats are converted). The scaling is OpenCV's cv::resize, from the
// plugin (OpenCvPlugin.h); without the plugin, Qt's smooth scaling, so that an uploaded picture still becomes
// a card photo on a broken installation.

#include "app/photo/PhotoTypes.h"
#include "app/workflow/StorePorts.h"

#include <QByteArray>
#include <QString>

namespace carddesk {

struct CardPhotoResult
{
    bool ok = false;
    QString error;       // for the clerk, when !ok
    EvidenceImage image; // kind "card-photo"
    int quality = 0;     // the JPEG quality that was chosen
    int encodings = 0;   // how many encodings the search needed
};

class CardPhotoMaker
{
public:
    explicit CardPhotoMaker(CardPhotoGeometry geometry = {}, FileSizeBounds bounds = {});

    // Crops `crop` (frame pixels, normally FaceAnalysis::plannedCrop) and scales it to the standard size.
    CardPhotoResult makeCardPhoto(const QImage& frame, const QRect& crop) const;
    // Uses the analysis' planned crop; when it has none, the centred standard rectangle.
    CardPhotoResult makeCardPhoto(const QImage& frame, const FaceAnalysis& analysis) const;

    // The scene at the counter, longest side at most maxSide.
    static EvidenceImage makeEvidencePhoto(const QImage& frame, int maxSide = 1280, int quality = 85);
    // A photographed document (ID card, authorisation): more pixels and quality, text must stay legible.
    static EvidenceImage makeDocumentImage(const QImage& frame, int maxSide = 2000, int quality = 90);
    // A small JPEG for lists, longest side at most maxSide.
    static QByteArray makeThumbnail(const QImage& frame, int maxSide = 160, int quality = 75);

    // JPEG-encodes in memory; empty on failure.
    static QByteArray encodeJpeg(const QImage& image, int quality);

    const CardPhotoGeometry& geometry() const { return m_geometry; }
    const FileSizeBounds& bounds() const { return m_bounds; }

    // The quality the standard names ("about 70"): the search starts here and moves only as far as the
    // size bounds require.
    static constexpr int kNominalQuality = 70;
    static constexpr int kLowestQuality = 30;

private:
    CardPhotoGeometry m_geometry;
    FileSizeBounds m_bounds;
};

} // namespace carddesk
