#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace lectern {

// The FTS5 tokenizer named "lectern", shared by the index and the queries:
//  - letters and digits form words, folded to one case (КИЇВ = Київ);
//    apostrophes inside a word are dropped (м'ясо = м’ясо = мʼясо);
//  - Chinese and Japanese text has no spaces, so each run of ideographs is
//    indexed as overlapping character pairs (西安峰会 → 西安 安峰 峰会) with each
//    character also indexed at the same position; a query for a word of two or
//    more characters becomes a phrase of its pairs, a single character matches
//    the single-character entries.
enum class TokenizeMode
{
    Document,
    Query
};

struct SearchToken
{
    QByteArray text; // UTF-8
    int start = 0;   // byte offsets into the input
    int end = 0;
    bool colocated = false; // same position as the previous token
};

QList<SearchToken> searchTokens(const QByteArray &utf8, TokenizeMode mode);

// Makes the tokenizer available to one SQLite connection.
Status registerSearchTokenizer(sqlite3 *db);

} // namespace lectern
