#include "exportbench.h"

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

namespace lectern::bench {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "lectern-bench: " << message << Qt::endl;
    return 1;
}

struct Timing
{
    qint64 nanoseconds = 0;
    QString error;
};

Timing timeExport(const ExportContent &content, int threads, ExportFormat format)
{
    QTemporaryDir dir;
    ExportOptions options;
    options.format = format;
    options.threads = threads;
    ExportJob job(content, options, dir.filePath(QStringLiteral("out")));
    QElapsedTimer timer;
    timer.start();
    const Result<QStringList> written = job.run();
    const qint64 elapsed = timer.nsecsElapsed();
    if (!written)
        return {0, written.error()};
    return {elapsed, {}};
}

QString ms(double nanoseconds)
{
    return QString::number(nanoseconds / 1e6, 'f', 1);
}

} // namespace

int runExportBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library(QStringLiteral("library"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption articles(QStringLiteral("articles"), QString(), QStringLiteral("N"),
                                      QStringLiteral("0"));
    const QCommandLineOption threads(QStringLiteral("threads"), QString(), QStringLiteral("T"),
                                     QString::number(QThread::idealThreadCount()));
    parser.addOptions({library, articles, threads});
    if (!parser.parse(QStringList{QStringLiteral("lectern-bench")} + arguments) ||
        parser.value(library).isEmpty())
        return fail(QStringLiteral(
            "usage: lectern-bench export --library PATH [--articles N] [--threads T]"));
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

    const Timing one = timeExport(content.value(), 1, ExportFormat::Pdf);
    const Timing many = timeExport(content.value(), threadCount, ExportFormat::Pdf);
    const Timing html = timeExport(content.value(), threadCount, ExportFormat::Html);
    for (const Timing *timing : {&one, &many, &html}) {
        if (!timing->error.isEmpty())
            return fail(timing->error);
    }
    out() << "Library: `" << QFileInfo(parser.value(library)).fileName() << "`, " << count
          << " articles, loaded in " << ms(double(loadNs)) << " ms\n\n"
          << "| export | threads | total ms | ms per article |\n|---|---|---|---|\n"
          << "| PDF, one file per article | 1 | " << ms(double(one.nanoseconds)) << " | "
          << ms(double(one.nanoseconds) / count) << " |\n"
          << "| PDF, one file per article | " << threadCount << " | "
          << ms(double(many.nanoseconds)) << " | " << ms(double(many.nanoseconds) / count) << " |\n"
          << "| HTML, one file per article | " << threadCount << " | "
          << ms(double(html.nanoseconds)) << " | " << ms(double(html.nanoseconds) / count)
          << " |\n\n"
          << "Speed-up of " << threadCount << " threads over 1: "
          << QString::number(double(one.nanoseconds) / double(many.nanoseconds), 'f', 2) << "×\n";
    out().flush();
    return 0;
}

} // namespace lectern::bench
