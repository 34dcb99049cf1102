#include "ui/FirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace carddesk::ui {

namespace {

class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget* window, std::function<void()> done, int fallbackMs)
        : QObject(window)
        , m_done(std::move(done))
    {
        window->installEventFilter(this);
        m_fallback.setSingleShot(true);
        connect(&m_fallback, &QTimer::timeout, this, &FirstPaintWatcher::fire);
        m_fallback.start(fallbackMs);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The top-level widget is painted first; its children and the flush to the screen follow within
        // the same repaint, so the zero timer fires once the whole frame is out.
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, &FirstPaintWatcher::fire);
        }
        return false;
    }

private:
    void fire()
    {
        m_fallback.stop();
        if (auto done = std::exchange(m_done, nullptr))
            done();
        deleteLater();
    }

    std::function<void()> m_done;
    QTimer m_fallback;
    bool m_painted = false;
};

} // namespace

void whenFirstPainted(QWidget* window, std::function<void()> done, int fallbackMs)
{
    new FirstPaintWatcher(window, std::move(done), fallbackMs);
}

} // namespace carddesk::ui
