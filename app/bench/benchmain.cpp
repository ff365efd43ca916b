// lectern-bench: builds large synthetic libraries and times search on them.
// A developer tool: its output is Markdown meant for docs/benchmarks.md.
#include "benchstats.h"
#include "editorbench.h"
#include "editorimagesbench.h"
#include "editorsavebench.h"
#include "exportbench.h"
#include "importbench.h"
#include "librarygenerator.h"
#include "librarystore.h"
#include "publishbench.h"
#include "rawsql.h"
#include "relatedbench.h"
#include "searchbench.h"
#include "searchlimitsbench.h"
#include "searchquery.h"
#include "soakbench.h"
#include "summarybench.h"
#include "uibench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

using bench::fail;
using bench::millis;
using bench::out;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The invocation, quoted so it can be pasted back into a shell.
QString commandLine()
{
    QStringList parts;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = i == 0 ? QFileInfo(arguments[i]).fileName() : arguments[i];
        const bool plain =
            !argument.isEmpty() && std::all_of(argument.begin(), argument.end(), [](QChar c) {
                return c.isLetterOrNumber() || QStringLiteral("-_./=:,").contains(c);
            });
        if (!plain) {
            argument = QLatin1Char('\'') +
                       argument.replace(QLatin1Char('\''), QLatin1String("'\\''")) +
                       QLatin1Char('\'');
        }
        parts.append(argument);
    }
    return parts.join(QLatin1Char(' '));
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Nearest-rank percentile: always a time that was actually measured.
qint64 percentile(QList<qint64> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

qint64 fileSize(const QString &path)
{
    qint64 size = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists())
        size += wal.size();
    return size;
}

int generate(qint64 count, const QString &path, quint32 seed)
{
    if (QFileInfo::exists(path))
        return fail(
            QStringLiteral("%1 already exists; generate only creates new libraries.").arg(path));
    QElapsedTimer total;
    total.start();
    Result<std::unique_ptr<LibraryStore>> created = LibraryStore::create(path);
    if (!created)
        return fail(created.error());
    std::unique_ptr<LibraryStore> store = std::move(created.value());

    LibraryGenerator generator(seed);
    for (const University &university : generator.universities()) {
        if (const Result<University> saved = store->saveUniversity(university); !saved)
            return fail(saved.error());
    }

    qint64 generatingNs = 0;
    qint64 textBytes = 0;
    QHash<QString, qint64> languages;
    QElapsedTimer articlesTimer;
    articlesTimer.start();
    for (qint64 i = 0; i < count; ++i) {
        QElapsedTimer generating;
        generating.start();
        const Article article = generator.nextArticle();
        generatingNs += generating.nsecsElapsed();
        textBytes += article.bodyText.toUtf8().size();
        ++languages[article.language];
        // Through the store, as the application saves, so the index grows the
        // same way it does in real use (one transaction per article).
        if (const Result<Article> saved = store->saveArticle(article); !saved)
            return fail(QStringLiteral("article %1: %2").arg(i).arg(saved.error()));
        if ((i + 1) % 1000 == 0) {
            const double seconds = double(articlesTimer.nsecsElapsed()) / 1e9;
            err() << "  " << (i + 1) << " articles, " << QString::number(seconds, 'f', 1) << " s, "
                  << QString::number(double(i + 1) / seconds, 'f', 0) << " articles/s" << Qt::endl;
        }
    }
    const qint64 articlesNs = articlesTimer.nsecsElapsed();
    store.reset(); // closing checkpoints the WAL into the file
    const qint64 totalNs = total.nsecsElapsed();

    const double articleSeconds = double(articlesNs) / 1e9;
    out() << "## Generate\n\n"
          << "Command: `" << commandLine() << "`\n\n"
          << "| Articles | en / zh / uk | Seed | Total time (s) | Articles/s | "
             "Generating text (s) | Body text (MB) | File (MB) |\n"
          << "|---:|---|---:|---:|---:|---:|---:|---:|\n"
          << "| " << count << " | " << languages.value(QStringLiteral("en")) << " / "
          << languages.value(QStringLiteral("zh")) << " / " << languages.value(QStringLiteral("uk"))
          << " | " << seed << " | " << QString::number(double(totalNs) / 1e9, 'f', 1) << " | "
          << QString::number(double(count) / articleSeconds, 'f', 1) << " | "
          << QString::number(double(generatingNs) / 1e9, 'f', 1) << " | " << megabytes(textBytes)
          << " | " << megabytes(fileSize(path)) << " |\n"
          << Qt::endl;
    return 0;
}

struct BenchQuery
{
    QString text;
    QString expression;
    qint64 matches = 0;
    QList<qint64> store;
    QList<qint64> raw;
    QList<qint64> snippets;
};

// Common and rare terms in each language, phrases, exclusions and filters;
// the comments give what the generator makes of them.
const QStringList queryTexts{
    QStringLiteral("the"), // most English articles, many times each
    QStringLiteral("and"),
    QStringLiteral("university"),
    QStringLiteral("education"),
    QStringLiteral("cooperation"),
    QStringLiteral("china"),
    QStringLiteral("summit"),     // rank 300 of 5,000
    QStringLiteral("kazakhstan"), // rank 700
    QStringLiteral("visa"),       // rank 1,200
    QStringLiteral("caravan"),    // rank 3,500
    QStringLiteral("samarkand"),  // rank 4,800
    QStringLiteral("zhangqian"),  // planted in 0.2 % of English articles
    QStringLiteral("loulan"),     // planted in 0.03 %
    QStringLiteral("qwertyuiop"), // no match
    QStringLiteral("china education"),
    QStringLiteral("university cooperation"),
    QStringLiteral("kazakhstan visa"),
    QStringLiteral("samarkand caravan"),
    QStringLiteral("\"higher education\""),
    QStringLiteral("\"belt and road\""),
    QStringLiteral("\"of the\""),
    QStringLiteral("education -china"),
    QStringLiteral("university -the"),
    QStringLiteral("lang:zh"),
    QStringLiteral("lang:zh 合作"),
    QStringLiteral("lang:uk освіта"),
    QStringLiteral("西安"),
    QStringLiteral("合作"),
    QStringLiteral("教育"),
    QStringLiteral("大学"),
    QStringLiteral("峰会"),
    QStringLiteral("一带一路"),
    QStringLiteral("哈萨克斯坦"),
    QStringLiteral("西安 峰会"),
    QStringLiteral("的"),
    QStringLiteral("楼兰"),
    QStringLiteral("КИЇВ"),
    QStringLiteral("ОСВІТА"),
    QStringLiteral("УНІВЕРСИТЕТ"),
    QStringLiteral("СПІВПРАЦЯ"),
    QStringLiteral("україна"),
    QStringLiteral("київ освіта"),
    QStringLiteral("status:published education"),
    QStringLiteral("tag:\"higher education\""),
    QStringLiteral("category:News university"),
    QStringLiteral("author:Smith china"),
};

const QString rawSql = QStringLiteral(
    "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 20");
// The same snippet() calls as LibraryStore::search, without its join.
const QString snippetSql = QStringLiteral(
    "SELECT rowid, snippet(article_search, 2, char(1), char(2), '…', 24), "
    "snippet(article_search, 1, char(1), char(2), '…', 24) FROM article_search WHERE "
    "article_search MATCH ? ORDER BY rank LIMIT 20");

// Runs one raw statement the way the store runs its own (prepared per call
// through RawSql) and reads every value, so both sides pay the same
// Qt overhead and the difference is the store's join, snippets and hits.
Result<qint64> timeRaw(const RawSql &db, const QString &sql, const QString &expression,
                       qint64 &rows)
{
    QElapsedTimer timer;
    timer.start();
    const Result<QList<QVariantList>> read = db.rows(sql, {expression});
    if (!read)
        return read.failure();
    for (const QVariantList &row : read.value()) {
        for (const QVariant &value : row)
            (void)value.toString();
    }
    rows = read->size();
    return timer.nsecsElapsed();
}

Result<qint64> timeStore(const LibraryStore &store, const QString &text, qint64 &rows)
{
    QElapsedTimer timer;
    timer.start();
    const Result<QList<SearchHit>> hits = store.search(text, 20);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!hits)
        return hits.failure();
    rows = hits->size();
    return elapsed;
}

// The query set on `store`: one warm-up pass, then `runs` timed passes of the
// store's search, the raw FTS5 query and the raw query with snippets.
Result<QList<BenchQuery>> timeQueries(const LibraryStore &store, int runs)
{
    const RawSql db(store);
    QList<BenchQuery> queries;
    for (const QString &text : queryTexts) {
        BenchQuery query;
        query.text = text;
        const Result<QString> expression = SearchQuery::parse(text).matchExpression();
        if (!expression)
            return Error{QStringLiteral("%1: %2").arg(text, expression.error())};
        query.expression = expression.value();
        const Result<QVariant> matches = db.scalar(
            QStringLiteral("SELECT count(*) FROM article_search WHERE article_search MATCH ?"),
            {query.expression});
        if (!matches)
            return Error{QStringLiteral("%1: %2").arg(text, matches.error())};
        query.matches = matches->toLongLong();
        queries.append(query);
    }

    // Pass 0 warms the page cache and the statement paths and is not kept.
    // The three variants are interleaved, in an order that rotates each run,
    // so drift (cache, CPU frequency, the other build) hits them alike.
    for (int run = 0; run <= runs; ++run) {
        for (BenchQuery &query : queries) {
            for (int step = 0; step < 3; ++step) {
                const int variant = (run + step) % 3;
                qint64 rows = 0;
                const Result<qint64> elapsed =
                    variant == 0   ? timeStore(store, query.text, rows)
                    : variant == 1 ? timeRaw(db, rawSql, query.expression, rows)
                                   : timeRaw(db, snippetSql, query.expression, rows);
                if (!elapsed)
                    return Error{QStringLiteral("%1: %2").arg(query.text, elapsed.error())};
                if (rows != std::min<qint64>(query.matches, 20))
                    return Error{QStringLiteral("%1: %2 rows instead of %3")
                                     .arg(query.text)
                                     .arg(rows)
                                     .arg(std::min<qint64>(query.matches, 20))};
                if (run == 0)
                    continue;
                (variant == 0   ? query.store
                 : variant == 1 ? query.raw
                                : query.snippets)
                    .append(elapsed.value());
            }
        }
    }
    return queries;
}

int search(const QString &path, int runs)
{
    QElapsedTimer opening;
    opening.start();
    Result<std::unique_ptr<LibraryStore>> opened = LibraryStore::open(path);
    const qint64 openNs = opening.nsecsElapsed();
    if (!opened)
        return fail(opened.error());
    const LibraryStore &store = *opened.value();

    QStringList languageCounts;
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("uk")}) {
        ArticleFilter filter;
        filter.language = language;
        languageCounts.append(QString::number(store.articleCount(filter).value()));
    }
    const Result<int> articleCount = store.articleCount();
    if (!articleCount)
        return fail(articleCount.error());

    const Result<QList<BenchQuery>> timed = timeQueries(store, runs);
    if (!timed)
        return fail(timed.error());
    const QList<BenchQuery> &queries = timed.value();

    out() << "## Search: " << QFileInfo(path).fileName() << "\n\n"
          << "Command: `" << commandLine() << "`\n\n"
          << "- Articles: " << articleCount.value()
          << " (en / zh / uk: " << languageCounts.join(QStringLiteral(" / ")) << ")\n"
          << "- Library file: " << megabytes(fileSize(path)) << " MB\n"
          << "- LibraryStore::open: " << millis(openNs, 1) << " ms\n"
          << "- " << queries.size() << " queries, 1 warm-up pass then " << runs
          << " timed runs each; limit 20; times in ms\n\n"
          << "| # | Query | Matches | store p50 | store p95 | raw p50 | raw+snippets p50 | "
             "store/raw p50 |\n"
          << "|---:|---|---:|---:|---:|---:|---:|---:|\n";
    QList<qint64> allStore;
    QList<qint64> allRaw;
    QList<qint64> allSnippets;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const BenchQuery &query = queries[i];
        allStore += query.store;
        allRaw += query.raw;
        allSnippets += query.snippets;
        const qint64 storeMedian = percentile(query.store, 0.5);
        const qint64 rawMedian = percentile(query.raw, 0.5);
        out() << "| " << (i + 1) << " | `" << query.text << "` | " << query.matches << " | "
              << millis(storeMedian) << " | " << millis(percentile(query.store, 0.95)) << " | "
              << millis(rawMedian) << " | " << millis(percentile(query.snippets, 0.5)) << " | "
              << QString::number(double(storeMedian) / double(std::max<qint64>(rawMedian, 1)), 'f',
                                 2)
              << " |\n";
    }
    out() << "\n| All " << allStore.size() << " timings | p50 | p95 | max |\n"
          << "|---|---:|---:|---:|\n";
    const auto summary = [](const QString &name, const QList<qint64> &values) {
        out() << "| " << name << " | " << millis(percentile(values, 0.5)) << " | "
              << millis(percentile(values, 0.95)) << " | " << millis(percentile(values, 1.0))
              << " |\n";
    };
    summary(QStringLiteral("store (LibraryStore::search)"), allStore);
    summary(QStringLiteral("raw (rowid, ORDER BY rank)"), allRaw);
    summary(QStringLiteral("raw + snippets"), allSnippets);
    out() << "\np95(store) / p95(raw) = "
          << QString::number(double(percentile(allStore, 0.95)) /
                                 double(std::max<qint64>(percentile(allRaw, 0.95), 1)),
                             'f', 2)
          << "\n"
          << Qt::endl;
    return 0;
}

const QString usage = QStringLiteral("Usage:\n"
                                     "  lectern-bench generate --articles N --out PATH [--seed S]\n"
                                     "  lectern-bench search --library PATH [--runs R]\n"
                                     "  lectern-bench search-limits --library PATH [--runs R]\n"
                                     "  lectern-bench reindex --library COPY [--articles N]\n"
                                     "  lectern-bench summary (--articles N | --library PATH) "
                                     "[options]\n"
                                     "  lectern-bench ui --library PATH [--runs N]\n"
                                     "  lectern-bench related (speed | quality) [options]\n"
                                     "  lectern-bench export | import [options]\n"
                                     "  lectern-bench editor-save --library PATH [options]\n"
                                     "  lectern-bench editor-typing [--size BYTES]\n"
                                     "  lectern-bench editor-images [--photos N]\n"
                                     "  lectern-bench soak [--minutes N] [--out DIR]\n"
                                     "  lectern-bench publish [--articles N | --library PATH] "
                                     "[--hugo-related]\n");

int run()
{
    if (QCoreApplication::arguments().value(1) == QLatin1String("export"))
        return bench::runExportBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("import"))
        return bench::runImportBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("related"))
        return bench::runRelatedBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("ui"))
        return bench::runUiBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("editor-typing"))
        return bench::runEditorTypingBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("editor-images"))
        return bench::runEditorImagesBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("editor-save"))
        return bench::runEditorSaveBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("bare-window"))
        return bench::runBareWindow();
    if (QCoreApplication::arguments().value(1) == QLatin1String("soak"))
        return bench::runSoakBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("soak-writer"))
        return bench::runSoakWriter(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("search-limits"))
        return bench::runSearchLimitsBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("reindex"))
        return bench::runReindexBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("publish"))
        return bench::runPublishBench(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().value(1) == QLatin1String("summary"))
        return bench::runSummaryBench(QCoreApplication::arguments().mid(2));
    QCommandLineParser parser;
    const QCommandLineOption articles(QStringLiteral("articles"), QString(), QStringLiteral("N"));
    const QCommandLineOption outPath(QStringLiteral("out"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption library(QStringLiteral("library"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"), QString(), QStringLiteral("R"),
                                  QStringLiteral("5"));
    parser.addOptions({articles, outPath, seed, library, runs});
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + QLatin1Char('\n') + usage);
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);

    const auto number = [&](const QCommandLineOption &option, qint64 minimum) -> qint64 {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        return ok && value >= minimum ? value : -1;
    };
    if (command == QLatin1String("generate") && positional.size() == 1) {
        const qint64 count = number(articles, 1);
        const qint64 seedValue = number(seed, 0);
        if (count < 0 || seedValue < 0 || seedValue > 0xFFFFFFFF || parser.value(outPath).isEmpty())
            return fail(usage);
        return generate(count, parser.value(outPath), quint32(seedValue));
    }
    if (command == QLatin1String("search") && positional.size() == 1) {
        const qint64 runCount = number(runs, 1);
        if (runCount < 0 || parser.value(library).isEmpty())
            return fail(usage);
        return search(parser.value(library), int(runCount));
    }
    return fail(usage);
}

} // namespace

// For `lectern-bench summary` (searchbench.h).
Result<bench::SearchTimes> bench::timeSearch(const LibraryStore &store, int runs)
{
    const Result<QList<BenchQuery>> timed = timeQueries(store, runs);
    if (!timed)
        return timed.failure();
    SearchTimes times;
    times.queries = int(timed->size());
    for (const BenchQuery &query : timed.value()) {
        times.store += query.store;
        times.raw += query.raw;
    }
    return times;
}

} // namespace lectern

int main(int argc, char **argv)
{
    // saveArticle converts HTML with QTextDocument, which needs a
    // QGuiApplication; a bench on a server has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A QApplication: the ui benchmark opens the real window.
    QApplication app(argc, argv);
    return lectern::run();
}
