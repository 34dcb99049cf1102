// The OpenCV plugin (carddesk-opencv.so, app/photo/OpenCvPlugin.h: all of OpenCV) and the QImage codec that
// replaced opencv_imgcodecs. One executable, run twice by CTest (tests/photo/CMakeLists.txt): once as built,
// where the plugin must be found in the build tree, and once with CARDDESK_PLUGIN_DIR pointing at an empty
// folder, where cameras, videos and face detection must fail with a typed error that says what is missing,
// while still pictures (the manual fallback) keep working, scaled by Qt. The plugin is loaded once per
// process, hence two runs.
#include "PhotoTestData.h"

#include "app/photo/CardPhotoMaker.h"
#include "app/photo/FaceAnalyzer.h"
#include "app/photo/FrameSource.h"
#include "app/photo/OpenCvPlugin.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace carddesk;
using namespace carddesk::test;

namespace {

cv::Mat decodeWithOpenCv(const QByteArray& bytes)
{
    return cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData())),
                        cv::IMREAD_COLOR);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

double maxDifference(const cv::Mat& a, const cv::Mat& b)
{
    cv::Mat difference;
    cv::absdiff(a, b, difference);
    double maxValue = 0;
    cv::minMaxLoc(difference.reshape(1), nullptr, &maxValue);
    return maxValue;
}

} // namespace

class PhotoPluginTest : public QObject
{
    Q_OBJECT

private slots:
    // --- run as built -------------------------------------------------------------------------------------

    void pluginIsFoundInTheBuildTree()
    {
        QVERIFY2(qEnvironmentVariableIsEmpty("CARDDESK_PLUGIN_DIR"),
                 "the plugin is to be found as installed");
        const OpenCvPluginStatus status = openCvPluginStatus();
        QVERIFY2(status.loaded, qPrintable(status.error));
        QVERIFY(status.error.isEmpty());
        QCOMPARE(QFileInfo(status.path).fileName(), QStringLiteral("carddesk-opencv.so"));
        // Found where the search path says, not by accident.
        QVERIFY(openCvPluginSearchPath().contains(QFileInfo(status.path).absolutePath()));
        QString error;
        QVERIFY(createVideoCaptureBackend(&error));
        QVERIFY(createFaceDetectionBackend(&error));
        QVERIFY(photoImagingBackend(&error));
        // The detector from the plugin really detects: the astronaut's face in the standard frame.
        FaceAnalyzer analyzer;
        QVERIFY2(analyzer.load(&error), qPrintable(error));
        const FaceAnalysis a = analyzer.analyze(loadPhoto(QStringLiteral("astronaut-frame-white.jpg")));
        QCOMPARE(a.faceCount, 1);
    }

    void qtDecodesTheSamePixelsAsOpenCv()
    {
        // The pictures the analyser judges must not change with the decoder: libjpeg-turbo on both sides.
        for (const QString& name : {QStringLiteral("astronaut-frame-white.jpg"),
                                    QStringLiteral("coffee-320.jpg"), QStringLiteral("chelsea-320.jpg")}) {
            const QString path = photoDataPath(name);
            const QImage picture = loadPhoto(name);
            QCOMPARE(picture.format(), QImage::Format_BGR888);
            const cv::Mat ours = matOf(picture);
            const cv::Mat reference = decodeWithOpenCv(readFile(path));
            QVERIFY2(!ours.empty() && !reference.empty(), qPrintable(name));
            QCOMPARE(ours.size(), reference.size());
            QVERIFY2(maxDifference(ours, reference) <= 1.0, qPrintable(name));
        }
    }

    void qtEncodedJpegDecodesWithOpenCv()
    {
        const QImage picture = loadPhoto(QStringLiteral("astronaut-frame-white.jpg"));
        const QByteArray low = CardPhotoMaker::encodeJpeg(picture, 30);
        const QByteArray high = CardPhotoMaker::encodeJpeg(picture, 95);
        QVERIFY(low.startsWith("\xFF\xD8") && high.startsWith("\xFF\xD8"));
        QVERIFY(low.size() < high.size()); // the quality is passed on
        const cv::Mat back = decodeWithOpenCv(high);
        QCOMPARE(back.cols, picture.width());
        QCOMPARE(back.rows, picture.height());
        cv::Mat difference;
        cv::absdiff(back, matOf(picture), difference);
        QVERIFY(cv::mean(difference)[0] < 3.0);
        // A picture over a region of a bigger one (row step > width, as the plugin hands out OpenCV's
        // buffers): encoded as the region.
        const cv::Mat region = matOf(picture)(cv::Rect(10, 20, 101, 77));
        const QImage regionImage(region.data, region.cols, region.rows, int(region.step),
                                 QImage::Format_BGR888);
        QCOMPARE(decodeWithOpenCv(CardPhotoMaker::encodeJpeg(regionImage, 90)).size(), region.size());
    }

    // --- run with CARDDESK_PLUGIN_DIR=<an empty folder> --------------------------------------------------

    void missingPluginIsATypedErrorAndStillPicturesWork()
    {
        const QString dir = qEnvironmentVariable("CARDDESK_PLUGIN_DIR");
        if (dir.isEmpty())
            QSKIP("runs as unit_photo_plugin_missing, with CARDDESK_PLUGIN_DIR set to an empty folder");
        QVERIFY2(QDir(dir).exists() && QDir(dir).isEmpty(), qPrintable(dir));
        QCOMPARE(openCvPluginSearchPath(), QStringList{dir});
        const OpenCvPluginStatus status = openCvPluginStatus();
        QVERIFY(!status.loaded);
        QVERIFY2(status.error.contains(QLatin1String("carddesk-opencv.so")) && status.error.contains(dir),
                 qPrintable(status.error));

        // A camera node that exists: the plugin is what is missing, and the clerk is offered the upload.
        QTemporaryDir tmp;
        const QString node = tmp.filePath(QStringLiteral("video0"));
        QFile f(node);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        CameraFrameSource camera(node);
        QString error;
        QVERIFY(!camera.open(&error));
        QCOMPARE(camera.lastError(), FrameSourceError::PluginMissing);
        QVERIFY2(error.contains(QLatin1String("carddesk-opencv.so")) &&
                     error.contains(QLatin1String("upload")),
                 qPrintable(error));
        QImage frame;
        QCOMPARE(camera.read(frame, &error), FrameReadStatus::Error);

        VideoFileFrameSource video(photoDataPath(QStringLiteral("coffee-320.jpg")));
        QVERIFY(!video.open(&error));
        QCOMPARE(video.lastError(), FrameSourceError::PluginMissing);
        // A missing file is still reported as missing, before the plugin is needed.
        VideoFileFrameSource nothing(tmp.filePath(QStringLiteral("nope.avi")));
        QVERIFY(!nothing.open(&error));
        QCOMPARE(nothing.lastError(), FrameSourceError::Missing);

        FaceAnalyzer analyzer;
        error.clear();
        QVERIFY(!analyzer.load(&error));
        QVERIFY2(error.contains(QLatin1String("carddesk-opencv.so")), qPrintable(error));
        QImage grey(320, 240, QImage::Format_Grayscale8);
        grey.fill(128);
        QVERIFY(analyzer.detectFaces(grey).isEmpty());
        QVERIFY(!analyzer.analyze(loadPhoto(QStringLiteral("astronaut-frame-white.jpg"))).allPassed());
        QVERIFY(!photoImagingBackend(&error));

        // The manual fallback needs no plugin: a still picture is read, and the card photo made from it
        // (scaled by Qt instead of cv::resize: the same size, nearly the same pixels).
        StillImageFrameSource still(photoDataPath(QStringLiteral("astronaut-frame-white.jpg")));
        QVERIFY2(still.open(&error), qPrintable(error));
        QCOMPARE(still.read(frame, &error), FrameReadStatus::Frame);
        QCOMPARE(frame.format(), QImage::Format_BGR888);
        const QRect guide = FaceAnalyzer::guideRect(frame.size());
        const CardPhotoResult photo = CardPhotoMaker().makeCardPhoto(frame, guide);
        QVERIFY2(photo.ok, qPrintable(photo.error));
        const cv::Mat decoded = decodeWithOpenCv(photo.image.jpeg);
        QCOMPARE(decoded.size(), cv::Size(358, 441));
        QVERIFY(photo.image.jpeg.size() >= 14 * 1024 && photo.image.jpeg.size() <= 40 * 1024);
        cv::Mat withOpenCv, difference;
        cv::resize(matOf(frame)(cv::Rect(guide.x(), guide.y(), guide.width(), guide.height())), withOpenCv,
                   cv::Size(358, 441), 0, 0, cv::INTER_CUBIC);
        cv::absdiff(decoded, withOpenCv, difference);
        const double meanDifference = cv::mean(difference.reshape(1))[0];
        QVERIFY2(meanDifference < 6.0, qPrintable(QString::number(meanDifference)));
        // Evidence pictures are bounded by Qt's scaling too.
        const EvidenceImage scene = CardPhotoMaker::makeEvidencePhoto(frame, 160);
        QCOMPARE(decodeWithOpenCv(scene.jpeg).size(), cv::Size(160, 120));
    }
};

QTEST_GUILESS_MAIN(PhotoPluginTest)
#include "PhotoPluginTest.moc"
