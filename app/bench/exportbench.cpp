#include "exportbench.h"

#include "benchstats.h"
#include "exportcontent.h"
#include "exportjob.h"
#include "librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>

namespace lectern::bench {

namespace {

struct Timing
{
    qint64 nanoseconds = 0;
    qint64 cpuNanoseconds = 0; // of the whole process, every thread
    QString error;
};

qint64 processCpuNanoseconds()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
}

Timing timeExport(const ExportContent &content, int threads, ExportFormat format)
{
    QTemporaryDir dir;
    ExportOptions options;
    options.format = format;
    options.threads = threads;
    ExportJob job(content, options, dir.filePath(QStringLiteral("out")));
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = processCpuNanoseconds();
    const Result<QStringList> written = job.run();
    const qint64 elapsed = timer.nsecsElapsed();
    const qint64 cpu = processCpuNanoseconds() - cpuStart;
    if (!written)
        return {0, 0, written.error()};
    return {elapsed, cpu, {}};
}

// The run with the median wall time of several.
Timing median(QList<Timing> timings)
{
    std::sort(timings.begin(), timings.end(),
              [](const Timing &a, const Timing &b) { return a.nanoseconds < b.nanoseconds; });
    return timings[timings.size() / 2];
}

QString ms(double nanoseconds)
{
    return QString::number(nanoseconds / 1e6, 'f', 1);
}

} // namespace

Result<PdfExportTimes> timePdfExport(const LibraryStore &store, int articles, int threads,
                                     int rounds)
{
    Result<QStringList> uuids = ExportContentLoader::allArticles(store);
    if (!uuids)
        return uuids.failure();
    Result<ExportContent> content = ExportContentLoader::load(store, uuids->mid(0, articles));
    if (!content)
        return content.failure();
    if (content->articles.isEmpty())
        return Error{QStringLiteral("the library has no articles to export")};
    ExportContent warmUp;
    warmUp.articles = content->articles.mid(0, 2);
    warmUp.media = content->media;
    timeExport(warmUp, 1, ExportFormat::Pdf);
    QList<Timing> ones;
    QList<Timing> manys;
    for (int round = 0; round < std::max(1, rounds); ++round) {
        ones.append(timeExport(content.value(), 1, ExportFormat::Pdf));
        manys.append(timeExport(content.value(), threads, ExportFormat::Pdf));
        for (const Timing *timing : {&ones.last(), &manys.last()}) {
            if (!timing->error.isEmpty())
                return Error{timing->error};
        }
    }
    return PdfExportTimes{int(content->articles.size()), int(ones.size()), median(ones).nanoseconds,
                          median(manys).nanoseconds};
}

int runExportBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library(QStringLiteral("library"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption articles(QStringLiteral("articles"), QString(), QStringLiteral("N"),
                                      QStringLiteral("0"));
    const QCommandLineOption threads(QStringLiteral("threads"), QString(), QStringLiteral("T"),
                                     QString::number(QThread::idealThreadCount()));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QString(), QStringLiteral("R"),
                                    QStringLiteral("3"));
    parser.addOptions({library, articles, threads, rounds});
    if (!parser.parse(QStringList{QStringLiteral("lectern-bench")} + arguments) ||
        parser.value(library).isEmpty())
        return fail(QStringLiteral(
            "usage: lectern-bench export --library PATH [--articles N] [--threads T] "
            "[--rounds R]"));
    const int limit = parser.value(articles).toInt();
    const int threadCount = qMax(1, parser.value(threads).toInt());

    Result<std::unique_ptr<LibraryStore>> store = LibraryStore::open(parser.value(library));
    if (!store)
        return fail(store.error());
    Result<QStringList> uuids = ExportContentLoader::allArticles(*store.value());
    if (!uuids)
        return fail(uuids.error());
    QStringList chosen = uuids.value();
    if (limit > 0)
        chosen = chosen.mid(0, limit);
    QElapsedTimer loadTimer;
    loadTimer.start();
    Result<ExportContent> content = ExportContentLoader::load(*store.value(), chosen);
    if (!content)
        return fail(content.error());
    const qint64 loadNs = loadTimer.nsecsElapsed();
    const int count = int(content->articles.size());

    // A first pass warms the font caches so both timed runs start alike.
    ExportContent warmUp;
    warmUp.articles = content->articles.mid(0, 2);
    warmUp.media = content->media;
    timeExport(warmUp, 1, ExportFormat::Pdf);

    // Rounds alternate 1 and T threads, so a busy machine slows both alike;
    // the median round of each is reported.
    const int roundCount = qMax(1, parser.value(rounds).toInt());
    QList<Timing> ones;
    QList<Timing> manys;
    QList<Timing> htmls;
    for (int round = 0; round < roundCount; ++round) {
        ones.append(timeExport(content.value(), 1, ExportFormat::Pdf));
        manys.append(timeExport(content.value(), threadCount, ExportFormat::Pdf));
        htmls.append(timeExport(content.value(), threadCount, ExportFormat::Html));
        for (const Timing *timing : {&ones.last(), &manys.last(), &htmls.last()}) {
            if (!timing->error.isEmpty())
                return fail(timing->error);
        }
    }
    const Timing one = median(ones);
    const Timing many = median(manys);
    const Timing html = median(htmls);
    out() << "Library: `" << QFileInfo(parser.value(library)).fileName() << "`, " << count
          << " articles, loaded in " << ms(double(loadNs)) << " ms\n\n"
          << "Median of " << roundCount << " rounds.\n\n"
          << "| export | threads | total ms | ms per article | CPU ms per article |\n"
          << "|---|---|---|---|---|\n"
          << "| PDF, one file per article | 1 | " << ms(double(one.nanoseconds)) << " | "
          << ms(double(one.nanoseconds) / count) << " | " << ms(double(one.cpuNanoseconds) / count)
          << " |\n"
          << "| PDF, one file per article | " << threadCount << " | "
          << ms(double(many.nanoseconds)) << " | " << ms(double(many.nanoseconds) / count) << " | "
          << ms(double(many.cpuNanoseconds) / count) << " |\n"
          << "| HTML, one file per article | " << threadCount << " | "
          << ms(double(html.nanoseconds)) << " | " << ms(double(html.nanoseconds) / count) << " | "
          << ms(double(html.cpuNanoseconds) / count) << " |\n\n"
          << "Speed-up of " << threadCount << " threads over 1: "
          << QString::number(double(one.nanoseconds) / double(many.nanoseconds), 'f', 2) << "×\n";
    out().flush();
    return 0;
}

} // namespace lectern::bench
