#pragma once
// Live capture: a FrameSource read on its own thread, every frame analysed (FaceAnalyzer), auto-capture when
// the checks hold (AutoCapture), manual capture with a reason, and the finished images (CardPhotoMaker).
//
// The UI is never blocked and never flooded: the capture thread keeps only the latest frame in a slot and
// emits frameReady() once; the next frameReady() comes after the UI has taken the frame with latestFrame().
// A Frame shares its pixels (a QImage is implicitly shared): handing it over copies no pixels, and
// app/photo/FrameImage.h gives the UI the same QImage.

#include "app/photo/AutoCapture.h"
#include "app/photo/CardPhotoMaker.h"
#include "app/photo/FaceAnalyzer.h"
#include "app/photo/FrameSource.h"
#include "app/workflow/StorePorts.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace carddesk {

struct CaptureSessionSettings
{
    FaceAnalyzerOptions analyzer; // analyzer.purpose says card photo or evidence photo
    FileSizeBounds cardPhotoBounds;
    bool autoCapture = true;
    int steadyFrames = 6;
    // Pace a file source at its own frame rate (demo, training); false reads as fast as analysis allows
    // (tests, benchmarks). A camera paces itself either way.
    bool realTime = true;
};

struct PreviewFrame
{
    Frame frame;
    FaceAnalysis analysis;
    double autoCaptureProgress = 0; // 0..1
};

struct CaptureResult
{
    bool ok = false;
    QString error;         // when !ok, for the clerk (e.g. the card photo does not fit the size bounds)
    EvidenceImage image;   // "card-photo", "scene" or "document"; manualCaptureReason set on manual capture
    FaceAnalysis analysis; // of the captured frame
    qint64 frameIndex = -1;
    bool manual = false;
};

class CaptureSession : public QObject
{
    Q_OBJECT
public:
    CaptureSession(std::unique_ptr<FrameSource> source, CaptureSessionSettings settings,
                   QObject* parent = nullptr);
    ~CaptureSession() override; // stops and joins the thread

    // Starts the capture thread; opening the source happens there (a camera may take a while) and a failure
    // arrives as failed(). Returns false only when already running; a session whose source ended or failed
    // can be started again.
    bool start();
    // Stops and waits for the thread (at most one frame's analysis).
    void stop();
    bool isRunning() const;

    // The newest frame and its analysis; re-arms frameReady(). Thread-safe.
    PreviewFrame latestFrame();

    // The clerk captures the next frame whatever the checks say, e.g. for a citizen who cannot face the
    // camera. The reason is required (it is audited); false when it is empty.
    bool captureManually(const QString& reason);
    // The next frame is kept as a document image (ID card, authorisation), no face checks.
    void captureDocument();
    // After a capture: look for the next steady run (e.g. the clerk rejected the photo).
    void resumeAutoCapture();

    QString sourceDescription() const { return m_sourceDescription; }
    qint64 framesAnalysed() const { return m_framesAnalysed.load(); }

signals:
    void frameReady();
    void captured(const carddesk::CaptureResult& result);
    // The source could not be opened or stopped working (camera unplugged/busy/missing), or face detection
    // is unavailable; manualFallback: offer the still picture / upload path.
    void failed(const QString& message, bool manualFallback);
    void finished(); // the source ended, failed or stop() was called

private:
    void run();
    void runLoop();
    CaptureResult makeResult(const Frame& frame, const FaceAnalysis& analysis, const QString& manualReason,
                             bool document) const;

    std::unique_ptr<FrameSource> m_source;
    CaptureSessionSettings m_settings;
    QString m_sourceDescription;
    QThread* m_thread = nullptr;

    QMutex m_latestMutex;
    PreviewFrame m_latest;
    std::atomic_bool m_framePending{false};
    std::atomic_bool m_runDone{false};

    std::mutex m_requestMutex;
    std::condition_variable m_wake; // cuts the pacing sleep short on stop()
    bool m_stop = false;
    QString m_manualReason;
    bool m_documentRequested = false;
    bool m_resumeRequested = false;
    std::atomic<qint64> m_framesAnalysed{0};
};

// The audit event a manual capture needs ("photo-manual-capture"): the reason and the checks that failed.
// The workflow records it with OperationJournal::audit().
AuditEventRecord manualCaptureAuditEvent(const CaptureResult& result, const OperatorContext& op,
                                         const QUuid& operationId);

} // namespace carddesk

Q_DECLARE_METATYPE(carddesk::CaptureResult)
Q_DECLARE_METATYPE(carddesk::PreviewFrame)
