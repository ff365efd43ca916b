#pragma once

// Every command of the command line with its arguments, options and
// examples: the one table that the parser, `lectern help COMMAND`, the man
// page and the bash completion are made from, so that none of them can miss
// a command or an option.
#include "command.h"

#include <optional>

namespace lectern::cli {

struct OptionHelp
{
    QString name;        // "limit", without the dashes
    QString value;       // "N"; empty for a switch
    QString help;        // what it does for this command
    QStringList choices; // the values a shell may complete (--format)
    enum class Value
    {
        Text,
        Path,        // a file or a folder
        LibraryFile, // a .lectern file
    } valueKind = Value::Text;
};

struct Example
{
    QString command;     // "lectern --library my.lectern list --json"
    QString explanation; // what it does
};

// What the positional arguments are, for shell completion.
enum class ArgumentKind
{
    None,
    Uuid,        // an article (or university) uuid
    Paths,       // files and folders
    LibraryFile, // a .lectern file
    Query,       // words
    Command,     // a command's name (help)
};

struct CommandSpec
{
    QString name;
    QString synopsis;          // its arguments and options, after "lectern [--library PATH] NAME"
    QString summary;           // one line, for the list of commands
    QString description;       // paragraphs, separated by empty lines
    QList<OptionHelp> options; // besides the options every command takes
    QList<Example> examples;
    ArgumentKind arguments = ArgumentKind::None;
    // Arguments may start with "-" (search's "-word" excludes a word), so a
    // word after the command that is not one of its options is an argument.
    bool dashArguments = false;
    int (*run)(const CommandContext &) = nullptr;

    const OptionHelp *option(const QString &name) const;
};

// The options every command takes (--library, --help).
QList<OptionHelp> commonOptions();
// The commands in the order the help lists them. The texts are translated
// for the language installed when this is called.
QList<CommandSpec> commandSpecs();
std::optional<CommandSpec> findCommandSpec(const QString &name);
// Every option name of any command with its value name (empty for a
// switch): an option is spelt and takes a value alike in every command.
QList<QPair<QString, QString>> allOptions();

} // namespace lectern::cli
