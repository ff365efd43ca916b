#pragma once

// Chinese set beside Latin and Cyrillic text, in the window and in exports.
//
// Chinese typefaces have no italic: asked for one, Qt slants the upright
// glyphs, which Chinese typography never does (emphasis there is bold or a
// change of face). And the faces the system falls back to for Chinese are
// often a single weight (AR PL UMing is one light face), so bold headings
// come out regular; a face with a real bold is named first instead.
#include <QStringList>

class QTextDocument;

namespace lectern {

// True for the characters Chinese text is set in: ideographs, CJK
// punctuation, full-width forms.
bool isChineseCharacter(QChar c);

// The Chinese faces with a bold weight that are installed, best first
// (Simplified Chinese forms before the others).
QStringList chineseFacesWithBold();

// `families` followed by chineseFacesWithBold() (those not in it already).
QStringList withChineseFaces(const QStringList &families);

// Clears italic from every run of Chinese characters from `from` on (the
// rest of the text keeps its italic): the text itself is unchanged.
void keepChineseUpright(QTextDocument &document, int from = 0);

} // namespace lectern
