#pragma once

#include "result.h"

#include <QString>

struct sqlite3;

namespace lectern {

// The library format this program writes: the number of the last migration
// compiled in (resources/migrations/NNNN_*.sql).
int newestSchemaVersion();

// Runs the migrations after `from` on a connection, each with its version
// stamp in one transaction: an upgrade that fails leaves the file at the last
// version it reached. The connection needs the search tokenizer.
Status migrateConnection(sqlite3 *handle, const QString &path, int from);

} // namespace lectern
