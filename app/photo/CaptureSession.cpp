#include "app/photo/CaptureSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <chrono>

namespace carddesk {

namespace {

class PhotoCapture
{
    Q_DECLARE_TR_FUNCTIONS(carddesk::PhotoCapture)
};

} // namespace

CaptureSession::CaptureSession(std::unique_ptr<FrameSource> source, CaptureSessionSettings settings,
                               QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_settings(std::move(settings))
{
    qRegisterMetaType<carddesk::CaptureResult>();
    qRegisterMetaType<carddesk::PreviewFrame>();
    if (m_source)
        m_sourceDescription = m_source->description();
}

CaptureSession::~CaptureSession()
{
    stop();
}

bool CaptureSession::start()
{
    if (m_thread && !m_runDone)
        return false;
    stop(); // a run that ended by itself (end of file, camera error) is joined before the next one
    {
        std::lock_guard<std::mutex> lock(m_requestMutex);
        m_stop = false;
    }
    m_runDone = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("photo-capture"));
    m_thread->start();
    return true;
}

void CaptureSession::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard<std::mutex> lock(m_requestMutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool CaptureSession::isRunning() const
{
    return m_thread && !m_runDone;
}

PreviewFrame CaptureSession::latestFrame()
{
    QMutexLocker lock(&m_latestMutex);
    m_framePending = false;
    return m_latest;
}

bool CaptureSession::captureManually(const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return false;
    std::lock_guard<std::mutex> lock(m_requestMutex);
    m_manualReason = reason.trimmed();
    return true;
}

void CaptureSession::captureDocument()
{
    std::lock_guard<std::mutex> lock(m_requestMutex);
    m_documentRequested = true;
}

void CaptureSession::resumeAutoCapture()
{
    std::lock_guard<std::mutex> lock(m_requestMutex);
    m_resumeRequested = true;
}

CaptureResult CaptureSession::makeResult(const Frame& frame, const FaceAnalysis& analysis,
                                         const QString& manualReason, bool document) const
{
    CaptureResult r;
    r.analysis = analysis;
    r.frameIndex = frame.index;
    r.manual = !manualReason.isEmpty();
    if (document) {
        r.image = CardPhotoMaker::makeDocumentImage(frame.image);
        r.ok = !r.image.jpeg.isEmpty();
    } else if (analysis.purpose == PhotoPurpose::CardPhoto) {
        const CardPhotoResult card = CardPhotoMaker(m_settings.analyzer.geometry, m_settings.cardPhotoBounds)
                                         .makeCardPhoto(frame.image, analysis);
        r.ok = card.ok;
        r.error = card.error;
        r.image = card.image;
    } else {
        r.image = CardPhotoMaker::makeEvidencePhoto(frame.image);
        r.ok = !r.image.jpeg.isEmpty();
    }
    if (!r.ok && r.error.isEmpty())
        r.error = PhotoCapture::tr("The picture could not be encoded.");
    r.image.manualCaptureReason = manualReason;
    return r;
}

void CaptureSession::run()
{
    runLoop();
    m_runDone = true; // before finished(): a slot reacting to it may start() again
    emit finished();
}

void CaptureSession::runLoop()
{
    QString error;
    if (!m_source) {
        emit failed(PhotoCapture::tr("No picture source is configured."), true);
        return;
    }
    if (!m_source->open(&error)) {
        emit failed(error, true);
        return;
    }
    FaceAnalyzer analyzer(m_settings.analyzer);
    if (!analyzer.load(&error))
        emit failed(error, true); // the preview and manual capture still work

    AutoCapture autoCapture(m_settings.steadyFrames);
    const bool paced = m_settings.realTime && !m_source->isLive() && m_source->fps() > 0;
    const auto frameInterval = std::chrono::duration<double>(paced ? 1.0 / m_source->fps() : 0.0);
    QElapsedTimer clock;
    clock.start();
    auto nextFrameAt = std::chrono::steady_clock::now();
    qint64 index = 0;

    for (;;) {
        {
            std::lock_guard<std::mutex> lock(m_requestMutex);
            if (m_stop)
                break;
        }
        QImage pixels;
        const FrameReadStatus status = m_source->read(pixels, &error);
        if (status == FrameReadStatus::EndOfStream)
            break;
        if (status == FrameReadStatus::Error) {
            emit failed(error, true);
            break;
        }
        Frame frame{pixels, index++, clock.elapsed()};
        const FaceAnalysis analysis = analyzer.analyze(frame.image);
        ++m_framesAnalysed;

        QString manualReason;
        bool document = false;
        {
            std::lock_guard<std::mutex> lock(m_requestMutex);
            manualReason.swap(m_manualReason);
            document = m_documentRequested;
            m_documentRequested = false;
            if (m_resumeRequested) {
                autoCapture.reset();
                m_resumeRequested = false;
            }
        }
        const bool autoShot = m_settings.autoCapture && autoCapture.feed(analysis);

        {
            QMutexLocker lock(&m_latestMutex);
            m_latest = PreviewFrame{frame, analysis, autoCapture.progress()};
        }
        if (!m_framePending.exchange(true))
            emit frameReady();

        if (document)
            emit captured(makeResult(frame, analysis, {}, true));
        else if (!manualReason.isEmpty())
            emit captured(makeResult(frame, analysis, manualReason, false));
        else if (autoShot)
            emit captured(makeResult(frame, analysis, {}, false));

        if (paced) {
            nextFrameAt += std::chrono::duration_cast<std::chrono::steady_clock::duration>(frameInterval);
            std::unique_lock<std::mutex> lock(m_requestMutex);
            m_wake.wait_until(lock, nextFrameAt, [this] { return m_stop; });
        }
    }
    m_source->close();
}

AuditEventRecord manualCaptureAuditEvent(const CaptureResult& result, const OperatorContext& op,
                                         const QUuid& operationId)
{
    AuditEventRecord e;
    e.eventType = QStringLiteral("photo-manual-capture");
    e.success = result.ok;
    e.resultCode = result.ok ? QStringLiteral("ok") : QStringLiteral("photo-encoding-failed");
    e.op = op;
    e.operationId = operationId;
    QJsonArray failing;
    for (const PhotoCheck& c : result.analysis.checks)
        if (!c.passed())
            failing.append(QJsonObject{{QStringLiteral("check"), checkIdName(c.id)},
                                       {QStringLiteral("verdict"), checkVerdictName(c.verdict)}});
    e.details = QJsonObject{{QStringLiteral("kind"), result.image.kind},
                            {QStringLiteral("reason"), result.image.manualCaptureReason},
                            {QStringLiteral("failedChecks"), failing}};
    return e;
}

} // namespace carddesk
