#pragma once
// Decides when to take the picture: every check holds on a short run of consecutive frames and the face
// stays put (a steady citizen, not one caught mid-movement). Pure logic, fed one analysis per frame.

#include "app/photo/PhotoTypes.h"

namespace carddesk {

class AutoCapture
{
public:
    // steadyFrames: how many passing frames in a row; maxShift: how far the face may move between two of
    // them, as a fraction of its width.
    explicit AutoCapture(int steadyFrames = 6, double maxShift = 0.08);

    // true exactly once: on the frame that completes the steady run. Then false until reset().
    bool feed(const FaceAnalysis& analysis);
    void reset();

    int steadyCount() const { return m_run; }
    int steadyFrames() const { return m_steadyFrames; }
    bool hasCaptured() const { return m_captured; }
    // 0..1 for the UI's progress ring.
    double progress() const { return m_steadyFrames > 0 ? double(m_run) / m_steadyFrames : 1.0; }

private:
    int m_steadyFrames;
    double m_maxShift;
    int m_run = 0;
    bool m_captured = false;
    QRect m_lastFace;
};

} // namespace carddesk
