#pragma once

#include <QStringList>

namespace lectern::bench {

// lectern-bench soak: many programs on one library, killed at random.
int runSoakBench(const QStringList &arguments);
// lectern-bench soak-writer: the long-lived process the soak starts and kills.
int runSoakWriter(const QStringList &arguments);

} // namespace lectern::bench
