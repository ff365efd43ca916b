#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace lectern {

// The words of a text as every Lectern search index holds them: the library's
// FTS5 table (the tokenizer named "lectern"), and any other index built from
// the same text (a published site's, a team library's), so that one query
// finds the same articles everywhere.
//  - letters and digits form words, folded to one case (КИЇВ = Київ);
//    apostrophes inside a word are dropped (м'ясо = м’ясо = мʼясо);
//  - each Latin or Cyrillic word is followed, at the same position, by its
//    stems (wordstems.h), written with `stemMarker` in front: a plain query
//    word looks for its stems too (`student` finds `students`), while a
//    "quoted phrase" looks only for the words as written;
//  - Chinese and Japanese text has no spaces, so each run of ideographs is
//    indexed as overlapping character pairs (西安峰会 → 西安 安峰 峰会) with each
//    character also indexed at the same position; a query for a word of two or
//    more characters becomes a phrase of its pairs, a single character matches
//    the single-character entries.
enum class TokenizeMode
{
    Document, // what the index holds for a text
    Query     // what a "quoted" text looks for: its words as written, no stems
};

enum class TokenKind : quint8
{
    Word,      // a word, case-folded; or a pair of Chinese characters
    Character, // one Chinese character, at the position of the pair it starts
    Stem       // a stem of the word at this position; text begins with stemMarker
};

// Never part of a word, so a stem never meets a word spelled the same way:
// "univers" in quotes finds that word, not university.
constexpr char stemMarker = '~';

struct SearchToken
{
    QByteArray text; // UTF-8
    int start = 0;   // byte offsets into the input
    int end = 0;
    bool colocated = false; // same position as the previous token
    int position = 0;       // counted from 0; colocated tokens share one
    TokenKind kind = TokenKind::Word;
};

enum class Stemming
{
    Included,
    Skipped // words only, as written (cheaper; e.g. for choosing an article's terms)
};

QList<SearchToken> searchTokens(const QByteArray &utf8, TokenizeMode mode,
                                Stemming stemming = Stemming::Included);
// The same tokens one at a time, without collecting them, until `consume`
// returns false. A token's text is valid only during the call.
void forEachSearchToken(const QByteArray &utf8, TokenizeMode mode, Stemming stemming,
                        const std::function<bool(const SearchToken &)> &consume);

// The same tokens as (bytes, length, start, end, colocated), straight from
// the tokenizer with nothing copied, for an index that takes them one by one
// (the FTS5 glue, storage/fts5tokenizer.cpp); stops when `sink` returns false.
// Documents get their stems; a query's words are as written.
using TokenSink = bool (*)(void *context, const char *text, int length, int start, int end,
                           bool colocated);
void emitSearchTokens(const char *text, int length, TokenizeMode mode, TokenSink sink,
                      void *context);

// How a search term is matched.
enum class TermForm
{
    Exact,     // "a quoted phrase", a filter value: the words as written
    Inflected, // a plain word: any word sharing a stem with it
    Prefix     // stud*: the last word is the beginning of a word
};

// What a term looks for, one position after another: at each position the
// tokens any of which matches there (the word first). For a Prefix term the
// last position holds the word's beginning.
using QueryPositions = QList<QList<QByteArray>>;
QueryPositions queryTokens(const QString &term, TermForm form);

// The FTS5 string, in double quotes, that makes the "lectern" tokenizer look
// for exactly these tokens (it does not tokenize it again): it begins with
// preTokenizedMark; positions are separated by spaces, the alternatives at
// one position by alternativeMark (storage/fts5tokenizer.cpp replays them).
QString fts5Phrase(const QueryPositions &positions);
constexpr char preTokenizedMark = '\x1f';
constexpr char alternativeMark = '|';

} // namespace lectern
