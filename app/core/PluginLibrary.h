#pragma once
// CardDesk's own plugins: parts whose libraries cost start-up time for something used later if at all (Qt
// Charts for the supervisors' dashboard, Qt Print Support for the print preview, OpenCV for the camera). Each is
// a shared object in <libdir>/carddesk, loaded on first use with QLibrary and never unloaded (what it made may
// outlive any owner we could give the library).
//
// The plugins are built from the same tree with the same compiler, so C++ types cross the boundary; an ABI
// number exported by each guards against a stale plugin from another version.

#include <QFunctionPointer>
#include <QString>
#include <QStringList>

namespace carddesk {

// Where plugins are looked for, in order: $CARDDESK_PLUGIN_DIR alone when set (tests); otherwise next to the
// executable, ../<libdir>/carddesk from it (an installed or relocated package), the configured install
// directory, the build directory.
QStringList pluginSearchPath();

struct PluginLibrary
{
    bool loaded = false;
    QString path;  // the file loaded, or the one that failed to load
    QString error; // for the clerk: what is missing and what to do (empty when loaded)
};

// Loads `fileName` (e.g. "carddesk-charts.so") from the search path and checks that its `abiSymbol` function
// returns `abi`. Thread-safe; a loaded plugin is kept for the life of the process, a failure is tried again on
// the next call. `what` names the feature in the error ("The supervisors' charts").
PluginLibrary loadPluginLibrary(const QString& fileName, const char* abiSymbol, int abi, const QString& what);

// A function of a plugin loaded by loadPluginLibrary (null if not loaded or not exported).
QFunctionPointer resolvePluginFunction(const QString& fileName, const char* symbol);

} // namespace carddesk
