#pragma once

// A search (searchquery.h) as a team library's server runs it: conditions on
// the tsvectors of article_search (serversearchindex.h) that its GIN indexes
// answer, and the phrases Lectern's bm25 scores, column by column, as FTS5
// does in a library file.
#include "searchquery.h"
#include "searchtokenizer.h"

#include <QString>
#include <QVariantList>

namespace lectern {

// The columns of a library file's FTS5 index. On a server, title, summary,
// tags and text are the weights A–D of `document`; author, category,
// language and status those of `byline`.
enum SearchColumn : quint8 // in FTS5's column order, as searchhits.h weighs them
{
    TitleColumn = 1 << 0,
    SummaryColumn = 1 << 1,
    BodyColumn = 1 << 2,
    TagsColumn = 1 << 3,
    AuthorColumn = 1 << 4,
    CategoryColumn = 1 << 5,
    LanguageColumn = 1 << 6,
    StatusColumn = 1 << 7,
};
using SearchColumns = quint8;

// Which column a position of a server's vector is in.
SearchColumn searchColumnOf(bool byline, char weight);

struct ServerPhrase
{
    QueryPositions positions; // at each position the tokens any of which matches
    bool prefix = false;      // the last position's tokens begin a word
    SearchColumns columns = 0;
};

struct ServerMatch
{
    // Over "article_search s"; empty when the query has nothing to match.
    QString condition;
    QVariantList values;
    // Every phrase of the query, the excluded and the filters' too (as FTS5's
    // bm25 counts them: an excluded phrase is in no article found).
    QList<ServerPhrase> phrases;
};

// The match for a query, or the same error matchExpression() gives for it.
Result<ServerMatch> serverMatch(const SearchQuery &query,
                                SearchQuery::Scope scope = SearchQuery::AllText);
// The condition "the article has the phrase in its columns", over "s".
QString phraseCondition(const ServerPhrase &phrase, QVariantList &values);
// A lexeme of a tsvector or tsquery, quoted.
QString quotedLexeme(const QString &lexeme);

} // namespace lectern
