#pragma once

#include <QStringList>

namespace lectern::bench {

// lectern-bench publish [--articles N | --library PATH] [--hugo-related]:
// full publish, republish and republish after one edit, against Hugo on
// the same articles, each run as its own process (wall time, peak memory).
int runPublishBench(const QStringList &arguments);

} // namespace lectern::bench
