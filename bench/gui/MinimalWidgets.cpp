// The baseline of the start-up benchmark: the smallest Qt Widgets program that shows a window and quits.
// It reports "shown" at the same point carddesk does (ui/FirstPaint.h): in the event-loop turn after its first
// frame is painted. show() alone only maps the window; neither program has drawn anything by then.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("minimal"));
    label.resize(1100, 740);
    FirstPaint firstPaint;
    label.installEventFilter(&firstPaint);
    label.show();
    return app.exec();
}
