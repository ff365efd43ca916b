#pragma once

#include <QStringList>

namespace lectern::bench {

// lectern-bench ui --library PATH [--runs N] [--lectern PATH]: start-up to the
// article list painted (against a bare Qt window), memory after scrolling the
// whole list, and opening articles in the reader.
int runUiBench(const QStringList &arguments);
// lectern-bench bare-window: a plain QMainWindow with a list, quitting after
// its first paint; the baseline for start-up.
int runBareWindow();

} // namespace lectern::bench
