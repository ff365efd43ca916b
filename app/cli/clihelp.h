#pragma once

// What the command table says, written out: `lectern --help`, the help of
// one command, the man page and the bash completion.
#include "commandtable.h"

namespace lectern::cli {

// `lectern --help`: the commands, the options every command takes, where to
// read more.
QString generalHelp();
// `lectern COMMAND --help` and `lectern help COMMAND`.
QString commandHelp(const CommandSpec &spec);

// The man page lectern(1), in roff, dated `date` (YYYY-MM-DD).
QString manPage(const QString &version, const QString &date);
// A bash completion script for lectern (commands, options, --format
// values, .lectern files).
QString bashCompletion();

// `text` broken into lines of at most `width` columns, each indented by
// `indent` spaces; Chinese characters take two columns. Paragraphs are
// separated by an empty line.
QString wrapText(const QString &text, int indent, int width = 79);

} // namespace lectern::cli
