#pragma once

#include <QString>
#include <QTextBlockFormat>

#include <functional>
#include <memory>

class QTextDocument;

namespace lectern {

// The paragraph styles the editor offers. They are read back from any
// document loaded from article HTML: headings from the heading level,
// quotes from the block-quote level or the margins Qt gives <blockquote>,
// preformatted text from non-breakable lines (what Qt gives <pre>).
enum class BlockStyle
{
    Body,
    Heading1,
    Heading2,
    Heading3,
    Quote,
    Preformatted
};

BlockStyle blockStyle(const QTextBlockFormat &format);

struct CleanHtmlOptions
{
    bool colors = true;    // text colour and highlight
    bool alignment = true; // paragraph alignment
};

// The document as the library's article HTML: <h1>–<h6>, <p>, <blockquote>,
// <pre>, nested <ul>/<ol start>, <b>/<i>/<u>/<s>/<sup>/<sub>/<code>, <span>
// for text colour and highlight only, <a href>, <hr>, tables with merged
// cells, header cells (<th>) and widths in percent, and <img
// src="lectern-media:SHA" alt title width>. Fonts, sizes, margins and every
// other property are left out. Loading the result into a QTextDocument and
// writing it again gives the same string, so saving never grows an article.
QString cleanHtml(const QTextDocument &document, const CleanHtmlOptions &options = {});

// cleanHtml() a few milliseconds at a time, so that a long article (170 ms
// at 1 MB) is written from the event loop without a pause anyone feels. The
// document must not change until the writer is done (check its revision).
class CleanHtmlWriter
{
public:
    explicit CleanHtmlWriter(const QTextDocument &document, const CleanHtmlOptions &options = {});
    ~CleanHtmlWriter();
    CleanHtmlWriter(const CleanHtmlWriter &) = delete;
    CleanHtmlWriter &operator=(const CleanHtmlWriter &) = delete;

    // Writes on for about `milliseconds` (always at least one top-level
    // block or table); true once everything is written.
    bool writeFor(int milliseconds);
    // The HTML, once writeFor() returned true.
    QString take();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// HTML from another application (a browser, Word, LibreOffice) reduced to
// article HTML: its structure (headings, lists, links, tables, emphasis) is
// kept, its fonts, sizes, colours and alignment are dropped. Each image's
// source goes through resolveImage, which returns the source to keep
// (a lectern-media URL) or an empty string to leave the image out.
QString cleanForeignHtml(const QString &html,
                         const std::function<QString(const QString &)> &resolveImage);

// The number an ordered list starts at, kept on its QTextListFormat: Qt 6.4's
// HTML import drops <ol start> and has no property of its own for it.
inline constexpr int listStartProperty = QTextFormat::UserProperty + 0x4c01;

// Loading article HTML without losing what Qt's import drops (an ordered
// list's start number): prepareHtmlImport carries it through in a form the
// import keeps, finishHtmlImport turns that back into document properties.
// Use them around QTextDocument::setHtml, QTextEdit::setHtml or
// QTextCursor::insertHtml. prepareHtmlImport returns `html` itself (no copy)
// when there is nothing to carry.
QString prepareHtmlImport(const QString &html);
void finishHtmlImport(QTextDocument &document);
// Both around QTextDocument::setHtml.
void setDocumentHtml(QTextDocument &document, const QString &html);

} // namespace lectern
