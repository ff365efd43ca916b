#pragma once

// One article as a QTextDocument ready to print or write as ODT/Markdown:
// title, metadata block, summary, featured image and body, with images taken
// from the library and links made safe for the output.
#include "exportcontent.h"
#include "exportoptions.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPaintDevice;

namespace lectern {

// What a link to another exported article becomes: an address inside the
// output, or empty to keep the text without a link.
using ArticleLinkTarget = std::function<QString(int articleIndex)>;

class ArticleDocument
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDocument)

public:
    // The article as HTML (title, metadata, summary, body), images untouched.
    static QString html(const Article &article, const PdfOptions &options);
    // The metadata line under the title: author · date · source · language.
    static QString metadataLine(const Article &article);
    // The body of stored article HTML (a whole page or a fragment).
    static QString bodyOf(const QString &html);

    // The article laid out for `device` (or for the screen when null), with
    // images resolved, links rewritten through `linkTarget` and print fonts.
    static std::unique_ptr<QTextDocument>
    build(const Article &article, const ExportContent &content, const PdfOptions &options,
          const ArticleLinkTarget &linkTarget, QPaintDevice *device = nullptr);

    // Loads the document's images from the export's media (or data: URIs),
    // drops those that cannot be found, or all of them when images are off.
    static void resolveImages(QTextDocument &document, const ExportContent &content,
                              bool includeImages);
    // Keeps images no wider than the text column. `deviceDpi` is that of the
    // device the document will be laid out for; 0: the layout's device.
    static void fitImages(QTextDocument &document, qreal maxWidth, qreal deviceDpi = 0);
    // Links to exported articles through `linkTarget`; web and mail links
    // kept (percent-encoded, so any PDF viewer reads them); others dropped.
    static void rewriteLinks(QTextDocument &document, const ExportContent &content, bool keepLinks,
                             const ArticleLinkTarget &linkTarget);

    static QString languageName(const QString &code);
};

// A web or mail address as it may appear in a PDF URI: ASCII only, no
// parentheses or backslashes (Qt writes the URI string unescaped).
QString safeLinkAddress(const QString &href);

} // namespace lectern
