#include "commandline.h"

#include "clihelp.h"
#include "commandtable.h"

#include <QSet>

namespace lectern::cli {

namespace {

// Options QApplication itself takes, whose values are not commands.
const QStringList qtOptionsWithValue{
    QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
    QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
    QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
    QStringLiteral("-qwindowicon"),     QStringLiteral("-style"),
    QStringLiteral("-stylesheet"),      QStringLiteral("-display"),
    QStringLiteral("-geometry"),        QStringLiteral("-title")};

// The options of every command, for the parser; what each means and which
// command takes it is in the command table.
void addOptions(QCommandLineParser &parser)
{
    for (const auto &[name, value] : allOptions()) {
        if (name == QLatin1String("help"))
            continue; // the parser's own help option
        // search and related show 20 results unless told; list, which
        // checks whether --limit is set, shows all.
        const QString defaultValue =
            name == QLatin1String("limit") ? QStringLiteral("20") : QString();
        parser.addOption(QCommandLineOption(name, QString(), value, defaultValue));
    }
}

// Puts the positional arguments after "--", so that QCommandLineParser
// takes none of them for options: the query of `search -university` is a
// word to leave out, not the options -u -n -i…
QStringList separatePositionals(const QStringList &arguments, QString *commandName)
{
    QSet<QString> valueOptions;
    for (const auto &[name, value] : allOptions()) {
        if (!value.isEmpty())
            valueOptions.insert(name);
    }
    QStringList options{arguments.value(0)};
    QStringList positionals;
    std::optional<CommandSpec> command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--")) {
            positionals += arguments.mid(i + 1);
            break;
        }
        if (argument.startsWith(QLatin1String("--"))) {
            if (valueOptions.contains(argument.mid(2))) {
                if (i + 1 == arguments.size())
                    return arguments; // the parser says the value is missing
                options << argument << arguments[++i];
                continue;
            }
            options << argument;
            continue;
        }
        const bool dash = argument.size() > 1 && argument.startsWith(QLatin1Char('-'));
        const bool shortOption = argument == QLatin1String("-h") ||
                                 argument == QLatin1String("-v") || argument == QLatin1String("-?");
        if (dash && (!command || !command->dashArguments || shortOption)) {
            options << argument;
            continue;
        }
        if (positionals.isEmpty()) {
            command = findCommandSpec(argument);
            *commandName = argument;
        }
        positionals << argument;
    }
    return options + QStringList{QStringLiteral("--")} + positionals;
}

// The options given that the command does not take, as "--name".
QStringList inapplicableOptions(const QCommandLineParser &parser, const CommandSpec &command)
{
    QStringList wrong;
    for (const QString &name : parser.optionNames()) {
        const bool common = name == QLatin1String("library") || name == QLatin1String("wait") ||
                            name == QLatin1String("help") || name == QLatin1String("h") ||
                            name == QLatin1String("?") || name == QLatin1String("help-all");
        if (!common && !command.option(name)) {
            const QString spelt =
                (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            if (!wrong.contains(spelt))
                wrong << spelt;
        }
    }
    return wrong;
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--library")) {
            // Without a path (or with an empty one) it is wrong usage, which
            // the command line reports instead of opening another library.
            // ("--library=" with nothing after it is the desktop entry's
            // --library=%f started without a file: the window, as before.)
            if (i + 1 >= argc || argv[i + 1][0] == '\0')
                return true;
            ++i;
            continue;
        }
        if (qtOptionsWithValue.contains(argument)) {
            ++i; // its value is a setting, not a command
            continue;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--version") || argument == QLatin1String("-v") ||
            argument == QLatin1String("--help-all"))
            return true;
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // a command, or an unknown one the command line reports
        // An option of the commands (--json, --limit…) without a command is
        // wrong usage too, not something the window quietly ignores.
        if (argument.startsWith(QLatin1String("--"))) {
            const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
            for (const auto &[option, value] : allOptions()) {
                if (option == name && name != QLatin1String("library"))
                    return true;
            }
        }
    }
    return false;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    addOptions(parser);

    QString commandName;
    if (!parser.parse(separatePositionals(arguments, &commandName)))
        return usageError(parser.errorText());
    const std::optional<CommandSpec> command = findCommandSpec(commandName);
    if (command)
        setUsageCommand(command->name);
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        out() << (command ? commandHelp(*command) : generalHelp());
        out().flush();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("library")) &&
        parser.value(QStringLiteral("library")).trimmed().isEmpty())
        return usageError(CommandLine::tr("--library needs the path of a library file."));
    if (parser.isSet(QStringLiteral("wait"))) {
        bool number = false;
        if (parser.value(QStringLiteral("wait")).toInt(&number) < 0 || !number)
            return usageError(CommandLine::tr("--wait needs a whole number of seconds."));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(CommandLine::tr("Name a command."));
    if (!command)
        return usageError(CommandLine::tr("“%1” is not a command.").arg(positional.first()));
    if (const QStringList wrong = inapplicableOptions(parser, *command); !wrong.isEmpty()) {
        return usageError(CommandLine::tr("%1 does not take %2.")
                              .arg(command->name, wrong.join(QStringLiteral(", "))));
    }
    const CommandContext context{parser, positional.mid(1), parser.value(QStringLiteral("library")),
                                 parser.isSet(QStringLiteral("json"))};
    return command->run(context);
}

} // namespace lectern::cli
