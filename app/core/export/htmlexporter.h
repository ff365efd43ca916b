#pragma once

// Articles as HTML pages that open in any browser with no network: images
// are embedded as data: URIs and nothing outside the file is referenced.
#include "articledocument.h"
#include "exportcontent.h"
#include "exportoptions.h"

#include <QCoreApplication>

namespace lectern {

class HtmlExporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    // One article as a whole page; links to other exported articles go
    // through `linkTarget` (another file, say), others are dropped.
    static QString articlePage(const Article &article, const ExportContent &content,
                               const PdfOptions &options, const ArticleLinkTarget &linkTarget);
    // Every article in one page, with a contents list and in-page links.
    static QString collectionPage(const ExportContent &content, const PdfOptions &options);
    // The index of a folder export, linking each article's file.
    static QString indexPage(const ExportContent &content, const QStringList &fileNames,
                             const PdfOptions &options);

    // Stored article HTML made self-contained: images inlined (or dropped),
    // scripts, frames, style sheets and remote references removed, links
    // rewritten.
    static QString selfContainedBody(const QString &html, const ExportContent &content,
                                     bool includeImages, const ArticleLinkTarget &linkTarget);
};

} // namespace lectern
