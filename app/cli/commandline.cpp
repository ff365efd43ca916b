#include "commandline.h"

#include "demolibrary.h"
#include "librarylocation.h"
#include "librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace lectern::cli {

namespace {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QStringList commands{QStringLiteral("init"), QStringLiteral("list"),
                           QStringLiteral("search"), QStringLiteral("show")};

// Options QApplication itself takes, whose values are not commands.
const QStringList qtOptionsWithValue{
    QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"),
    QStringLiteral("-platformtheme"), QStringLiteral("-plugin"), QStringLiteral("-qwindowgeometry"),
    QStringLiteral("-qwindowtitle"), QStringLiteral("-qwindowicon"), QStringLiteral("-style"),
    QStringLiteral("-stylesheet"), QStringLiteral("-display"), QStringLiteral("-geometry"),
    QStringLiteral("-title")};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message, int code = ExitFailure)
{
    QTextStream err(stderr);
    err << "lectern: " << message << Qt::endl;
    return code;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void printJson(const QJsonArray &array)
{
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out().flush();
}

QString commandsHelp()
{
    return CommandLine::tr(
        "Commands:\n"
        "  init [--demo]                     Create a library (never overwrites a file);\n"
        "                                    --demo fills it with the demo content.\n"
        "  list [--json]                     List the articles.\n"
        "  search QUERY [--limit N] [--json] Ranked search. QUERY: words, \"phrases\",\n"
        "                                    -word, lang:, status:, tag:, author:.\n"
        "  show UUID [--format html|text]    Print one article.\n"
        "Without a command, Lectern opens its window.\n"
        "Exit codes: 0 success, 1 failure, 2 wrong usage.\n");
}

struct Options
{
    QString libraryOption;
    bool json = false;
};

Result<std::unique_ptr<LibraryStore>> openLibrary(const Options &options)
{
    const QString path = libraryLocation(options.libraryOption);
    // The first start with no library gets the demo one, as in the window.
    if (isDefaultLibraryLocation(options.libraryOption) && !QFileInfo::exists(path)) {
        Result<std::unique_ptr<LibraryStore>> store = LibraryStore::create(path);
        if (store) {
            if (Status status = fillDemoLibrary(*store.value()); !status)
                return Error{status.error()};
        }
        return store;
    }
    return LibraryStore::open(path);
}

int runInit(const Options &options, bool demo)
{
    const QString path = libraryLocation(options.libraryOption);
    Result<std::unique_ptr<LibraryStore>> store = LibraryStore::create(path);
    if (!store)
        return fail(store.error());
    if (demo) {
        if (Status status = fillDemoLibrary(*store.value()); !status)
            return fail(status.error());
    }
    out() << CommandLine::tr("Created the library %1").arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return ExitOk;
}

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

int runList(LibraryStore &store, const Options &options)
{
    const Result<QList<ArticleSummary>> rows = store.articles();
    if (!rows)
        return fail(rows.error());
    if (options.json) {
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

int runSearch(LibraryStore &store, const Options &options, const QString &query, int limit)
{
    const Result<QList<SearchHit>> hits = store.search(query, limit);
    if (!hits)
        return fail(hits.error());
    if (options.json) {
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

int runShow(LibraryStore &store, const QString &uuid, const QString &format)
{
    const Result<Article> article = store.article(uuid);
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

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--library")) {
            ++i; // its value is a path, not a command
            continue;
        }
        if (commands.contains(argument) || argument == QLatin1String("--help") ||
            argument == QLatin1String("-h") || argument == QLatin1String("--version") ||
            argument == QLatin1String("-v") || argument == QLatin1String("--help-all"))
            return true;
        if (qtOptionsWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // an unknown command: the command line reports it
    }
    return false;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Lectern reads, searches and edits a library of articles."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), CommandLine::tr("Use the library file PATH."),
        CommandLine::tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CommandLine::tr("Print JSON instead of text."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         CommandLine::tr("Show at most N results (default 20)."),
                                         CommandLine::tr("N"), QStringLiteral("20"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CommandLine::tr("Output format: html or text."),
                                          CommandLine::tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        CommandLine::tr("Fill a new library with demo content."));
    parser.addOptions({libraryOption, jsonOption, limitOption, formatOption, demoOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CommandLine::tr("init, list, search or show (see below)."));

    if (!parser.parse(arguments))
        return fail(parser.errorText() + QLatin1String("\n") +
                        CommandLine::tr("Run “lectern --help” for usage."),
                    ExitUsage);
    if (parser.isSet(helpOption)) {
        out() << parser.helpText() << '\n' << commandsHelp();
        out().flush();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!commands.contains(command)) {
        return fail(CommandLine::tr("“%1” is not a command. Run “lectern --help” for usage.")
                        .arg(command),
                    ExitUsage);
    }
    const QStringList rest = positional.mid(1);
    Options options{parser.value(libraryOption), parser.isSet(jsonOption)};

    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return fail(CommandLine::tr("--limit needs a whole number of 1 or more."), ExitUsage);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("html") && format != QLatin1String("text"))
        return fail(CommandLine::tr("--format must be html or text."), ExitUsage);

    if (command == QLatin1String("init")) {
        if (!rest.isEmpty())
            return fail(CommandLine::tr("init takes no arguments."), ExitUsage);
        return runInit(options, parser.isSet(demoOption));
    }
    if (command == QLatin1String("search") && rest.isEmpty())
        return fail(CommandLine::tr("search needs a query."), ExitUsage);
    if (command == QLatin1String("show") && rest.size() != 1)
        return fail(CommandLine::tr("show needs one article UUID."), ExitUsage);
    if (command == QLatin1String("list") && !rest.isEmpty())
        return fail(CommandLine::tr("list takes no arguments."), ExitUsage);

    Result<std::unique_ptr<LibraryStore>> store = openLibrary(options);
    if (!store)
        return fail(store.error());
    if (command == QLatin1String("list"))
        return runList(*store.value(), options);
    if (command == QLatin1String("search"))
        return runSearch(*store.value(), options, rest.join(QLatin1Char(' ')), limit);
    return runShow(*store.value(), rest.first(), format);
}

} // namespace lectern::cli
