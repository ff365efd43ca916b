// init, list, search and show.
#include "command.h"
#include "commandline.h"

#include "demolibrary.h"
#include "librarylocation.h"
#include "searchquery.h"

#include <QDir>
#include <QJsonObject>

namespace lectern::cli {

namespace {

// Matches in brackets, entities decoded, for a terminal.
QString terminalSnippet(QString html)
{
    html.replace(QLatin1String("<b>"), QLatin1String("["));
    html.replace(QLatin1String("</b>"), QLatin1String("]"));
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&#39;"), QLatin1String("'"));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

} // namespace

int runInit(const CommandContext &context)
{
    if (!context.arguments.isEmpty())
        return usageError(CommandLine::tr("init takes no arguments."));
    const QString path = libraryLocation(context.libraryOption);
    Result<std::unique_ptr<LibraryStore>> store = LibraryStore::create(path);
    if (!store)
        return fail(store.error());
    if (context.parser.isSet(QStringLiteral("demo"))) {
        if (Status status = fillDemoLibrary(*store.value()); !status)
            return fail(status.error());
    }
    out() << CommandLine::tr("Created the library %1").arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return ExitOk;
}

int runList(const CommandContext &context)
{
    if (!context.arguments.isEmpty())
        return usageError(CommandLine::tr("list takes no arguments."));
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    const Result<QList<ArticleSummary>> rows = store.value()->articles();
    if (!rows)
        return fail(rows.error());
    if (context.json) {
        QJsonArray array;
        for (const ArticleSummary &row : rows.value()) {
            array.append(QJsonObject{{QStringLiteral("uuid"), row.uuid},
                                     {QStringLiteral("title"), row.title},
                                     {QStringLiteral("language"), row.language},
                                     {QStringLiteral("status"), statusKey(row.status)},
                                     {QStringLiteral("updated"), timeText(row.updated)}});
        }
        printJson(array);
        return ExitOk;
    }
    for (const ArticleSummary &row : rows.value()) {
        out() << row.uuid << '\t' << row.language << '\t' << statusKey(row.status) << '\t'
              << timeText(row.updated) << '\t' << row.title << '\n';
    }
    out().flush();
    return ExitOk;
}

int runSearch(const CommandContext &context)
{
    if (context.arguments.isEmpty())
        return usageError(CommandLine::tr("search needs a query."));
    bool limitOk = false;
    const int limit = context.parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usageError(CommandLine::tr("--limit needs a whole number of 1 or more."));
    // A query that cannot be run (past the bounds of a search, an unknown
    // status) is wrong usage: exit 2, before the library is opened.
    const QString query = context.arguments.join(QLatin1Char(' '));
    if (const Result<QString> expression = SearchQuery::parse(query).matchExpression(); !expression)
        return usageError(expression.error());
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    const Result<QList<SearchHit>> hits = store.value()->search(query, limit);
    if (!hits)
        return fail(hits.error());
    if (context.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value()) {
            array.append(QJsonObject{{QStringLiteral("uuid"), hit.uuid},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), hit.snippet},
                                     {QStringLiteral("score"), hit.score}});
        }
        printJson(array);
        return ExitOk;
    }
    for (const SearchHit &hit : hits.value()) {
        out() << hit.uuid << '\t' << hit.title << '\n'
              << "    " << terminalSnippet(hit.snippet) << '\n';
    }
    out().flush();
    return ExitOk;
}

int runShow(const CommandContext &context)
{
    if (context.arguments.size() != 1)
        return usageError(CommandLine::tr("show needs one article UUID."));
    QString format = context.parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = QStringLiteral("text");
    if (format != QLatin1String("html") && format != QLatin1String("text"))
        return usageError(CommandLine::tr("show: --format must be html or text."));
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    const Result<Article> article = store.value()->article(context.arguments.first());
    if (!article)
        return fail(article.error());
    if (format == QLatin1String("html")) {
        out() << "<!DOCTYPE html>\n<html lang=\"" << article->language.toHtmlEscaped()
              << "\">\n<head><meta charset=\"utf-8\"><title>" << article->title.toHtmlEscaped()
              << "</title></head>\n<body>\n<h1>" << article->title.toHtmlEscaped() << "</h1>\n"
              << article->bodyHtml << "\n</body>\n</html>\n";
    } else {
        out() << article->title << "\n\n";
        if (!article->summary.isEmpty())
            out() << article->summary << "\n\n";
        out() << article->bodyText << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace lectern::cli
