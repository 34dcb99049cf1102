#pragma once
// The committed test pictures (tests/photo/data, see README.md there) and the cases derived from them at
// run time: blurred, darkened, shrunk, shifted, duplicated.

#include "app/photo/FrameSource.h"

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

inline cv::Mat loadPhoto(const QString& name)
{
    QString error;
    cv::Mat m = loadImageFile(photoDataPath(name), &error);
    if (m.empty())
        qWarning("%s", qPrintable(error));
    return m;
}

// The white of the composited background, used to fill what a derivation uncovers.
inline const cv::Scalar kStudioWhite(245, 245, 245);

inline cv::Mat blurred(const cv::Mat& m, double sigma = 2.5)
{
    cv::Mat out;
    cv::GaussianBlur(m, out, cv::Size(0, 0), sigma);
    return out;
}

inline cv::Mat scaledBrightness(const cv::Mat& m, double gain, double offset = 0)
{
    cv::Mat out;
    m.convertTo(out, -1, gain, offset);
    return out;
}

// The picture shrunk by `factor` and centred on a white canvas of the same size: the citizen further away.
inline cv::Mat shrunk(const cv::Mat& m, double factor)
{
    cv::Mat canvas(m.size(), CV_8UC3, kStudioWhite);
    cv::Mat small;
    cv::resize(m, small, cv::Size(), factor, factor, cv::INTER_AREA);
    small.copyTo(
        canvas(cv::Rect((m.cols - small.cols) / 2, (m.rows - small.rows) / 2, small.cols, small.rows)));
    return canvas;
}

// The picture moved sideways by dx pixels (positive: to the right of the picture).
inline cv::Mat shifted(const cv::Mat& m, double dx, double dy = 0)
{
    const cv::Mat t = (cv::Mat_<double>(2, 3) << 1, 0, dx, 0, 1, dy);
    cv::Mat out;
    cv::warpAffine(m, out, t, m.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, kStudioWhite);
    return out;
}

// Light falling off from right to left: the left edge gets `leftGain` of its brightness.
inline cv::Mat withSideShadow(const cv::Mat& m, double leftGain)
{
    cv::Mat out = m.clone();
    for (int y = 0; y < out.rows; ++y)
        for (int x = 0; x < out.cols; ++x) {
            const double f = leftGain + (1.0 - leftGain) * x / (out.cols - 1);
            cv::Vec3b& p = out.at<cv::Vec3b>(y, x);
            for (int c = 0; c < 3; ++c)
                p[c] = cv::saturate_cast<uchar>(p[c] * f);
        }
    return out;
}

inline cv::Mat sideBySide(const cv::Mat& a, const cv::Mat& b)
{
    cv::Mat out;
    cv::hconcat(a, b, out);
    return out;
}

inline cv::Mat resizedTo(const cv::Mat& m, cv::Size size)
{
    cv::Mat out;
    cv::resize(m, out, size, 0, 0, cv::INTER_AREA);
    return out;
}

} // namespace carddesk::test
