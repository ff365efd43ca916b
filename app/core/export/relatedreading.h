#pragma once

// The optional "Related reading" section at the end of each exported article
// (issue 7): chosen when the export is loaded, written by ArticleDocument.
#include "exportcontent.h"
#include "exportoptions.h"

#include <QCoreApplication>

namespace lectern {

class RelatedReading
{
    Q_DECLARE_TR_FUNCTIONS(RelatedReading)

public:
    // Fills content.relatedReading for every article: up to `perArticle`
    // related articles (manual links first) with their reasons.
    static Status add(const LibraryStore &store, ExportContent &content, int perArticle = 5);
    // The section as HTML ("" when off or nothing is related): titles linked
    // as lectern://article/UUID (kept as links inside the export only when
    // the target is exported too) and the reason on the same line.
    static QString html(const Article &article, const ExportContent &content,
                        const PdfOptions &options);
};

} // namespace lectern
