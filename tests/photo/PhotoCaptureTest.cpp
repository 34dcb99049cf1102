// The capture thread end to end: a video file made at test time (MJPG in AVI) drives analysis and
// auto-capture; manual capture with a reason; a missing camera; the UI is not flooded with frames.
#include "PhotoTestData.h"

#include "app/photo/CaptureSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

using namespace carddesk;
using namespace carddesk::test;

namespace {

cv::Mat decode(const QByteArray& jpeg)
{
    return cv::imdecode(cv::Mat(1, int(jpeg.size()), CV_8U, const_cast<char*>(jpeg.constData())),
                        cv::IMREAD_COLOR);
}

CaptureSessionSettings fastSettings(PhotoPurpose purpose = PhotoPurpose::CardPhoto)
{
    CaptureSessionSettings s;
    s.analyzer.purpose = purpose;
    s.realTime = false;
    s.steadyFrames = 6;
    return s;
}

} // namespace

class PhotoCaptureTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_video;
    static constexpr int kNoFaceFrames = 5;
    static constexpr int kBlurredFrames = 4;
    static constexpr int kGoodFrames = 10;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QImage white = loadPhoto(QStringLiteral("astronaut-frame-white.jpg"));
        const QImage coffee = resizedTo(loadPhoto(QStringLiteral("coffee-320.jpg")), white.size());
        QVERIFY(!white.isNull() && !coffee.isNull());
        // The citizen sits down (no face yet), moves (blurred), then holds still in front of the camera.
        m_video = m_dir.filePath(QStringLiteral("counter.avi"));
        cv::VideoWriter writer(m_video.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 15.0,
                               cv::Size(white.width(), white.height()));
        QVERIFY(writer.isOpened());
        for (int i = 0; i < kNoFaceFrames; ++i)
            writer.write(matOf(coffee).clone());
        const QImage moving = blurred(white, 3.0);
        for (int i = 0; i < kBlurredFrames; ++i)
            writer.write(matOf(moving).clone());
        for (int i = 0; i < kGoodFrames; ++i)
            writer.write(matOf(white).clone());
        writer.release();
    }

    void videoFramesFromThePluginAreFreshReadOnlyBgr()
    {
        VideoFileFrameSource video(m_video);
        QString error;
        QVERIFY2(video.open(&error), qPrintable(error));
        QCOMPARE(video.fps(), 15.0);
        QImage first, second;
        QCOMPARE(video.read(first, &error), FrameReadStatus::Frame);
        QCOMPARE(video.read(second, &error), FrameReadStatus::Frame);
        QCOMPARE(first.format(), QImage::Format_BGR888);
        QCOMPARE(first.size(), QSize(320, 240));
        QVERIFY(first.constBits() != second.constBits()); // a fresh buffer per frame
        // The coffee frames, as MJPG decodes them: close to the picture written (blue-first byte order kept).
        const QImage coffee = resizedTo(loadPhoto(QStringLiteral("coffee-320.jpg")), first.size());
        cv::Mat difference;
        cv::absdiff(matOf(first), matOf(coffee), difference);
        QVERIFY2(cv::mean(difference.reshape(1))[0] < 6.0,
                 "the frame is the coffee picture, channels in order");
        int frames = 2;
        while (video.read(first, &error) == FrameReadStatus::Frame)
            ++frames;
        QCOMPARE(frames, kNoFaceFrames + kBlurredFrames + kGoodFrames);
    }

    void videoFileDrivesAutoCapture()
    {
        CaptureSession session(std::make_unique<VideoFileFrameSource>(m_video), fastSettings());
        QSignalSpy captured(&session, &CaptureSession::captured);
        QSignalSpy failed(&session, &CaptureSession::failed);
        QSignalSpy finished(&session, &CaptureSession::finished);
        QSignalSpy frames(&session, &CaptureSession::frameReady);
        QVERIFY(session.start());
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(session.framesAnalysed(), qint64(kNoFaceFrames + kBlurredFrames + kGoodFrames));
        QCOMPARE(captured.count(), 1); // once, on the frame that completes the steady run
        const auto result = captured.at(0).at(0).value<CaptureResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.manual);
        QCOMPARE(result.frameIndex, qint64(kNoFaceFrames + kBlurredFrames + 6 - 1));
        QVERIFY(result.analysis.allPassed());
        QCOMPARE(result.image.kind, QStringLiteral("card-photo"));
        QVERIFY(result.image.manualCaptureReason.isEmpty());
        const cv::Mat photo = decode(result.image.jpeg);
        QCOMPARE(photo.cols, 358);
        QCOMPARE(photo.rows, 441);
        QVERIFY(result.image.jpeg.size() >= 14 * 1024 && result.image.jpeg.size() <= 40 * 1024);
        QVERIFY(!result.image.thumbnailJpeg.isEmpty());
        QVERIFY(frames.count() >= 1);
        // The last frame is in the slot, with its analysis.
        const PreviewFrame last = session.latestFrame();
        QCOMPARE(last.frame.index, qint64(kNoFaceFrames + kBlurredFrames + kGoodFrames - 1));
        QVERIFY(last.analysis.allPassed());
        QCOMPARE(last.autoCaptureProgress, 1.0);
        QTRY_VERIFY(!session.isRunning()); // finished() is emitted just before the thread returns
    }

    void evidencePurposeCapturesTheScene()
    {
        CaptureSession session(std::make_unique<VideoFileFrameSource>(m_video),
                               fastSettings(PhotoPurpose::Evidence));
        QSignalSpy captured(&session, &CaptureSession::captured);
        QSignalSpy finished(&session, &CaptureSession::finished);
        session.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(captured.count(), 1);
        const auto result = captured.at(0).at(0).value<CaptureResult>();
        QCOMPARE(result.image.kind, QStringLiteral("scene"));
        QCOMPARE(decode(result.image.jpeg).cols, 320);
    }

    void manualCaptureCarriesTheReason()
    {
        // A picture on which the checks cannot pass (no face): the clerk captures anyway, with a reason.
        auto still =
            std::make_unique<StillImageFrameSource>(photoDataPath(QStringLiteral("chelsea-320.jpg")), 50.0);
        CaptureSessionSettings settings = fastSettings();
        settings.realTime = true;
        CaptureSession session(std::move(still), settings);
        QSignalSpy captured(&session, &CaptureSession::captured);
        QSignalSpy frames(&session, &CaptureSession::frameReady);
        session.start();
        QVERIFY(frames.wait(10000));
        QVERIFY(!session.captureManually(QStringLiteral("   "))); // a reason is required
        QTest::qWait(100);
        QCOMPARE(captured.count(), 0); // nothing passes, nothing auto-captured
        QVERIFY(session.captureManually(QStringLiteral("citizen cannot face the camera")));
        QVERIFY(captured.wait(10000));
        session.stop();
        QCOMPARE(captured.count(), 1);
        const auto result = captured.at(0).at(0).value<CaptureResult>();
        QVERIFY(result.manual);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.image.manualCaptureReason, QStringLiteral("citizen cannot face the camera"));
        QCOMPARE(result.image.kind, QStringLiteral("card-photo"));
        QCOMPARE(decode(result.image.jpeg).cols, 358);
        QVERIFY(!result.analysis.allPassed());

        OperatorContext op{QStringLiteral("clerk1"), QStringLiteral("clerk"), QStringLiteral("b1"),
                           QStringLiteral("t1"), false};
        const QUuid opId = QUuid::createUuid();
        const AuditEventRecord e = manualCaptureAuditEvent(result, op, opId);
        QCOMPARE(e.eventType, QStringLiteral("photo-manual-capture"));
        QCOMPARE(e.operationId, opId);
        QCOMPARE(e.op.operatorId, QStringLiteral("clerk1"));
        QCOMPARE(e.details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("citizen cannot face the camera"));
        const QJsonArray failedChecks = e.details.value(QStringLiteral("failedChecks")).toArray();
        QVERIFY(!failedChecks.isEmpty());
        bool faceCountFailed = false;
        for (const auto& v : failedChecks)
            faceCountFailed |=
                v.toObject().value(QStringLiteral("check")).toString() == QLatin1String("face-count");
        QVERIFY(faceCountFailed);
    }

    void documentCapture()
    {
        auto still =
            std::make_unique<StillImageFrameSource>(photoDataPath(QStringLiteral("coffee-320.jpg")), 50.0);
        CaptureSessionSettings settings = fastSettings();
        settings.realTime = true;
        CaptureSession session(std::move(still), settings);
        QSignalSpy captured(&session, &CaptureSession::captured);
        QSignalSpy frames(&session, &CaptureSession::frameReady);
        session.start();
        QVERIFY(frames.wait(10000));
        session.captureDocument();
        QVERIFY(captured.wait(10000));
        session.stop();
        const auto result = captured.at(0).at(0).value<CaptureResult>();
        QCOMPARE(result.image.kind, QStringLiteral("document"));
        QCOMPARE(decode(result.image.jpeg).cols, 320);
    }

    void missingCameraFailsWithFallback()
    {
        CaptureSession session(std::make_unique<CameraFrameSource>(63), fastSettings());
        QSignalSpy failed(&session, &CaptureSession::failed);
        QSignalSpy finished(&session, &CaptureSession::finished);
        session.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("/dev/video63")));
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        // The clerk plugs the camera in and tries again: the same session starts anew.
        QVERIFY(session.start());
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 2);
    }

    void frameReadyIsNotQueuedUpWhileTheUiIsBusy()
    {
        // A fast source and a UI that does not take the frames: one notification, not hundreds queued.
        auto still =
            std::make_unique<StillImageFrameSource>(photoDataPath(QStringLiteral("astronaut-frame.jpg")));
        CaptureSessionSettings settings = fastSettings();
        settings.autoCapture = false;
        CaptureSession session(std::move(still), settings);
        QSignalSpy frames(&session, &CaptureSession::frameReady);
        session.start();
        QVERIFY(frames.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(session.framesAnalysed() > 20, 20000);
        QCoreApplication::processEvents();
        QCOMPARE(frames.count(), 1);
        const PreviewFrame taken = session.latestFrame(); // the UI takes it: the next one is announced
        QVERIFY(frames.wait(10000));
        QCOMPARE(frames.count(), 2);
        session.stop();
        QVERIFY(taken.frame.index > 0);
        QCOMPARE(taken.frame.image.width(), 320);
    }
};

QTEST_GUILESS_MAIN(PhotoCaptureTest)
#include "PhotoCaptureTest.moc"
