// init, list, search and show.
#include "command.h"
#include "commandline.h"

#include "demolibrary.h"
#include "librarylocation.h"
#include "searchquery.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace lectern::cli {

namespace {

// A search snippet as plain text, and where its matches are.
struct PlainSnippet
{
    QString text;
    QList<QPair<int, int>> matches; // start and length, in Unicode characters
};

// The snippets are escaped text with <b>…</b> around each match.
PlainSnippet plainSnippet(const QString &html)
{
    static const QList<QPair<QLatin1String, QChar>> entities{
        {QLatin1String("&lt;"), QLatin1Char('<')},
        {QLatin1String("&gt;"), QLatin1Char('>')},
        {QLatin1String("&quot;"), QLatin1Char('"')},
        {QLatin1String("&#39;"), QLatin1Char('\'')},
        {QLatin1String("&amp;"), QLatin1Char('&')}};
    PlainSnippet snippet;
    int characters = 0; // code points so far: what a script's string index counts
    int matchStart = -1;
    for (qsizetype i = 0; i < html.size();) {
        const QStringView rest = QStringView(html).mid(i);
        if (rest.startsWith(QLatin1String("<b>"))) {
            matchStart = characters;
            i += 3;
            continue;
        }
        if (rest.startsWith(QLatin1String("</b>"))) {
            if (matchStart >= 0 && characters > matchStart)
                snippet.matches.append({matchStart, characters - matchStart});
            matchStart = -1;
            i += 4;
            continue;
        }
        bool entity = false;
        for (const auto &[name, character] : entities) {
            if (rest.startsWith(name)) {
                snippet.text += character;
                ++characters;
                i += name.size();
                entity = true;
                break;
            }
        }
        if (entity)
            continue;
        snippet.text += html[i];
        if (!html[i].isLowSurrogate())
            ++characters;
        ++i;
    }
    return snippet;
}

// Matches in brackets, for a terminal.
QString terminalSnippet(const PlainSnippet &snippet)
{
    QList<int> starts;
    QList<int> ends;
    for (const auto &[start, length] : snippet.matches) {
        starts.append(start);
        ends.append(start + length);
    }
    QString text;
    int characters = 0;
    for (const QChar c : snippet.text) {
        if (!c.isLowSurrogate()) {
            if (ends.contains(characters))
                text += QLatin1Char(']');
            if (starts.contains(characters))
                text += QLatin1Char('[');
            ++characters;
        }
        text += c;
    }
    if (ends.contains(characters))
        text += QLatin1Char(']');
    return text;
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(timeText(time)) : QJsonValue();
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
    if (context.json) {
        printJsonObject(
            QJsonObject{{QStringLiteral("library"), QFileInfo(path).absoluteFilePath()},
                        {QStringLiteral("demo"), context.parser.isSet(QStringLiteral("demo"))}});
        return ExitOk;
    }
    out() << CommandLine::tr("Created the library %1").arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return ExitOk;
}

int runList(const CommandContext &context)
{
    if (!context.arguments.isEmpty())
        return usageError(CommandLine::tr("list takes no arguments."));
    qsizetype limit = -1;
    if (context.parser.isSet(QStringLiteral("limit"))) {
        bool limitOk = false;
        limit = context.parser.value(QStringLiteral("limit")).toInt(&limitOk);
        if (!limitOk || limit < 1)
            return usageError(CommandLine::tr("--limit needs a whole number of 1 or more."));
    }
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    Result<QList<ArticleSummary>> rows = store.value()->articles();
    if (!rows)
        return fail(rows.error());
    if (limit > 0 && rows->size() > limit)
        rows->resize(limit);
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
            const PlainSnippet snippet = plainSnippet(hit.snippet);
            QJsonArray matches;
            for (const auto &[start, length] : snippet.matches) {
                matches.append(QJsonObject{{QStringLiteral("start"), start},
                                           {QStringLiteral("length"), length}});
            }
            array.append(QJsonObject{{QStringLiteral("uuid"), hit.uuid},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), hit.snippet},
                                     {QStringLiteral("snippetText"), snippet.text},
                                     {QStringLiteral("matches"), matches},
                                     {QStringLiteral("score"), hit.score}});
        }
        printJson(array);
        return ExitOk;
    }
    for (const SearchHit &hit : hits.value()) {
        out() << hit.uuid << '\t' << hit.title << '\n'
              << "    " << terminalSnippet(plainSnippet(hit.snippet)) << '\n';
    }
    out().flush();
    return ExitOk;
}

int runShow(const CommandContext &context)
{
    if (context.arguments.size() != 1)
        return usageError(CommandLine::tr("show needs one article UUID."));
    if (context.json && context.parser.isSet(QStringLiteral("format")))
        return usageError(CommandLine::tr("show: choose either --json or --format."));
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
    if (context.json) {
        const Article &a = article.value();
        printJsonObject(QJsonObject{
            {QStringLiteral("uuid"), a.uuid},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("summary"), a.summary},
            {QStringLiteral("language"), a.language},
            {QStringLiteral("status"), statusKey(a.status)},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("source"), a.source},
            {QStringLiteral("category"), a.category},
            {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
            {QStringLiteral("translationGroup"), a.translationGroup},
            {QStringLiteral("created"), timeValue(a.created)},
            {QStringLiteral("updated"), timeValue(a.updated)},
            {QStringLiteral("published"), timeValue(a.published)},
            {QStringLiteral("universities"), QJsonArray::fromStringList(a.universityUuids)},
            {QStringLiteral("bodyText"), a.bodyText},
            {QStringLiteral("bodyHtml"), a.bodyHtml}});
        return ExitOk;
    }
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
