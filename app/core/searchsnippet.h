#pragma once

#include "searchquery.h"

#include <QString>

namespace lectern {

// Marks around a match in a snippet; control characters never occur in
// article text, so the snippet can be HTML-escaped safely afterwards.
constexpr QChar snippetMatchStart(0x01);
constexpr QChar snippetMatchEnd(0x02);

// About `words` words of `text` around the place where most of the search
// terms occur together, with every match of a term (the word as written, for
// a plain word any inflection, a phrase whole, a prefix) between the marks,
// and "…" where text was left out; the beginning of the text when no term
// occurs. In time proportional to the text, however many terms the search
// has and however often they occur (FTS5's snippet() takes time in the square
// of the matches: seconds for a common word in 100 long articles). Only the
// first `scannedBytes` of a long text are looked at.
QString searchSnippet(const QString &text, const QList<SearchTerm> &terms, int words = 24);

constexpr int scannedBytes = 128 * 1024;

} // namespace lectern
