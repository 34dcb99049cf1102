// whenFirstPainted (ui/FirstPaint.h): the work deferred at start-up runs after the window's first frame, once;
// a window that is never painted still gets it after the fallback.
#include "ui/FirstPaint.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QTest>
#include <QTimer>

using carddesk::ui::whenFirstPainted;

namespace {

// Notes when the label's paint events arrive, in the order they interleave with the callback.
class PaintLog : public QObject
{
public:
    QStringList* log = nullptr;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            *log << QStringLiteral("paint");
        return false;
    }
};

} // namespace

class FirstPaintTest : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceAfterTheFirstPaint()
    {
        QStringList log;
        QLabel window(QStringLiteral("sign-in"));
        PaintLog paints;
        paints.log = &log;
        window.installEventFilter(&paints);
        whenFirstPainted(&window, [&log] { log << QStringLiteral("done"); }, 5000);
        window.show();
        // A zero timer started after show() runs before the paint: what the old start-up did.
        QTimer::singleShot(0, &window, [&log] { log << QStringLiteral("zero-timer"); });
        QTRY_VERIFY(log.contains(QStringLiteral("done")));
        QCOMPARE(log.count(QStringLiteral("done")), 1);
        const qsizetype firstPaint = log.indexOf(QStringLiteral("paint"));
        QVERIFY2(firstPaint >= 0, qPrintable(log.join(QLatin1Char(' '))));
        QVERIFY2(log.indexOf(QStringLiteral("done")) > firstPaint, qPrintable(log.join(QLatin1Char(' '))));
        QVERIFY2(log.indexOf(QStringLiteral("zero-timer")) < firstPaint, qPrintable(log.join(QLatin1Char(' '))));
        // Later repaints do not call it again.
        window.repaint();
        QTest::qWait(50);
        QCOMPARE(log.count(QStringLiteral("done")), 1);
    }

    void unpaintedWindowFallsBackToTheTimeout()
    {
        QLabel hidden(QStringLiteral("never shown"));
        bool done = false;
        QElapsedTimer t;
        t.start();
        whenFirstPainted(&hidden, [&done] { done = true; }, 200);
        QTest::qWait(100);
        QVERIFY(!done);
        QTRY_VERIFY(done);
        QVERIFY(t.elapsed() >= 200);
    }
};

QTEST_MAIN(FirstPaintTest)
#include "FirstPaintTest.moc"
