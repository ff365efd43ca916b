// lectern-bench publish: the static site against Hugo on the same articles.
#include "publishbench.h"

#include "benchstats.h"
#include "librarygenerator.h"
#include "librarystore.h"
#include "searchtokenizer.h"
#include "sitesearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lectern::bench {

namespace {

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; // user + system
    qint64 peakKiB = 0;
    int exitCode = -1;
    QByteArray output;
};

// Runs a program and measures it alone: wall time and its own peak
// resident memory (wait4 gives the child's rusage, not the sum of all).
Run measure(const QString &program, const QStringList &arguments, const QString &outputFile)
{
    QList<QByteArray> argv{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argv.append(argument.toLocal8Bit());
    std::vector<char *> pointers;
    for (QByteArray &argument : argv)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    const QByteArray output = QFile::encodeName(outputFile);
    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        FILE *out = std::freopen(output.constData(), "w", stdout);
        (void)out;
        execvp(pointers[0], pointers.data());
        _exit(127);
    }
    Run run;
    int status = 0;
    rusage usage{};
    if (child > 0 && wait4(child, &status, 0, &usage) == child) {
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.peakKiB = usage.ru_maxrss;
        run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                         double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    QFile file(outputFile);
    if (file.open(QIODevice::ReadOnly))
        run.output = file.readAll();
    return run;
}

qint64 folderBytes(const QString &folder, int *files = nullptr)
{
    qint64 bytes = 0;
    int count = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
        ++count;
    }
    if (files)
        *files = count;
    return bytes;
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QLatin1String(" MB");
}

// The same articles as Hugo content: Markdown with front matter, the body
// as its paragraphs of plain text.
Status writeHugoSite(const QList<Article> &articles, const QString &folder, bool related)
{
    QDir dir(folder);
    dir.mkpath(QStringLiteral("content/posts"));
    dir.mkpath(QStringLiteral("layouts/_default"));
    const auto write = [&](const QString &path, const QByteArray &bytes) {
        QFile file(dir.filePath(path));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QByteArray config =
        "baseURL = 'https://example.org/'\ntitle = 'Bench'\n"
        "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n";
    if (related)
        config += "[related]\nincludeNewer = true\nthreshold = 20\ntoLower = true\n"
                  "[[related.indices]]\nname = 'tags'\nweight = 100\n"
                  "[[related.indices]]\nname = 'categories'\nweight = 50\n";
    const QByteArray single =
        related ? "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>"
                  "<h1>{{ .Title }}</h1>{{ .Content }}<h2>Related</h2><ul>"
                  "{{ range first 5 (.Site.RegularPages.Related .) }}<li><a href=\"{{ "
                  ".RelPermalink }}\">"
                  "{{ .Title }}</a></li>{{ end }}</ul></body></html>\n"
                : "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>"
                  "<h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n";
    const QByteArray list =
        "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>"
        "{{ range first 20 .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}"
        "</a></li>{{ end }}</ul></body></html>\n";
    if (!write(QStringLiteral("config.toml"), config) ||
        !write(QStringLiteral("layouts/_default/single.html"), single) ||
        !write(QStringLiteral("layouts/_default/list.html"), list) ||
        !write(QStringLiteral("layouts/index.html"), list))
        return Error{QStringLiteral("cannot write the Hugo site in %1").arg(folder)};
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &a = articles[i];
        QByteArray md =
            "---\ntitle: " +
            QJsonDocument(QJsonArray{a.title}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
            "\ndate: " + a.published.toUTC().toString(Qt::ISODate).toUtf8() + "\ntags: " +
            QJsonDocument(QJsonArray::fromStringList(a.tags)).toJson(QJsonDocument::Compact) +
            "\ncategories: " +
            QJsonDocument(QJsonArray{a.category}).toJson(QJsonDocument::Compact) + "\n---\n\n";
        for (const QString &paragraph : a.bodyText.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            md += paragraph.toUtf8() + "\n\n";
        if (!write(QStringLiteral("content/posts/a%1.md").arg(i), md))
            return Error{QStringLiteral("cannot write Hugo content")};
    }
    return success();
}

// Bytes a browser loads for a query's first results: the search page, its
// script, one index file per word and the result files of the first page
// (the largest result file counted for each).
qint64 firstResultBytes(const QString &site, const QString &query, int *shown = nullptr)
{
    const QByteArray searchPage = [&] {
        QFile file(QDir(site).filePath(QStringLiteral("en/search.html")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    static const QRegularExpression shards(QStringLiteral("data-term-shards=\"(\\d+)\""));
    const int termShards = shards.match(QString::fromUtf8(searchPage)).captured(1).toInt();
    if (termShards <= 0)
        return -1;
    qint64 bytes = searchPage.size() +
                   QFileInfo(QDir(site).filePath(QStringLiteral("assets/search.js"))).size() +
                   QFileInfo(QDir(site).filePath(QStringLiteral("assets/style.css"))).size();
    QSet<quint32> loaded;
    for (const SearchToken &token : searchTokens(query.toUtf8(), TokenizeMode::Query)) {
        const quint32 shard = siteSearchHash(token.text) % quint32(termShards);
        if (!loaded.contains(shard))
            bytes +=
                QFileInfo(QDir(site).filePath(QStringLiteral("search/t/%1.js").arg(shard))).size();
        loaded.insert(shard);
    }
    qint64 largestDocs = 0;
    int docFiles = 0;
    QDirIterator it(QDir(site).filePath(QStringLiteral("search/d")), QDir::Files);
    while (it.hasNext()) {
        it.next();
        largestDocs = std::max(largestDocs, it.fileInfo().size());
        ++docFiles;
    }
    const int pages = std::min(20, docFiles); // at most 20 results, one file each at worst
    if (shown)
        *shown = pages;
    return bytes + largestDocs * pages;
}

} // namespace

int runPublishBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QString(),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption libraryOption(QStringLiteral("library"), QString(),
                                           QStringLiteral("PATH"));
    const QCommandLineOption lecternOption(QStringLiteral("lectern"), QString(),
                                           QStringLiteral("PATH"));
    const QCommandLineOption hugoRelated(QStringLiteral("hugo-related"));
    const QCommandLineOption workOption(QStringLiteral("work"), QString(), QStringLiteral("DIR"));
    parser.addOptions({articlesOption, libraryOption, lecternOption, hugoRelated, workOption});
    if (!parser.parse(QStringList{QStringLiteral("publish")} + arguments)) {
        out() << parser.errorText() << Qt::endl;
        return 1;
    }
    const QString lectern =
        parser.isSet(lecternOption)
            ? parser.value(lecternOption)
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lectern"));
    QTemporaryDir scratch(
        parser.isSet(workOption)
            ? QDir(parser.value(workOption)).filePath(QStringLiteral("publish-bench-XXXXXX"))
            : QDir::temp().filePath(QStringLiteral("publish-bench-XXXXXX")));
    const QString library = QDir(scratch.path()).filePath(QStringLiteral("library.lectern"));
    QElapsedTimer timer;
    timer.start();
    if (parser.isSet(libraryOption)) {
        if (!QFile::copy(parser.value(libraryOption), library)) {
            out() << "cannot copy " << parser.value(libraryOption) << Qt::endl;
            return 1;
        }
    } else {
        // Every generated article published: N pages on both sides.
        auto store = LibraryStore::create(library);
        if (!store) {
            out() << store.error() << Qt::endl;
            return 1;
        }
        LibraryGenerator generator(1);
        for (const University &u : generator.universities()) {
            if (!store.value()->saveUniversity(u)) {
                out() << "cannot save a university" << Qt::endl;
                return 1;
            }
        }
        for (int i = 0; i < parser.value(articlesOption).toInt(); ++i) {
            Article article = generator.nextArticle();
            article.status = ArticleStatus::Published;
            if (!article.published.isValid())
                article.published = article.updated;
            if (const Result<Article> saved = store.value()->saveArticle(article); !saved) {
                out() << saved.error() << Qt::endl;
                return 1;
            }
        }
    }
    QList<Article> published;
    {
        auto store = LibraryStore::open(library);
        if (!store) {
            out() << store.error() << Qt::endl;
            return 1;
        }
        Result<QList<Article>> loaded = store.value()->publishedArticles();
        if (!loaded) {
            out() << loaded.error() << Qt::endl;
            return 1;
        }
        published = std::move(loaded).value();
    }
    out() << "Library ready in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)
          << " s: " << published.size() << " published articles." << Qt::endl;

    const QString site = QDir(scratch.path()).filePath(QStringLiteral("site"));
    const QString log = QDir(scratch.path()).filePath(QStringLiteral("out.json"));
    const QStringList publishArguments{QStringLiteral("--library"),
                                       library,
                                       QStringLiteral("publish"),
                                       QStringLiteral("--out"),
                                       site,
                                       QStringLiteral("--base-url"),
                                       QStringLiteral("https://example.org/"),
                                       QStringLiteral("--json")};
    const QString loadBefore = loadAverage();
    const Run full = measure(lectern, publishArguments, log);
    if (full.exitCode != 0) {
        out() << "lectern publish failed: " << full.output << Qt::endl;
        return 1;
    }
    const QJsonObject report = QJsonDocument::fromJson(full.output).object();
    const Run again = measure(lectern, publishArguments, log);

    // One article edited, as an editor would: a new paragraph and title.
    {
        auto store = LibraryStore::open(library);
        Article article = published.at(published.size() / 2);
        article.title += QLatin1String(" (updated)");
        article.bodyHtml += QLatin1String("<p>A correction added after publishing.</p>");
        if (!store || !store.value()->saveArticle(article)) {
            out() << "cannot edit an article" << Qt::endl;
            return 1;
        }
    }
    const Run edited = measure(lectern, publishArguments, log);
    const QJsonObject editedReport = QJsonDocument::fromJson(edited.output).object();
    int siteFiles = 0;
    const qint64 siteBytes = folderBytes(site, &siteFiles);

    const QString hugoSite = QDir(scratch.path()).filePath(QStringLiteral("hugo"));
    if (Status status = writeHugoSite(published, hugoSite, false); !status) {
        out() << status.error() << Qt::endl;
        return 1;
    }
    const QStringList hugoArguments{QStringLiteral("--quiet"), QStringLiteral("-s"), hugoSite,
                                    QStringLiteral("-d"),
                                    QDir(scratch.path()).filePath(QStringLiteral("hugo-out"))};
    const Run hugo = measure(QStringLiteral("hugo"), hugoArguments, log);
    Run hugoWithRelated;
    if (parser.isSet(hugoRelated)) {
        const QString relatedSite = QDir(scratch.path()).filePath(QStringLiteral("hugo-related"));
        if (Status status = writeHugoSite(published, relatedSite, true); !status)
            return 1;
        hugoWithRelated = measure(
            QStringLiteral("hugo"),
            {QStringLiteral("--quiet"), QStringLiteral("-s"), relatedSite, QStringLiteral("-d"),
             QDir(scratch.path()).filePath(QStringLiteral("hugo-related-out"))},
            log);
    }
    const QString loadAfter = loadAverage();

    const auto seconds = [](double s) -> QString {
        return QString::number(s, 'f', 2) + QLatin1String(" s");
    };
    const auto memory = [](qint64 kib) -> QString {
        return QString::number(double(kib) / 1024.0, 'f', 0) + QLatin1String(" MB");
    };
    const auto row = [&](const QString &what, const Run &run) {
        out() << "| " << what << " | " << seconds(run.seconds) << " | " << seconds(run.cpuSeconds)
              << " | " << memory(run.peakKiB) << " |\n";
    };
    out() << "\n| " << published.size() << " articles | wall | CPU (user+sys) | peak memory |\n"
          << "|---|---:|---:|---:|\n";
    row(QStringLiteral(
            "Lectern, full publish (pages, related lists, search index, feeds, sitemap)"),
        full);
    row(QStringLiteral("Hugo 0.111, minimal theme, no related lists"), hugo);
    if (parser.isSet(hugoRelated))
        row(QStringLiteral("Hugo, 5 related per page"), hugoWithRelated);
    out() << "| **ratio Lectern / Hugo without related** | **"
          << QString::number(full.seconds / hugo.seconds, 'f', 2) << "** | **"
          << QString::number(full.cpuSeconds / std::max(0.001, hugo.cpuSeconds), 'f', 2) << "** | "
          << QString::number(double(full.peakKiB) / double(std::max<qint64>(1, hugo.peakKiB)), 'f',
                             2)
          << " |\n";
    row(QStringLiteral("Lectern, publish again, nothing changed"), again);
    row(QStringLiteral("Lectern, publish after editing one article"), edited);
    out() << "\n";
    out() << "After the edit: " << editedReport.value(QStringLiteral("written")).toInt()
          << " files written, " << editedReport.value(QStringLiteral("unchanged")).toInt()
          << " unchanged, " << editedReport.value(QStringLiteral("deleted")).toInt()
          << " deleted.\n";
    out() << "Site: " << siteFiles << " files, " << mb(siteBytes) << "; "
          << report.value(QStringLiteral("pages")).toInt() << " pages; search index "
          << report.value(QStringLiteral("searchFiles")).toInt() << " files, "
          << mb(qint64(report.value(QStringLiteral("searchBytes")).toDouble())) << ".\n";
    for (const QString &query :
         {QStringLiteral("university"), QStringLiteral("西安"), QStringLiteral("КИЇВ")}) {
        int results = 0;
        const qint64 bytes = firstResultBytes(site, query, &results);
        out() << "First results for “" << query << "”: at most "
              << QString::number(double(bytes) / 1024.0, 'f', 0)
              << " KB loaded (page, script, style, index files, " << results
              << " result files at the largest size).\n";
    }
    out() << "Load average before / after: " << loadBefore << " / " << loadAfter
          << " (2 cores, shared).\n";
    out().flush();
    return 0;
}

} // namespace lectern::bench
