#pragma once

#include <QStringList>

namespace lectern::bench {

// lectern-bench summary (--articles N [--seed S] | --library PATH) [--out DIR] [--keep]
//     [sample options]
// One Markdown table of the numbers the product is judged by, on one library:
// opening it, the window's first list paint, search against the raw FTS5
// query, related articles, opening an article, saving, PDF export, import
// and peak memory. It generates the library itself (--articles) or measures
// an existing one (--library), which it never writes to: saving and
// importing then run on a copy, as they do for a generated library it is
// asked to --keep. `arguments` are those after "summary".
int runSummaryBench(const QStringList &arguments);

} // namespace lectern::bench
