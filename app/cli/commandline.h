#pragma once

#include <QStringList>

namespace lectern::cli {

// Exit codes of the command line, a contract scripts rely on.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// True when the arguments ask for a command (or --help, --version) rather
// than the window; decided before any QApplication exists.
bool wantsCommandLine(int argc, char **argv);

// Runs a command; `arguments` includes the program name.
int run(const QStringList &arguments);

} // namespace lectern::cli
