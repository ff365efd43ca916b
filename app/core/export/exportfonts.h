#pragma once

// Fonts for printed and exported text, chosen so that a PDF gives back the
// characters that were written.
//
// Qt 6.4 builds a PDF font's ToUnicode map by asking, for each glyph, the
// lowest code point the font maps to it. Noto Sans/Serif CJK map the Kangxi
// and CJK radicals (U+2F00…, U+2E80…) to the same glyphs as common ideographs
// (西 行 见 长 门 风 马 龙 一 人…), so text copied from the PDF comes back as
// look-alike radicals. CJK fonts are therefore checked once and only those
// whose glyphs are not shared with a lower code point are used (the verdict
// is kept in the user's cache folder, by a hash of the font's cmap table).
//
// Qt's shaper also forms ligatures (ﬁ ﬀ ﬄ), and the ToUnicode map then names
// the ligature code point instead of the letters. A letter spacing too small
// to see turns ligatures off in Qt's shaper (kerning stays on).
#include <QFont>
#include <QStringList>

class QTextDocument;

namespace lectern {

struct PrintFonts
{
    QStringList serif; // body text
    QStringList sans;  // headings, header and footer
    QStringList mono;  // code
};

// The families to use, best first, Latin/Cyrillic then CJK. Computed once;
// safe to call from any thread.
const PrintFonts &printFonts();

// The characters of `text` that Qt's PDF output would extract as another
// code point when drawn with `family` (empty when all come back as written).
QString unfaithfulCharacters(const QString &family, const QString &text);

// The letter spacing (absolute, in device pixels) that turns ligatures off.
constexpr qreal ligatureBreakingSpacing = 1.0 / 32.0;

QFont printFont(const QStringList &families, qreal points, QFont::Weight weight = QFont::Normal);

// Gives every piece of text in the document the print families (serif,
// sans for headings, mono for code) and the ligature-breaking spacing.
void applyPrintFonts(QTextDocument &document, qreal basePoints);

} // namespace lectern
