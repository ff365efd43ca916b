#include "clihelp.h"

#include "commandline.h"

#include <QTextBoundaryFinder>

namespace lectern::cli {

namespace {

constexpr int labelColumn = 2;
constexpr int textColumn = 22;

// East Asian wide characters take two columns of a terminal.
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
}

int columns(QStringView text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.isLowSurrogate() ? 0 : (isWide(c) ? 2 : 1);
    return width;
}

// Lines break at spaces, and between Chinese characters where Unicode
// allows it; never inside an option such as --one-file.
bool mayBreakAt(const QString &text, qsizetype at)
{
    if (at <= 0 || at >= text.size())
        return true;
    return text[at - 1].isSpace() || isWide(text[at - 1]) || isWide(text[at]);
}

QString wrapParagraph(const QString &paragraph, int indent, int width)
{
    const QString margin(indent, QLatin1Char(' '));
    QStringList lines;
    QString line;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, paragraph);
    qsizetype start = 0;
    while (start < paragraph.size()) {
        qsizetype end = breaks.toNextBoundary();
        while (end > 0 && !mayBreakAt(paragraph, end))
            end = breaks.toNextBoundary();
        if (end < 0)
            end = paragraph.size();
        const QString piece = paragraph.mid(start, end - start);
        start = end;
        if (!line.isEmpty() && columns(line) + columns(piece.trimmed()) > width - indent) {
            lines.append(margin + line.trimmed());
            line.clear();
        }
        line += piece;
    }
    if (!line.trimmed().isEmpty())
        lines.append(margin + line.trimmed());
    return lines.join(QLatin1Char('\n'));
}

QString optionLabel(const OptionHelp &option)
{
    QString label = QStringLiteral("--") + option.name;
    if (option.name == QLatin1String("help"))
        label = QStringLiteral("-h, --help");
    if (!option.value.isEmpty())
        label += QLatin1Char(' ') + option.value;
    return label;
}

// "  label           text", the text wrapped under itself; a long label
// puts the text on the next line.
QString row(const QString &label, const QString &text)
{
    const QString wrapped = wrapText(text, textColumn);
    const QString start = QString(labelColumn, QLatin1Char(' ')) + label;
    if (start.size() + 2 > textColumn)
        return start + QLatin1Char('\n') + wrapped;
    return start.leftJustified(textColumn) + wrapped.mid(textColumn);
}

// "Usage: " before the first line, the other lines under it.
QString usage(const QStringList &lines)
{
    const QString prefix = CommandLine::tr("Usage:") + QLatin1Char(' ');
    const int indent = columns(prefix);
    QStringList out;
    for (const QString &line : lines)
        out << wrapText(line, indent);
    QString text = out.join(QLatin1Char('\n'));
    return prefix + text.mid(indent);
}

QString usageLine(const CommandSpec &spec)
{
    return usage({QStringLiteral("lectern [--library PATH] %1 %2").arg(spec.name, spec.synopsis)});
}

} // namespace

QString wrapText(const QString &text, int indent, int width)
{
    QStringList paragraphs;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n")))
        paragraphs.append(wrapParagraph(paragraph, indent, width));
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString generalHelp()
{
    QStringList parts;
    parts << usage({QStringLiteral("lectern [--library PATH] COMMAND [ARGUMENTS] [OPTIONS]"),
                    QStringLiteral("lectern [--library PATH] [--new-instance]"),
                    QStringLiteral("lectern help COMMAND | --version")});
    parts << wrapText(CommandLine::tr("Lectern reads, searches and edits a library of articles. "
                                      "Without a command it opens its window on the library; "
                                      "with one it works without a window."),
                      0);
    parts << wrapText(CommandLine::tr("One window per user: started again without a command "
                                      "while its window is open, Lectern opens the library in "
                                      "that window and exits; --new-instance opens a window of "
                                      "its own instead."),
                      0);
    QStringList commands{CommandLine::tr("Commands:")};
    for (const CommandSpec &spec : commandSpecs())
        commands << row(spec.name, spec.summary);
    parts << commands.join(QLatin1Char('\n'));
    QStringList options{CommandLine::tr("Options for every command:")};
    for (const OptionHelp &option : commonOptions())
        options << row(optionLabel(option), option.help);
    options << row(QStringLiteral("-v, --version"), CommandLine::tr("Show the version and exit."));
    options << row(QStringLiteral("--json"),
                   CommandLine::tr("Print the result as JSON: every command that prints a "
                                   "result takes it."));
    parts << options.join(QLatin1Char('\n'));
    parts << wrapText(CommandLine::tr("Run “lectern help COMMAND” (or “lectern COMMAND "
                                      "--help”) for what a command takes, with examples. The "
                                      "library is --library PATH, else $LECTERN_LIBRARY, else "
                                      "the one in the data folder, created with the demo "
                                      "content on the first start."),
                      0);
    parts << CommandLine::tr("Exit status: 0 success, 1 failure, 2 wrong usage.");
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString commandHelp(const CommandSpec &spec)
{
    QStringList parts;
    parts << usageLine(spec);
    parts << wrapText(spec.summary + QStringLiteral("\n\n") + spec.description, 0);
    QStringList options{CommandLine::tr("Options:")};
    for (const OptionHelp &option : spec.options)
        options << row(optionLabel(option), option.help);
    for (const OptionHelp &option : commonOptions())
        options << row(optionLabel(option), option.help);
    parts << options.join(QLatin1Char('\n'));
    if (!spec.examples.isEmpty()) {
        QStringList examples{CommandLine::tr("Examples:")};
        for (const Example &example : spec.examples)
            examples << QStringLiteral("  ") + example.command + QLatin1Char('\n') +
                            wrapText(example.explanation, 6);
        parts << examples.join(QLatin1Char('\n'));
    }
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

int runHelp(const CommandContext &context)
{
    if (context.arguments.size() > 1)
        return usageError(CommandLine::tr("help takes one command."));
    if (context.arguments.isEmpty()) {
        out() << generalHelp();
        out().flush();
        return ExitOk;
    }
    const std::optional<CommandSpec> spec = findCommandSpec(context.arguments.first());
    if (!spec)
        return usageError(CommandLine::tr("“%1” is not a command.").arg(context.arguments.first()));
    out() << commandHelp(*spec);
    out().flush();
    return ExitOk;
}

} // namespace lectern::cli
