#include "spelling/spellingwords.h"

namespace lectern {

namespace {

bool isApostrophe(QChar c)
{
    // ' (typewriter), ’ (right single quotation mark), ʼ (modifier letter
    // apostrophe, which Ukrainian standards prefer).
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isIgnoredInWord(QChar c)
{
    return c == QChar(0x0301) || c == QChar(0x00AD); // combining acute (stress), soft hyphen
}

bool isWordLetter(QChar c)
{
    return (c.isLetter() || c.isMark()) && !isApostrophe(c);
}

bool isCjk(QChar::Script script)
{
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul ||
           script == QChar::Script_Bopomofo;
}

// A run of non-space characters that is an address: its words are not prose.
bool isAddress(QStringView chunk)
{
    return chunk.contains(QLatin1String("://")) || chunk.contains(QLatin1Char('@')) ||
           chunk.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
}

bool worthChecking(QStringView word)
{
    int letters = 0;
    bool lower = false;
    for (const QChar c : word) {
        if (c.isLetter() && !isApostrophe(c)) {
            ++letters;
            lower = lower || !c.isUpper();
        }
    }
    if (letters < 2 || !lower)
        return false; // a single letter, or an abbreviation in capitals
    return !isCjk(spellingScript(word));
}

} // namespace

QList<SpellingWord> spellingWords(QStringView text)
{
    QList<SpellingWord> words;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // One chunk between spaces at a time.
        while (i < size && text.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < size && !text.at(end).isSpace())
            ++end;
        const QStringView chunk = text.mid(i, end - i);
        if (!isAddress(chunk)) {
            qsizetype j = i;
            while (j < end) {
                if (!isWordLetter(text.at(j))) {
                    ++j;
                    continue;
                }
                const qsizetype start = j;
                bool digit = false;
                while (j < end) {
                    const QChar c = text.at(j);
                    if (isWordLetter(c) || isIgnoredInWord(c)) {
                        ++j;
                    } else if ((isApostrophe(c) || isHyphen(c)) && j + 1 < end &&
                               isWordLetter(text.at(j + 1))) {
                        ++j; // inside the word: don't, п'ять, well-known
                    } else if (c.isDigit()) {
                        digit = true;
                        ++j;
                    } else {
                        break;
                    }
                }
                // Letters glued to digits (2nd, A4, COVID19) are not a word.
                const bool gluedToDigit = (start > i && text.at(start - 1).isDigit()) ||
                                          (j < end && text.at(j).isDigit());
                const QStringView word = text.mid(start, j - start);
                if (!digit && !gluedToDigit && worthChecking(word))
                    words.append({start, j - start});
            }
        }
        i = end;
    }
    return words;
}

QString spellingKey(QStringView word)
{
    QString key;
    key.reserve(word.size());
    for (const QChar c : word) {
        if (isIgnoredInWord(c))
            continue;
        key += isApostrophe(c) ? QChar(QLatin1Char('\'')) : c;
    }
    return key;
}

QChar::Script spellingScript(QStringView word)
{
    for (const QChar c : word) {
        const QChar::Script script = c.script();
        if (script != QChar::Script_Common && script != QChar::Script_Inherited)
            return script;
    }
    return QChar::Script_Common;
}

} // namespace lectern
