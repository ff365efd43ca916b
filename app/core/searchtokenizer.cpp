#include "searchtokenizer.h"

#include "wordstems.h"

#include <QChar>
#include <QCoreApplication>
#include <QVarLengthArray>

namespace lectern {

namespace {

// Longer "words" (base64, giant unbroken lines) are cut: nobody searches them
// and they would bloat the index.
constexpr int maxTokenBytes = 128;

struct CodePoint
{
    char32_t value = 0;
    int start = 0;
    int end = 0;
};

// The part of decodeAt past ASCII, kept out of line so that the ASCII case
// (most characters of most articles) is inlined into the loops below.
[[gnu::noinline]] CodePoint decodeMultiByte(const char *text, int length, int pos)
{
    const auto byte = [&](int i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(pos);
    int size = 1;
    char32_t value = lead;
    if (lead >= 0xC2 && lead <= 0xDF) {
        size = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        size = 3;
        value = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        size = 4;
        value = lead & 0x07;
    } else if (lead >= 0x80) {
        return {0xFFFD, pos, pos + 1};
    }
    if (pos + size > length)
        return {0xFFFD, pos, pos + 1};
    for (int i = 1; i < size; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80)
            return {0xFFFD, pos, pos + 1};
        value = (value << 6) | (next & 0x3F);
    }
    return {value, pos, pos + size};
}

// Decodes one UTF-8 sequence at `pos`; an invalid byte becomes U+FFFD of
// length one so that text after it is still indexed.
inline CodePoint decodeAt(const char *text, int length, int pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80)
        return {lead, pos, pos + 1};
    return decodeMultiByte(text, length, pos);
}

inline bool isIdeographic(char32_t c)
{
    if (c < 0x2E80) // below CJK radicals: Latin, Cyrillic, punctuation
        return false;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

inline bool isAsciiWordPart(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

[[gnu::noinline]] bool isNonAsciiWordPart(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

inline bool isWordPart(char32_t c)
{
    if (c < 0x80) // most text in most articles: skip the Unicode tables
        return isAsciiWordPart(c);
    return isNonAsciiWordPart(c);
}

inline bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC';
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Words shorter than this are never stemmed: English and Ukrainian function
// words (of, is, на, до), which would only make the index larger.
constexpr int shortestStemmedWord = 3;

// Returns false when the consumer asked to stop. A template so the consumer
// is inlined: this runs for every word indexed and every snippet.
// `emit(text, stemKey, start, end, colocated, kind)`: `stemKey` is the word
// as wordStems() takes it (apostrophes kept), empty when it is not stemmed.
template <typename Emit>
bool tokenize(const char *text, int length, TokenizeMode mode, const Emit &emit)
{
    static const QByteArray noKey;
    QList<CodePoint> points;
    points.reserve(64);
    QByteArray word;
    word.reserve(maxTokenBytes + 4);
    QByteArray keyWithApostrophes;
    QVarLengthArray<qsizetype, 4> apostrophes; // where in `word` they were dropped
    int pos = 0;
    while (pos < length) {
        points.clear();
        CodePoint first = decodeAt(text, length, pos);
        if (isIdeographic(first.value)) {
            // Collect the whole run of ideographs.
            CodePoint cp = first;
            while (true) {
                points.append(cp);
                pos = cp.end;
                if (pos >= length)
                    break;
                cp = decodeAt(text, length, pos);
                if (!isIdeographic(cp.value))
                    break;
            }
            const qsizetype n = points.size();
            // Raw data, not a copy: the consumer copies what it keeps.
            const auto slice = [&](qsizetype from, qsizetype to) {
                return QByteArray::fromRawData(text + points[from].start,
                                               points[to].end - points[from].start);
            };
            const auto pair = [&](qsizetype i) {
                return emit(slice(i, i + 1), noKey, points[i].start, points[i + 1].end, false,
                            TokenKind::Word);
            };
            const auto single = [&](qsizetype i, bool colocated) {
                return emit(slice(i, i), noKey, points[i].start, points[i].end, colocated,
                            TokenKind::Character);
            };
            if (mode == TokenizeMode::Query) {
                if (n == 1 && !single(0, false))
                    return false;
                for (qsizetype i = 0; i + 1 < n; ++i) {
                    if (!pair(i))
                        return false;
                }
                continue;
            }
            for (qsizetype i = 0; i < n; ++i) {
                if (i + 1 < n) {
                    if (!pair(i) || !single(i, true))
                        return false;
                } else if (!single(i, false)) {
                    return false;
                }
            }
            continue;
        }
        if (!isWordPart(first.value)) {
            pos = first.end;
            continue;
        }
        // A word: letters, digits and marks, with inner apostrophes dropped.
        word.resize(0);
        apostrophes.clear();
        int letters = 0;
        bool truncated = false;
        const int start = first.start;
        int end = first.end;
        CodePoint cp = first;
        while (true) {
            if (word.size() < maxTokenBytes) {
                if (cp.value < 0x80)
                    word.append(
                        char(cp.value >= U'A' && cp.value <= U'Z' ? cp.value + 32 : cp.value));
                else
                    appendUtf8(word, QChar::toCaseFolded(cp.value));
                ++letters;
            } else {
                truncated = true;
            }
            end = cp.end;
            pos = cp.end;
            if (pos >= length)
                break;
            cp = decodeAt(text, length, pos);
            if (isApostrophe(cp.value) && cp.end < length) {
                const CodePoint after = decodeAt(text, length, cp.end);
                if (isWordPart(after.value) && !isIdeographic(after.value)) {
                    apostrophes.append(word.size());
                    cp = after;
                    continue;
                }
            }
            if (!isWordPart(cp.value) || isIdeographic(cp.value))
                break;
        }
        const QByteArray *key = &noKey;
        if (!truncated && letters >= shortestStemmedWord) {
            key = &word;
            if (!apostrophes.isEmpty()) {
                keyWithApostrophes = word;
                for (qsizetype i = apostrophes.size() - 1; i >= 0; --i)
                    keyWithApostrophes.insert(apostrophes[i], '\'');
                key = &keyWithApostrophes;
            }
        }
        if (!emit(word, *key, start, end, false, TokenKind::Word))
            return false;
    }
    return true;
}

// Calls `emit(text, start, end, colocated, kind)` for every token the index
// holds for `text`: the tokenizer's, with each word's stems after it.
template <typename Emit>
bool documentTokens(const char *text, int length, Stemming stemming, const Emit &emit)
{
    thread_local QByteArray marked;
    return tokenize(text, length, TokenizeMode::Document,
                    [&](const QByteArray &token, const QByteArray &stemKey, int start, int end,
                        bool colocated, TokenKind kind) {
                        if (!emit(token, start, end, colocated, kind))
                            return false;
                        if (stemKey.isEmpty() || stemming == Stemming::Skipped)
                            return true;
                        for (const QByteArray &stem : wordStems(stemKey)) {
                            if (stem == token)
                                continue; // the word itself stands for it
                            marked.resize(0);
                            marked.append(stemMarker);
                            marked.append(stem);
                            if (!emit(marked, start, end, true, TokenKind::Stem))
                                return false;
                        }
                        return true;
                    });
}

} // namespace

void forEachSearchToken(const QByteArray &utf8, TokenizeMode mode, Stemming stemming,
                        const std::function<bool(const SearchToken &)> &consume)
{
    SearchToken token;
    token.position = -1;
    const auto pass = [&](const QByteArray &text, int start, int end, bool colocated,
                          TokenKind kind) {
        if (!colocated || token.position < 0)
            ++token.position;
        token.text = text;
        token.start = start;
        token.end = end;
        token.colocated = colocated;
        token.kind = kind;
        return consume(token);
    };
    if (mode == TokenizeMode::Document) {
        documentTokens(utf8.constData(), int(utf8.size()), stemming, pass);
    } else {
        tokenize(utf8.constData(), int(utf8.size()), mode,
                 [&](const QByteArray &text, const QByteArray &, int start, int end, bool colocated,
                     TokenKind kind) { return pass(text, start, end, colocated, kind); });
    }
}

void emitSearchTokens(const char *text, int length, TokenizeMode mode, TokenSink sink,
                      void *context)
{
    if (mode == TokenizeMode::Document) {
        documentTokens(text, length, Stemming::Included,
                       [&](const QByteArray &word, int start, int end, bool colocated, TokenKind) {
                           return sink(context, word.constData(), int(word.size()), start, end,
                                       colocated);
                       });
    } else {
        tokenize(text, length, mode,
                 [&](const QByteArray &word, const QByteArray &, int start, int end, bool colocated,
                     TokenKind) {
                     return sink(context, word.constData(), int(word.size()), start, end,
                                 colocated);
                 });
    }
}

QList<SearchToken> searchTokens(const QByteArray &utf8, TokenizeMode mode, Stemming stemming)
{
    QList<SearchToken> tokens;
    forEachSearchToken(utf8, mode, stemming, [&](const SearchToken &token) {
        tokens.append(token);
        tokens.back().text = QByteArray(token.text.constData(), token.text.size()); // owned
        return true;
    });
    return tokens;
}

QueryPositions queryTokens(const QString &term, TermForm form)
{
    QueryPositions positions;
    const QByteArray utf8 = term.toUtf8();
    tokenize(utf8.constData(), int(utf8.size()), TokenizeMode::Query,
             [&](const QByteArray &word, const QByteArray &stemKey, int, int, bool, TokenKind) {
                 QList<QByteArray> alternatives{QByteArray(word.constData(), word.size())};
                 if (form == TermForm::Inflected && !stemKey.isEmpty()) {
                     // The word, and every indexed word sharing a stem with
                     // it: a word is indexed under a stem only when the two
                     // differ, so the stem itself is looked for as a word too.
                     const QList<QByteArray> stems = wordStems(stemKey);
                     const auto add = [&](const QByteArray &token) {
                         if (!alternatives.contains(token))
                             alternatives.append(token);
                     };
                     if (!stems.isEmpty())
                         add(QByteArray(1, stemMarker) + word);
                     for (const QByteArray &stem : stems) {
                         add(stem);
                         add(QByteArray(1, stemMarker) + stem);
                     }
                 }
                 positions.append(alternatives);
                 return true;
             });
    return positions;
}

QString fts5Phrase(const QueryPositions &positions)
{
    QByteArray text(1, preTokenizedMark);
    for (qsizetype i = 0; i < positions.size(); ++i) {
        if (i > 0)
            text.append(' ');
        text.append(positions[i].join(alternativeMark));
    }
    return QLatin1Char('"') + QString::fromUtf8(text) + QLatin1Char('"');
}

} // namespace lectern
