#pragma once
// When a window's first frame has been painted. QWidget::show() only maps the window: its layout, fonts and
// paint come in later event-loop turns, and a zero timer started after show() runs before them. Work that
// must not delay the first frame (opening the store, building the other pages) waits for this instead.

#include <functional>

class QWidget;

namespace carddesk::ui {

// Calls done() once, in the event-loop turn after `window`'s first paint has been flushed, or after
// fallbackMs if the window is not painted by then (minimised, on a screen that does not expose it).
void whenFirstPainted(QWidget* window, std::function<void()> done, int fallbackMs = 1000);

} // namespace carddesk::ui
