#pragma once
// For the UI: a Frame as a QImage. A Frame is a QImage already (8-bit BGR, QImage::Format_BGR888) that shares
// its pixels with every copy; painting on the returned image detaches (copies) it, so the frame other
// consumers still read is never written. Kept as the UI's one entry point to a frame's pixels.

#include "app/photo/PhotoTypes.h"

namespace carddesk {

inline QImage frameToQImage(const Frame& frame)
{
    return frame.image;
}

} // namespace carddesk
