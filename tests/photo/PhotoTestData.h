#pragma once
// The committed test pictures (tests/photo/data, see README.md there) and the cases derived from them at
// run time: blurred, darkened, shrunk, shifted, duplicated. The app's photo API speaks QImage (8-bit BGR);
// the tests derive their cases with OpenCV (linked by the tests only, never by carddesk).

#include "app/photo/FrameSource.h"

#include <QImage>
#include <QString>
#include <QTest>

#include <opencv2/imgproc.hpp>

namespace carddesk::test {

inline QString photoDataPath(const QString& name)
{
    QString root = qEnvironmentVariable("CARDDESK_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(CARDDESK_TEST_SOURCE_DIR);
    return root + QStringLiteral("/tests/photo/data/") + name;
}

// A read-only cv::Mat view of an 8-bit BGR QImage (no copy; the QImage must outlive it).
inline cv::Mat matOf(const QImage& bgr)
{
    if (bgr.isNull() || bgr.format() != QImage::Format_BGR888)
        return {};
    return cv::Mat(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar*>(bgr.constBits()),
                   size_t(bgr.bytesPerLine()));
}

// An 8-bit BGR cv::Mat as a QImage of its own (a copy).
inline QImage imageOf(const cv::Mat& bgr)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    return QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888).copy();
}

inline QImage loadPhoto(const QString& name)
{
    QString error;
    QImage m = loadImageFile(photoDataPath(name), &error);
    if (m.isNull())
        qWarning("%s", qPrintable(error));
    return m;
}

// The white of the composited background, used to fill what a derivation uncovers.
inline const cv::Scalar kStudioWhite(245, 245, 245);

inline QImage blurred(const QImage& m, double sigma = 2.5)
{
    cv::Mat out;
    cv::GaussianBlur(matOf(m), out, cv::Size(0, 0), sigma);
    return imageOf(out);
}

inline QImage scaledBrightness(const QImage& m, double gain, double offset = 0)
{
    cv::Mat out;
    matOf(m).convertTo(out, -1, gain, offset);
    return imageOf(out);
}

// The picture shrunk by `factor` and centred on a white canvas of the same size: the citizen further away.
inline QImage shrunk(const QImage& image, double factor)
{
    const cv::Mat m = matOf(image);
    cv::Mat canvas(m.size(), CV_8UC3, kStudioWhite);
    cv::Mat small;
    cv::resize(m, small, cv::Size(), factor, factor, cv::INTER_AREA);
    small.copyTo(
        canvas(cv::Rect((m.cols - small.cols) / 2, (m.rows - small.rows) / 2, small.cols, small.rows)));
    return imageOf(canvas);
}

// The picture moved sideways by dx pixels (positive: to the right of the picture).
inline QImage shifted(const QImage& m, double dx, double dy = 0)
{
    const cv::Mat t = (cv::Mat_<double>(2, 3) << 1, 0, dx, 0, 1, dy);
    cv::Mat out;
    cv::warpAffine(matOf(m), out, t, cv::Size(m.width(), m.height()), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   kStudioWhite);
    return imageOf(out);
}

// Light falling off from right to left: the left edge gets `leftGain` of its brightness.
inline QImage withSideShadow(const QImage& m, double leftGain)
{
    cv::Mat out = matOf(m).clone();
    for (int y = 0; y < out.rows; ++y)
        for (int x = 0; x < out.cols; ++x) {
            const double f = leftGain + (1.0 - leftGain) * x / (out.cols - 1);
            cv::Vec3b& p = out.at<cv::Vec3b>(y, x);
            for (int c = 0; c < 3; ++c)
                p[c] = cv::saturate_cast<uchar>(p[c] * f);
        }
    return imageOf(out);
}

inline QImage sideBySide(const QImage& a, const QImage& b)
{
    cv::Mat out;
    cv::hconcat(matOf(a), matOf(b), out);
    return imageOf(out);
}

inline QImage resizedTo(const QImage& m, QSize size)
{
    cv::Mat out;
    cv::resize(matOf(m), out, cv::Size(size.width(), size.height()), 0, 0, cv::INTER_AREA);
    return imageOf(out);
}

} // namespace carddesk::test
