#pragma once

#include "librarystore.h"

#include <QList>
#include <QString>

namespace lectern::bench {

// Times RelatedEngine on `samples` random live articles of an open library
// (after a warm-up on others); nanoseconds per call, in call order.
Result<QList<qint64>> timeRelated(const LibraryStore &store, int samples, quint32 seed);

// lectern-bench related speed --library PATH [--samples N] [--seed S]
//   p50/p95 of related articles on an existing library, as Markdown.
// lectern-bench related quality [--handbook DIR] [--articles N] [--topical N] [--seed S]
//                               [--metadata none|markup|keywords|category|markup+category|all]
//                               [--label chapter|section] [--languages en-US,fr-FR,zh-CN]
//                               [--python-library DIR] [--per-topic]
//   precision@5 on a generated library with topical clusters, on the Debian
//   Administrator's Handbook split into sections (topic = chapter, or with
//   --label section the second-level section; with the tags and category
//   --metadata names) and on Python's library reference (topic = chapter),
//   as Markdown; --per-topic adds each topic's precision and where its wrong
//   suggestions came from.
// `arguments` are those after "related".
int runRelatedBench(const QStringList &arguments);

} // namespace lectern::bench
