#include "app/photo/CardPhotoMaker.h"

#include "app/photo/FaceAnalyzer.h"
#include "app/photo/OpenCvPlugin.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>

#include <cstring>
#include <map>

namespace carddesk {

namespace {

class PhotoOutput
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::PhotoOutput)
};

QImage toBgr(const QImage& image)
{
    return image.format() == QImage::Format_BGR888 ? image : image.convertToFormat(QImage::Format_BGR888);
}

QImage scaledToFit(const QImage& bgr, int maxSide)
{
    const int longest = std::max(bgr.width(), bgr.height());
    if (longest <= maxSide || bgr.isNull())
        return bgr;
    const double s = double(maxSide) / longest;
    // cv::resize with area averaging in the plugin; Qt's smooth scaling when the plugin is missing.
    if (PhotoImagingBackend* imaging = photoImagingBackend(nullptr)) {
        const QImage out = imaging->shrunk(bgr, s);
        if (!out.isNull())
            return out;
    }
    return toBgr(bgr.scaled(qRound(bgr.width() * s), qRound(bgr.height() * s), Qt::IgnoreAspectRatio,
                            Qt::SmoothTransformation));
}

// `crop` of the picture (what lies outside it white, the standard's background) scaled to `size`.
QImage cropScaled(const QImage& bgr, const QRect& crop, const QSize& size)
{
    if (PhotoImagingBackend* imaging = photoImagingBackend(nullptr)) {
        const QImage out = imaging->cropScaled(bgr, crop, size);
        if (!out.isNull())
            return out;
    }
    QImage region(crop.size(), QImage::Format_BGR888);
    region.fill(Qt::white);
    const QRect inside = crop.intersected(bgr.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        std::memcpy(region.scanLine(y - crop.y()) + (inside.x() - crop.x()) * 3,
                    bgr.constScanLine(y) + inside.x() * 3, size_t(inside.width()) * 3);
    return toBgr(region.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

QString kb(qsizetype bytes)
{
    return QString::number(bytes / 1024.0, 'f', 1);
}

} // namespace

CardPhotoMaker::CardPhotoMaker(CardPhotoGeometry geometry, FileSizeBounds bounds)
    : m_geometry(geometry)
    , m_bounds(bounds)
{}

QByteArray CardPhotoMaker::encodeJpeg(const QImage& image, int quality)
{
    if (image.isNull())
        return {};
    // Qt's JPEG writer (libjpeg-turbo, as cv::imencode) rather than opencv_imgcodecs, which would load ~140
    // libraries at start-up. In memory only: a face image must not reach the disk unencrypted.
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return jpeg;
}

CardPhotoResult CardPhotoMaker::makeCardPhoto(const QImage& frame, const FaceAnalysis& analysis) const
{
    const QRect crop = !analysis.plannedCrop.isEmpty() ? analysis.plannedCrop
                                                       : FaceAnalyzer::guideRect(frame.size(), m_geometry);
    return makeCardPhoto(frame, crop);
}

CardPhotoResult CardPhotoMaker::makeCardPhoto(const QImage& frame, const QRect& crop) const
{
    CardPhotoResult result;
    if (frame.isNull()) {
        result.error = PhotoOutput::tr("There is no colour picture to make the card photo from.");
        return result;
    }
    if (crop.intersected(frame.rect()).isEmpty()) {
        result.error = PhotoOutput::tr("The card photo region lies outside the picture.");
        return result;
    }
    const QImage photo = cropScaled(toBgr(frame), crop, QSize(m_geometry.width, m_geometry.height));

    std::map<int, QByteArray> encoded;
    auto sizeAt = [&](int q) -> qsizetype {
        auto it = encoded.find(q);
        if (it == encoded.end()) {
            it = encoded.emplace(q, encodeJpeg(photo, q)).first;
            ++result.encodings;
        }
        return it->second.size();
    };
    const qsizetype minBytes = m_bounds.minBytes, maxBytes = m_bounds.maxBytes;
    int chosen = kNominalQuality;
    const qsizetype nominal = sizeAt(chosen);
    if (nominal == 0) {
        result.error = PhotoOutput::tr("The card photo could not be encoded as JPEG.");
        return result;
    }
    if (nominal > maxBytes) {
        // Too big: the highest quality below the nominal one that fits.
        int lo = kLowestQuality, hi = kNominalQuality - 1, best = -1;
        while (lo <= hi) {
            const int mid = (lo + hi) / 2;
            if (sizeAt(mid) <= maxBytes) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best < 0) {
            result.error =
                PhotoOutput::tr("The card photo is %1 KB even at JPEG quality %2, above the limit of "
                                "%3 KB: the picture is too noisy; improve the light and try again.")
                    .arg(kb(sizeAt(kLowestQuality)))
                    .arg(kLowestQuality)
                    .arg(kb(maxBytes));
            return result;
        }
        chosen = best;
    } else if (nominal < minBytes) {
        // Too small: the lowest quality above the nominal one that reaches the minimum.
        int lo = kNominalQuality + 1, hi = 100, best = -1;
        while (lo <= hi) {
            const int mid = (lo + hi) / 2;
            if (sizeAt(mid) >= minBytes) {
                best = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (best < 0) {
            result.error =
                PhotoOutput::tr("The card photo is only %1 KB even at JPEG quality 100, below the "
                                "minimum of %2 KB: the picture has too little detail (out of focus?).")
                    .arg(kb(sizeAt(100)))
                    .arg(kb(minBytes));
            return result;
        }
        chosen = best;
    }
    const qsizetype bytes = sizeAt(chosen);
    if (bytes < minBytes || bytes > maxBytes) {
        result.error =
            PhotoOutput::tr("No JPEG quality gives a card photo between %1 and %2 KB (quality %3 gives "
                            "%4 KB): the region's size bounds are too narrow.")
                .arg(kb(minBytes), kb(maxBytes))
                .arg(chosen)
                .arg(kb(bytes));
        return result;
    }
    result.ok = true;
    result.quality = chosen;
    result.image.kind = QStringLiteral("card-photo");
    result.image.jpeg = encoded[chosen];
    result.image.thumbnailJpeg = makeThumbnail(photo);
    return result;
}

EvidenceImage CardPhotoMaker::makeEvidencePhoto(const QImage& frame, int maxSide, int quality)
{
    EvidenceImage image;
    image.kind = QStringLiteral("scene");
    const QImage scaled = scaledToFit(toBgr(frame), maxSide);
    image.jpeg = encodeJpeg(scaled, quality);
    image.thumbnailJpeg = makeThumbnail(scaled);
    return image;
}

EvidenceImage CardPhotoMaker::makeDocumentImage(const QImage& frame, int maxSide, int quality)
{
    EvidenceImage image;
    image.kind = QStringLiteral("document");
    const QImage scaled = scaledToFit(toBgr(frame), maxSide);
    image.jpeg = encodeJpeg(scaled, quality);
    image.thumbnailJpeg = makeThumbnail(scaled);
    return image;
}

QByteArray CardPhotoMaker::makeThumbnail(const QImage& frame, int maxSide, int quality)
{
    return encodeJpeg(scaledToFit(toBgr(frame), maxSide), quality);
}

} // namespace carddesk
