#include "nestingguard.h"

#include <QByteArrayView>

#include <array>

namespace lectern {

namespace {

template <std::size_t N> bool oneOf(QByteArrayView name, const std::array<const char *, N> &names)
{
    for (const char *candidate : names) {
        if (name == QByteArrayView(candidate))
            return true;
    }
    return false;
}

const std::array<const char *, 23> blockNames{
    "div",        "section", "article", "aside",  "nav",        "header",  "footer", "main",
    "blockquote", "center",  "details", "figure", "fieldset",   "ul",      "ol",     "dl",
    "address",    "hgroup",  "menu",    "dir",    "figcaption", "summary", "form"};
const std::array<const char *, 14> formattingNames{"a",      "b",      "big",  "code", "em",
                                                   "font",   "i",      "nobr", "s",    "small",
                                                   "strike", "strong", "tt",   "u"};
const std::array<const char *, 9> rawTextNames{"script", "style",   "textarea", "title",    "xmp",
                                               "iframe", "noembed", "noframes", "plaintext"};

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

QByteArray capNesting(const QByteArray &html, int blockDepth, int formattingDepth)
{
    const QByteArray lower = html.toLower();
    const qsizetype n = html.size();
    QByteArray out;
    qsizetype copied = 0;
    int blocks = 0;
    int formatting = 0;
    qsizetype i = 0;
    while (i < n) {
        i = lower.indexOf('<', i);
        if (i < 0 || i + 1 >= n)
            break;
        if (lower.at(i + 1) == '!' || lower.at(i + 1) == '?') {
            const bool comment = QByteArrayView(lower).sliced(i).startsWith("<!--");
            const qsizetype close = comment ? lower.indexOf("-->", i + 4) : lower.indexOf('>', i);
            i = close < 0 ? n : close + (comment ? 3 : 1);
            continue;
        }
        const qsizetype tagStart = i;
        const bool endTag = lower.at(i + 1) == '/';
        const qsizetype nameStart = i + 1 + (endTag ? 1 : 0);
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && isNameChar(lower.at(nameEnd)))
            ++nameEnd;
        if (nameEnd == nameStart ||
            (nameStart < n && !(lower.at(nameStart) >= 'a' && lower.at(nameStart) <= 'z'))) {
            ++i;
            continue;
        }
        char quote = 0;
        qsizetype tagEnd = nameEnd;
        for (; tagEnd < n; ++tagEnd) {
            const char c = lower.at(tagEnd);
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        const QByteArrayView name = QByteArrayView(lower).sliced(nameStart, nameEnd - nameStart);
        const bool selfClosing = !endTag && tagEnd < n && lower.at(tagEnd - 1) == '/';
        i = tagEnd + 1;
        if (!endTag && oneOf(name, rawTextNames)) {
            // Their content is text, not tags: skip to their end tag.
            QByteArray needle("</");
            needle.append(name);
            const qsizetype close = lower.indexOf(needle, i);
            i = close < 0 ? n : close;
            continue;
        }
        if (selfClosing)
            continue;
        int *depth = nullptr;
        int limit = 0;
        if (oneOf(name, blockNames)) {
            depth = &blocks;
            limit = blockDepth;
        } else if (oneOf(name, formattingNames)) {
            depth = &formatting;
            limit = formattingDepth;
        } else {
            continue;
        }
        const bool excess = endTag ? *depth > limit : ++*depth > limit;
        if (endTag && *depth > 0)
            --*depth;
        if (excess) {
            // The tag goes; the text around it stays where it was.
            out += QByteArrayView(html).sliced(copied, tagStart - copied);
            copied = qMin(tagEnd + 1, n);
        }
    }
    if (copied == 0)
        return html;
    out += QByteArrayView(html).sliced(copied);
    return out;
}

} // namespace lectern
