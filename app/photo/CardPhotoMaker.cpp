#include "app/photo/CardPhotoMaker.h"

#include "app/photo/FaceAnalyzer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>

#include <opencv2/imgproc.hpp>

#include <map>
#include <vector>

namespace carddesk {

namespace {

class PhotoOutput
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::PhotoOutput)
};

cv::Mat scaledToFit(const cv::Mat& bgr, int maxSide)
{
    const int longest = std::max(bgr.cols, bgr.rows);
    if (longest <= maxSide)
        return bgr;
    const double s = double(maxSide) / longest;
    cv::Mat out;
    cv::resize(bgr, out, cv::Size(), s, s, cv::INTER_AREA);
    return out;
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

QByteArray CardPhotoMaker::encodeJpeg(const cv::Mat& bgr, int quality)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    // Qt's JPEG writer (libjpeg-turbo, as cv::imencode) rather than opencv_imgcodecs, which would load ~140
    // libraries at start-up. In memory only: a face image must not reach the disk unencrypted.
    const QImage image(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return jpeg;
}

CardPhotoResult CardPhotoMaker::makeCardPhoto(const cv::Mat& bgr, const FaceAnalysis& analysis) const
{
    const cv::Rect crop = analysis.plannedCrop.area() > 0 ? analysis.plannedCrop
                                                          : FaceAnalyzer::guideRect(bgr.size(), m_geometry);
    return makeCardPhoto(bgr, crop);
}

CardPhotoResult CardPhotoMaker::makeCardPhoto(const cv::Mat& bgr, const cv::Rect& crop) const
{
    CardPhotoResult result;
    if (bgr.empty() || bgr.type() != CV_8UC3) {
        result.error = PhotoOutput::tr("There is no colour picture to make the card photo from.");
        return result;
    }
    const cv::Rect frame(0, 0, bgr.cols, bgr.rows);
    const cv::Rect inside = crop & frame;
    if (inside.area() <= 0) {
        result.error = PhotoOutput::tr("The card photo region lies outside the picture.");
        return result;
    }
    cv::Mat region = bgr(inside);
    if (inside != crop) {
        // Part of the region is outside the picture: fill it with the standard's white background.
        cv::copyMakeBorder(region, region, inside.y - crop.y, crop.br().y - inside.br().y, inside.x - crop.x,
                           crop.br().x - inside.br().x, cv::BORDER_CONSTANT, cv::Scalar(255, 255, 255));
    }
    cv::Mat photo;
    const cv::Size size(m_geometry.width, m_geometry.height);
    cv::resize(region, photo, size, 0, 0, region.cols > size.width ? cv::INTER_AREA : cv::INTER_CUBIC);

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

EvidenceImage CardPhotoMaker::makeEvidencePhoto(const cv::Mat& bgr, int maxSide, int quality)
{
    EvidenceImage image;
    image.kind = QStringLiteral("scene");
    const cv::Mat scaled = scaledToFit(bgr, maxSide);
    image.jpeg = encodeJpeg(scaled, quality);
    image.thumbnailJpeg = makeThumbnail(scaled);
    return image;
}

EvidenceImage CardPhotoMaker::makeDocumentImage(const cv::Mat& bgr, int maxSide, int quality)
{
    EvidenceImage image;
    image.kind = QStringLiteral("document");
    const cv::Mat scaled = scaledToFit(bgr, maxSide);
    image.jpeg = encodeJpeg(scaled, quality);
    image.thumbnailJpeg = makeThumbnail(scaled);
    return image;
}

QByteArray CardPhotoMaker::makeThumbnail(const cv::Mat& bgr, int maxSide, int quality)
{
    return encodeJpeg(scaledToFit(bgr, maxSide), quality);
}

} // namespace carddesk
