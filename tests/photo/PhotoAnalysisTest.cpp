// The per-frame checks, the card photo output and the frame sources, on real pictures (the analysis runs in
// the OpenCV plugin; the test prepares its cases and decodes the JPEGs with OpenCV itself).
#include "PhotoTestData.h"

#include "app/photo/AutoCapture.h"
#include "app/photo/CardPhotoMaker.h"
#include "app/photo/FaceAnalyzer.h"
#include "app/photo/FrameImage.h"
#include "app/photo/FrameSource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace carddesk;
using namespace carddesk::test;

namespace {

const PhotoCheck& requireCheck(const FaceAnalysis& a, CheckId id)
{
    const PhotoCheck* c = a.check(id);
    if (!c)
        qFatal("check %s missing from the analysis", qPrintable(checkIdName(id)));
    return *c;
}

QString describe(const FaceAnalysis& a)
{
    QStringList parts;
    parts << QStringLiteral("faces=%1").arg(a.faceCount);
    for (const PhotoCheck& c : a.checks)
        parts << QStringLiteral("%1=%2(%3)")
                     .arg(checkIdName(c.id))
                     .arg(c.value)
                     .arg(checkVerdictName(c.verdict));
    return parts.join(QLatin1Char(' '));
}

cv::Mat decode(const QByteArray& jpeg)
{
    return cv::imdecode(cv::Mat(1, int(jpeg.size()), CV_8U, const_cast<char*>(jpeg.constData())),
                        cv::IMREAD_UNCHANGED);
}

} // namespace

class PhotoAnalysisTest : public QObject
{
    Q_OBJECT

private:
    FaceAnalyzer m_card{FaceAnalyzerOptions{}};
    FaceAnalyzer m_evidence{[] {
        FaceAnalyzerOptions o;
        o.purpose = PhotoPurpose::Evidence;
        return o;
    }()};
    QImage m_white;  // the astronaut framed for a card photo, on white
    QImage m_studio; // the same frame with the original studio backdrop

    void expectOnly(const FaceAnalysis& a, CheckId id, CheckVerdict verdict, const QString& guidance)
    {
        const PhotoCheck& c = requireCheck(a, id);
        QVERIFY2(c.verdict == verdict, qPrintable(describe(a)));
        QCOMPARE(c.guidance, guidance);
        QVERIFY(!a.allPassed());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_card.load(&error), qPrintable(error));
        QVERIFY2(m_evidence.load(&error), qPrintable(error));
        m_white = loadPhoto(QStringLiteral("astronaut-frame-white.jpg"));
        m_studio = loadPhoto(QStringLiteral("astronaut-frame.jpg"));
        QVERIFY(!m_white.isNull());
        QVERIFY(!m_studio.isNull());
    }

    void missingCascadeGivesClearError()
    {
        qputenv("CARDDESK_OPENCV_DATA", "/nonexistent/opencv4");
        FaceAnalyzer analyzer;
        QString error;
        const bool loaded = analyzer.load(&error);
        qunsetenv("CARDDESK_OPENCV_DATA");
        QVERIFY(!loaded);
        QVERIFY2(error.contains(QLatin1String("opencv-data")), qPrintable(error));
        // Without detection the analysis says so instead of pretending.
        const FaceAnalysis a = analyzer.analyze(m_white);
        QVERIFY(!a.allPassed());
        QVERIFY(!a.firstGuidance().isEmpty());
    }

    void guideRectIsTheLargestCentredStandardRectangle()
    {
        QCOMPARE(FaceAnalyzer::guideRect(QSize(640, 480)), QRect(125, 0, 390, 480));
        QCOMPARE(FaceAnalyzer::guideRect(QSize(358, 441)), QRect(0, 0, 358, 441));
        QCOMPARE(FaceAnalyzer::guideRect(QSize(358, 600)), QRect(0, 79, 358, 441));
    }

    void cardPhotoOnWhitePasses()
    {
        const FaceAnalysis a = m_card.analyze(m_white);
        QVERIFY2(a.allPassed(), qPrintable(describe(a)));
        QCOMPARE(a.faceCount, 1);
        QVERIFY(a.eyesDetected);
        QVERIFY(a.headTopMeasured);
        QCOMPARE(a.checks.size(), 9);
        QVERIFY(a.firstGuidance().isEmpty());
        // The measured geometry is inside the standard's bands, not just "passing".
        const double width = requireCheck(a, CheckId::FaceSize).value;
        QVERIFY2(width >= 179 && width <= 255, qPrintable(describe(a)));
        const double eyeX = requireCheck(a, CheckId::HorizontalPosition).value;
        QVERIFY2(eyeX >= 162 && eyeX <= 196, qPrintable(describe(a)));
    }

    void evidencePhotoOfTheSceneSkipsGeometryAndBackground()
    {
        const QImage scene = loadPhoto(QStringLiteral("astronaut-384.jpg"));
        const FaceAnalysis a = m_evidence.analyze(scene);
        QVERIFY2(a.allPassed(), qPrintable(describe(a)));
        QCOMPARE(a.checks.size(), 3); // exposure, faces, sharpness
        QVERIFY(!a.check(CheckId::BackgroundWhiteness));
        QVERIFY(!a.check(CheckId::FaceSize));
        // The same scene is no card photo: the face is far too small and the backdrop is not white.
        const FaceAnalysis card = m_card.analyze(scene);
        QVERIFY(!card.allPassed());
        QCOMPARE(requireCheck(card, CheckId::FaceSize).verdict, CheckVerdict::TooLow);
    }

    void noFaceFails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("coffee") << QStringLiteral("coffee-320.jpg");
        QTest::newRow("chelsea the cat") << QStringLiteral("chelsea-320.jpg");
    }
    void noFaceFails()
    {
        QFETCH(QString, file);
        const FaceAnalysis a = m_card.analyze(loadPhoto(file));
        QCOMPARE(a.faceCount, 0);
        expectOnly(a, CheckId::FaceCount, CheckVerdict::TooLow,
                   QStringLiteral("Please look straight at the camera"));
        QCOMPARE(requireCheck(a, CheckId::Sharpness).verdict, CheckVerdict::NotMeasured);
        QCOMPARE(a.firstGuidance(), QStringLiteral("Please look straight at the camera"));
    }

    void twoFacesFail()
    {
        const FaceAnalysis a = m_card.analyze(sideBySide(m_white, m_white));
        QCOMPARE(a.faceCount, 2);
        expectOnly(a, CheckId::FaceCount, CheckVerdict::TooHigh,
                   QStringLiteral("More than one face detected: only the citizen may be in the picture"));
        // Evidence photos want exactly one face too.
        QCOMPARE(requireCheck(m_evidence.analyze(sideBySide(m_white, m_white)), CheckId::FaceCount).verdict,
                 CheckVerdict::TooHigh);
    }

    void blurredFailsOnSharpnessOnly()
    {
        const FaceAnalysis sharp = m_card.analyze(m_white);
        const FaceAnalysis a = m_card.analyze(blurred(m_white));
        QCOMPARE(a.faceCount, 1);
        expectOnly(a, CheckId::Sharpness, CheckVerdict::TooLow, QStringLiteral("Please hold still"));
        QVERIFY(requireCheck(a, CheckId::Sharpness).value <
                requireCheck(sharp, CheckId::Sharpness).value / 4);
        for (CheckId id :
             {CheckId::FaceCount, CheckId::FaceSize, CheckId::HorizontalPosition, CheckId::Exposure})
            QVERIFY2(requireCheck(a, id).passed(), qPrintable(describe(a)));
        QCOMPARE(a.firstGuidance(), QStringLiteral("Please hold still"));
    }

    void tooDarkFailsWithNotEnoughLight()
    {
        const FaceAnalysis a = m_card.analyze(scaledBrightness(m_white, 0.3));
        expectOnly(a, CheckId::Exposure, CheckVerdict::TooLow, QStringLiteral("Not enough light"));
        QCOMPARE(a.firstGuidance(), QStringLiteral("Not enough light"));
        // Even darker, where no face is found any more: still "not enough light" first.
        const FaceAnalysis darker = m_card.analyze(scaledBrightness(m_white, 0.08));
        QCOMPARE(darker.firstGuidance(), QStringLiteral("Not enough light"));
    }

    void tooBrightFails()
    {
        const FaceAnalysis a = m_card.analyze(scaledBrightness(m_white, 1.0, 90));
        expectOnly(a, CheckId::Exposure, CheckVerdict::TooHigh, QStringLiteral("Too much light on the face"));
    }

    void faceTooSmallAsksToComeCloser()
    {
        const FaceAnalysis a = m_card.analyze(shrunk(m_white, 0.6));
        QCOMPARE(a.faceCount, 1);
        expectOnly(a, CheckId::FaceSize, CheckVerdict::TooLow, QStringLiteral("Please come a little closer"));
        QVERIFY(requireCheck(a, CheckId::FaceSize).value < 179);
        QCOMPARE(a.firstGuidance(), QStringLiteral("Please come a little closer"));
    }

    void offCentreAsksToMoveSideways()
    {
        // Face on the right of the picture = on the citizen's left: they move to their right.
        const FaceAnalysis right = m_card.analyze(shifted(m_white, 50));
        expectOnly(right, CheckId::HorizontalPosition, CheckVerdict::TooHigh,
                   QStringLiteral("Please move a little to your right"));
        QVERIFY(requireCheck(right, CheckId::FaceSize).passed());
        const FaceAnalysis left = m_card.analyze(shifted(m_white, -50));
        expectOnly(left, CheckId::HorizontalPosition, CheckVerdict::TooLow,
                   QStringLiteral("Please move a little to your left"));
        QCOMPARE(left.firstGuidance(), QStringLiteral("Please move a little to your left"));
    }

    void headTooLowInThePicture()
    {
        const FaceAnalysis a = m_card.analyze(shifted(m_white, 0, 30));
        expectOnly(a, CheckId::HeadTop, CheckVerdict::TooHigh, QStringLiteral("Please move a little higher"));
    }

    void headCutOffAtTheTop()
    {
        const FaceAnalysis a = m_card.analyze(shifted(m_white, 0, -25));
        QVERIFY(a.headTopMeasured);
        expectOnly(a, CheckId::HeadTop, CheckVerdict::TooLow, QStringLiteral("Please move a little lower"));
    }

    void nonWhiteBackgroundFails()
    {
        const FaceAnalysis a = m_card.analyze(m_studio);
        expectOnly(a, CheckId::BackgroundWhiteness, CheckVerdict::TooLow,
                   QStringLiteral("The background must be white"));
        // The face itself is fine: only the background is wrong.
        for (CheckId id : {CheckId::FaceCount, CheckId::FaceSize, CheckId::HorizontalPosition,
                           CheckId::Exposure, CheckId::Sharpness})
            QVERIFY2(requireCheck(a, id).passed(), qPrintable(describe(a)));
        QVERIFY(!a.headTopMeasured); // no white rows above the head: estimated from the face box
        QCOMPARE(a.firstGuidance(), QStringLiteral("The background must be white"));
        // An evidence photo does not care about the backdrop.
        QVERIFY2(m_evidence.analyze(m_studio).allPassed(),
                 qPrintable(describe(m_evidence.analyze(m_studio))));
    }

    void unevenBackgroundFails()
    {
        const FaceAnalysis a = m_card.analyze(withSideShadow(m_white, 0.65));
        expectOnly(a, CheckId::BackgroundEvenness, CheckVerdict::TooHigh,
                   QStringLiteral("The background must be evenly lit"));
        QVERIFY(requireCheck(m_card.analyze(m_white), CheckId::BackgroundEvenness).value < 10);
    }

    // --- output ------------------------------------------------------------------------------------------

    void cardPhotoHasTheStandardSizeAndFileSize()
    {
        const FaceAnalysis a = m_card.analyze(m_white);
        const CardPhotoResult r = CardPhotoMaker().makeCardPhoto(m_white, a);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.image.kind, QStringLiteral("card-photo"));
        QVERIFY(r.image.manualCaptureReason.isEmpty());
        QVERIFY2(r.image.jpeg.size() >= 14 * 1024 && r.image.jpeg.size() <= 40 * 1024,
                 qPrintable(QString::number(r.image.jpeg.size())));
        QVERIFY(r.image.jpeg.startsWith("\xFF\xD8\xFF"));
        const cv::Mat decoded = decode(r.image.jpeg);
        QCOMPARE(decoded.cols, 358);
        QCOMPARE(decoded.rows, 441);
        QCOMPARE(decoded.channels(), 3); // 24-bit colour
        QVERIFY(r.quality >= CardPhotoMaker::kLowestQuality && r.quality <= 100);
        const cv::Mat thumb = decode(r.image.thumbnailJpeg);
        QVERIFY(!thumb.empty());
        QVERIFY(std::max(thumb.cols, thumb.rows) <= 160);
        // The card photo still passes the checks it was cut for.
        QVERIFY2(m_card.analyze(imageOf(decoded)).allPassed(),
                 qPrintable(describe(m_card.analyze(imageOf(decoded)))));
    }

    void cardPhotoIsOpenCvsResizeOfThePlannedCrop()
    {
        // The plugin's crop and scale are exactly cv::resize as before the move: encoding OpenCV's own resize
        // of the planned crop at the chosen quality gives the same bytes. A crop reaching outside the picture
        // is filled white.
        const FaceAnalysis a = m_card.analyze(m_white);
        const CardPhotoResult r = CardPhotoMaker().makeCardPhoto(m_white, a);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QRect c = a.plannedCrop;
        cv::Mat expected;
        cv::resize(matOf(m_white)(cv::Rect(c.x(), c.y(), c.width(), c.height())), expected,
                   cv::Size(358, 441), 0, 0, cv::INTER_CUBIC);
        QCOMPARE(CardPhotoMaker::encodeJpeg(imageOf(expected), r.quality), r.image.jpeg);

        const QRect outside(-20, -10, 195, 240); // 20 px left of and 10 px above the picture
        const CardPhotoResult o = CardPhotoMaker().makeCardPhoto(m_white, outside);
        QVERIFY2(o.ok, qPrintable(o.error));
        cv::Mat padded;
        cv::copyMakeBorder(matOf(m_white)(cv::Rect(0, 0, 175, 230)), padded, 10, 0, 20, 0,
                           cv::BORDER_CONSTANT, cv::Scalar(255, 255, 255));
        cv::resize(padded, expected, cv::Size(358, 441), 0, 0, cv::INTER_CUBIC);
        QCOMPARE(CardPhotoMaker::encodeJpeg(imageOf(expected), o.quality), o.image.jpeg);
        const cv::Mat decoded = decode(o.image.jpeg);
        const cv::Vec3b corner = decoded.at<cv::Vec3b>(2, 2);
        QVERIFY2(corner[0] > 245 && corner[1] > 245 && corner[2] > 245, "the outside is filled white");
    }

    void otherPictureFormatsAreAnalysedAsBgr()
    {
        // An upload decoded by someone else (RGB32, RGB888) gives the very same analysis as our BGR frame.
        const FaceAnalysis bgr = m_card.analyze(m_white);
        for (QImage::Format format : {QImage::Format_RGB32, QImage::Format_RGB888}) {
            const FaceAnalysis other = m_card.analyze(m_white.convertToFormat(format));
            QCOMPARE(describe(other), describe(bgr));
            QCOMPARE(other.face, bgr.face);
        }
        // And a card photo from it is the same picture.
        QCOMPARE(
            CardPhotoMaker().makeCardPhoto(m_white.convertToFormat(QImage::Format_RGB32), bgr).image.jpeg,
            CardPhotoMaker().makeCardPhoto(m_white, bgr).image.jpeg);
    }

    void qualitySearchMeetsOtherRegionsBounds_data()
    {
        QTest::addColumn<int>("minKb");
        QTest::addColumn<int>("maxKb");
        QTest::newRow("9-20 KB") << 9 << 20;
        QTest::newRow("14-40 KB") << 14 << 40;
        QTest::newRow("30-40 KB") << 30 << 40;
        QTest::newRow("9-12 KB") << 9 << 12;
    }
    void qualitySearchMeetsOtherRegionsBounds()
    {
        QFETCH(int, minKb);
        QFETCH(int, maxKb);
        const CardPhotoMaker maker({}, FileSizeBounds{minKb * 1024, maxKb * 1024});
        const CardPhotoResult r = maker.makeCardPhoto(m_white, m_card.analyze(m_white));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(
            r.image.jpeg.size() >= minKb * 1024 && r.image.jpeg.size() <= maxKb * 1024,
            qPrintable(QStringLiteral("%1 bytes at quality %2").arg(r.image.jpeg.size()).arg(r.quality)));
        QVERIFY(r.encodings <= 8); // a binary search, not a scan of every quality
    }

    void impossibleBoundsGiveAClearError()
    {
        const CardPhotoMaker maker({}, FileSizeBounds{300 * 1024, 310 * 1024});
        const CardPhotoResult r = maker.makeCardPhoto(m_white, m_card.analyze(m_white));
        QVERIFY(!r.ok);
        QVERIFY(r.image.jpeg.isEmpty());
        QVERIFY2(r.error.contains(QLatin1String("KB")), qPrintable(r.error));
    }

    void evidenceAndDocumentImagesAreBounded()
    {
        const QImage big = resizedTo(m_studio, QSize(2560, 1920));
        const EvidenceImage scene = CardPhotoMaker::makeEvidencePhoto(big);
        QCOMPARE(scene.kind, QStringLiteral("scene"));
        const cv::Mat s = decode(scene.jpeg);
        QCOMPARE(s.cols, 1280);
        QCOMPARE(s.rows, 960);
        const EvidenceImage doc = CardPhotoMaker::makeDocumentImage(big);
        QCOMPARE(doc.kind, QStringLiteral("document"));
        const cv::Mat d = decode(doc.jpeg);
        QCOMPARE(d.cols, 2000);
        QCOMPARE(d.rows, 1500);
        QVERIFY(!decode(doc.thumbnailJpeg).empty());
        // Small pictures are not blown up.
        QCOMPARE(decode(CardPhotoMaker::makeEvidencePhoto(m_white).jpeg).cols, m_white.width());
    }

    // --- sources -----------------------------------------------------------------------------------------

    void missingCameraGivesClearErrorAndFallback()
    {
        CameraFrameSource camera(63);
        QString error;
        QVERIFY(!camera.open(&error));
        QCOMPARE(camera.lastError(), FrameSourceError::Missing);
        QVERIFY2(error.contains(QLatin1String("/dev/video63")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("upload")), qPrintable(error));
        QImage m;
        QCOMPARE(camera.read(m, &error), FrameReadStatus::Error);
    }

    void deviceThatIsNoCameraIsReportedBusy()
    {
        // A node that exists but is not a working V4L2 camera: what a camera held by another program or a
        // broken driver looks like to us.
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("video0"));
        QFile f(node);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a camera");
        f.close();
        CameraFrameSource camera(node);
        QString error;
        QVERIFY(!camera.open(&error));
        QCOMPARE(camera.lastError(), FrameSourceError::Busy);
        QVERIFY2(error.contains(node) && error.contains(QLatin1String("another program")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("upload")), qPrintable(error));
    }

    void autoCaptureNeedsASteadyRun()
    {
        FaceAnalysis good;
        PhotoCheck pass;
        pass.verdict = CheckVerdict::Pass;
        good.checks << pass;
        good.face = QRect(100, 100, 100, 100);
        FaceAnalysis bad = good;
        bad.checks[0].verdict = CheckVerdict::TooLow;

        AutoCapture ac(3);
        QVERIFY(!ac.feed(good));
        QVERIFY(!ac.feed(good));
        QVERIFY(!ac.feed(bad)); // one failing frame restarts the run
        QCOMPARE(ac.steadyCount(), 0);
        QVERIFY(!ac.feed(good));
        FaceAnalysis moved = good;
        moved.face.translate(20, 0); // moved a fifth of the face width: not steady
        QVERIFY(!ac.feed(moved));
        QCOMPARE(ac.steadyCount(), 1);
        QVERIFY(!ac.feed(moved));
        QVERIFY(ac.feed(moved)); // third steady frame: capture
        QVERIFY(ac.hasCaptured());
        QVERIFY(!ac.feed(moved)); // only once
        ac.reset();
        QCOMPARE(ac.progress(), 0.0);
    }

    void fileSourcesReportBadInput()
    {
        QTemporaryDir dir;
        const QString garbage = dir.filePath(QStringLiteral("not-a-picture.jpg"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is no JPEG");
        f.close();
        QString error;
        StillImageFrameSource still(garbage);
        QVERIFY(!still.open(&error));
        QCOMPARE(still.lastError(), FrameSourceError::Unreadable);
        StillImageFrameSource missing(dir.filePath(QStringLiteral("nope.jpg")));
        QVERIFY(!missing.open(&error));
        QCOMPARE(missing.lastError(), FrameSourceError::Missing);
        VideoFileFrameSource video(dir.filePath(QStringLiteral("nope.avi")));
        QVERIFY(!video.open(&error));
        QCOMPARE(video.lastError(), FrameSourceError::Missing);
        VideoFileFrameSource notVideo(garbage);
        QVERIFY(!notVideo.open(&error));
        QCOMPARE(notVideo.lastError(), FrameSourceError::Unreadable);
    }

    void stillImageRepeatsWithoutCopying()
    {
        StillImageFrameSource still(photoDataPath(QStringLiteral("astronaut-frame-white.jpg")));
        QString error;
        QVERIFY2(still.open(&error), qPrintable(error));
        QImage a, b;
        QCOMPARE(still.read(a, &error), FrameReadStatus::Frame);
        QCOMPARE(still.read(b, &error), FrameReadStatus::Frame);
        QCOMPARE(a.constBits(), b.constBits());
        QCOMPARE(a.size(), QSize(320, 240));
        QCOMPARE(a.format(), QImage::Format_BGR888);
    }

    void imageSequenceEnds()
    {
        QTemporaryDir dir;
        QFile::copy(photoDataPath(QStringLiteral("coffee-320.jpg")), dir.filePath(QStringLiteral("1.jpg")));
        QFile::copy(photoDataPath(QStringLiteral("astronaut-frame.jpg")),
                    dir.filePath(QStringLiteral("2.jpg")));
        auto seq = ImageSequenceFrameSource::fromDirectory(dir.path());
        QString error;
        QVERIFY2(seq->open(&error), qPrintable(error));
        QImage first, second, third;
        QCOMPARE(seq->read(first, &error), FrameReadStatus::Frame);
        QCOMPARE(seq->read(second, &error), FrameReadStatus::Frame);
        QCOMPARE(seq->read(third, &error), FrameReadStatus::EndOfStream);
        QCOMPARE(first.size(), QSize(320, 213));
        QCOMPARE(second.size(), QSize(320, 240));
        QVERIFY(first.constBits() != second.constBits());
    }

    void sourcesFromSettings()
    {
        QString error;
        QVERIFY(dynamic_cast<CameraFrameSource*>(
            createFrameSource(QStringLiteral("camera:2:1280x720@15"), &error).get()));
        QVERIFY(dynamic_cast<VideoFileFrameSource*>(
            createFrameSource(QStringLiteral("video:/x.avi"), &error).get()));
        QVERIFY(dynamic_cast<StillImageFrameSource*>(
            createFrameSource(QStringLiteral("still:/x.jpg"), &error).get()));
        auto cam = createFrameSource(QStringLiteral("camera:2:1280x720@15"), &error);
        QVERIFY(cam->description().contains(QLatin1String("/dev/video2")));
        QVERIFY(cam->description().contains(QLatin1String("1280x720")));
        QVERIFY(!createFrameSource(QStringLiteral("webcam"), &error));
        QVERIFY(error.contains(QLatin1String("camera:N")));
        QVERIFY(!createFrameSource(QStringLiteral("camera:x"), &error));
    }

    void frameImageSharesThePixels()
    {
        const Frame frame{m_white, 0, 0};
        QImage image = frameToQImage(frame);
        QCOMPARE(image.size(), m_white.size());
        QCOMPARE(static_cast<const void*>(image.constBits()), static_cast<const void*>(m_white.constBits()));
        // OpenCV's byte order in memory (blue first), the right colours through QImage.
        const uchar* bgr = m_white.constScanLine(100) + 150 * 3;
        const QColor p(bgr[2], bgr[1], bgr[0]);
        QCOMPARE(image.pixelColor(150, 100), p);
        // Painting on the QImage detaches it: the frame others read stays as it was.
        image.setPixelColor(150, 100, Qt::red);
        QCOMPARE(frame.image.pixelColor(150, 100), p);
        QCOMPARE(m_white.pixelColor(150, 100), p);
        QVERIFY(static_cast<const void*>(image.constBits()) != static_cast<const void*>(m_white.constBits()));
    }
};

QTEST_GUILESS_MAIN(PhotoAnalysisTest)
#include "PhotoAnalysisTest.moc"
