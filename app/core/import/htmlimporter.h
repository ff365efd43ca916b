#pragma once

#include "importedpage.h"

namespace lectern {

// Turns an HTML page into an article: the bytes are decoded (BOM, <meta
// charset>, or detection), parsed with gumbo (the HTML5 parsing algorithm,
// so broken markup is read as browsers read it), the main content is found
// as reader modes do, and written as the small HTML an article holds, with
// the page's title, author, date, language and canonical address.
class HtmlImporter final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlImporter)

public:
    static Result<ImportedPage> importPage(const QByteArray &bytes, const PageContext &context);

    // HTML that is all article (converted Markdown, text): nothing is
    // looked for or left out as page furniture, but the same cleaning and
    // limits apply. The page's title is its first heading.
    static Result<ImportedPage> importFragment(const QString &html, const PageContext &context,
                                               ImportedPage page);

    // The encoding a page declares in a <meta> tag, read from the bytes as
    // Latin-1 so that any ASCII-compatible encoding parses the same.
    static QString declaredEncoding(const QByteArray &bytes);
};

} // namespace lectern
