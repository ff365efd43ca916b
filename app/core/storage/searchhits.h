#pragma once

// What both engines' searches share: when bm25 ranks, the weight of each
// column, and the hits shown with their snippets.
#include "librarystore.h"
#include "searchquery.h"

#include <array>

class QSqlDatabase;

namespace lectern {

// Up to this many matches, results are ranked by bm25; past it, by where the
// words are and by date (Fts5SearchIndex::search says why).
constexpr int searchRankingWindow = 1500;
// Past this many words and phrases, the title matches of a common query are
// looked for among the newest `searchRankingWindow` matches only.
constexpr int searchManyTerms = 4;

// bm25's weight of each column of the index, in FTS5's order: title,
// summary, text, tags, author, category, language, status.
using ColumnWeights = std::array<double, 8>;
// A search's ranking (the FTS5 table's 'rank', migration 2).
constexpr ColumnWeights searchColumnWeights{10.0, 4.0, 1.0, 3.0, 2.0, 2.0, 0.0, 0.0};
// The words related articles are looked for by (RelatedEngine).
constexpr ColumnWeights relatedColumnWeights{3.0, 2.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0};

// The hits of these articles, in this order, with their scores: a snippet of
// the text where it matches `terms`, else of the summary when that matches.
Result<QList<SearchHit>> searchHits(const QSqlDatabase &db, const QList<qint64> &ids,
                                    const QList<double> &scores, const QList<SearchTerm> &terms);

} // namespace lectern
