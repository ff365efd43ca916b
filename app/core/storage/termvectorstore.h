#pragma once

// The related-articles tables (related_terms, related_vectors; see
// related/termvectors.h) kept in step with the search index.
#include "related/termvectors.h"

#include <QSqlDatabase>

struct sqlite3;

namespace lectern {

Status addTermVector(const QSqlDatabase &db, qint64 articleId);
Status removeTermVector(const QSqlDatabase &db, qint64 articleId);
// Every live article, for a library made before schema 9, on the upgrade's
// raw connection (the upgrade's transaction is the caller's).
Status fillTermVectors(sqlite3 *handle);

// The stored vectors of these articles (those without one are left out).
Result<QHash<qint64, StoredVector>> storedVectors(const QSqlDatabase &db,
                                                  const QList<qint64> &articleIds);

} // namespace lectern
