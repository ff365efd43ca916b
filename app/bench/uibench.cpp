#include "uibench.h"

#include "articlehtml.h"
#include "benchstats.h"
#include "firstpaintwatcher.h"
#include "librarystore.h"
#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>

#include <chrono>

#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextStream>
#include <QTreeView>
#include <sys/resource.h>

#include <algorithm>

namespace lectern::bench {

namespace {

double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct ProcessTime
{
    double wallMs = -1;
    double cpuMs = -1;     // user + system: far less disturbed by other work on the machine
    double paintedMs = -1; // from start to the first paint done, as the child saw it
};

// Wall and CPU time of a whole child process, from start to exit.
ProcessTime timeProcess(const QString &program, const QStringList &arguments,
                        const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double cpuBefore = childCpuMs();
    const auto started = std::chrono::steady_clock::now().time_since_epoch();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    ProcessTime time{double(timer.nsecsElapsed()) / 1e6, childCpuMs() - cpuBefore};
    // The child says when its first paint was done (FirstPaintWatcher).
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype at = output.indexOf("painted-at-ns ");
    if (at >= 0) {
        const qint64 painted = output.mid(at + 14).split('\n').value(0).trimmed().toLongLong();
        const qint64 start = std::chrono::duration_cast<std::chrono::nanoseconds>(started).count();
        if (painted > start)
            time.paintedMs = double(painted - start) / 1e6;
    }
    return time;
}

} // namespace

StartupTimes timeStartups(const QString &lectern, const QString &library, int runs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LECTERN_BENCH_QUIT_AFTER_LIST_PAINT"), QStringLiteral("1"));
    // A runtime folder of its own: each start becomes the one window (the
    // check is part of the start), never handing over to a Lectern the user runs.
    const QTemporaryDir runtime;
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    StartupTimes times;
    timeProcess(lectern, {QStringLiteral("--library"), library}, environment); // warm caches
    for (int run = 0; run < runs; ++run) {
        const ProcessTime window =
            timeProcess(lectern, {QStringLiteral("--library"), library}, environment);
        const ProcessTime bare = timeProcess(QCoreApplication::applicationFilePath(),
                                             {QStringLiteral("bare-window")}, environment);
        times.lecternMs.append(window.paintedMs > 0 ? window.paintedMs : window.wallMs);
        times.lecternCpuMs.append(window.cpuMs);
        times.bareMs.append(bare.paintedMs > 0 ? bare.paintedMs : bare.wallMs);
        times.bareCpuMs.append(bare.cpuMs);
    }
    return times;
}

QList<double> timeReaderOpens(MainWindow &window, int samples, quint32 seed)
{
    QTreeView *list = window.articleList();
    const int rows = list->model()->rowCount();
    QList<double> openTimes;
    auto *reader = window.findChild<QTextBrowser *>();
    if (rows == 0 || !reader)
        return openTimes;
    QRandomGenerator random(seed);
    for (int i = 0; i < samples; ++i) {
        const QModelIndex index = list->model()->index(int(random.bounded(rows)), 0);
        QElapsedTimer timer;
        timer.start();
        list->setCurrentIndex(index);  // loads the article and lays it out
        reader->viewport()->repaint(); // and paints it, now
        openTimes.append(double(timer.nsecsElapsed()) / 1e6);
        // Related articles follow a moment later, outside this measure (they
        // have their own benchmark: lectern-bench related).
        QCoreApplication::processEvents();
    }
    return openTimes;
}

int runBareWindow()
{
    QMainWindow window;
    auto *view = new QTreeView(&window);
    auto *model = new QStandardItemModel(50, 3, view);
    for (int row = 0; row < 50; ++row)
        model->setItem(row, 0, new QStandardItem(QStringLiteral("Row %1").arg(row)));
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1280, 800);
    new FirstPaintWatcher(view->viewport());
    window.show();
    return QApplication::exec();
}

int runUiBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption libraryOption(QStringLiteral("library"), QString(),
                                           QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QString(), QStringLiteral("N"),
                                        QStringLiteral("7"));
    const QCommandLineOption lecternOption(QStringLiteral("lectern"), QString(),
                                           QStringLiteral("PATH"));
    parser.addOptions({libraryOption, runsOption, lecternOption});
    parser.parse(QStringList{QStringLiteral("ui")} + arguments);
    const QString library = parser.value(libraryOption);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    QString lectern = parser.value(lecternOption);
    if (lectern.isEmpty())
        lectern = QCoreApplication::applicationDirPath() + QLatin1String("/../lectern");
    if (library.isEmpty() || !QFile::exists(lectern)) {
        QTextStream(stderr)
            << "usage: lectern-bench ui --library PATH [--runs N] [--lectern PATH]\n";
        return 2;
    }
    out() << "command: lectern-bench ui " << arguments.join(QLatin1Char(' ')) << "\n\n";

    // 1. Start-up, each a fresh process, interleaved with the bare window.
    const StartupTimes startups = timeStartups(lectern, library, runs);
    const QList<double> &lecternTimes = startups.lecternMs;
    const QList<double> &bareTimes = startups.bareMs;
    const QList<double> &lecternCpu = startups.lecternCpuMs;
    const QList<double> &bareCpu = startups.bareCpuMs;
    const double lecternMedian = percentile(lecternTimes, 0.5);
    const double bareMedian = percentile(bareTimes, 0.5);

    // 2. In this process: the window on the library, the whole list scrolled.
    auto store = LibraryStore::open(library);
    if (!store) {
        QTextStream(stderr) << store.error() << '\n';
        return 1;
    }
    const qint64 rssBefore = residentKiB();
    MainWindow window(*store.value());
    window.resize(1280, 800);
    window.show();
    window.showAllArticles();
    QCoreApplication::processEvents();
    QTreeView *list = window.articleList();
    QElapsedTimer scrollTimer;
    scrollTimer.start();
    while (list->model()->canFetchMore({})) {
        list->scrollToBottom(); // the view asks for the next page, as when a person scrolls
        QCoreApplication::processEvents();
    }
    const double scrollSeconds = double(scrollTimer.nsecsElapsed()) / 1e9;
    const int rows = list->model()->rowCount();
    const qint64 rssAfter = residentKiB();

    // 3. Opening articles in the reader: random rows of the list.
    const QList<double> openTimes = timeReaderOpens(window, 200, 42);

    out() << "| measure | value |\n|---|---:|\n";
    out() << "| start to article list painted, lectern (median of " << runs << ") | "
          << QString::number(lecternMedian, 'f', 0) << " ms |\n";
    out() << "| start to first paint, bare Qt window (median of " << runs << ") | "
          << QString::number(bareMedian, 'f', 0) << " ms |\n";
    out() << "| ratio lectern / bare | " << QString::number(lecternMedian / bareMedian, 'f', 2)
          << " |\n";
    const double lecternCpuMedian = percentile(lecternCpu, 0.5);
    const double bareCpuMedian = percentile(bareCpu, 0.5);
    out() << "| CPU time (user + system) of the whole process, lectern / bare (medians) | "
          << QString::number(lecternCpuMedian, 'f', 0) << " ms / "
          << QString::number(bareCpuMedian, 'f', 0) << " ms |\n";
    out() << "| CPU time ratio lectern / bare | "
          << QString::number(lecternCpuMedian / bareCpuMedian, 'f', 2) << " |\n";
    out() << "| rows in the list after scrolling to the end | " << rows << " |\n";
    out() << "| time to scroll through the whole list | " << QString::number(scrollSeconds, 'f', 1)
          << " s |\n";
    out() << "| resident memory before the window / after scrolling | " << rssBefore / 1024
          << " MB / " << rssAfter / 1024 << " MB |\n";
    out() << "| open article in the reader p50 / p95 (200 random) | "
          << QString::number(percentile(openTimes, 0.5), 'f', 1) << " / "
          << QString::number(percentile(openTimes, 0.95), 'f', 1) << " ms |\n";
    out() << "\nraw start-up times (ms): lectern " << QString::number(lecternMedian, 'f', 0)
          << " [";
    for (double t : lecternTimes)
        out() << QString::number(t, 'f', 0) << ' ';
    out() << "] bare [";
    for (double t : bareTimes)
        out() << QString::number(t, 'f', 0) << ' ';
    out() << "]\n";
    out().flush();
    return 0;
}

} // namespace lectern::bench
