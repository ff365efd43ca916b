#include "history/formattingdiff.h"

#include "history/textdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace lectern {

namespace {

class FormattingDiff
{
    Q_DECLARE_TR_FUNCTIONS(FormattingDiff)
};

// Beyond this many the list ends with a count: a restyled article is not
// read change by change.
constexpr int maxChanges = 40;
constexpr long long alignmentBudget = 300'000;

// A paragraph as its markup presents it. `marks` holds what is emphasised,
// as "mark\x1fpiece" (bold\x1fworld): the same words emphasised the same way
// compare equal wherever they moved.
struct Paragraph
{
    QString text;
    QString kind; // "p", "h2", "quote", "pre", "bullet 1", "number 2" ("quote bullet 1")
    QString align;
    int table = -1;
    QStringList marks;
};

struct Table
{
    int rows = 0;
    int columns = 0;
    QStringList merged; // "row,column colspan×rowspan"
    QStringList widths;
    int firstParagraph = -1;
};

struct Picture
{
    QString source;
    QString width;
    int paragraph = -1; // the paragraph it is in (or the last one before it)
};

struct Body
{
    int tablesBefore = 0; // in the part of the body not read (the same in both)
    QList<Paragraph> paragraphs;
    QList<Table> tables;
    QList<Picture> pictures;
    QList<int> rules; // the paragraph each rule follows (-1: at the start)
};

constexpr QChar markSeparator(0x1f);

QString attribute(QStringView attributes, QLatin1String name)
{
    // name="value", name='value' or name=value, any case.
    qsizetype from = 0;
    while (true) {
        const qsizetype at = attributes.indexOf(name, from, Qt::CaseInsensitive);
        if (at < 0)
            return {};
        from = at + name.size();
        const bool startsWord = at == 0 || attributes.at(at - 1).isSpace();
        qsizetype i = from;
        while (i < attributes.size() && attributes.at(i).isSpace())
            ++i;
        if (!startsWord || i >= attributes.size() || attributes.at(i) != QLatin1Char('='))
            continue;
        ++i;
        while (i < attributes.size() && attributes.at(i).isSpace())
            ++i;
        if (i >= attributes.size())
            return {};
        const QChar quote = attributes.at(i);
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            const qsizetype end = attributes.indexOf(quote, i + 1);
            return attributes.mid(i + 1, end < 0 ? -1 : end - i - 1).toString();
        }
        qsizetype end = i;
        while (end < attributes.size() && !attributes.at(end).isSpace() &&
               attributes.at(end) != QLatin1Char('>'))
            ++end;
        return attributes.mid(i, end - i).toString();
    }
}

QString decodeEntity(QStringView entity)
{
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.size() > 1 && (entity.at(1) == u'x' || entity.at(1) == u'X')
                              ? entity.mid(2).toUInt(&ok, 16)
                              : entity.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return {};
        if (code == 0xA0)
            return QStringLiteral(" ");
        const char32_t c = char32_t(code);
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("laquo"), QStringLiteral("\u00ab")},
        {QStringLiteral("raquo"), QStringLiteral("\u00bb")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201c")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201d")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("copy"), QStringLiteral("\u00a9")},
    };
    return named.value(entity.toString());
}

// The marks of a <span style="…">: colours, and emphasis written as style.
QStringList styleMarks(const QString &style)
{
    QStringList marks;
    for (const QString &declaration : style.split(QLatin1Char(';'))) {
        const QString property = declaration.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
        const QString value = declaration.section(QLatin1Char(':'), 1).trimmed().toLower();
        if (property == QLatin1String("color"))
            marks.append(QStringLiteral("colour ") + value);
        else if (property == QLatin1String("background-color") ||
                 property == QLatin1String("background"))
            marks.append(QStringLiteral("highlight ") + value);
        else if (property == QLatin1String("font-weight") &&
                 (value == QLatin1String("bold") || value.toInt() >= 600))
            marks.append(QStringLiteral("bold"));
        else if (property == QLatin1String("font-style") && value == QLatin1String("italic"))
            marks.append(QStringLiteral("italic"));
        else if (property == QLatin1String("text-decoration") &&
                 value.contains(QLatin1String("underline")))
            marks.append(QStringLiteral("underline"));
        else if (property == QLatin1String("text-decoration") &&
                 value.contains(QLatin1String("line-through")))
            marks.append(QStringLiteral("strikethrough"));
    }
    return marks;
}

QStringList inlineMarks(const QString &tag, QStringView attributes)
{
    // A short list compared in order is faster than hashing every tag.
    static constexpr struct
    {
        QLatin1String tag;
        QLatin1String mark;
    } simple[] = {
        {QLatin1String("b"), QLatin1String("bold")},
        {QLatin1String("strong"), QLatin1String("bold")},
        {QLatin1String("i"), QLatin1String("italic")},
        {QLatin1String("em"), QLatin1String("italic")},
        {QLatin1String("u"), QLatin1String("underline")},
        {QLatin1String("s"), QLatin1String("strikethrough")},
        {QLatin1String("strike"), QLatin1String("strikethrough")},
        {QLatin1String("del"), QLatin1String("strikethrough")},
        {QLatin1String("sup"), QLatin1String("superscript")},
        {QLatin1String("sub"), QLatin1String("subscript")},
        {QLatin1String("code"), QLatin1String("code")},
        {QLatin1String("tt"), QLatin1String("code")},
        {QLatin1String("kbd"), QLatin1String("code")},
    };
    for (const auto &entry : simple) {
        if (tag == entry.tag)
            return {QString(entry.mark)};
    }
    if (tag == QLatin1String("a")) {
        const QString href = attribute(attributes, QLatin1String("href"));
        return href.isEmpty() ? QStringList() : QStringList{QStringLiteral("link ") + href};
    }
    if (tag == QLatin1String("span") || tag == QLatin1String("font")) {
        QStringList marks = styleMarks(attribute(attributes, QLatin1String("style")));
        const QString colour = attribute(attributes, QLatin1String("color"));
        if (!colour.isEmpty())
            marks.append(QStringLiteral("colour ") + colour.toLower());
        return marks;
    }
    return {};
}

bool isParagraphTag(const QString &tag)
{
    static constexpr QLatin1String tags[] = {
        QLatin1String("p"),  QLatin1String("li"), QLatin1String("td"),     QLatin1String("th"),
        QLatin1String("h1"), QLatin1String("h2"), QLatin1String("h3"),     QLatin1String("h4"),
        QLatin1String("h5"), QLatin1String("h6"), QLatin1String("div"),    QLatin1String("pre"),
        QLatin1String("dt"), QLatin1String("dd"), QLatin1String("caption")};
    for (const QLatin1String &name : tags) {
        if (tag == name)
            return true;
    }
    return false;
}

// Reads article HTML into paragraphs, tables and pictures in one pass.
class Scanner
{
public:
    Body read(QStringView html)
    {
        qsizetype i = 0;
        const qsizetype size = html.size();
        while (i < size) {
            const QChar c = html.at(i);
            if (c == QLatin1Char('<')) {
                if (html.mid(i, 4) == QLatin1String("<!--")) {
                    const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                    i = end < 0 ? size : end + 3;
                    continue;
                }
                const qsizetype end = html.indexOf(QLatin1Char('>'), i + 1);
                if (end < 0)
                    break;
                tag(html.mid(i + 1, end - i - 1));
                i = end + 1;
                if (m_skipUntil.isEmpty())
                    continue;
                // <style> and <script> hold no text of the article.
                const qsizetype close = html.indexOf(QString(QLatin1String("</") + m_skipUntil), i,
                                                     Qt::CaseInsensitive);
                i = close < 0 ? size : close;
                m_skipUntil.clear();
                continue;
            }
            if (c == QLatin1Char('&')) {
                const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i + 1);
                if (semicolon > i + 1 && semicolon - i <= 10) {
                    const QString decoded = decodeEntity(html.mid(i + 1, semicolon - i - 1));
                    if (!decoded.isEmpty()) {
                        text(decoded);
                        i = semicolon + 1;
                        continue;
                    }
                }
            }
            qsizetype next = i + 1;
            while (next < size && html.at(next) != QLatin1Char('<') &&
                   html.at(next) != QLatin1Char('&'))
                ++next;
            text(html.mid(i, next - i));
            i = next;
        }
        endParagraph();
        return std::move(m_body);
    }

private:
    struct OpenMark
    {
        QString tag;
        QStringList marks;
        qsizetype start;
    };

    struct OpenTable
    {
        int index;
        int row = -1;
        int column = 0;
    };

    void tag(QStringView inside)
    {
        const bool closing = inside.startsWith(QLatin1Char('/'));
        if (closing)
            inside = inside.mid(1);
        qsizetype nameEnd = 0;
        while (nameEnd < inside.size() && !inside.at(nameEnd).isSpace() &&
               inside.at(nameEnd) != QLatin1Char('/'))
            ++nameEnd;
        const QString name = inside.left(nameEnd).toString().toLower();
        const QStringView attributes = inside.mid(nameEnd);
        if (closing)
            closeTag(name);
        else
            openTag(name, attributes);
    }

    void openTag(const QString &name, QStringView attributes)
    {
        if (name == QLatin1String("style") || name == QLatin1String("script")) {
            m_skipUntil = name;
        } else if (name == QLatin1String("br")) {
            text(QStringLiteral(" "));
        } else if (name == QLatin1String("hr")) {
            endParagraph();
            m_body.rules.append(int(m_body.paragraphs.size()) - 1);
        } else if (name == QLatin1String("img")) {
            QString width = attribute(attributes, QLatin1String("width"));
            if (width.isEmpty())
                width = attribute(attributes, QLatin1String("height")) + QStringLiteral("h");
            m_body.pictures.append({attribute(attributes, QLatin1String("src")), width,
                                    int(m_body.paragraphs.size()) - (m_open ? 0 : 1)});
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            endParagraph();
            m_lists.append(name == QLatin1String("ol"));
        } else if (name == QLatin1String("blockquote")) {
            endParagraph();
            ++m_quote;
        } else if (name == QLatin1String("table")) {
            endParagraph();
            Table table;
            table.firstParagraph = int(m_body.paragraphs.size());
            const QString width = attribute(attributes, QLatin1String("width"));
            if (!width.isEmpty())
                table.widths.append(QStringLiteral("table ") + width);
            m_body.tables.append(table);
            m_tables.append(OpenTable{int(m_body.tables.size()) - 1});
        } else if (name == QLatin1String("tr")) {
            endParagraph();
            if (!m_tables.isEmpty()) {
                OpenTable &open = m_tables.last();
                ++open.row;
                open.column = 0;
                m_body.tables[open.index].rows = open.row + 1;
            }
        } else if (isParagraphTag(name)) {
            endParagraph();
            m_blocks.append(name);
            m_pre += name == QLatin1String("pre");
            if ((name == QLatin1String("td") || name == QLatin1String("th")) && !m_tables.isEmpty())
                openCell(attributes);
            m_align = attribute(attributes, QLatin1String("align")).toLower();
            if (m_align == QLatin1String("left"))
                m_align.clear();
            startParagraph();
        } else {
            const QStringList marks = inlineMarks(name, attributes);
            if (!marks.isEmpty())
                m_marks.append({name, marks, m_paragraph.text.size()});
        }
    }

    void openCell(QStringView attributes)
    {
        OpenTable &open = m_tables.last();
        Table &table = m_body.tables[open.index];
        const int columnSpan = qMax(1, attribute(attributes, QLatin1String("colspan")).toInt());
        const int rowSpan = qMax(1, attribute(attributes, QLatin1String("rowspan")).toInt());
        if (columnSpan > 1 || rowSpan > 1) {
            table.merged.append(QStringLiteral("%1,%2 %3×%4")
                                    .arg(open.row)
                                    .arg(open.column)
                                    .arg(columnSpan)
                                    .arg(rowSpan));
        }
        const QString width = attribute(attributes, QLatin1String("width"));
        if (!width.isEmpty() && columnSpan == 1)
            table.widths.append(QString::number(open.column) + QLatin1Char(' ') + width);
        open.column += columnSpan;
        table.columns = qMax(table.columns, open.column);
    }

    void closeTag(const QString &name)
    {
        if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            endParagraph();
            if (!m_lists.isEmpty())
                m_lists.removeLast();
        } else if (name == QLatin1String("blockquote")) {
            endParagraph();
            m_quote = qMax(0, m_quote - 1);
        } else if (name == QLatin1String("table")) {
            endParagraph();
            if (!m_tables.isEmpty())
                m_tables.removeLast();
        } else if (isParagraphTag(name)) {
            endParagraph();
            const qsizetype at = m_blocks.lastIndexOf(name);
            if (at >= 0) {
                m_blocks.remove(at, m_blocks.size() - at);
                m_pre = int(m_blocks.count(QStringLiteral("pre")));
            }
            m_align.clear();
        } else {
            for (qsizetype i = m_marks.size() - 1; i >= 0; --i) {
                if (m_marks[i].tag != name)
                    continue;
                closeMark(m_marks[i]);
                m_marks.removeAt(i);
                break;
            }
        }
    }

    void text(QStringView text)
    {
        const auto isSpace = [](QChar c) {
            return c.isSpace() || c == QChar::Nbsp;
        };
        const bool pre = m_pre > 0;
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            if (!pre && isSpace(text.at(i))) {
                m_pendingSpace = m_open && !m_paragraph.text.isEmpty();
                ++i;
                continue;
            }
            // A run of letters at once (or all of it in <pre>).
            qsizetype end = i;
            while (end < size && (pre || !isSpace(text.at(end))))
                ++end;
            if (!m_open)
                startParagraph();
            if (std::exchange(m_pendingSpace, false))
                m_paragraph.text += QLatin1Char(' ');
            m_paragraph.text += text.mid(i, end - i);
            i = end;
        }
    }

    QString kind() const
    {
        QString kind;
        if (m_quote > 0)
            kind = QStringLiteral("quote");
        const QString block = m_blocks.isEmpty() ? QString() : m_blocks.last();
        QString own;
        if (block.size() == 2 && block.at(0) == QLatin1Char('h') && block.at(1).isDigit())
            own = block;
        else if (m_pre > 0)
            own = QStringLiteral("pre");
        else if (m_blocks.contains(QStringLiteral("li")) && !m_lists.isEmpty())
            own = (m_lists.last() ? QStringLiteral("number ") : QStringLiteral("bullet ")) +
                  QString::number(m_lists.size());
        if (own.isEmpty())
            return kind.isEmpty() ? QStringLiteral("p") : kind;
        return kind.isEmpty() ? own : kind + QLatin1Char(' ') + own;
    }

    bool inHeadingOrHeaderCell() const
    {
        for (const QString &block : m_blocks) {
            if (block == QLatin1String("th") ||
                (block.size() == 2 && block.at(0) == QLatin1Char('h') && block.at(1).isDigit()))
                return true;
        }
        return false;
    }

    void startParagraph()
    {
        m_open = true;
        m_pendingSpace = false;
        m_paragraph = Paragraph();
        m_paragraph.kind = kind();
        m_paragraph.align = m_align;
        m_paragraph.table = m_tables.isEmpty() ? -1 : m_tables.last().index;
        for (OpenMark &mark : m_marks)
            mark.start = 0;
    }

    void closeMark(const OpenMark &mark)
    {
        if (!m_open)
            return;
        const QString piece = m_paragraph.text.mid(mark.start).trimmed();
        if (piece.isEmpty())
            return;
        for (const QString &name : mark.marks) {
            // Headings and header cells are bold by their style.
            if (name == QLatin1String("bold") && inHeadingOrHeaderCell())
                continue;
            m_paragraph.marks.append(name + markSeparator + piece);
        }
    }

    void endParagraph()
    {
        if (!m_open)
            return;
        for (const OpenMark &mark : std::as_const(m_marks))
            closeMark(mark);
        m_open = false;
        m_pendingSpace = false;
        if (m_paragraph.text.isEmpty())
            return; // spacing, not a paragraph
        std::sort(m_paragraph.marks.begin(), m_paragraph.marks.end());
        m_body.paragraphs.append(std::move(m_paragraph));
        m_paragraph = Paragraph();
    }

    Body m_body;
    Paragraph m_paragraph;
    bool m_open = false;
    bool m_pendingSpace = false;
    QStringList m_blocks; // open paragraph-level tags, outermost first
    QList<bool> m_lists;  // open lists, outermost first: ordered or not
    int m_quote = 0;
    int m_pre = 0; // open <pre>: spaces are kept
    QString m_align;
    QList<OpenMark> m_marks;
    QList<OpenTable> m_tables;
    QString m_skipUntil;
};

// Quoted as the language quotes: “…” in English, «…» in Ukrainian.
QString quoted(const QString &text)
{
    return FormattingDiff::tr("“%1”").arg(text);
}

QString opening(const QString &text)
{
    constexpr int maxWords = 6;
    constexpr int maxCharacters = 48;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString shown = words.mid(0, maxWords).join(QLatin1Char(' '));
    bool cut = words.size() > maxWords;
    if (shown.size() > maxCharacters) {
        shown = shown.left(maxCharacters).trimmed();
        cut = true;
    }
    return quoted(cut ? shown + QStringLiteral("…") : shown);
}

QString kindName(const QString &kind)
{
    QStringList parts;
    const QStringList words = kind.split(QLatin1Char(' '));
    qsizetype i = 0;
    if (words.value(0) == QLatin1String("quote")) {
        ++i;
        if (words.size() == 1)
            return FormattingDiff::tr("a quotation");
    }
    const QString own = words.value(i);
    const int level = words.value(i + 1).toInt();
    QString name;
    if (own == QLatin1String("p"))
        name = FormattingDiff::tr("body text");
    else if (own == QLatin1String("pre"))
        name = FormattingDiff::tr("preformatted text");
    else if (own.size() == 2 && own.at(0) == QLatin1Char('h'))
        name = FormattingDiff::tr("a heading %1").arg(own.mid(1));
    else if (own == QLatin1String("bullet"))
        name = level > 1 ? FormattingDiff::tr("a bulleted list item (level %1)").arg(level)
                         : FormattingDiff::tr("a bulleted list item");
    else if (own == QLatin1String("number"))
        name = level > 1 ? FormattingDiff::tr("a numbered list item (level %1)").arg(level)
                         : FormattingDiff::tr("a numbered list item");
    else
        name = own;
    if (i > 0)
        name = FormattingDiff::tr("%1 in a quotation").arg(name);
    return name;
}

QString alignmentName(const QString &align)
{
    if (align == QLatin1String("center"))
        return FormattingDiff::tr("centred");
    if (align == QLatin1String("right"))
        return FormattingDiff::tr("aligned right");
    if (align == QLatin1String("justify"))
        return FormattingDiff::tr("justified");
    return FormattingDiff::tr("aligned left");
}

// What putting on (or taking off) each mark says. Links, colours and
// highlights name their address or colour ("link https://…").
struct MarkWords
{
    QLatin1String mark;
    bool withValue;
    const char *added;
    const char *removed;
};

constexpr MarkWords markWords[] = {
    {QLatin1String("link "), true, QT_TRANSLATE_NOOP("FormattingDiff", "link to %1 added on %2"),
     QT_TRANSLATE_NOOP("FormattingDiff", "link to %1 removed from %2")},
    {QLatin1String("colour "), true, QT_TRANSLATE_NOOP("FormattingDiff", "colour %1 given to %2"),
     QT_TRANSLATE_NOOP("FormattingDiff", "colour %1 taken off %2")},
    {QLatin1String("highlight "), true,
     QT_TRANSLATE_NOOP("FormattingDiff", "highlight %1 put on %2"),
     QT_TRANSLATE_NOOP("FormattingDiff", "highlight %1 taken off %2")},
    {QLatin1String("bold"), false, QT_TRANSLATE_NOOP("FormattingDiff", "bold added to %1"),
     QT_TRANSLATE_NOOP("FormattingDiff", "bold removed from %1")},
    {QLatin1String("italic"), false, QT_TRANSLATE_NOOP("FormattingDiff", "italic added to %1"),
     QT_TRANSLATE_NOOP("FormattingDiff", "italic removed from %1")},
    {QLatin1String("underline"), false,
     QT_TRANSLATE_NOOP("FormattingDiff", "underline added to %1"),
     QT_TRANSLATE_NOOP("FormattingDiff", "underline removed from %1")},
    {QLatin1String("strikethrough"), false,
     QT_TRANSLATE_NOOP("FormattingDiff", "strikethrough added to %1"),
     QT_TRANSLATE_NOOP("FormattingDiff", "strikethrough removed from %1")},
    {QLatin1String("superscript"), false,
     QT_TRANSLATE_NOOP("FormattingDiff", "%1 made superscript"),
     QT_TRANSLATE_NOOP("FormattingDiff", "%1 no longer superscript")},
    {QLatin1String("subscript"), false, QT_TRANSLATE_NOOP("FormattingDiff", "%1 made subscript"),
     QT_TRANSLATE_NOOP("FormattingDiff", "%1 no longer subscript")},
    {QLatin1String("code"), false, QT_TRANSLATE_NOOP("FormattingDiff", "%1 marked as code"),
     QT_TRANSLATE_NOOP("FormattingDiff", "%1 no longer marked as code")},
};

QString markChange(const QString &mark, const QString &piece, bool added)
{
    for (const MarkWords &words : markWords) {
        const bool matches = words.withValue ? mark.startsWith(words.mark) : mark == words.mark;
        if (!matches)
            continue;
        const QString text = FormattingDiff::tr(added ? words.added : words.removed);
        return words.withValue ? text.arg(mark.mid(words.mark.size()), quoted(piece))
                               : text.arg(quoted(piece));
    }
    return {};
}

// Items of `a` not matched in `b`, both sorted.
QStringList missingFrom(const QStringList &a, const QStringList &b)
{
    QStringList missing;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(missing));
    return missing;
}

// Walks an edit script of two lists: `kept(older, newer)` for each item kept,
// and between two kept ones `between(removed, added)` with the items removed
// (indices into the older list) and added (into the newer one) there.
template <typename Kept, typename Between>
void walkEditScript(const std::vector<DiffStep> &script, Kept kept, Between between)
{
    qsizetype newer = 0;
    QList<qsizetype> removed;
    QList<qsizetype> added;
    const auto flush = [&] {
        between(std::as_const(removed), std::as_const(added));
        removed.clear();
        added.clear();
    };
    for (const DiffStep &step : script) {
        switch (step.op) {
        case DiffOp::Same:
            flush();
            kept(step.index, newer);
            ++newer;
            break;
        case DiffOp::Removed:
            removed.append(step.index);
            break;
        case DiffOp::Added:
            added.append(step.index);
            newer = step.index + 1;
            break;
        }
    }
    flush();
}

class Comparer
{
public:
    Comparer(const Body &older, const Body &newer)
        : m_older(older)
        , m_newer(newer)
    {
    }

    QList<FormattingChange> compare()
    {
        compareParagraphs();
        compareTables();
        comparePictures();
        compareRules();
        if (m_hidden > 0) {
            m_changes.append({QString(), FormattingDiff::tr("and %n more formatting change(s)",
                                                            nullptr, m_hidden)});
        }
        return m_changes;
    }

private:
    void add(const QString &where, const QString &what)
    {
        if (m_changes.size() >= maxChanges) {
            ++m_hidden;
            return;
        }
        m_changes.append({where, what});
    }

    QString whereIn(const Paragraph &paragraph) const
    {
        if (paragraph.table >= 0)
            return FormattingDiff::tr("table %1, %2")
                .arg(m_newer.tablesBefore + paragraph.table + 1)
                .arg(opening(paragraph.text));
        return opening(paragraph.text);
    }

    void compareParagraphs()
    {
        QStringList before;
        for (const Paragraph &p : m_older.paragraphs)
            before.append(p.text);
        QStringList after;
        for (const Paragraph &p : m_newer.paragraphs)
            after.append(p.text);
        long long budget = alignmentBudget;
        const std::optional<std::vector<DiffStep>> script = listEditScript(before, after, budget);
        if (!script) {
            add(QString(), FormattingDiff::tr("too much of the text changed to compare its "
                                              "formatting paragraph by paragraph"));
            return;
        }
        // Kept paragraphs pair up in order; between two of them, removed and
        // added ones pair up in order too (a paragraph edited in place).
        walkEditScript(
            *script,
            [&](qsizetype older, qsizetype newer) {
                compareParagraph(m_older.paragraphs[older], m_newer.paragraphs[newer], true);
            },
            [&](const QList<qsizetype> &removed, const QList<qsizetype> &added) {
                for (qsizetype k = 0; k < qMin(removed.size(), added.size()); ++k)
                    compareParagraph(m_older.paragraphs[removed[k]], m_newer.paragraphs[added[k]],
                                     false);
            });
        flushKindRun();
    }

    // A run of paragraphs that all became the same kind is one change.
    void flushKindRun()
    {
        if (m_kindRun.count == 0)
            return;
        const QString where = m_kindRun.count == 1
                                  ? m_kindRun.where
                                  : FormattingDiff::tr("%1 and the %n paragraph(s) after it",
                                                       nullptr, m_kindRun.count - 1)
                                        .arg(m_kindRun.where);
        add(where, m_kindRun.count == 1
                       ? FormattingDiff::tr("became %1 (was %2)")
                             .arg(kindName(m_kindRun.kind), kindName(m_kindRun.was))
                       : FormattingDiff::tr("became %1 (were %2)")
                             .arg(kindName(m_kindRun.kind), kindName(m_kindRun.was)));
        m_kindRun = {};
    }

    void compareParagraph(const Paragraph &older, const Paragraph &newer, bool sameText)
    {
        const QString where = whereIn(newer);
        if (older.kind != newer.kind) {
            if (m_kindRun.count > 0 &&
                (m_kindRun.kind != newer.kind || m_kindRun.was != older.kind))
                flushKindRun();
            if (m_kindRun.count == 0)
                m_kindRun = {where, newer.kind, older.kind, 0};
            ++m_kindRun.count;
        } else {
            flushKindRun();
        }
        if (older.align != newer.align)
            add(where, FormattingDiff::tr("now %1").arg(alignmentName(newer.align)));
        if (older.marks == newer.marks)
            return;
        // In an edited paragraph only words there before and after count: the
        // text diff shows the rest.
        for (const QString &mark : missingFrom(newer.marks, older.marks)) {
            const QString name = mark.section(markSeparator, 0, 0);
            const QString piece = mark.section(markSeparator, 1);
            if (sameText || older.text.contains(piece))
                add(where, markChange(name, piece, true));
        }
        for (const QString &mark : missingFrom(older.marks, newer.marks)) {
            const QString name = mark.section(markSeparator, 0, 0);
            const QString piece = mark.section(markSeparator, 1);
            if (sameText || newer.text.contains(piece))
                add(where, markChange(name, piece, false));
        }
    }

    QString tableWhere(const Body &body, int index) const
    {
        const Table &table = body.tables[index];
        const bool hasText = table.firstParagraph >= 0 &&
                             table.firstParagraph < body.paragraphs.size() &&
                             body.paragraphs[table.firstParagraph].table == index;
        return hasText ? FormattingDiff::tr("table %1 (%2)")
                             .arg(body.tablesBefore + index + 1)
                             .arg(opening(body.paragraphs[table.firstParagraph].text))
                       : FormattingDiff::tr("table %1").arg(body.tablesBefore + index + 1);
    }

    QString tableSignature(const Body &body, int index) const
    {
        const Table &table = body.tables[index];
        if (table.firstParagraph >= 0 && table.firstParagraph < body.paragraphs.size() &&
            body.paragraphs[table.firstParagraph].table == index)
            return body.paragraphs[table.firstParagraph].text;
        return QStringLiteral("%1×%2").arg(table.rows).arg(table.columns);
    }

    void compareTables()
    {
        QStringList before;
        for (int i = 0; i < m_older.tables.size(); ++i)
            before.append(tableSignature(m_older, i));
        QStringList after;
        for (int i = 0; i < m_newer.tables.size(); ++i)
            after.append(tableSignature(m_newer, i));
        long long budget = alignmentBudget;
        std::optional<std::vector<DiffStep>> script = listEditScript(before, after, budget);
        if (!script)
            return;
        // A table whose first cell changed is the same table, edited: removed
        // and added ones between two kept tables pair up in order.
        walkEditScript(
            *script,
            [&](qsizetype older, qsizetype newer) { compareTable(int(older), int(newer)); },
            [&](const QList<qsizetype> &removed, const QList<qsizetype> &added) {
                const qsizetype paired = qMin(removed.size(), added.size());
                for (qsizetype k = 0; k < paired; ++k)
                    compareTable(int(removed[k]), int(added[k]));
                for (qsizetype k = paired; k < removed.size(); ++k)
                    add(tableWhere(m_older, int(removed[k])), FormattingDiff::tr("table removed"));
                for (qsizetype k = paired; k < added.size(); ++k) {
                    const Table &table = m_newer.tables[added[k]];
                    add(tableWhere(m_newer, int(added[k])),
                        FormattingDiff::tr("table added (%1 × %2: rows × columns)")
                            .arg(table.rows)
                            .arg(table.columns));
                }
            });
    }

    void compareTable(int olderIndex, int newerIndex)
    {
        const Table &older = m_older.tables[olderIndex];
        const Table &newer = m_newer.tables[newerIndex];
        const QString where = tableWhere(m_newer, newerIndex);
        if (older.rows != newer.rows)
            add(where, FormattingDiff::tr("rows: %1 → %2").arg(older.rows).arg(newer.rows));
        if (older.columns != newer.columns) {
            add(where,
                FormattingDiff::tr("columns: %1 → %2").arg(older.columns).arg(newer.columns));
        } else if (older.widths != newer.widths) {
            add(where, FormattingDiff::tr("column widths changed"));
        }
        if (older.merged.size() < newer.merged.size())
            add(where, FormattingDiff::tr("cells merged"));
        else if (older.merged.size() > newer.merged.size())
            add(where, FormattingDiff::tr("merged cells split"));
        else if (older.merged != newer.merged && older.rows == newer.rows &&
                 older.columns == newer.columns)
            add(where, FormattingDiff::tr("other cells merged"));
    }

    QString pictureWhere(const Body &body, const Picture &picture) const
    {
        // A picture alone in its paragraph is placed by the next one.
        const qsizetype paragraph = qMin(qsizetype(picture.paragraph), body.paragraphs.size() - 1);
        if (paragraph >= 0)
            return FormattingDiff::tr("near %1").arg(whereIn(body.paragraphs[paragraph]));
        return FormattingDiff::tr("at the start");
    }

    static QString widthText(const QString &width)
    {
        if (width == QLatin1String("h"))
            return FormattingDiff::tr("its own size");
        if (width.endsWith(QLatin1Char('h')))
            return FormattingDiff::tr("%1 px high").arg(width.chopped(1));
        return FormattingDiff::tr("%1 px wide").arg(width);
    }

    void comparePictures()
    {
        QStringList before;
        for (const Picture &p : m_older.pictures)
            before.append(p.source);
        QStringList after;
        for (const Picture &p : m_newer.pictures)
            after.append(p.source);
        if (before == after) {
            for (qsizetype i = 0; i < before.size(); ++i) {
                const Picture &older = m_older.pictures[i];
                const Picture &newer = m_newer.pictures[i];
                if (older.width != newer.width) {
                    add(pictureWhere(m_newer, newer),
                        FormattingDiff::tr("picture resized: %1 → %2")
                            .arg(widthText(older.width), widthText(newer.width)));
                }
            }
            return;
        }
        long long budget = alignmentBudget;
        const std::optional<std::vector<DiffStep>> script = listEditScript(before, after, budget);
        if (!script)
            return;
        for (const DiffStep &step : *script) {
            if (step.op == DiffOp::Added)
                add(pictureWhere(m_newer, m_newer.pictures[step.index]),
                    FormattingDiff::tr("picture added"));
            else if (step.op == DiffOp::Removed)
                add(pictureWhere(m_older, m_older.pictures[step.index]),
                    FormattingDiff::tr("picture removed"));
        }
    }

    void compareRules()
    {
        const qsizetype olderCount = m_older.rules.size();
        const qsizetype newerCount = m_newer.rules.size();
        if (olderCount == newerCount)
            return;
        const Body &body = newerCount > olderCount ? m_newer : m_older;
        const QList<int> &rules = body.rules;
        const QList<int> &others = newerCount > olderCount ? m_older.rules : m_newer.rules;
        // The first rule that is not in the other version says where.
        qsizetype i = 0;
        while (i < others.size() && i < rules.size() && rules[i] == others[i])
            ++i;
        const int after = rules.value(i, -1);
        const QString where =
            after >= 0 && after < body.paragraphs.size()
                ? FormattingDiff::tr("after %1").arg(whereIn(body.paragraphs[after]))
                : FormattingDiff::tr("at the start");
        const int count = int(qAbs(newerCount - olderCount));
        add(where, newerCount > olderCount
                       ? FormattingDiff::tr("%n horizontal rule(s) added", nullptr, count)
                       : FormattingDiff::tr("%n horizontal rule(s) removed", nullptr, count));
    }

    struct KindRun
    {
        QString where;
        QString kind;
        QString was;
        int count = 0;
    };

    const Body &m_older;
    const Body &m_newer;
    QList<FormattingChange> m_changes;
    KindRun m_kindRun;
    int m_hidden = 0;
};

} // namespace

namespace {

// Tags that nest paragraphs or are paragraphs: a position outside all of
// them is between two top-level blocks.
bool isBlockTag(QStringView name)
{
    static constexpr QLatin1String tags[] = {
        QLatin1String("p"),     QLatin1String("li"),         QLatin1String("td"),
        QLatin1String("th"),    QLatin1String("tr"),         QLatin1String("ul"),
        QLatin1String("ol"),    QLatin1String("h1"),         QLatin1String("h2"),
        QLatin1String("h3"),    QLatin1String("h4"),         QLatin1String("h5"),
        QLatin1String("h6"),    QLatin1String("div"),        QLatin1String("pre"),
        QLatin1String("dt"),    QLatin1String("dd"),         QLatin1String("table"),
        QLatin1String("tbody"), QLatin1String("blockquote"), QLatin1String("caption")};
    for (const QLatin1String &tag : tags) {
        if (name.compare(tag, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Top-level block starts of `html` from `from` on (where the depth is 0):
// calls `found(position, tablesBefore)` for each until it returns false.
template <typename Found> void topLevelBlocks(QStringView html, qsizetype from, Found found)
{
    int depth = 0;
    int tables = 0;
    qsizetype i = from;
    while (true) {
        i = html.indexOf(QLatin1Char('<'), i);
        if (i < 0)
            return;
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            if (end < 0)
                return;
            i = end + 3;
            continue;
        }
        const bool closing = i + 1 < html.size() && html.at(i + 1) == QLatin1Char('/');
        qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < html.size() && html.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        const QStringView name = html.mid(nameStart, nameEnd - nameStart);
        if (name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0) {
            if (closing) {
                i = nameEnd;
                continue;
            }
            const qsizetype end = html.indexOf(QString(QLatin1String("</") + name.toString()),
                                               nameEnd, Qt::CaseInsensitive);
            if (end < 0)
                return;
            i = end;
            continue;
        }
        if (isBlockTag(name)) {
            if (closing) {
                depth = qMax(0, depth - 1);
            } else {
                if (depth == 0 && !found(i, tables))
                    return;
                ++depth;
                tables += name.compare(QLatin1String("table"), Qt::CaseInsensitive) == 0;
            }
        }
        i = nameEnd;
    }
}

} // namespace

QList<FormattingChange> formattingChanges(const QString &olderHtml, const QString &newerHtml)
{
    if (olderHtml == newerHtml)
        return {};
    // Only the part between the common start and end is read, cut at
    // top-level blocks: a small edit to a long article reads a few
    // paragraphs, not the megabyte twice.
    const qsizetype shorter = qMin(olderHtml.size(), newerHtml.size());
    qsizetype prefix = 0;
    while (prefix < shorter && olderHtml.at(prefix) == newerHtml.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && olderHtml.at(olderHtml.size() - 1 - suffix) ==
                                            newerHtml.at(newerHtml.size() - 1 - suffix))
        ++suffix;
    // One whole block before the change and one after it are read too: a
    // picture or a rule is placed by its neighbours.
    qsizetype from = 0;
    int tablesBefore = 0;
    qsizetype last = 0;
    int tablesBeforeLast = 0;
    topLevelBlocks(newerHtml, 0, [&](qsizetype at, int tables) {
        if (at > prefix)
            return false;
        from = last;
        tablesBefore = tablesBeforeLast;
        last = at;
        tablesBeforeLast = tables;
        return true;
    });
    // The second top-level block inside the common end, at the same place
    // of both versions (else they are read to the end).
    const auto endIn = [&from, suffix](const QString &html) {
        qsizetype end = html.size();
        int inside = 0;
        topLevelBlocks(html, from, [&](qsizetype at, int) {
            if (at < html.size() - suffix || ++inside < 2)
                return true;
            end = at;
            return false;
        });
        return end;
    };
    qsizetype newerEnd = endIn(newerHtml);
    qsizetype olderEnd = endIn(olderHtml);
    if (newerHtml.size() - newerEnd != olderHtml.size() - olderEnd) {
        newerEnd = newerHtml.size();
        olderEnd = olderHtml.size();
    }
    Body older = Scanner().read(QStringView(olderHtml).mid(from, olderEnd - from));
    Body newer = Scanner().read(QStringView(newerHtml).mid(from, newerEnd - from));
    older.tablesBefore = newer.tablesBefore = tablesBefore;
    return Comparer(older, newer).compare();
}

} // namespace lectern
