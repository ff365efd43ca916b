#pragma once

// What every command of the command line gets, and the helpers they share.
#include "librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
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
int usageError(const QString &message);
void printJson(const QJsonArray &array);
QString timeText(const QDateTime &time);
// The library the command works on; the demo library is created on first start.
Result<std::unique_ptr<LibraryStore>> openLibrary(const CommandContext &context);

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
int runFeatured(const CommandContext &context); // featurecommands.cpp
int runFeature(const CommandContext &context);
int runUnfeature(const CommandContext &context);

} // namespace lectern::cli
