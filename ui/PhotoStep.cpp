#include "ui/PhotoStep.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::ui {

namespace {
constexpr int kAutoCaptureStreak = 3; // frames in a row that pass every check
} // namespace

PhotoStep::PhotoStep(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("photoStep"));
    auto* layout = new QHBoxLayout(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("photoPreview"));
    m_preview->setMinimumSize(400, 300);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: #222; color: #ddd;"));
    layout->addWidget(m_preview, 2);
    auto* side = new QVBoxLayout;
    m_guidance = new QLabel(this);
    m_guidance->setObjectName(QStringLiteral("photoGuidance"));
    m_guidance->setWordWrap(true);
    QFont gf = m_guidance->font();
    gf.setPointSizeF(gf.pointSizeF() * 1.4);
    m_guidance->setFont(gf);
    side->addWidget(m_guidance);
    m_retake = new QPushButton(this);
    m_retake->setObjectName(QStringLiteral("photoRetake"));
    m_retake->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    side->addWidget(m_retake);
    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("photoManualReason"));
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    side->addLayout(form);
    m_manual = new QPushButton(this);
    m_manual->setObjectName(QStringLiteral("photoManual"));
    m_manual->setShortcut(QKeySequence(Qt::ALT | Qt::Key_M));
    side->addWidget(m_manual);
    side->addStretch();
    layout->addLayout(side, 1);
    connect(m_retake, &QPushButton::clicked, this, &PhotoStep::retake);
    connect(m_manual, &QPushButton::clicked, this, &PhotoStep::captureManually);
    connect(m_reason, &QLineEdit::returnPressed, this, &PhotoStep::captureManually);
    connect(&m_timer, &QTimer::timeout, this, &PhotoStep::tick);
    connect(&m_watcher, &QFutureWatcher<FrameResult>::finished, this, &PhotoStep::onFrame);
    retranslate();
}

PhotoStep::~PhotoStep()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

void PhotoStep::setCameraState(const QString& text, bool ok)
{
    m_cameraState = text;
    emit cameraStateChanged(text, ok);
}

void PhotoStep::start()
{
    if (hasPhoto() || m_running)
        return;
    m_passStreak = 0;
    if (!m_analyzer) {
        m_analyzer = std::make_unique<FaceAnalyzer>();
        if (!m_analyzer->load(&m_analyzerError))
            m_analyzer.reset();
    }
    QString error;
    m_source = m_opener ? m_opener(&error) : nullptr;
    if (m_source && !m_source->open(&error))
        m_source.reset();
    if (!m_source) {
        m_guidanceText = error.isEmpty() ? tr("No camera is configured.") : error;
        m_guidanceText += QLatin1Char('\n')
                          + tr("Type the reason in the field below and press Alt+M to go on without a photo, "
                               "or fix the camera in Settings.");
        setCameraState(tr("Camera: not available"), false);
        m_preview->setText(tr("No camera"));
        retranslate();
        return;
    }
    //: Status bar: %1 is the camera in use (a device or file path).
    setCameraState(tr("Camera: %1").arg(m_source->description()), true);
    m_running = true;
    m_timer.start(m_source->isLive() ? 30 : std::max(30, static_cast<int>(1000.0 / std::max(1.0, m_source->fps()))));
}

void PhotoStep::stop()
{
    m_timer.stop();
    m_running = false;
    m_watcher.waitForFinished();
    if (m_source)
        m_source->close();
    m_source.reset();
}

void PhotoStep::clear()
{
    stop();
    m_photo = {};
    m_skipped = false;
    m_skipReason.clear();
    m_reason->clear();
    m_guidanceText.clear();
    m_preview->clear();
    retranslate();
    emit photoCleared();
}

void PhotoStep::retake()
{
    clear();
    start();
}

void PhotoStep::tick()
{
    if (!m_running || m_watcher.isRunning() || !m_source)
        return;
    FrameSource* source = m_source.get();
    FaceAnalyzer* analyzer = m_analyzer.get();
    // One frame in flight at a time: the analyzer is used by one thread at a time.
    m_watcher.setFuture(QtConcurrent::run([source, analyzer] {
        FrameResult r;
        r.status = source->read(r.frame, &r.error);
        if (r.status == FrameReadStatus::Frame && analyzer)
            r.analysis = analyzer->analyze(r.frame);
        return r;
    }));
}

void PhotoStep::onFrame()
{
    if (!m_running)
        return;
    FrameResult r = m_watcher.result();
    if (r.status == FrameReadStatus::EndOfStream) {
        stop();
        m_guidanceText = tr("The video ended without a usable photo. Press Alt+R to retake, or capture manually.");
        retranslate();
        return;
    }
    if (r.status == FrameReadStatus::Error) {
        stop();
        setCameraState(tr("Camera: error"), false);
        m_guidanceText = r.error + QLatin1Char('\n') + tr("Check the camera cable, then press Alt+R to retry.");
        retranslate();
        return;
    }
    m_lastFrame = r.frame;
    m_lastAnalysis = r.analysis;
    // A copy to paint the overlay on: the frame itself stays untouched (it may still be captured).
    QImage image = r.frame.convertToFormat(QImage::Format_RGB888);
    {
        QPainter p(&image);
        const QRect guide = FaceAnalyzer::guideRect(r.frame.size());
        p.setPen(QPen(QColor(255, 255, 255, 160), 2, Qt::DashLine));
        p.drawRect(guide.x(), guide.y(), guide.width(), guide.height());
        if (!r.analysis.face.isEmpty()) {
            const QRect& face = r.analysis.face;
            p.setPen(QPen(r.analysis.allPassed() ? QColor(46, 204, 113) : QColor(241, 196, 15), 3));
            p.drawRect(face.x(), face.y(), face.width(), face.height());
        }
    }
    showImage(image);
    if (!m_analyzer) {
        m_guidanceText = m_analyzerError + QLatin1Char('\n') + tr("Automatic checks are off: capture manually.");
    } else if (r.analysis.allPassed()) {
        ++m_passStreak;
        m_guidanceText = tr("Good. Hold still...");
        if (m_passStreak >= kAutoCaptureStreak) {
            capture(r.frame, r.analysis, {});
            return;
        }
    } else {
        m_passStreak = 0;
        m_guidanceText = r.analysis.firstGuidance();
    }
    retranslate();
}

void PhotoStep::capture(const QImage& frame, const FaceAnalysis& analysis, const QString& manualReason)
{
    stop();
    CardPhotoMaker maker(CardPhotoGeometry{}, m_bounds);
    CardPhotoResult made = maker.makeCardPhoto(frame, analysis);
    if (!made.ok) {
        m_guidanceText = made.error + QLatin1Char('\n') + tr("Press Alt+R to retake.");
        retranslate();
        return;
    }
    m_photo = made.image;
    m_photo.manualCaptureReason = manualReason;
    QImage shot;
    shot.loadFromData(m_photo.jpeg, "JPEG");
    showImage(shot);
    m_guidanceText = manualReason.isEmpty() ? tr("Photo taken automatically. Press Enter to go on, Alt+R to retake.")
                                            : tr("Photo taken manually. Press Enter to go on, Alt+R to retake.");
    retranslate();
    emit photoReady();
}

bool PhotoStep::captureManually()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_guidanceText = tr("A manual capture needs a reason: type it in the reason field (Alt+E).");
        retranslate();
        m_reason->setFocus();
        return false;
    }
    if (!m_lastFrame.isNull() && m_source) {
        capture(m_lastFrame, m_lastAnalysis, reason);
        return hasPhoto();
    }
    if (!m_source) {
        // No camera at all: the operation goes on without a photo, with the reason on record.
        m_skipped = true;
        m_skipReason = reason;
        m_guidanceText = tr("Going on without a photo. Reason: %1").arg(reason);
        retranslate();
        emit photoReady();
        return true;
    }
    m_guidanceText = tr("No picture yet: wait for the preview, then capture again.");
    retranslate();
    return false;
}

QString PhotoStep::guidance() const
{
    return m_guidance->text();
}

void PhotoStep::showImage(const QImage& image)
{
    m_preview->setPixmap(QPixmap::fromImage(image).scaled(m_preview->size(), Qt::KeepAspectRatio,
                                                          Qt::SmoothTransformation));
}

void PhotoStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PhotoStep::retranslate()
{
    m_retake->setText(tr("&Retake"));
    m_manual->setText(tr("Capture &manually"));
    //: Why the clerk took the photo without the automatic checks passing (or without a camera).
    m_reasonLabel->setText(tr("R&eason"));
    m_guidance->setText(m_guidanceText.isEmpty() ? tr("Ask the citizen to look at the camera.") : m_guidanceText);
}

} // namespace carddesk::ui
