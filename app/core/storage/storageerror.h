#pragma once

#include "result.h"

class QSqlDriver;
class QSqlError;
struct sqlite3;

namespace lectern {

// The words a user reads for a kind of storage failure: chosen here, from the
// kind, and nowhere else. `detail` (the engine's own text) is added only where
// the kind alone says too little (ErrorKind::Other, Conflict).
QString describeStorageFailure(ErrorKind kind, const QString &detail = {});

// The kind of an SQLite result code (extended codes are welcome), with the
// system's errno of the failed call where SQLite reports only an I/O error.
ErrorKind storageErrorKind(int sqliteCode, int systemErrno = 0);

// An error for a failed statement or connection, kind and words included.
Error storageError(const QSqlError &error, const QSqlDriver *driver);
Error storageError(sqlite3 *db, int sqliteCode);

} // namespace lectern
