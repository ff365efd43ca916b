#pragma once

#include "librarystore.h"

#include <QStringList>

namespace lectern::bench {

// `lectern-bench export --library PATH [--articles N] [--threads T]`: PDF export
// of the library's first N articles, one PDF per article, on one thread and
// then on T (default: every core), printed as Markdown.
int runExportBench(const QStringList &arguments);

// For `lectern-bench summary`: PDF export of the library's first `articles`
// articles, one file per article, alternating 1 and `threads` threads for
// `rounds` rounds after a warm-up; the median round's wall time of each.
struct PdfExportTimes
{
    int articles = 0; // exported per round
    int rounds = 0;
    qint64 oneThreadNs = 0;
    qint64 threadsNs = 0;
};
Result<PdfExportTimes> timePdfExport(const LibraryStore &store, int articles, int threads,
                                     int rounds);

} // namespace lectern::bench
