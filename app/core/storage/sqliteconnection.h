#pragma once

#include "result.h"

#include <QString>

struct sqlite3;

namespace lectern {

// A connection of SQLite's C interface, for what Qt's driver cannot do:
// locking a library for an upgrade or a restore, the online backup API, and
// checks of files that are not open as libraries. Closed when destroyed.
class SqliteConnection final
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        ReadOnlyImmutable // read-only storage with no log: SQLite must not look for one
    };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Never creates a file.
    Status open(const QString &path, Mode mode, int busyTimeoutMs = 5000);
    void close();
    sqlite3 *handle() const { return m_db; }

    Status exec(const char *sql);
    Status exec(const QByteArray &sql) { return exec(sql.constData()); }
    // The first column of the first row, as an integer or as text.
    Result<qint64> integer(const char *sql);
    Result<QString> text(const char *sql);
    // Every row's first column, as text (PRAGMA integrity_check).
    Result<QStringList> column(const char *sql);

private:
    Error failure(int code) const;

    sqlite3 *m_db = nullptr;
};

} // namespace lectern
