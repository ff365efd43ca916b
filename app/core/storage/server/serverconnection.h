#pragma once

// A connection to a team library's PostgreSQL server through Qt's QPSQL
// driver. Every value goes through placeholders; errors come back with a
// kind chosen from the server's SQLSTATE, in words for people, and never
// with the password in them.
#include "librarylocation.h"
#include "result.h"

#include <QVariant>

#include <functional>
#include <memory>

class QSqlError;

namespace lectern {

class ServerConnection final
{
public:
    static Result<std::unique_ptr<ServerConnection>> open(const LibraryLocation &location);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    const LibraryLocation &location() const { return m_location; }

    // One statement with positional placeholders (?), or, without values, a
    // script of several statements.
    Status exec(const QString &sql, const QVariantList &values = {});
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &values = {});
    // The first column of the first row (an invalid QVariant when there is none).
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // `work` inside BEGIN … COMMIT; rolled back when it fails.
    Status transaction(const std::function<Status()> &work);

    // "union_reader": a role's name quoted as an identifier for SQL text.
    static QString quotedIdentifier(const QString &name);

private:
    ServerConnection(LibraryLocation location, QString name);
    Error failure(const QSqlError &error) const;

    LibraryLocation m_location;
    QString m_name;
};

// The kind of a PostgreSQL SQLSTATE ("42501": NotAllowed).
ErrorKind serverErrorKind(const QString &sqlState);
// A failure of the server at `location` in words, its kind from the SQLSTATE
// or from what libpq said; the password never in it.
Error serverFailure(const LibraryLocation &location, const QSqlError &error);
// Adds and opens Qt's named QPSQL connection to `location`.
Status openServerDatabase(const LibraryLocation &location, const QString &connectionName);

} // namespace lectern
