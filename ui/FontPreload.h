#pragma once
// Fontconfig's start-up (reading its configuration and the font caches, ~2-3 ms) on a second core while
// QApplication and the session are made: the sign-in window's first layout would otherwise do it on the UI
// thread (issue #7). Start it first thing in main(), call wait() before the first widget is made.

#include <thread>

namespace carddesk::ui {

class FontPreload
{
public:
    FontPreload();
    ~FontPreload(); // waits
    FontPreload(const FontPreload&) = delete;
    FontPreload& operator=(const FontPreload&) = delete;

    // Until fontconfig is ready. Qt would otherwise load the same configuration a second time in parallel:
    // fontconfig does not wait for a load in progress, it discards the slower one.
    void wait();

private:
    std::thread m_thread;
};

} // namespace carddesk::ui
