#pragma once

#include <QString>
#include <QStringList>

namespace carddesk::admin {

// One command group of carddesk-admin ("card", "operator", "audit", ...). run() gets the arguments after
// the group name (args[0] is the group name itself, for QCommandLineParser) and returns the exit code.
struct AdminCommand
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args);
};

int runPhotoCommands(const QStringList& args); // PhotoCommands.cpp
int runOperatorCommands(const QStringList& args); // OperatorCommands.cpp
int runAuditCommands(const QStringList& args);    // AuditCommands.cpp
int runDbCommands(const QStringList& args);       // DbCommands.cpp
int runCheckIdCommand(const QStringList& args);   // CheckIdCommand.cpp
int runSyncCommands(const QStringList& args);     // SyncCommands.cpp
int runAgencyCommands(const QStringList& args);   // AgencyCommands.cpp
int runConfigCommands(const QStringList& args);   // ConfigCommands.cpp
int runCardCommands(const QStringList& args);     // CardCommands.cpp
int runReissueCommands(const QStringList& args);  // ReissueCommands.cpp

} // namespace carddesk::admin
