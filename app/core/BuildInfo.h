#pragma once

#include <QString>
#include <QStringList>

namespace carddesk {

// Versions of CardDesk and the libraries it runs on, for --version and the diagnostics page.
struct BuildInfo
{
    static QString version();
    // "Qt 6.4.2, OpenSSL 3.0.x, OpenCV 4.6.0, pcsc-lite 1.9.9, SQLite ...": one line per component.
    static QStringList componentVersions();
    static QString versionText(const QString& programName);
};

} // namespace carddesk
