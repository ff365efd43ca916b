#pragma once

#include "librarystore.h"

#include <QStringList>

namespace lectern::bench {

// `lectern-bench import [--pages N]`: writes N pages shaped like the union's
// article page (~25 KB: header, menu, article with a picture, related and
// recommended blocks, footer) into a temporary folder, imports the folder
// into a new library and prints pages per second as Markdown.
int runImportBench(const QStringList &arguments);

struct ImportTimes
{
    int pages = 0;
    qint64 bytes = 0; // of HTML written
    int imported = 0;
    int failed = 0;
    qint64 nanoseconds = 0; // ImportJob::run over the whole folder
};
// For `lectern-bench summary`: writes `pages` such pages into a temporary
// folder and times importing the folder into `store`.
Result<ImportTimes> timeImport(LibraryStore &store, int pages);

} // namespace lectern::bench
