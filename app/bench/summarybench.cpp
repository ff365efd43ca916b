// lectern-bench summary: the headline numbers of one library in one table,
// each measured by the code of the subcommand that measures it in detail.
#include "summarybench.h"

#include "benchstats.h"
#include "editing/articleedit.h"
#include "exportbench.h"
#include "importbench.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "rawsql.h"
#include "relatedbench.h"
#include "searchbench.h"
#include "uibench.h"

#include <QAbstractItemModel>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <vector>

extern char **environ;

namespace lectern::bench {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QString usage = QStringLiteral(
    "usage: lectern-bench summary (--articles N [--seed S] | --library PATH)\n"
    "           [--out DIR] [--keep] [--lectern PATH] [--runs N] [--opens N]\n"
    "           [--search-runs N] [--samples N] [--open-rows N] [--saves N]\n"
    "           [--export-articles N] [--export-rounds N] [--threads N] [--import-pages N]\n"
    "  --articles N    generate a library of N articles (as `generate` does) and measure it\n"
    "  --library PATH  measure an existing library without writing to it (beyond the\n"
    "                  upgrade any Lectern makes of an older library when it opens it):\n"
    "                  saving and importing run on a copy, removed afterwards\n"
    "  --out DIR       where the library is generated or copied (default: a temporary folder)\n"
    "  --keep          keep the generated library in DIR as generated: saving and importing\n"
    "                  then run on a copy (needs --out and --articles)\n");

int usageError(const QString &message)
{
    err() << "lectern-bench summary: " << message << "\n" << usage << Qt::flush;
    return 2;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString p50p95(const QList<qint64> &nanoseconds)
{
    return millis(percentile(nanoseconds, 0.5)) + QStringLiteral(" / ") +
           millis(percentile(nanoseconds, 0.95));
}

qint64 librarySize(const QString &path)
{
    qint64 size = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists())
        size += wal.size();
    return size;
}

void removeLibrary(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Peak resident memory of one run of a program, from the kernel's accounting
// of that process alone (wait4), which QProcess does not give.
Result<qint64> peakResidentKiB(const QString &program, const QStringList &arguments,
                               const QByteArray &extraEnvironment)
{
    QList<QByteArray> strings{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        strings.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &string : strings)
        argv.push_back(string.data());
    argv.push_back(nullptr);
    QByteArray extra = extraEnvironment;
    std::vector<char *> envp;
    for (char **entry = environ; *entry; ++entry)
        envp.push_back(*entry);
    envp.push_back(extra.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // The child prints its paint time on stdout; only its memory is wanted here.
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int started = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (started != 0)
        return Error{QStringLiteral("cannot start %1: %2")
                         .arg(program, QString::fromLocal8Bit(std::strerror(started)))};
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    if (waited < 0)
        return Error{QStringLiteral("waiting for %1: %2")
                         .arg(program, QString::fromLocal8Bit(std::strerror(errno)))};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return Error{
            QStringLiteral("%1 did not exit normally (status %2)").arg(program).arg(status)};
    return qint64(usage.ru_maxrss);
}

// A page-by-page copy through SQLite's backup API, read through the store's
// own connection: consistent, the original is never written, and no second
// connection is left to strand a WAL file beside it.
Status copyLibrary(const LibraryStore &store, const QString &to)
{
    return RawSql(store).copyTo(to);
}

Result<QStringList> liveArticles(const LibraryStore &store)
{
    const Result<QList<QVariantList>> rows = RawSql(store).rows(
        QStringLiteral("SELECT uuid FROM articles WHERE deleted IS NULL ORDER BY id"));
    if (!rows)
        return rows.failure();
    QStringList uuids;
    for (const QVariantList &row : rows.value())
        uuids.append(row.at(0).toString());
    if (uuids.isEmpty())
        return Error{QStringLiteral("the library has no articles")};
    return uuids;
}

// What the editor page's save writes (editor-save's "store only" row), on
// random articles of the library: each gets one paragraph more.
Result<QList<qint64>> timeSaves(LibraryStore &store, int saves, quint32 seed)
{
    const Result<QStringList> uuids = liveArticles(store);
    if (!uuids)
        return uuids.failure();
    QRandomGenerator random(seed);
    QList<qint64> times;
    for (int i = 0; i <= saves; ++i) { // the first warms the statements and is not kept
        const QString &uuid = uuids->at(int(random.bounded(quint32(uuids->size()))));
        ArticleEdit edit;
        const Result<Article> article = store.article(uuid);
        const Result<QList<RelatedLink>> links = store.relatedLinks(uuid);
        const Result<bool> recommended = store.isRecommended(uuid);
        if (!article || !links || !recommended)
            return Error{article.error() + links.error() + recommended.error()};
        edit.article = article.value();
        edit.relatedLinks = links.value();
        edit.recommended = recommended.value();
        edit.article.bodyHtml +=
            QStringLiteral("<p>Edited by lectern-bench summary, %1.</p>").arg(i);
        QElapsedTimer timer;
        timer.start();
        const Result<Article> saved = store.saveArticleEdit(edit);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!saved)
            return saved.failure();
        if (i > 0)
            times.append(elapsed);
    }
    return times;
}

struct Row
{
    QString measure;
    QString result;
    QString unit;
    QString samples;
};

struct Settings
{
    qint64 articles = 0; // > 0: generate
    quint32 seed = 1;
    QString library;
    QString outDir;
    bool keep = false;
    QString lectern;
    int runs = 7;
    int opens = 20;
    int searchRuns = 5;
    int samples = 200;
    int openRows = 2000;
    int saves = 40;
    int exportArticles = 20;
    int exportRounds = 3;
    int threads = 2;
    int importPages = 200;
};

QString commandLine()
{
    QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty())
        arguments[0] = QFileInfo(arguments[0]).fileName();
    return arguments.join(QLatin1Char(' '));
}

int measure(const Settings &settings)
{
    QElapsedTimer total;
    total.start();
    const QString loadAtStart = loadAverage();
    const QDateTime started = QDateTime::currentDateTimeUtc();

    // Where the generated library or the copy lives.
    QTemporaryDir temporary;
    QString dir = settings.outDir;
    if (dir.isEmpty()) {
        if (!temporary.isValid())
            return fail(QStringLiteral("cannot create a temporary folder: %1")
                            .arg(temporary.errorString()));
        dir = temporary.path();
    } else if (!QDir().mkpath(dir)) {
        return fail(QStringLiteral("cannot create the folder %1").arg(dir));
    }

    const bool generated = settings.articles > 0;
    QString path = settings.library;
    qint64 generateNs = 0;
    if (generated) {
        path = QDir(dir).filePath(
            QStringLiteral("summary-%1-seed%2.lectern").arg(settings.articles).arg(settings.seed));
        if (QFileInfo::exists(path))
            return fail(
                QStringLiteral("%1 already exists; remove it or choose another --out").arg(path));
        err() << "generating " << settings.articles << " articles into " << path << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        QProcess generate;
        generate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        generate.start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("generate"), QStringLiteral("--articles"),
                        QString::number(settings.articles), QStringLiteral("--out"), path,
                        QStringLiteral("--seed"), QString::number(settings.seed)});
        if (!generate.waitForFinished(-1) || generate.exitStatus() != QProcess::NormalExit ||
            generate.exitCode() != 0) {
            removeLibrary(path);
            return fail(QStringLiteral("generating %1 failed").arg(path));
        }
        generateNs = timer.nsecsElapsed();
    } else if (!QFileInfo(path).isFile()) {
        return fail(QStringLiteral("%1: no such library file").arg(path));
    }
    // Removed on every way out unless kept; a copy is always removed.
    QString copyPath;
    const auto cleanUp = qScopeGuard([&] {
        if (generated && !settings.keep)
            removeLibrary(path);
        if (!copyPath.isEmpty())
            removeLibrary(copyPath);
    });

    // 1. Opening. The first open may upgrade an older library and is not timed.
    int articleCount = 0;
    QString upgradeNote;
    {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<LibraryStore>> first = LibraryStore::open(path);
        if (!first)
            return fail(first.error());
        if (!first.value()->upgradeBackupPath().isEmpty())
            upgradeNote = QStringLiteral(" (the first open upgraded it in %1 s, keeping %2)")
                              .arg(fixed(double(timer.nsecsElapsed()) / 1e9, 1),
                                   first.value()->upgradeBackupPath());
        const Result<int> count = first.value()->articleCount();
        if (!count)
            return fail(count.error());
        articleCount = count.value();
    }
    err() << "library open" << Qt::endl;
    QList<qint64> openTimes;
    for (int i = 0; i < settings.opens; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<LibraryStore>> opened = LibraryStore::open(path);
        openTimes.append(timer.nsecsElapsed());
        if (!opened)
            return fail(opened.error());
    }

    // 2. The real window's start, against a bare Qt window; then its memory.
    err() << "start-up" << Qt::endl;
    const StartupTimes startups = timeStartups(settings.lectern, path, settings.runs);
    for (const QList<double> *times : {&startups.lecternMs, &startups.bareMs}) {
        if (std::any_of(times->begin(), times->end(), [](double t) { return t < 0; }))
            return fail(
                QStringLiteral("a start of %1 or of the bare window failed").arg(settings.lectern));
    }
    const Result<qint64> lecternPeak = peakResidentKiB(
        settings.lectern, {QStringLiteral("--new-instance"), QStringLiteral("--library"), path},
        QByteArrayLiteral("LECTERN_BENCH_QUIT_AFTER_LIST_PAINT=1"));
    if (!lecternPeak)
        return fail(lecternPeak.error());

    Result<std::unique_ptr<LibraryStore>> opened = LibraryStore::open(path);
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<LibraryStore> store = std::move(opened.value());

    // 3. Reading: search, related, the reader, export. None of them writes.
    err() << "search" << Qt::endl;
    const Result<SearchTimes> search = timeSearch(*store, settings.searchRuns);
    if (!search)
        return fail(search.error());
    err() << "related" << Qt::endl;
    const Result<QList<qint64>> related = timeRelated(*store, settings.samples, settings.seed);
    if (!related)
        return fail(related.error());

    err() << "open article" << Qt::endl;
    QList<qint64> readerTimes;
    int readerRows = 0;
    {
        MainWindow window(*store);
        window.resize(1280, 800);
        window.show();
        window.showAllArticles();
        QCoreApplication::processEvents();
        QAbstractItemModel *model = window.articleList()->model();
        while (model->rowCount() < settings.openRows && model->canFetchMore({})) {
            model->fetchMore({});
            QCoreApplication::processEvents();
        }
        readerRows = model->rowCount();
        for (double ms : timeReaderOpens(window, settings.samples, settings.seed))
            readerTimes.append(qint64(ms * 1e6));
        if (readerTimes.isEmpty())
            return fail(QStringLiteral("the window listed no articles to open"));
    }

    err() << "export" << Qt::endl;
    const Result<PdfExportTimes> pdf =
        timePdfExport(*store, settings.exportArticles, settings.threads, settings.exportRounds);
    if (!pdf)
        return fail(pdf.error());

    // 4. Writing: on the generated library, or on a copy of one that is kept
    // (so measuring it again imports the same pages again, not duplicates).
    const bool writeInPlace = generated && !settings.keep;
    if (!writeInPlace) {
        copyPath = QDir(dir).filePath(QFileInfo(path).completeBaseName() +
                                      QStringLiteral("-summary-copy.lectern"));
        if (QFileInfo::exists(copyPath)) {
            const QString existing = copyPath;
            copyPath.clear(); // not ours: leave it
            return fail(QStringLiteral("%1 already exists (left by an earlier run?); remove it")
                            .arg(existing));
        }
        err() << "copying the library to " << copyPath << Qt::endl;
        if (Status copied = copyLibrary(*store, copyPath); !copied)
            return fail(copied.error());
        store.reset();
        Result<std::unique_ptr<LibraryStore>> copy = LibraryStore::open(copyPath);
        if (!copy)
            return fail(copy.error());
        store = std::move(copy.value());
    }
    err() << "save" << Qt::endl;
    const Result<QList<qint64>> saves = timeSaves(*store, settings.saves, settings.seed);
    if (!saves)
        return fail(saves.error());
    err() << "import" << Qt::endl;
    const Result<ImportTimes> imported = timeImport(*store, settings.importPages);
    if (!imported)
        return fail(imported.error());
    if (imported->imported != imported->pages)
        return fail(QStringLiteral("import: %1 of %2 pages imported, %3 failed")
                        .arg(imported->imported)
                        .arg(imported->pages)
                        .arg(imported->failed));
    store.reset();

    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    const qint64 selfPeakKiB = self.ru_maxrss;

    // The table.
    const double lecternMedian = percentile(startups.lecternMs, 0.5);
    const double bareMedian = percentile(startups.bareMs, 0.5);
    const double lecternCpu = percentile(startups.lecternCpuMs, 0.5);
    const double bareCpu = percentile(startups.bareCpuMs, 0.5);
    const auto ratio = [](double a, double b) {
        return fixed(a / std::max(b, 1e-9), 2);
    };
    const QString runs = QString::number(settings.runs);
    const QString searchCount = QString::number(search->store.size());
    QList<Row> rows{
        {QStringLiteral("Library open: `LibraryStore::open`, warm cache, median"),
         millis(percentile(openTimes, 0.5)), QStringLiteral("ms"),
         QString::number(openTimes.size())},
        {QStringLiteral("List first paint: `lectern` process start → article list painted, "
                        "median"),
         fixed(lecternMedian, 0), QStringLiteral("ms"), runs},
        {QStringLiteral("… bare Qt window (QMainWindow + 50-row QTreeView) start → first paint, "
                        "median"),
         fixed(bareMedian, 0), QStringLiteral("ms"), runs},
        {QStringLiteral("… ratio lectern / bare window, medians"), ratio(lecternMedian, bareMedian),
         QStringLiteral("×"), runs},
        {QStringLiteral("… CPU time (user + system) of the whole process, ratio lectern / bare, "
                        "medians"),
         ratio(lecternCpu, bareCpu), QStringLiteral("×"), runs},
        {QStringLiteral("Search: `LibraryStore::search`, %1 fixed queries × %2 runs, limit 20, "
                        "p50 / p95")
             .arg(search->queries)
             .arg(settings.searchRuns),
         p50p95(search->store), QStringLiteral("ms"), searchCount},
        {QStringLiteral("… raw FTS5 query (`MATCH ? ORDER BY rank LIMIT 20`, rowids only), "
                        "p50 / p95"),
         p50p95(search->raw), QStringLiteral("ms"), QString::number(search->raw.size())},
        {QStringLiteral("… ratio search / raw query, p50 / p95"),
         ratio(double(percentile(search->store, 0.5)), double(percentile(search->raw, 0.5))) +
             QStringLiteral(" / ") +
             ratio(double(percentile(search->store, 0.95)), double(percentile(search->raw, 0.95))),
         QStringLiteral("×"), searchCount},
        {QStringLiteral("Related: `RelatedEngine::related(uuid, 10)`, random articles, p50 / p95"),
         p50p95(related.value()), QStringLiteral("ms"), QString::number(related->size())},
        {QStringLiteral("Open article in the reader: list row selected → reader painted, random "
                        "of the first %1 rows, p50 / p95")
             .arg(readerRows),
         p50p95(readerTimes), QStringLiteral("ms"), QString::number(readerTimes.size())},
        {QStringLiteral("Save: `LibraryStore::saveArticleEdit` of a random article (+1 "
                        "paragraph), p50 / p95"),
         p50p95(saves.value()), QStringLiteral("ms"), QString::number(saves->size())},
        {QStringLiteral("PDF export per article, one file each, 1 thread, median of %1 rounds "
                        "of %2 articles")
             .arg(pdf->rounds)
             .arg(pdf->articles),
         millis(pdf->oneThreadNs / pdf->articles), QStringLiteral("ms"),
         QString::number(pdf->rounds * pdf->articles)},
        {QStringLiteral("PDF export per article, one file each, %1 threads, median of %2 rounds "
                        "of %3 articles")
             .arg(settings.threads)
             .arg(pdf->rounds)
             .arg(pdf->articles),
         millis(pdf->threadsNs / pdf->articles), QStringLiteral("ms"),
         QString::number(pdf->rounds * pdf->articles)},
        {QStringLiteral("Import per page: `ImportJob` of a folder of union-style HTML pages "
                        "(%1 KB each) into this library")
             .arg(fixed(double(imported->bytes) / imported->pages / 1024.0, 1)),
         millis(imported->nanoseconds / imported->pages), QStringLiteral("ms"),
         QString::number(imported->pages)},
        {QStringLiteral("Peak memory: `lectern` process, start → list painted (`wait4` "
                        "ru_maxrss)"),
         fixed(double(lecternPeak.value()) / 1024.0, 1), QStringLiteral("MB"), QStringLiteral("1")},
        {QStringLiteral("Peak memory: this benchmark process, after the window, reader, search, "
                        "related, export, save and import (`getrusage` ru_maxrss)"),
         fixed(double(selfPeakKiB) / 1024.0, 1), QStringLiteral("MB"), QStringLiteral("1")},
    };

    out() << "## Summary: " << articleCount << " articles\n\n"
          << "Command: `" << commandLine() << "`\n\n"
          << "- Library: `" << QFileInfo(path).fileName() << "`, " << articleCount
          << " live articles, " << fixed(double(librarySize(path)) / (1024.0 * 1024.0), 1) << " MB"
          << upgradeNote;
    if (generated)
        out() << "; generated by this run in " << fixed(double(generateNs) / 1e9, 1) << " s (seed "
              << settings.seed << ")";
    if (writeInPlace)
        out() << "; save and import wrote to it; removed after";
    else if (generated)
        out() << "; kept as generated: save and import ran on a copy, removed after";
    else
        out() << "; not written to: save and import ran on a copy, removed after";
    out() << "\n"
          << "- Started " << started.toString(Qt::ISODate) << ", took "
          << fixed(double(total.nsecsElapsed()) / 1e9, 0) << " s; load average (1 / 5 / 15 min) "
          << loadAtStart << " at the start, " << loadAverage() << " at the end\n"
          << "- Warm cache; p50 / p95 are nearest-rank percentiles of the samples\n\n"
          << "| Measure | Result | Unit | Samples |\n"
          << "|---|---:|---|---:|\n";
    for (const Row &row : rows)
        out() << "| " << row.measure << " | " << row.result << " | " << row.unit << " | "
              << row.samples << " |\n";
    out() << Qt::endl;
    return 0;
}

} // namespace

int runSummaryBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption articles(QStringLiteral("articles"), QString(), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption library(QStringLiteral("library"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption outDir(QStringLiteral("out"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"));
    const QCommandLineOption lectern(QStringLiteral("lectern"), QString(), QStringLiteral("PATH"));
    const Settings defaults;
    const auto counted = [](const char *name, int value) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("N"),
                                  QString::number(value));
    };
    const QCommandLineOption runs = counted("runs", defaults.runs);
    const QCommandLineOption opens = counted("opens", defaults.opens);
    const QCommandLineOption searchRuns = counted("search-runs", defaults.searchRuns);
    const QCommandLineOption samples = counted("samples", defaults.samples);
    const QCommandLineOption openRows = counted("open-rows", defaults.openRows);
    const QCommandLineOption saves = counted("saves", defaults.saves);
    const QCommandLineOption exportArticles = counted("export-articles", defaults.exportArticles);
    const QCommandLineOption exportRounds = counted("export-rounds", defaults.exportRounds);
    const QCommandLineOption threads = counted("threads", defaults.threads);
    const QCommandLineOption importPages = counted("import-pages", defaults.importPages);
    parser.addOptions({articles, seed, library, outDir, keep, lectern, runs, opens, searchRuns,
                       samples, openRows, saves, exportArticles, exportRounds, threads,
                       importPages});
    if (!parser.parse(QStringList{QStringLiteral("lectern-bench")} + arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument %1")
                              .arg(parser.positionalArguments().constFirst()));

    Settings settings;
    bool ok = true;
    const auto positive = [&](const QCommandLineOption &option, int &target) {
        bool parsed = false;
        const int value = parser.value(option).toInt(&parsed);
        if (!parsed || value < 1) {
            ok = false;
            err() << "lectern-bench summary: --" << option.names().constFirst()
                  << " needs a whole number of at least 1, not '" << parser.value(option) << "'\n";
            return;
        }
        target = value;
    };
    positive(runs, settings.runs);
    positive(opens, settings.opens);
    positive(searchRuns, settings.searchRuns);
    positive(samples, settings.samples);
    positive(openRows, settings.openRows);
    positive(saves, settings.saves);
    positive(exportArticles, settings.exportArticles);
    positive(exportRounds, settings.exportRounds);
    positive(threads, settings.threads);
    positive(importPages, settings.importPages);
    if (!ok)
        return usageError(QStringLiteral("invalid option value"));

    if (parser.isSet(articles) == parser.isSet(library))
        return usageError(QStringLiteral("give either --articles N or --library PATH"));
    if (parser.isSet(articles)) {
        bool parsed = false;
        settings.articles = parser.value(articles).toLongLong(&parsed);
        if (!parsed || settings.articles < 1)
            return usageError(QStringLiteral("--articles needs a whole number of at least 1"));
    }
    bool seedParsed = false;
    const qint64 seedValue = parser.value(seed).toLongLong(&seedParsed);
    if (!seedParsed || seedValue < 0 || seedValue > 0xFFFFFFFF)
        return usageError(QStringLiteral("--seed needs a whole number from 0 to 4294967295"));
    settings.seed = quint32(seedValue);
    settings.library = parser.value(library);
    settings.outDir = parser.value(outDir);
    settings.keep = parser.isSet(keep);
    if (settings.keep && (settings.outDir.isEmpty() || !parser.isSet(articles)))
        return usageError(QStringLiteral("--keep keeps a generated library: it needs --articles "
                                         "and --out"));
    settings.lectern = parser.value(lectern);
    if (settings.lectern.isEmpty())
        settings.lectern = QCoreApplication::applicationDirPath() + QStringLiteral("/../lectern");
    if (!QFileInfo(settings.lectern).isExecutable())
        return fail(QStringLiteral("%1: no lectern program there (give it with --lectern PATH)")
                        .arg(settings.lectern));
    return measure(settings);
}

} // namespace lectern::bench
