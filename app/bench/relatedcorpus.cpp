// A second real corpus for `lectern-bench related quality`: a reference
// manual whose chapters group pages by subject, written by other authors than
// the Debian handbook and cut by its own structure.
#include "relatedcorpus.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace lectern::bench {

namespace {

Result<QString> readPage(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1").arg(file.fileName())};
    return QString::fromUtf8(file.readAll());
}

// The pages a Sphinx page's table of contents lists at its first level.
QStringList tocPages(const QString &html)
{
    static const QRegularExpression entry(
        QStringLiteral("toctree-l1\"><a class=\"reference internal\" href=\"([^\"#]+)\""));
    QStringList pages;
    auto it = entry.globalMatch(html);
    while (it.hasNext())
        pages.append(it.next().captured(1));
    return pages;
}

} // namespace

Result<QList<EvalArticle>> fillPythonLibrary(LibraryStore &store, const QString &path)
{
    static const QRegularExpression title(
        QStringLiteral("<title>([^<]*?)(?: &#8212;[^<]*)?</title>"));
    const QDir dir(path);
    const Result<QString> index = readPage(dir, QStringLiteral("index.html"));
    if (!index)
        return index.failure();
    QList<EvalArticle> articles;
    QSet<QString> seen;
    for (const QString &chapter : tocPages(index.value())) {
        const Result<QString> chapterHtml = readPage(dir, chapter);
        if (!chapterHtml)
            return chapterHtml.failure();
        for (const QString &page : tocPages(chapterHtml.value())) {
            if (seen.contains(page) || !dir.exists(page))
                continue;
            seen.insert(page);
            const Result<QString> html = readPage(dir, page);
            if (!html)
                return html.failure();
            const QLatin1String mainStart("role=\"main\">");
            const qsizetype from = html->indexOf(mainStart);
            const qsizetype to = html->indexOf(QLatin1String("<div class=\"sphinxsidebar\""));
            if (from < 0 || to <= from)
                continue; // not a Sphinx content page
            Article article;
            const QRegularExpressionMatch match = title.match(html.value());
            article.title = match.hasMatch() ? match.captured(1).simplified() : page;
            article.bodyHtml = html->mid(from + mainStart.size(), to - from - mainStart.size());
            article.language = QStringLiteral("en");
            const Result<Article> saved = store.saveArticle(article);
            if (!saved)
                return saved.failure();
            articles.append(EvalArticle{saved->uuid, chapter, article.language});
        }
    }
    if (articles.isEmpty())
        return Error{QStringLiteral("no library reference pages under %1").arg(path)};
    return articles;
}

} // namespace lectern::bench
