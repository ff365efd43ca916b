#include "searchlimitsbench.h"

#include "benchstats.h"
#include "librarystore.h"
#include "rawsql.h"
#include "searchquery.h"
#include "searchtokenizer.h"
#include "wordstems.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace lectern::bench {

namespace {

QString joined(const QStringList &words, int count, const QString &prefix = QString(),
               const QString &suffix = QString())
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(prefix + words[i % words.size()] + suffix);
    return list.join(QLatin1Char(' '));
}

// Words the generator (librarygenerator.cpp) puts in most articles of each
// language, so the queries below walk long lists, the worst case.
const QStringList commonEnglish =
    QStringLiteral(
        "the of and to in a is that for on with as by was at from are it this be has have an which "
        "will were its their also more new said between after about year been not but or they two "
        "first other than into over many most such these china education university cooperation "
        "students international research program government development minister president trade "
        "economic culture language exchange")
        .split(QLatin1Char(' '));
const QStringList commonUkrainian =
    QStringLiteral("і в на з що до не та як для у від це за про його але також було буде року "
                   "після під час які який між їх вже ще україна київ освіта університет "
                   "співпраця студенти навчання міжнародна програма")
        .split(QLatin1Char(' '));
const QStringList commonChinese =
    QStringLiteral("合作 教育 大学 中国 西安 峰会 学生 发展 国际 交流 文化 经济 研究 项目 政府 "
                   "一带一路 哈萨克斯坦 乌克兰 基辅 北京")
        .split(QLatin1Char(' '));
const QStringList twoLetterPrefixes =
    QStringLiteral("co pr st un re in de ma pa ca ba mo").split(QLatin1Char(' '));

struct LimitQuery
{
    QString name;
    QString text;
};

QList<LimitQuery> limitQueries()
{
    QStringList mixed;
    for (int i = 0; i < SearchQuery::maxTerms; ++i) {
        const QStringList &words =
            i % 3 == 0 ? commonEnglish : (i % 3 == 1 ? commonUkrainian : commonChinese);
        mixed.append(words[(i / 3) % words.size()]);
    }
    QStringList distinctEnglish; // 64 different words, most in most English articles
    for (int i = 0; i < SearchQuery::maxTerms; ++i)
        distinctEnglish.append(commonEnglish[i % commonEnglish.size()] +
                               (i < commonEnglish.size() ? QString() : QStringLiteral("s")));
    return {
        {QStringLiteral("64 common English words"), distinctEnglish.join(QLatin1Char(' '))},
        {QStringLiteral("64 common English words, each inflected (+s)"),
         joined(commonEnglish, SearchQuery::maxTerms, QString(), QStringLiteral("s"))},
        {QStringLiteral("64 common Ukrainian words, upper case"),
         joined(commonUkrainian, SearchQuery::maxTerms).toUpper()},
        {QStringLiteral("64 Chinese words"), joined(commonChinese, SearchQuery::maxTerms)},
        {QStringLiteral("64 words of three scripts"), mixed.join(QLatin1Char(' '))},
        {QStringLiteral("西安 × 64, spaced"), QStringList(64, QStringLiteral("西安")).join(u' ')},
        {QStringLiteral("西安 × 300, spaced"), QStringList(300, QStringLiteral("西安")).join(u' ')},
        {QStringLiteral("西安 × 64 unspaced (one word of 127 pairs)"),
         QStringList(64, QStringLiteral("西安")).join(QString())},
        {QStringLiteral("phrase of 128 common English words"),
         QLatin1Char('"') + joined(commonEnglish, SearchQuery::maxWords) + QLatin1Char('"')},
        {QStringLiteral("8 phrases of 16 words"),
         [] {
             QStringList phrases;
             for (int p = 0; p < 8; ++p) {
                 QStringList words;
                 for (int w = 0; w < 16; ++w)
                     words.append(commonEnglish[(p * 16 + w) % commonEnglish.size()]);
                 phrases.append(QLatin1Char('"') + words.join(u' ') + QLatin1Char('"'));
             }
             return phrases.join(u' ');
         }()},
        {QStringLiteral("1 word and 63 exclusions"),
         QStringLiteral("university ") +
             joined(commonEnglish.mid(1), SearchQuery::maxTerms - 1, QStringLiteral("-"))},
        {QStringLiteral("64 exclusions only"),
         joined(commonEnglish, SearchQuery::maxTerms, QStringLiteral("-"))},
        {QStringLiteral("prefix con*"), QStringLiteral("con*")},
        {QStringLiteral("prefix уні*"), QStringLiteral("уні*")},
        {QStringLiteral("4 three-letter prefixes"), QStringLiteral("con* pro* sta* uni*")},
        {QStringLiteral("4 three-letter prefixes and 60 words"),
         QStringLiteral("con* pro* sta* uni* ") + joined(commonEnglish, SearchQuery::maxTerms - 4)},
        {QStringLiteral("prefix co* (two letters)"), QStringLiteral("co*")},
        {QStringLiteral("12 two-letter prefixes"),
         joined(twoLetterPrefixes, 12, QString(), QStringLiteral("*"))},
        {QStringLiteral("64 two-letter prefixes"),
         [] {
             QStringList prefixes;
             for (char a = 'a'; prefixes.size() < 64; ++a) {
                 for (const char b : {'a', 'e', 'o'})
                     prefixes.append(QString(QLatin1Char(a)) + QLatin1Char(b) + QLatin1Char('*'));
             }
             return prefixes.mid(0, 64).join(u' ');
         }()},
        {QStringLiteral("prefix a* (one letter)"), QStringLiteral("a*")},
        {QStringLiteral("65 words"), joined(commonEnglish, 65, QString(), QStringLiteral("x"))},
        {QStringLiteral("1,000 words"),
         [] {
             QStringList words;
             for (int i = 0; i < 1000; ++i)
                 words.append(commonEnglish[i % commonEnglish.size()] + QString::number(i));
             return words.join(u' ');
         }()},
        {QStringLiteral("phrase of 129 words"),
         QLatin1Char('"') + joined(commonEnglish, SearchQuery::maxWords + 1) + QLatin1Char('"')},
    };
}

} // namespace

int runSearchLimitsBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library(QStringLiteral("library"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"), QString(), QStringLiteral("R"),
                                  QStringLiteral("5"));
    parser.addOptions({library, runs});
    if (!parser.parse(QStringList{QStringLiteral("search-limits")} + arguments) ||
        parser.value(library).isEmpty())
        return fail(QStringLiteral("usage: lectern-bench search-limits --library PATH [--runs R]"));
    const int runCount = qMax(1, parser.value(runs).toInt());
    Result<std::unique_ptr<LibraryStore>> opened = LibraryStore::open(parser.value(library));
    if (!opened)
        return fail(opened.error());
    const LibraryStore &store = *opened.value();
    const Result<int> articles = store.articleCount();

    out() << "## Search limits: " << QFileInfo(parser.value(library)).fileName() << "\n\n"
          << "Command: `lectern-bench search-limits " << arguments.join(u' ') << "`\n\n"
          << "- Articles: " << (articles ? articles.value() : -1) << "\n"
          << "- Load average at the start: " << loadAverage() << "\n"
          << "- `LibraryStore::search(text, 100)` as the window runs it; 1 warm-up, then "
          << runCount << " timed runs each; times in ms\n\n"
          << "| # | Query | Characters | Accepted | Results | p50 | p95 | max |\n"
          << "|---:|---|---:|---|---:|---:|---:|---:|\n";
    QList<qint64> accepted;
    const QList<LimitQuery> queries = limitQueries();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const LimitQuery &query = queries[i];
        QList<qint64> times;
        QString answer;
        qsizetype results = 0;
        for (int run = 0; run <= runCount; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Result<QList<SearchHit>> hits = store.search(query.text, 100);
            const qint64 elapsed = timer.nsecsElapsed();
            answer = hits ? QStringLiteral("yes") : QStringLiteral("no: ") + hits.error();
            results = hits ? hits->size() : 0;
            if (run > 0)
                times.append(elapsed);
        }
        if (answer == QLatin1String("yes"))
            accepted += times;
        out() << "| " << (i + 1) << " | " << query.name << " | " << query.text.size() << " | "
              << answer << " | " << results << " | " << millis(percentile(times, 0.5)) << " | "
              << millis(percentile(times, 0.95)) << " | " << millis(percentile(times, 1.0))
              << " |\n";
        out().flush();
    }
    out() << "\nAll accepted queries (" << accepted.size() << " timings): p50 "
          << millis(percentile(accepted, 0.5)) << " ms, p95 " << millis(percentile(accepted, 0.95))
          << " ms, max " << millis(percentile(accepted, 1.0)) << " ms.\n"
          << "Load average at the end: " << loadAverage() << "\n"
          << Qt::endl;
    return 0;
}

int runReindexBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library(QStringLiteral("library"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption articles(QStringLiteral("articles"), QString(), QStringLiteral("N"),
                                      QStringLiteral("5000"));
    parser.addOptions({library, articles});
    if (!parser.parse(QStringList{QStringLiteral("reindex")} + arguments) ||
        parser.value(library).isEmpty())
        return fail(QStringLiteral("usage: lectern-bench reindex --library COPY [--articles N]"));
    out() << "## Search index build: " << QFileInfo(parser.value(library)).fileName() << "\n\n"
          << "Command: `lectern-bench reindex " << arguments.join(u' ') << "`\n\n"
          << "- Load average at the start: " << loadAverage() << "\n";

    QElapsedTimer opening;
    opening.start();
    Result<std::unique_ptr<LibraryStore>> opened = LibraryStore::open(parser.value(library));
    if (!opened)
        return fail(opened.error());
    out()
        << "- `LibraryStore::open` (with any upgrade and its backup copy): "
        << QString::number(double(opening.nsecsElapsed()) / 1e9, 'f', 1) << " s"
        << (opened.value()->upgradeBackupPath().isEmpty()
                ? QStringLiteral(", no upgrade")
                : QStringLiteral(", upgraded; backup %1").arg(opened.value()->upgradeBackupPath()))
        << "\n";
    const RawSql db(*opened.value());
    const auto indexBytes = [&] {
        const Result<QVariant> bytes =
            db.scalar(QStringLiteral("SELECT sum(length(block)) FROM article_search_data"));
        return bytes ? bytes->toLongLong() : -1;
    };
    const Result<int> count = opened.value()->articleCount();
    out() << "- Articles: " << (count ? count.value() : -1) << "; index "
          << QString::number(double(indexBytes()) / (1024.0 * 1024.0), 'f', 1) << " MB\n";
    out().flush();

    // The whole index again, as migration 8 builds it; rolled back.
    if (Status begun = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return fail(begun.error());
    QElapsedTimer rebuilding;
    rebuilding.start();
    const Status rebuilt =
        db.exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('rebuild')"));
    const qint64 rebuildNs = rebuilding.nsecsElapsed();
    const qint64 rebuiltBytes = indexBytes();
    (void)db.exec(QStringLiteral("ROLLBACK"));
    if (!rebuilt)
        return fail(rebuilt.error());
    out() << "- Rebuilding the whole index (migration 8's step), in one transaction, rolled "
             "back: "
          << QString::number(double(rebuildNs) / 1e9, 'f', 1) << " s; rebuilt index "
          << QString::number(double(rebuiltBytes) / (1024.0 * 1024.0), 'f', 1) << " MB\n";

    // The tokenizer alone on the articles' text.
    QList<QByteArray> texts;
    qint64 bytes = 0;
    if (Status status = db.forEachRow(
            QStringLiteral("SELECT title || ' ' || summary || ' ' || body_text FROM articles "
                           "ORDER BY id LIMIT ?"),
            {parser.value(articles).toInt()},
            [&](const QVariantList &row) {
                texts.append(row.at(0).toString().toUtf8());
                bytes += texts.back().size();
                return true;
            });
        !status)
        return fail(status.error());
    QElapsedTimer loading;
    loading.start();
    (void)wordStems(QByteArrayLiteral("університетів"));
    out() << "- First Cyrillic word stemmed (loads the Ukrainian dictionary): "
          << millis(loading.nsecsElapsed()) << " ms\n\n"
          << "Tokenizer alone (`searchTokens`, Document) over " << texts.size() << " articles ("
          << QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1)
          << " MB of text), rounds interleaved; round 1 of the stemmer fills its cache:\n\n"
          << "| Round | Words only (MB/s) | With stems (MB/s) | Tokens without / with stems | "
             "Ratio (time with / without) |\n"
          << "|---:|---:|---:|---:|---:|\n";
    for (int round = 1; round <= 3; ++round) {
        qint64 ns[2] = {0, 0};
        qint64 tokens[2] = {0, 0};
        for (int variant : {1, 0}) { // stems first: round 1 is then the cold one
            QElapsedTimer timer;
            timer.start();
            for (const QByteArray &text : std::as_const(texts))
                tokens[variant] += searchTokens(text, TokenizeMode::Document,
                                                variant ? Stemming::Included : Stemming::Skipped)
                                       .size();
            ns[variant] = timer.nsecsElapsed();
        }
        const auto rate = [&](qint64 nanoseconds) {
            return QString::number(double(bytes) / (1024.0 * 1024.0) / (double(nanoseconds) / 1e9),
                                   'f', 1);
        };
        out() << "| " << round << " | " << rate(ns[0]) << " | " << rate(ns[1]) << " | " << tokens[0]
              << " / " << tokens[1] << " | "
              << QString::number(double(ns[1]) / double(std::max<qint64>(ns[0], 1)), 'f', 2)
              << " |\n";
    }
    out() << "\nLoad average at the end: " << loadAverage() << "\n" << Qt::endl;
    return 0;
}

} // namespace lectern::bench
