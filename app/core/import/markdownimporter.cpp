#include "markdownimporter.h"

#include "encodingdetector.h"
#include "htmlimporter.h"

#include <md4c-html.h>

namespace lectern {

namespace {

QString unquote(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() >= 2 && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) ||
                          (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
        return v.mid(1, v.size() - 2);
    return v;
}

QStringList inlineList(const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']')))
        v = v.mid(1, v.size() - 2);
    QStringList items;
    for (const QString &part : v.split(QLatin1Char(','))) {
        const QString item = unquote(part);
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

// Markdown nests blockquotes and lists by prefix; thousands of levels would
// cost the converter and the layout dearly, so deep prefixes are trimmed.
QString capNesting(const QString &markdown)
{
    constexpr int maxPrefix = 64;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        int prefix = 0;
        while (prefix < line.size() &&
               (line.at(prefix) == QLatin1Char('>') || line.at(prefix) == QLatin1Char(' ') ||
                line.at(prefix) == QLatin1Char('\t')))
            ++prefix;
        if (prefix > maxPrefix)
            line = line.left(maxPrefix) + line.mid(prefix);
    }
    return lines.join(QLatin1Char('\n'));
}

// md4c parses in one pass, in time proportional to the text (Qt's
// setMarkdown is quadratic in the lines and inline spans of a paragraph).
QString markdownToHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    html.reserve(utf8.size() + utf8.size() / 4);
    const auto append = [](const MD_CHAR *text, MD_SIZE size, void *out) {
        static_cast<QByteArray *>(out)->append(text, qsizetype(size));
    };
    const unsigned flags = MD_DIALECT_GITHUB;
    md_html(utf8.constData(), MD_SIZE(utf8.size()), append, &html, flags, 0);
    return QString::fromUtf8(html);
}

} // namespace

MarkdownImporter::FrontMatter MarkdownImporter::splitFrontMatter(const QString &input)
{
    FrontMatter result;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!text.startsWith(QLatin1String("---\n"))) {
        result.body = text;
        return result;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    int end = -1;
    for (int i = 1; i < lines.size() && i < 200; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == QLatin1String("---") || line == QLatin1String("...")) {
            end = i;
            break;
        }
    }
    if (end < 0) { // no closing line: it was a horizontal rule, not front matter
        result.body = text;
        return result;
    }
    QString listKey;
    for (int i = 1; i < end; ++i) {
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.startsWith(QLatin1String("- ")) && !listKey.isEmpty()) {
            result.lists[listKey].append(unquote(trimmed.mid(2)));
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        listKey = value.isEmpty() ? key : QString();
        if (value.startsWith(QLatin1Char('[')))
            result.lists.insert(key, inlineList(value));
        else if (!value.isEmpty())
            result.values.insert(key, unquote(value));
    }
    result.body = lines.mid(end + 1).join(QLatin1Char('\n'));
    return result;
}

Result<ImportedPage> MarkdownImporter::importMarkdown(const QByteArray &bytes,
                                                      const PageContext &context)
{
    const DecodedText decoded = decodeText(bytes);
    const FrontMatter front = splitFrontMatter(decoded.text);

    ImportedPage page;
    page.encoding = decoded.encoding;
    page.replacements = decoded.replacements;
    page.title = front.values.value(QStringLiteral("title")).left(500);
    page.author = front.values.value(QStringLiteral("author")).left(200);
    page.category = front.values.value(QStringLiteral("category")).left(100);
    page.date = parsePageDate(front.values.value(QStringLiteral("date")));
    page.language = normalizeLanguage(
        front.values.value(QStringLiteral("language"), front.values.value(QStringLiteral("lang"))));
    page.source = front.values.value(QStringLiteral("source")).left(2000);
    page.tags = front.lists.value(QStringLiteral("tags"));
    if (page.tags.isEmpty() && front.values.contains(QStringLiteral("tags")))
        page.tags = inlineList(front.values.value(QStringLiteral("tags")));
    if (page.category.isEmpty() && !front.lists.value(QStringLiteral("category")).isEmpty())
        page.category = front.lists.value(QStringLiteral("category")).first();

    const QString html = markdownToHtml(capNesting(front.body));
    context.reportProgress(30);
    return HtmlImporter::importFragment(html, context, page);
}

Result<ImportedPage> TextImporter::importText(const QByteArray &bytes, const PageContext &context)
{
    const DecodedText decoded = decodeText(bytes);
    ImportedPage page;
    page.encoding = decoded.encoding;
    page.replacements = decoded.replacements;

    QString text = decoded.text;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (!lines.isEmpty()) {
        page.title = lines.takeFirst().simplified().left(500);
    }
    QString html;
    QString paragraph;
    const auto flush = [&] {
        if (!paragraph.isEmpty())
            html += QLatin1String("<p>") + paragraph + QLatin1String("</p>\n");
        paragraph.clear();
    };
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph += QLatin1String("<br>");
        paragraph += line.toHtmlEscaped();
    }
    flush();
    return HtmlImporter::importFragment(html, context, page);
}

} // namespace lectern
