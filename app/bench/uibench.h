#pragma once

#include <QList>
#include <QStringList>

namespace lectern {
class MainWindow;
}

namespace lectern::bench {

// lectern-bench ui --library PATH [--runs N] [--lectern PATH]: start-up to the
// article list painted (against a bare Qt window), memory after scrolling the
// whole list, and opening articles in the reader.
int runUiBench(const QStringList &arguments);
// lectern-bench bare-window: a plain QMainWindow with a list, quitting after
// its first paint; the baseline for start-up.
int runBareWindow();

// Shared with `lectern-bench summary`.
struct StartupTimes
{
    QList<double> lecternMs; // start to the article list painted; -1 if the run failed
    QList<double> bareMs;    // start to the bare window's first paint
    QList<double> lecternCpuMs;
    QList<double> bareCpuMs;
};
// `lectern` on `library`, quitting after the list's first paint, and the bare
// window, `runs` times each, interleaved, after one untimed start.
StartupTimes timeStartups(const QString &lectern, const QString &library, int runs);
// `samples` random rows of the window's article list (as far as it is
// loaded) opened in the reader; ms each, until the reader has painted.
QList<double> timeReaderOpens(MainWindow &window, int samples, quint32 seed);

} // namespace lectern::bench
