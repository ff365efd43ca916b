#pragma once

#include <QByteArray>

namespace lectern {

// Keeps a page's nesting within what browsers build. gumbo has no depth
// limit, and for every block start tag it walks all open elements (the
// HTML5 "p in button scope" check), so 100,000 nested <div>s take ~45 s to
// parse; Blink stops nesting at 512 levels. This linear scan leaves out the
// block and formatting tags beyond the limit, and their end tags, so their
// content joins the element at the limit. Text is never touched.
QByteArray capNesting(const QByteArray &html, int blockDepth = 512, int formattingDepth = 200);

} // namespace lectern
