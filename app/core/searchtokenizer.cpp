#include "searchtokenizer.h"

#include <QChar>
#include <QCoreApplication>

#include <sqlite3.h>

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

// Returns false when the consumer asked to stop. A template so the consumer
// is inlined: this runs for every word indexed and every snippet.
template <typename Emit>
bool tokenize(const char *text, int length, TokenizeMode mode, const Emit &emit)
{
    QList<CodePoint> points;
    points.reserve(64);
    QByteArray word;
    word.reserve(maxTokenBytes + 4);
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
            const auto slice = [&](qsizetype from, qsizetype to) {
                return QByteArray(text + points[from].start, points[to].end - points[from].start);
            };
            if (mode == TokenizeMode::Query) {
                if (n == 1 && !emit(slice(0, 0), points[0].start, points[0].end, false))
                    return false;
                for (qsizetype i = 0; i + 1 < n; ++i) {
                    if (!emit(slice(i, i + 1), points[i].start, points[i + 1].end, false))
                        return false;
                }
                continue;
            }
            for (qsizetype i = 0; i < n; ++i) {
                if (i + 1 < n) {
                    if (!emit(slice(i, i + 1), points[i].start, points[i + 1].end, false))
                        return false;
                    if (!emit(slice(i, i), points[i].start, points[i].end, true))
                        return false;
                } else if (!emit(slice(i, i), points[i].start, points[i].end, false)) {
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
            }
            end = cp.end;
            pos = cp.end;
            if (pos >= length)
                break;
            cp = decodeAt(text, length, pos);
            if (isApostrophe(cp.value) && cp.end < length) {
                const CodePoint after = decodeAt(text, length, cp.end);
                if (isWordPart(after.value) && !isIdeographic(after.value)) {
                    cp = after;
                    continue;
                }
            }
            if (!isWordPart(cp.value) || isIdeographic(cp.value))
                break;
        }
        if (!emit(word, start, end, false))
            return false;
    }
    return true;
}

// --- FTS5 glue ---------------------------------------------------------------

struct TokenizerInstance
{
};

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new TokenizerInstance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<TokenizerInstance *>(tokenizer);
}

int runTokenizer(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    const TokenizeMode mode =
        (flags & FTS5_TOKENIZE_QUERY) ? TokenizeMode::Query : TokenizeMode::Document;
    int rc = SQLITE_OK;
    tokenize(text, length, mode, [&](const QByteArray &word, int start, int end, bool colocated) {
        rc = token(context, colocated ? FTS5_TOKEN_COLOCATED : 0, word.constData(),
                   int(word.size()), start, end);
        return rc == SQLITE_OK;
    });
    return rc;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

QList<SearchToken> searchTokens(const QByteArray &utf8, TokenizeMode mode)
{
    QList<SearchToken> tokens;
    tokenize(utf8.constData(), int(utf8.size()), mode,
             [&](const QByteArray &word, int start, int end, bool colocated) {
                 tokens.append(SearchToken{word, start, end, colocated});
                 return true;
             });
    return tokens;
}

Status registerSearchTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2) {
        return Error{QCoreApplication::translate(
            "LibraryStore", "This SQLite has no full-text search (FTS5); Lectern needs it.")};
    }
    static fts5_tokenizer tokenizer = {createTokenizer, deleteTokenizer, runTokenizer};
    if (api->xCreateTokenizer(api, "lectern", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        return Error{QCoreApplication::translate("LibraryStore",
                                                 "The search tokenizer could not be set up.")};
    }
    return success();
}

} // namespace lectern
