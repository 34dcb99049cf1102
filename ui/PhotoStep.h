#pragma once

#include "app/photo/CardPhotoMaker.h"
#include "app/photo/FaceAnalyzer.h"
#include "app/photo/FrameSource.h"
#include "app/workflow/StorePorts.h"

#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace carddesk::ui {

// The photo step: live preview with the face box and the photo module's guidance, automatic capture once
// every check passes on a few frames in a row, retake, and manual capture with a reason when the checks
// cannot pass (the reason is kept with the photo and audited).
class PhotoStep : public QWidget
{
    Q_OBJECT
public:
    using CameraOpener = std::function<std::unique_ptr<FrameSource>(QString* error)>;

    explicit PhotoStep(QWidget* parent = nullptr);
    ~PhotoStep() override;

    void setCameraOpener(CameraOpener opener) { m_opener = std::move(opener); }
    void setSizeBounds(FileSizeBounds bounds) { m_bounds = bounds; }
    void start();
    void stop();
    void clear();
    bool hasPhoto() const { return !m_photo.jpeg.isEmpty() || m_skipped; }
    // Set when the clerk went on without a photo (no camera): the reason, for the record.
    bool skipped() const { return m_skipped; }
    QString skipReason() const { return m_skipReason; }
    const EvidenceImage& photo() const { return m_photo; }
    QString guidance() const;
    QString cameraState() const { return m_cameraState; }

    // Manual capture (or going on without a camera) with the reason typed in the reason field.
    bool captureManually();
    void retake();

signals:
    void photoReady();
    void photoCleared();
    void cameraStateChanged(const QString& text, bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct FrameResult
    {
        FrameReadStatus status = FrameReadStatus::Error;
        QImage frame; // 8-bit BGR, shared with the source (Frame::image)
        FaceAnalysis analysis;
        QString error;
    };
    void tick();
    void onFrame();
    void capture(const QImage& frame, const FaceAnalysis& analysis, const QString& manualReason);
    void showImage(const QImage& image);
    void retranslate();
    void setCameraState(const QString& text, bool ok);

    CameraOpener m_opener;
    FileSizeBounds m_bounds;
    std::unique_ptr<FrameSource> m_source;
    std::unique_ptr<FaceAnalyzer> m_analyzer;
    QString m_analyzerError;
    QTimer m_timer;
    QFutureWatcher<FrameResult> m_watcher;
    QImage m_lastFrame;
    FaceAnalysis m_lastAnalysis;
    int m_passStreak = 0;
    EvidenceImage m_photo;
    bool m_skipped = false;
    QString m_skipReason;
    QString m_cameraState;
    QString m_guidanceText;
    bool m_running = false;

    QLabel* m_preview = nullptr;
    QLabel* m_guidance = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_retake = nullptr;
    QPushButton* m_manual = nullptr;
};

} // namespace carddesk::ui
