#pragma once
// For the UI (which links Qt Gui): a Frame as a QImage that shares the frame's pixels. The QImage holds a
// reference to the cv::Mat, so the pixels live as long as either does; nothing is copied or converted
// (QImage::Format_BGR888 is OpenCV's byte order). Header-only because the app library does not link Qt Gui.

#include "app/photo/PhotoTypes.h"

#include <QImage>

namespace carddesk {

inline QImage frameToQImage(const cv::Mat& bgr)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    auto* keep = new cv::Mat(bgr); // one more reference, released by QImage's cleanup
    // The const-data constructor: a QImage that is painted on detaches (copies) instead of writing into the
    // frame other consumers still read.
    return QImage(
        static_cast<const uchar*>(keep->data), keep->cols, keep->rows, int(keep->step), QImage::Format_BGR888,
        [](void* mat) { delete static_cast<cv::Mat*>(mat); }, keep);
}

inline QImage frameToQImage(const Frame& frame)
{
    return frameToQImage(frame.bgr);
}

} // namespace carddesk
