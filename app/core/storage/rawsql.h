#pragma once

// Statements run on a store's own connection, for the test suite and the
// benchmark tool only: fault injection (a trigger that fails a write, a
// full disk, a read-only connection), the raw FTS5 anchor the search
// benchmark compares with, and checks of the file format itself. The
// application never links it (lectern_storage_probe in CMakeLists.txt); its
// code reaches a library through LibraryStore's interface alone.
#include "librarystore.h"

#include <QVariant>

#include <functional>

namespace lectern {

class RawSql final
{
public:
    explicit RawSql(const LibraryStore &store)
        : m_store(store)
    {
    }

    Status exec(const QString &sql, const QVariantList &values = {}) const;
    // The first column of the first row (an invalid QVariant when there is none).
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &values = {}) const;
    // Row by row, without keeping them, until `row` returns false.
    Status forEachRow(const QString &sql, const QVariantList &values,
                      const std::function<bool(const QVariantList &row)> &row) const;
    // The name of the connection, to tell two stores' connections apart.
    QString connectionName() const;
    // A page-by-page copy into a new file through SQLite's backup API, read
    // through this connection: consistent, the original never written.
    Status copyTo(const QString &path) const;

    // As another program would: statements on a file through a connection
    // of their own (making a foreign or a newer file, or watching one that
    // a running lectern writes). `readOnly` opens it for reading only.
    static Status execOnFile(const QString &path, const QStringList &statements);
    static Result<QList<QVariantList>> rowsOnFile(const QString &path, const QString &sql,
                                                  bool readOnly = true);

private:
    const LibraryStore &m_store;
};

} // namespace lectern
