#pragma once

#include "librarystore.h"

#include <QList>

namespace lectern::bench {

struct SearchTimes
{
    int queries = 0;     // the fixed query set of `lectern-bench search`
    QList<qint64> store; // LibraryStore::search, nanoseconds per call
    QList<qint64> raw;   // the bare FTS5 query it is built on, same calls interleaved
};

// The query set of `lectern-bench search` (benchmain.cpp) on an open library:
// one warm-up pass, then `runs` timed passes.
Result<SearchTimes> timeSearch(const LibraryStore &store, int runs);

} // namespace lectern::bench
