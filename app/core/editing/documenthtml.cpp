#include "documenthtml.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace lectern {

namespace {

// The margins Qt's HTML import gives <blockquote>; only the first block of a
// quote carries BlockQuoteLevel, the following ones only these margins.
constexpr qreal quoteMargin = 40;

bool isOrdered(QTextListFormat::Style style)
{
    return style != QTextListFormat::ListDisc && style != QTextListFormat::ListCircle &&
           style != QTextListFormat::ListSquare && style != QTextListFormat::ListStyleUndefined;
}

QString alignmentName(Qt::Alignment alignment)
{
    const Qt::Alignment horizontal = alignment & Qt::AlignHorizontal_Mask;
    if (horizontal & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (horizontal & Qt::AlignJustify)
        return QStringLiteral("justify");
    if (horizontal & (Qt::AlignRight | Qt::AlignTrailing))
        return QStringLiteral("right");
    return {};
}

// What prepareHtmlImport writes into a list's number prefix, which Qt's
// import keeps, to carry the list's start number past it.
constexpr QLatin1String listStartMarker("lectern-start:");

// Qt's import gives the cells of <th> a bold cell format; the writer never
// puts bold on a <td> itself (bold text is <b> inside it), so this tells
// header cells apart.
bool isHeaderCell(const QTextTableCell &cell)
{
    const QTextCharFormat format = cell.format();
    return format.hasProperty(QTextFormat::FontWeight) && format.fontWeight() >= QFont::DemiBold;
}

// Qt gives <code> and <pre> the family "monospace".
bool isMonospace(const QTextCharFormat &format)
{
    return format.fontFixedPitch() ||
           format.fontFamilies().toStringList().value(0) == QLatin1String("monospace");
}

struct Tag
{
    QString open;
    QString close;
    bool operator==(const Tag &other) const { return open == other.open; }
};

class Writer
{
public:
    explicit Writer(const CleanHtmlOptions &options)
        : m_options(options)
    {
    }

    QString take() { return std::move(m_out); }
    void reserve(qsizetype size) { m_out.reserve(size); }

    // Blocks and frames from `it` to the end of their frame or cell.
    void writeFlow(QTextFrame::iterator it)
    {
        for (; !it.atEnd(); ++it)
            writeItem(it);
        closeLists(0);
        closeGroup();
    }

    // The same for the top-level flow, stopping once `deadline` has passed
    // between two items; true when the flow is written to its end.
    bool writeFlowUntil(QTextFrame::iterator &it, const QDeadlineTimer &deadline)
    {
        for (bool first = true; !it.atEnd(); ++it, first = false) {
            if (!first && deadline.hasExpired())
                return false;
            writeItem(it);
        }
        closeLists(0);
        closeGroup();
        return true;
    }

private:
    void writeItem(const QTextFrame::iterator &it)
    {
        if (QTextFrame *frame = it.currentFrame()) {
            closeLists(0);
            closeGroup();
            if (auto *table = qobject_cast<QTextTable *>(frame))
                writeTable(table);
            else
                writeFlow(frame->begin());
        } else {
            writeBlock(it.currentBlock());
        }
    }

    enum class Group
    {
        None,
        Quote,
        Pre
    };

    struct OpenList
    {
        const QTextList *list;
        int indent;
        bool ordered;
    };

    void writeTable(QTextTable *table)
    {
        // The attributes the importer writes, so that the reader draws tables alike.
        m_out += QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"");
        const QTextTableFormat format = table->format();
        writePercentWidth(format.width());
        m_out += QLatin1Char('>');
        // Each column's share of the width on its first cell of its own (Qt's
        // import reads it from there); widths in pixels are left out, as they
        // would not fit every page.
        QList<QTextLength> widths = format.columnWidthConstraints();
        widths.resize(table->columns());
        for (int row = 0; row < table->rows(); ++row) {
            m_out += QLatin1String("<tr>");
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (!cell.isValid() || cell.row() != row || cell.column() != column)
                    continue; // covered by a merged cell
                const bool header = isHeaderCell(cell);
                m_out += header ? QLatin1String("<th") : QLatin1String("<td");
                if (cell.columnSpan() == 1) {
                    writePercentWidth(widths[column]);
                    widths[column] = QTextLength();
                }
                if (cell.columnSpan() > 1)
                    m_out += QLatin1String(" colspan=\"") + QString::number(cell.columnSpan()) +
                             QLatin1Char('"');
                if (cell.rowSpan() > 1)
                    m_out += QLatin1String(" rowspan=\"") + QString::number(cell.rowSpan()) +
                             QLatin1Char('"');
                const bool outerHeader = std::exchange(m_header, header);
                writeCell(cell);
                m_header = outerHeader;
                m_out += header ? QLatin1String("</th>") : QLatin1String("</td>");
            }
            m_out += QLatin1String("</tr>");
        }
        m_out += QLatin1String("</table>");
    }

    void writePercentWidth(const QTextLength &width)
    {
        if (width.type() != QTextLength::PercentageLength || width.rawValue() <= 0)
            return;
        m_out += QLatin1String(" width=\"") + QString::number(width.rawValue(), 'g', 4) +
                 QLatin1String("%\"");
    }

    void writeCell(const QTextTableCell &cell)
    {
        // A cell of one plain paragraph is written as the importer writes
        // it: the text right inside <td>.
        // Not cell.firstCursorPosition(): a cursor asks the layout where it
        // is, which lays out the whole document up to the cell (a 1 MB
        // article's first save took ten times longer for it).
        QTextBlock first;
        QTextBlock last;
        bool hasFrame = false;
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (it.currentFrame()) {
                hasFrame = true;
                continue;
            }
            if (!first.isValid())
                first = it.currentBlock();
            last = it.currentBlock();
        }
        const QTextBlockFormat format = first.blockFormat();
        if (first == last && !hasFrame && !first.textList() &&
            blockStyle(format) == BlockStyle::Body &&
            !format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            writeAlignment(format);
            m_out += QLatin1Char('>');
            writeInline(first, false, m_header);
            return;
        }
        m_out += QLatin1Char('>');
        // A nested flow keeps its own lists and groups.
        const QList<OpenList> lists = std::exchange(m_lists, {});
        const Group group = std::exchange(m_group, Group::None);
        writeFlow(cell.begin());
        m_lists = lists;
        m_group = group;
    }

    void writeAlignment(const QTextBlockFormat &format)
    {
        if (!m_options.alignment || !format.hasProperty(QTextFormat::BlockAlignment))
            return;
        QString name = alignmentName(format.alignment());
        // Header cells are centred unless told otherwise.
        if (m_header)
            name = name == QLatin1String("center") ? QString()
                   : name.isEmpty()                ? QStringLiteral("left")
                                                   : name;
        if (!name.isEmpty())
            m_out += QLatin1String(" align=\"") + name + QLatin1Char('"');
    }

    void closeGroup()
    {
        if (m_group == Group::Quote)
            m_out += QLatin1String("</blockquote>");
        else if (m_group == Group::Pre)
            m_out += QLatin1String("</pre>");
        m_group = Group::None;
    }

    void closeLists(qsizetype keep)
    {
        while (m_lists.size() > keep) {
            m_out +=
                m_lists.last().ordered ? QLatin1String("</li></ol>") : QLatin1String("</li></ul>");
            m_lists.removeLast();
        }
    }

    void writeListItem(const QTextBlock &block, const QTextList *list)
    {
        const int indent = list->format().indent();
        // Lists deeper than the new item, or beside it at its depth, end here.
        while (!m_lists.isEmpty() && m_lists.last().list != list && m_lists.last().indent >= indent)
            closeLists(m_lists.size() - 1);
        if (!m_lists.isEmpty() && m_lists.last().list == list) {
            m_out += QLatin1String("</li>");
        } else {
            // A list deeper than the item before it nests inside that item.
            const QTextListFormat listFormat = list->format();
            const bool ordered = isOrdered(listFormat.style());
            const int start = listFormat.hasProperty(listStartProperty)
                                  ? listFormat.intProperty(listStartProperty)
                                  : 1;
            if (!ordered)
                m_out += QLatin1String("<ul>");
            else if (start != 1)
                m_out +=
                    QLatin1String("<ol start=\"") + QString::number(start) + QLatin1String("\">");
            else
                m_out += QLatin1String("<ol>");
            m_lists.append({list, indent, ordered});
        }
        m_out += QLatin1String("<li>");
        writeInline(block, false, m_header);
    }

    void writeBlock(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            closeLists(0);
            closeGroup();
            m_out += QLatin1String("<hr>");
            if (block.length() <= 1)
                return;
        }
        if (const QTextList *list = block.textList()) {
            closeGroup();
            writeListItem(block, list);
            return;
        }
        closeLists(0);
        const BlockStyle style = blockStyle(format);
        if (style == BlockStyle::Preformatted) {
            // Qt splits <pre> into one block per line; they are joined again.
            if (m_group == Group::Pre) {
                m_out += QLatin1Char('\n');
            } else {
                closeGroup();
                m_out += QLatin1String("<pre>");
                m_group = Group::Pre;
            }
            writeInline(block, true, false);
            return;
        }
        // Empty paragraphs are spacing, which belongs to the article's style.
        if (block.length() <= 1)
            return;
        if (style == BlockStyle::Quote) {
            if (m_group != Group::Quote) {
                closeGroup();
                m_out += QLatin1String("<blockquote>");
                m_group = Group::Quote;
            }
            m_out += QLatin1String("<p");
            writeAlignment(format);
            m_out += QLatin1Char('>');
            writeInline(block, false, m_header);
            m_out += QLatin1String("</p>");
            return;
        }
        closeGroup();
        const int level = format.headingLevel();
        const QString name =
            level > 0 ? QLatin1Char('h') + QString::number(qMin(level, 6)) : QStringLiteral("p");
        m_out += QLatin1Char('<') + name;
        writeAlignment(format);
        m_out += QLatin1Char('>');
        writeInline(block, false, level > 0 || m_header);
        m_out += QLatin1String("</") + name + QLatin1Char('>');
    }

    QList<Tag> tagsFor(const QTextCharFormat &format, bool pre, bool heading) const
    {
        QList<Tag> tags;
        const bool link = format.isAnchor() && !format.anchorHref().isEmpty();
        if (link) {
            tags.append({QLatin1String("<a href=\"") + format.anchorHref().toHtmlEscaped() +
                             QLatin1String("\">"),
                         QStringLiteral("</a>")});
        }
        // A link's colour and underline are how links look, not the author's.
        if (m_options.colors && !link) {
            QStringList style;
            const QBrush foreground = format.foreground();
            if (format.hasProperty(QTextFormat::ForegroundBrush) &&
                foreground.style() != Qt::NoBrush)
                style.append(QLatin1String("color:") + foreground.color().name());
            const QBrush background = format.background();
            if (format.hasProperty(QTextFormat::BackgroundBrush) &&
                background.style() != Qt::NoBrush)
                style.append(QLatin1String("background-color:") + background.color().name());
            if (!style.isEmpty())
                tags.append({QLatin1String("<span style=\"") + style.join(QLatin1String("; ")) +
                                 QLatin1String("\">"),
                             QStringLiteral("</span>")});
        }
        // Headings and header cells are bold by their style.
        if (!heading && format.fontWeight() >= QFont::DemiBold)
            tags.append({QStringLiteral("<b>"), QStringLiteral("</b>")});
        if (format.fontItalic())
            tags.append({QStringLiteral("<i>"), QStringLiteral("</i>")});
        if (!link && format.fontUnderline())
            tags.append({QStringLiteral("<u>"), QStringLiteral("</u>")});
        if (format.fontStrikeOut())
            tags.append({QStringLiteral("<s>"), QStringLiteral("</s>")});
        if (format.verticalAlignment() == QTextCharFormat::AlignSuperScript)
            tags.append({QStringLiteral("<sup>"), QStringLiteral("</sup>")});
        else if (format.verticalAlignment() == QTextCharFormat::AlignSubScript)
            tags.append({QStringLiteral("<sub>"), QStringLiteral("</sub>")});
        if (!pre && isMonospace(format))
            tags.append({QStringLiteral("<code>"), QStringLiteral("</code>")});
        return tags;
    }

    // Opens and closes tags so that exactly `wanted` is open, keeping the
    // common outer part open: <b>a <i>b</i></b>, not <b>a </b><b><i>b</i></b>.
    void syncTags(QList<Tag> &open, const QList<Tag> &wanted)
    {
        qsizetype common = 0;
        while (common < open.size() && common < wanted.size() && open[common] == wanted[common])
            ++common;
        while (open.size() > common) {
            m_out += open.last().close;
            open.removeLast();
        }
        for (qsizetype i = common; i < wanted.size(); ++i) {
            m_out += wanted[i].open;
            open.append(wanted[i]);
        }
    }

    void writeImage(const QTextImageFormat &image)
    {
        const QString source = image.name();
        if (source.isEmpty())
            return;
        m_out += QLatin1String("<img src=\"") + source.toHtmlEscaped() + QLatin1Char('"');
        // What screen readers say, and what shows when the picture cannot.
        const QString alt = image.stringProperty(QTextFormat::ImageAltText);
        if (!alt.isEmpty())
            m_out += QLatin1String(" alt=\"") + alt.toHtmlEscaped() + QLatin1Char('"');
        const QString title = image.stringProperty(QTextFormat::ImageTitle);
        if (!title.isEmpty())
            m_out += QLatin1String(" title=\"") + title.toHtmlEscaped() + QLatin1Char('"');
        const int width = qRound(image.width());
        const int height = qRound(image.height());
        if (image.hasProperty(QTextFormat::ImageWidth) && width > 0)
            m_out += QLatin1String(" width=\"") + QString::number(width) + QLatin1Char('"');
        else if (image.hasProperty(QTextFormat::ImageHeight) && height > 0)
            m_out += QLatin1String(" height=\"") + QString::number(height) + QLatin1Char('"');
        m_out += QLatin1Char('>');
    }

    // Text escaped so that HTML's white-space collapsing gives it back:
    // a space after a space, or at the start of a line, is a no-break space.
    void writeText(const QString &text, bool pre, bool &afterSpace)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            switch (u) {
            case u'<':
                m_out += QLatin1String("&lt;");
                break;
            case u'>':
                m_out += QLatin1String("&gt;");
                break;
            case u'&':
                m_out += QLatin1String("&amp;");
                break;
            case 0x00A0:
                m_out += QLatin1String("&nbsp;");
                break;
            case 0x2028: // Shift+Enter, and what Qt makes of <br>
                m_out += QLatin1String("<br>");
                afterSpace = true;
                continue;
            case u'\t':
            case u' ':
                if (pre)
                    m_out += c;
                else if (afterSpace)
                    m_out += QLatin1String("&nbsp;");
                else
                    m_out += QLatin1Char(' ');
                afterSpace = !pre && !afterSpace;
                continue;
            case QChar::ObjectReplacementCharacter:
                break; // an object that is not an image: nothing to write
            default:
                if (u < 0x20)
                    break;
                m_out += c;
            }
            afterSpace = false;
        }
    }

    void writeInline(const QTextBlock &block, bool pre, bool heading)
    {
        QList<Tag> open;
        bool afterSpace = true;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            syncTags(open, tagsFor(format, pre, heading));
            if (format.isImageFormat()) {
                const QString text = fragment.text();
                for (const QChar c : text) {
                    if (c == QChar::ObjectReplacementCharacter)
                        writeImage(format.toImageFormat());
                }
                afterSpace = false;
            } else {
                writeText(fragment.text(), pre, afterSpace);
            }
        }
        syncTags(open, {});
    }

    CleanHtmlOptions m_options;
    QString m_out;
    QList<OpenList> m_lists;
    Group m_group = Group::None;
    bool m_header = false; // inside a header cell (<th>)
};

} // namespace

BlockStyle blockStyle(const QTextBlockFormat &format)
{
    switch (format.headingLevel()) {
    case 0:
        break;
    case 1:
        return BlockStyle::Heading1;
    case 2:
        return BlockStyle::Heading2;
    default:
        return BlockStyle::Heading3;
    }
    if (format.nonBreakableLines())
        return BlockStyle::Preformatted;
    if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0 ||
        (qFuzzyCompare(format.leftMargin(), quoteMargin) &&
         qFuzzyCompare(format.rightMargin(), quoteMargin)))
        return BlockStyle::Quote;
    return BlockStyle::Body;
}

QString cleanHtml(const QTextDocument &document, const CleanHtmlOptions &options)
{
    Writer writer(options);
    // One allocation instead of a copy at each doubling of a megabyte string.
    writer.reserve(document.characterCount() * 5 / 4 + 1024);
    writer.writeFlow(document.rootFrame()->begin());
    return writer.take();
}

struct CleanHtmlWriter::Private
{
    Private(const QTextDocument &document, const CleanHtmlOptions &options)
        : writer(options)
        , it(document.rootFrame()->begin())
    {
        writer.reserve(document.characterCount() * 5 / 4 + 1024);
    }

    Writer writer;
    QTextFrame::iterator it;
    bool done = false;
};

CleanHtmlWriter::CleanHtmlWriter(const QTextDocument &document, const CleanHtmlOptions &options)
    : d(std::make_unique<Private>(document, options))
{
}

CleanHtmlWriter::~CleanHtmlWriter() = default;

bool CleanHtmlWriter::writeFor(int milliseconds)
{
    if (!d->done)
        d->done = d->writer.writeFlowUntil(d->it, QDeadlineTimer(milliseconds));
    return d->done;
}

QString CleanHtmlWriter::take()
{
    return d->writer.take();
}

QString cleanForeignHtml(const QString &html,
                         const std::function<QString(const QString &)> &resolveImage)
{
    QTextDocument document;
    setDocumentHtml(document, html);
    // Images are replaced from the end so that earlier positions stay valid.
    QList<QPair<int, QTextImageFormat>> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            for (int i = 0; i < fragment.length(); ++i)
                images.append({fragment.position() + i, fragment.charFormat().toImageFormat()});
        }
    }
    // Table cells are blocks of the document too, so the loop above sees them.
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        const QString source = resolveImage ? resolveImage(it->second.name()) : QString();
        if (source.isEmpty()) {
            cursor.removeSelectedText();
            continue;
        }
        QTextImageFormat format = it->second;
        format.setName(source);
        cursor.setCharFormat(format);
    }
    CleanHtmlOptions options;
    options.colors = false;
    options.alignment = false;
    return cleanHtml(document, options);
}

QString prepareHtmlImport(const QString &html)
{
    static const QRegularExpression listTag(QStringLiteral("<ol(\\s[^>]*)?>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression startAttribute(
        QStringLiteral("\\bstart\\s*=\\s*(?:\"\\s*([+-]?\\d{1,9})\\s*\"|'\\s*([+-]?\\d{1,9})\\s*'|"
                       "([+-]?\\d{1,9}))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression styleAttribute(
        QStringLiteral("\\bstyle\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype copied = 0;
    for (auto it = listTag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch tag = it.next();
        QString attributes = tag.captured(1);
        const QRegularExpressionMatch start = startAttribute.match(attributes);
        if (!start.hasMatch())
            continue;
        const int number =
            QString(start.captured(1) + start.captured(2) + start.captured(3)).toInt();
        if (number == 1)
            continue;
        if (out.isEmpty())
            out.reserve(html.size() + 256);
        // The list's own style is left out: the writer keeps none of it.
        attributes.remove(styleAttribute);
        out += QStringView(html).mid(copied, tag.capturedStart() - copied);
        out += QLatin1String("<ol") + attributes +
               QLatin1String(" style=\"-qt-list-number-prefix:'") + listStartMarker +
               QString::number(number) + QLatin1String("'\">");
        copied = tag.capturedEnd();
    }
    if (copied == 0)
        return html;
    out += QStringView(html).mid(copied);
    return out;
}

void finishHtmlImport(QTextDocument &document)
{
    QSet<const QTextList *> seen;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextList *list = block.textList();
        if (!list || seen.contains(list))
            continue;
        seen.insert(list);
        QTextListFormat format = list->format();
        const QString prefix = format.numberPrefix();
        if (!prefix.startsWith(listStartMarker))
            continue;
        bool ok = false;
        const int start = QStringView(prefix).mid(listStartMarker.size()).toInt(&ok);
        format.clearProperty(QTextFormat::ListNumberPrefix);
        if (ok)
            format.setProperty(listStartProperty, start);
        list->setFormat(format);
    }
}

void setDocumentHtml(QTextDocument &document, const QString &html)
{
    const QString prepared = prepareHtmlImport(html);
    document.setHtml(prepared);
    if (prepared.constData() != html.constData())
        finishHtmlImport(document);
}

} // namespace lectern
