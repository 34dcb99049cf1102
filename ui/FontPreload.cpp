#include "ui/FontPreload.h"

#include <fontconfig/fontconfig.h>

namespace carddesk::ui {

FontPreload::FontPreload()
    : m_thread([] { FcInit(); })
{
}

FontPreload::~FontPreload()
{
    wait();
}

void FontPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace carddesk::ui
