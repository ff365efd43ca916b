#pragma once

#include <QStringList>

namespace lectern::bench {

// `lectern-bench export --library PATH [--articles N] [--threads T]`: PDF export
// of the library's first N articles, one PDF per article, on one thread and
// then on T (default: every core), printed as Markdown.
int runExportBench(const QStringList &arguments);

} // namespace lectern::bench
