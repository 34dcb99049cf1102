#include "app/photo/AutoCapture.h"

#include <algorithm>
#include <cmath>

namespace carddesk {

AutoCapture::AutoCapture(int steadyFrames, double maxShift)
    : m_steadyFrames(std::max(1, steadyFrames))
    , m_maxShift(maxShift)
{}

void AutoCapture::reset()
{
    m_run = 0;
    m_captured = false;
    m_lastFace = {};
}

bool AutoCapture::feed(const FaceAnalysis& analysis)
{
    if (m_captured)
        return false;
    if (!analysis.allPassed() || analysis.face.isEmpty()) {
        m_run = 0;
        m_lastFace = {};
        return false;
    }
    const QRect& f = analysis.face;
    if (m_run > 0) {
        const double dx = (f.x() + f.width() / 2.0) - (m_lastFace.x() + m_lastFace.width() / 2.0);
        const double dy = (f.y() + f.height() / 2.0) - (m_lastFace.y() + m_lastFace.height() / 2.0);
        const double dw = f.width() - m_lastFace.width();
        // Moving (or leaning in) restarts the run: the picture would be blurred or the geometry changing.
        if (std::hypot(dx, dy) > m_maxShift * f.width() || std::abs(dw) > m_maxShift * f.width())
            m_run = 0;
    }
    m_lastFace = f;
    ++m_run;
    if (m_run >= m_steadyFrames) {
        m_captured = true;
        return true;
    }
    return false;
}

} // namespace carddesk
