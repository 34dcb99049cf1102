// carddesk-admin photo: checks pictures against the card-photo standard and makes the standard crop, for
// support staff and scripted tests.
#include "app/admin/AdminCommands.h"
#include "app/photo/CardPhotoMaker.h"
#include "app/photo/FaceAnalyzer.h"
#include "app/photo/FrameSource.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace carddesk::admin {

namespace {

QString formatValue(double v)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', v == std::floor(v) ? 0 : 1);
}

QString formatRange(const PhotoCheck& c)
{
    if (std::isnan(c.min) && std::isnan(c.max))
        return QStringLiteral("-");
    if (std::isnan(c.max))
        return QStringLiteral(">= %1").arg(formatValue(c.min));
    if (std::isnan(c.min))
        return QStringLiteral("<= %1").arg(formatValue(c.max));
    return QStringLiteral("%1..%2").arg(formatValue(c.min), formatValue(c.max));
}

QImage readImage(const QString& path, QTextStream& err)
{
    // The same decoder as the application's picture sources, so that a check here judges the same pixels.
    QString why;
    QImage m = loadImageFile(path, &why);
    if (m.isNull())
        err << "carddesk-admin photo: cannot read an image from " << path << ": " << why << '\n';
    return m;
}

int check(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Checks each picture against the card-photo standard and prints "
                       "every check's value, allowed range and verdict.\nExit code: 0 "
                       "all pass, 1 some check failed, 2 a file could not be read."));
    p.addHelpOption();
    p.addOption({QStringLiteral("purpose"), QStringLiteral("card (default) or evidence."),
                 QStringLiteral("purpose"), QStringLiteral("card")});
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Image files."),
                            QStringLiteral("FILE..."));
    p.process(args);
    QTextStream out(stdout), err(stderr);
    if (p.positionalArguments().isEmpty()) {
        err << "carddesk-admin photo check: give at least one image file\n";
        return 2;
    }
    FaceAnalyzerOptions options;
    const QString purpose = p.value(QStringLiteral("purpose"));
    if (purpose == QLatin1String("evidence"))
        options.purpose = PhotoPurpose::Evidence;
    else if (purpose != QLatin1String("card")) {
        err << "carddesk-admin photo check: --purpose is card or evidence\n";
        return 2;
    }
    FaceAnalyzer analyzer(options);
    QString error;
    if (!analyzer.load(&error)) {
        err << error << '\n';
        return 2;
    }
    int rc = 0;
    for (const QString& path : p.positionalArguments()) {
        const QImage image = readImage(path, err);
        if (image.isNull()) {
            rc = 2;
            continue;
        }
        const FaceAnalysis a = analyzer.analyze(image);
        out << path << ": " << image.width() << 'x' << image.height() << ", " << a.faceCount << " face(s)";
        if (a.faceCount == 1)
            out << " at " << a.face.x() << ',' << a.face.y() << ' ' << a.face.width() << 'x'
                << a.face.height()
                << (a.eyesDetected
                        ? QStringLiteral(", eyes found %1 px apart").arg(double(a.eyeDistance), 0, 'f', 1)
                        : QStringLiteral(", eyes estimated"));
        out << '\n';
        for (const PhotoCheck& c : a.checks) {
            out << "  " << checkIdName(c.id).leftJustified(22) << formatValue(c.value).rightJustified(8)
                << "  " << formatRange(c).leftJustified(12) << checkVerdictName(c.verdict);
            if (!c.guidance.isEmpty())
                out << "  (" << c.guidance << ')';
            out << '\n';
        }
        const bool pass = a.allPassed();
        out << "  result: " << (pass ? "PASS" : "FAIL") << '\n';
        if (!pass && rc == 0)
            rc = 1;
    }
    return rc;
}

int makeCardPhoto(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Writes the standard 358x441 card photo crop of IN to OUT (JPEG), "
                       "with the quality chosen to fit the size bounds. The checks are "
                       "printed but do not stop the crop."));
    p.addHelpOption();
    p.addOption({QStringLiteral("min-kb"), QStringLiteral("Smallest file size in KB (default 14)."),
                 QStringLiteral("kb"), QStringLiteral("14")});
    p.addOption({QStringLiteral("max-kb"), QStringLiteral("Largest file size in KB (default 40)."),
                 QStringLiteral("kb"), QStringLiteral("40")});
    p.addPositionalArgument(QStringLiteral("in"), QStringLiteral("Input image."), QStringLiteral("IN"));
    p.addPositionalArgument(QStringLiteral("out"), QStringLiteral("Output JPEG."), QStringLiteral("OUT"));
    p.process(args);
    QTextStream out(stdout), err(stderr);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) {
        err << "carddesk-admin photo make-card-photo: give IN and OUT\n";
        return 2;
    }
    bool okMin = false, okMax = false;
    FileSizeBounds bounds;
    bounds.minBytes = int(p.value(QStringLiteral("min-kb")).toDouble(&okMin) * 1024);
    bounds.maxBytes = int(p.value(QStringLiteral("max-kb")).toDouble(&okMax) * 1024);
    if (!okMin || !okMax || bounds.minBytes < 0 || bounds.maxBytes <= bounds.minBytes) {
        err << "carddesk-admin photo make-card-photo: --min-kb and --max-kb must be numbers, min < max\n";
        return 2;
    }
    const QImage image = readImage(pos[0], err);
    if (image.isNull())
        return 2;
    FaceAnalyzer analyzer;
    QString error;
    if (!analyzer.load(&error)) {
        err << error << '\n';
        return 2;
    }
    const FaceAnalysis a = analyzer.analyze(image);
    const CardPhotoResult r = CardPhotoMaker({}, bounds).makeCardPhoto(image, a);
    if (!r.ok) {
        err << "carddesk-admin photo make-card-photo: " << r.error << '\n';
        return 1;
    }
    QFile f(pos[1]);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(r.image.jpeg) != r.image.jpeg.size() ||
        !f.flush()) {
        err << "carddesk-admin photo make-card-photo: cannot write " << pos[1] << ": " << f.errorString()
            << '\n';
        return 2;
    }
    out << pos[1] << ": 358x441 JPEG, quality " << r.quality << ", " << r.image.jpeg.size()
        << " bytes; checks "
        << (a.allPassed() ? QStringLiteral("pass") : QString(QStringLiteral("FAIL: ") + a.firstGuidance()))
        << '\n';
    return 0;
}

int sources(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lists the cameras this computer has (V4L2 devices)."));
    p.addHelpOption();
    p.process(args);
    QTextStream out(stdout);
    // Support staff see here whether the camera support is installed (the application loads it on first use).
    const OpenCvPluginStatus plugin = openCvPluginStatus();
    out << "camera and face detection support: " << (plugin.loaded ? plugin.path : plugin.error) << '\n';
    const QList<FrameSourceInfo> list = availableCameras();
    if (list.isEmpty())
        out << "no camera found (no /dev/video* device); use a still image or an upload\n";
    for (const FrameSourceInfo& s : list)
        out << s.id << "  " << s.description << '\n';
    return 0;
}

} // namespace

int runPhotoCommands(const QStringList& args)
{
    QTextStream err(stderr);
    const QString sub = args.value(1);
    const QStringList rest = QStringList{QStringLiteral("photo ") + sub} + args.mid(2);
    if (sub == QLatin1String("check"))
        return check(rest);
    if (sub == QLatin1String("make-card-photo"))
        return makeCardPhoto(rest);
    if (sub == QLatin1String("sources"))
        return sources(rest);
    QTextStream out(sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") ? stdout
                                                                                                  : stderr);
    out << "Usage: carddesk-admin photo check [--purpose card|evidence] FILE...\n"
           "       carddesk-admin photo make-card-photo [--min-kb N] [--max-kb N] IN OUT\n"
           "       carddesk-admin photo sources\n";
    return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? 0 : 2;
}

} // namespace carddesk::admin
