#include "importbench.h"

#include "importfidelitybench.h"

#include "import/importjob.h"
#include "librarystore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace lectern::bench {

namespace {

const char *const words[] = {
    "summit",     "cooperation", "university", "students",    "exchange", "China",   "Ukraine",
    "Kazakhstan", "education",   "agreement",  "president",   "visit",    "culture", "research",
    "the",        "and",         "of",         "to",          "in",       "a",       "with",
    "for",        "new",         "programme",  "scholarship", "Xi'an",    "Kyiv",    "delegation"};

QString sentence(QRandomGenerator &random, int length)
{
    QStringList parts;
    for (int i = 0; i < length; ++i)
        parts.append(QString::fromLatin1(words[random.bounded(int(std::size(words)))]));
    QString text = parts.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

QByteArray page(QRandomGenerator &random, int index)
{
    QString article;
    for (int p = 0; p < 30; ++p) {
        QString paragraph;
        for (int s = 0; s < 6; ++s)
            paragraph += sentence(random, 12 + random.bounded(10)) + QLatin1Char(' ');
        article += QLatin1String("<p>") + paragraph + QLatin1String("</p>\n");
    }
    QString related;
    for (int r = 0; r < 8; ++r)
        related += QStringLiteral("<li><a href=\"/news/%1.html\">%2</a></li>")
                       .arg(random.bounded(10000))
                       .arg(sentence(random, 6));
    const QString title = sentence(random, 10);
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 - "
               "China-Ukraine Education Union</title><meta name=\"author\" content=\"Press "
               "Office\"><meta property=\"article:published_time\" "
               "content=\"2023-05-25T09:30:00+08:00\"><link rel=\"canonical\" "
               "href=\"https://cueu.example.org/news/%2.html\"><script>var t = 1;</script>"
               "<style>.a{color:red}</style></head><body><div class=\"header\"><h1>China-Ukraine "
               "Education Union</h1><ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a "
               "href=\"/news\">News</a></li><li><a href=\"/about\">About</a></li></ul></div>"
               "<div class=\"container\"><div class=\"article-content\"><h2>%1</h2><p><img "
               "src=\"images/photo.png\" alt=\"photo\"></p>%3</div><div "
               "class=\"related-articles\"><h3>Related articles</h3><ul>%4</ul></div><div "
               "class=\"sidebar\"><h3>recommended reading</h3><ul>%4</ul></div></div><div "
               "class=\"footer\"><p>Copyright 2023</p></div></body></html>")
        .arg(title)
        .arg(index)
        .arg(article, related)
        .toUtf8();
}

} // namespace

Result<ImportTimes> timeImport(LibraryStore &store, int pages)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString())};
    const QString site = dir.filePath(QStringLiteral("site"));
    QDir().mkpath(site + QStringLiteral("/images"));
    {
        // A 1x1 PNG: every page refers to the same picture, stored once.
        QFile image(site + QStringLiteral("/images/photo.png"));
        if (!image.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("cannot write %1").arg(image.fileName())};
        image.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR"
                                           "4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"));
    }
    QRandomGenerator random(42);
    ImportTimes times;
    times.pages = pages;
    for (int i = 0; i < pages; ++i) {
        QFile file(site + QStringLiteral("/page%1.html").arg(i, 5, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("cannot write %1").arg(file.fileName())};
        const QByteArray html = page(random, i);
        times.bytes += html.size();
        file.write(html);
    }
    QElapsedTimer timer;
    timer.start();
    ImportJob job(store);
    const ImportSummary summary = job.run({site});
    times.nanoseconds = timer.nsecsElapsed();
    times.imported = summary.count(ImportOutcome::Imported);
    times.failed = summary.count(ImportOutcome::Failed);
    return times;
}

int runImportBench(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("fidelity"))
        return runImportFidelityBench(arguments.mid(1));
    if (arguments.value(0) == QLatin1String("markdown"))
        return runImportMarkdownBench(arguments.mid(1));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption pagesOption(QStringLiteral("pages"), QString(), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    // Into an existing library (a copy: it is written to), to see what grows
    // with the library's size.
    const QCommandLineOption libraryOption(QStringLiteral("library"), QString(),
                                           QStringLiteral("COPY"));
    parser.addOptions({pagesOption, libraryOption});
    const QString usage =
        QStringLiteral("Usage: lectern-bench import [--pages N] [--library COPY] | fidelity ... | "
                       "markdown ...");
    if (!parser.parse(QStringList{QStringLiteral("lectern-bench")} + arguments)) {
        err << usage << Qt::endl;
        return 1;
    }
    const int pages = parser.value(pagesOption).toInt();
    if (pages < 1) {
        err << usage << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    auto store = parser.isSet(libraryOption)
                     ? LibraryStore::open(parser.value(libraryOption))
                     : LibraryStore::create(dir.filePath(QStringLiteral("bench.lectern")));
    if (!store) {
        err << store.error() << Qt::endl;
        return 1;
    }
    const Result<int> before = store.value()->articleCount();
    const Result<ImportTimes> timed = timeImport(*store.value(), pages);
    if (!timed) {
        err << timed.error() << Qt::endl;
        return 1;
    }
    const double seconds = double(timed->nanoseconds) / 1e9;
    out << "| library before | pages | average size | imported | failed | seconds | pages/s |\n"
        << "|---:|---:|---:|---:|---:|---:|---:|\n"
        << "| " << (before ? before.value() : -1) << " articles | " << pages << " | "
        << QString::number(double(timed->bytes) / pages / 1024.0, 'f', 1) << " KB | "
        << timed->imported << " | " << timed->failed << " | " << QString::number(seconds, 'f', 2)
        << " | " << QString::number(pages / seconds, 'f', 1) << " |" << Qt::endl;
    return timed->failed == 0 ? 0 : 1;
}

} // namespace lectern::bench
