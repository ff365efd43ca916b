#include "textcounts.h"

#include <QChar>

namespace lectern {

namespace {

bool isIdeographic(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool isWordCharacter(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing ||
           category == QChar::Mark_SpacingCombining;
}

bool isJoiner(char32_t c)
{
    // Apostrophes (ASCII, typographic, and the Ukrainian modifier letter) and hyphens.
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'-' || c == U'\u2010';
}

bool isUncounted(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == U'\u2028' || c == U'\u2029' ||
           c == QChar::ObjectReplacementCharacter;
}

} // namespace

TextCounts countText(QStringView text)
{
    TextCounts counts;
    bool inWord = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        char32_t c = text[i].unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(c) && next < size && text[next].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[next]);
            ++next;
        }
        if (!isUncounted(c))
            ++counts.characters;
        if (c < 0x2E80 || !isIdeographic(c)) {
            if (isWordCharacter(c)) {
                if (!inWord)
                    ++counts.words;
                inWord = true;
            } else if (inWord && isJoiner(c) && next < size &&
                       isWordCharacter(text[next].unicode()) &&
                       !isIdeographic(text[next].unicode())) {
                // stays in the word
            } else {
                inWord = false;
            }
        } else {
            ++counts.words;
            inWord = false;
        }
        i = next;
    }
    return counts;
}

} // namespace lectern
