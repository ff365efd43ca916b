#pragma once

// What every command of the command line gets, and the helpers they share.
#include "librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace lectern::cli {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct CommandContext
{
    const QCommandLineParser &parser; // every option, by name: parser.value("format")
    QStringList arguments;            // positional arguments after the command's name
    QString libraryOption;            // --library, possibly empty
    bool json = false;
};

QTextStream &out();
// Prints "lectern: message" on stderr and returns the exit code.
int fail(const QString &message, int code = 1);
// Prints the message and where to read the usage (of the command named by
// setUsageCommand, once the command is known) and returns ExitUsage.
int usageError(const QString &message);
void setUsageCommand(const QString &name);
void printJson(const QJsonArray &array);
void printJsonObject(const QJsonObject &object);
QString timeText(const QDateTime &time);
enum class Access
{
    Read,
    Write // refused, with the reason, when the library can only be read
};
// The library the command works on; the demo library is created on first start.
Result<std::unique_ptr<LibraryStore>> openLibrary(const CommandContext &context,
                                                  Access access = Access::Read);

// The commands. Each returns an ExitCode.
int runInit(const CommandContext &context);
int runList(const CommandContext &context);
int runSearch(const CommandContext &context);
int runShow(const CommandContext &context);
int runExport(const CommandContext &context);
int runRelated(const CommandContext &context);
int runImport(const CommandContext &context); // importcommands.cpp
int runExchangeExport(const CommandContext &context);
int runMerge(const CommandContext &context);
int runRecovery(const CommandContext &context); // recoverycommand.cpp
int runHistory(const CommandContext &context);  // historycommand.cpp
int runBackups(const CommandContext &context);  // maintenancecommands.cpp
int runRestore(const CommandContext &context);
int runCheck(const CommandContext &context);
int runPublish(const CommandContext &context);  // publishcommand.cpp
int runHelp(const CommandContext &context);     // clihelp.cpp
int runFeatured(const CommandContext &context); // featurecommands.cpp
int runFeature(const CommandContext &context);
int runUnfeature(const CommandContext &context);
int runServer(const CommandContext &context); // servercommand.cpp

} // namespace lectern::cli
