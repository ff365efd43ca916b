#include "commandline.h"

#include "command.h"

namespace lectern::cli {

namespace {

struct Command
{
    const char *name;
    int (*run)(const CommandContext &);
};

// Every command of the command line. A new command adds a line here, its
// options in addOptions() and its usage in commandsHelp().
constexpr Command commandTable[] = {
    {"init", runInit},     {"list", runList},
    {"search", runSearch}, {"show", runShow},
    {"export", runExport}, {"related", runRelated},
    {"import", runImport}, {"exchange-export", runExchangeExport},
    {"merge", runMerge},
    {"recovery", runRecovery},
    {"history", runHistory},
    {"featured", runFeatured},
    {"feature", runFeature},
    {"unfeature", runUnfeature},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : commandTable) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// Options QApplication itself takes, whose values are not commands.
const QStringList qtOptionsWithValue{
    QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
    QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
    QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
    QStringLiteral("-qwindowicon"),     QStringLiteral("-style"),
    QStringLiteral("-stylesheet"),      QStringLiteral("-display"),
    QStringLiteral("-geometry"),        QStringLiteral("-title")};

void addOptions(QCommandLineParser &parser)
{
    const auto option = [&](const char *name, const QString &help, const QString &value = {},
                            const QString &defaultValue = {}) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), help, value, defaultValue));
    };
    option("library", CommandLine::tr("Use the library file PATH."), CommandLine::tr("PATH"));
    option("json", CommandLine::tr("Print JSON instead of text."));
    option("limit", CommandLine::tr("Show at most N results (default 20)."), CommandLine::tr("N"),
           QStringLiteral("20"));
    option("format", CommandLine::tr("Output or input format (see the commands)."),
           CommandLine::tr("FORMAT"));
    option("demo", CommandLine::tr("Fill a new library with demo content."));
    // export
    option("article", CommandLine::tr("Export the article UUID (repeat for several)."),
           CommandLine::tr("UUID"));
    option("category", CommandLine::tr("Export the articles of the category NAME."),
           CommandLine::tr("NAME"));
    option("all", CommandLine::tr("Export every article."));
    option("recommended", CommandLine::tr("Export the recommended-reading list."));
    option("out", CommandLine::tr("Write to PATH (a file, or a folder for one file each)."),
           CommandLine::tr("PATH"));
    option("one-file", CommandLine::tr("Put several articles into one file."));
    option("page-size", CommandLine::tr("PDF page size: A4, A5, Letter… (default A4)."),
           CommandLine::tr("SIZE"));
    option("pdfa", CommandLine::tr("Write PDF/A-1b."));
    option("related-reading",
           CommandLine::tr("export: end each article with its related articles and why."));
    option("force", CommandLine::tr("Replace files that exist."));
    // import, exchange-export, merge
    option("update", CommandLine::tr("import: update articles imported before."));
    option("skip-existing", CommandLine::tr("import: skip pages imported before (the default)."));
    option("since", CommandLine::tr("exchange-export: articles changed since DATE (ISO 8601)."),
           CommandLine::tr("DATE"));
    option("theirs", CommandLine::tr("merge: resolve conflicts by taking their version."));
    option("mine", CommandLine::tr("merge: resolve conflicts by keeping my version."));
    option("both", CommandLine::tr("merge: resolve conflicts by keeping both versions."));
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
        "  export --format pdf|html|odt|md|txt --out PATH\n"
        "         (--article UUID ... | --category NAME | --all | --recommended)\n"
        "         [--one-file] [--page-size A4] [--pdfa] [--force]\n"
        "                                    Export articles: one file each into the folder\n"
        "                                    PATH, or one file with --one-file; never\n"
        "                                    replaces a file without --force.\n"
        "  related UUID [--limit N] [--json] Related articles, with the reasons.\n"
        "  import PATH... [--format html|md|txt] [--update|--skip-existing] [--json]\n"
        "                                    Import pages, Markdown and text files or\n"
        "                                    folders (recursively); pages imported\n"
        "                                    before are skipped unless --update.\n"
        "  exchange-export --out FILE (--article UUID ... | --all | --since DATE)\n"
        "                                    Write the articles, their history and images\n"
        "                                    to a new library file for a colleague.\n"
        "  merge FILE [--theirs|--mine|--both] [--json]\n"
        "                                    Merge a library file into this library;\n"
        "                                    reports taken, kept and conflicts.\n"
        "  recovery [--json]                 Unsaved editor changes kept for recovery.\n"
        "  history UUID [--json]             Versions of an article or university, and\n"
        "                                    what each next save changed.\n"
        "Without a command, Lectern opens its window.\n"
        "Exit codes: 0 success, 1 failure, 2 wrong usage.\n");
}

QString featuredHelp()
{
    return CommandLine::tr(
        "Home's featured articles:\n"
        "  featured [--json]                 List the articles pinned to the top of Home.\n"
        "  feature UUID...                   Pin articles to Home (after those pinned).\n"
        "  unfeature UUID...                 Unpin them.\n");
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--library") || qtOptionsWithValue.contains(argument)) {
            ++i; // its value is a path or setting, not a command
            continue;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--version") || argument == QLatin1String("-v") ||
            argument == QLatin1String("--help-all"))
            return true;
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // a command, or an unknown one the command line reports
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
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CommandLine::tr("The command to run (see below)."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << parser.helpText() << '\n' << commandsHelp() << featuredHelp();
        out().flush();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const Command *command = findCommand(positional.value(0));
    if (!command) {
        return usageError(CommandLine::tr("“%1” is not a command.").arg(positional.value(0)));
    }
    const CommandContext context{parser, positional.mid(1), parser.value(QStringLiteral("library")),
                                 parser.isSet(QStringLiteral("json"))};
    return command->run(context);
}

} // namespace lectern::cli
