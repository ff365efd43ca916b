#pragma once

// FTS5's bm25 (its fts5_aux.c: k1 = 1.2, b = 0.75, each phrase's frequency
// the sum of its column weights over its matches, the row's size in words
// over every column) computed by Lectern from a team library's tsvectors,
// so that a search ranks alike on both engines.
#include "searchhits.h"
#include "server/servermatch.h"

#include <QHash>

class QSqlDatabase;

namespace lectern {

// The score of each of `ids` (higher is better; articles matching none of the
// phrases score 0).
Result<QHash<qint64, double>> bm25Scores(const QSqlDatabase &db, const QList<ServerPhrase> &phrases,
                                         const QList<qint64> &ids, const ColumnWeights &weights);

} // namespace lectern
