#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

struct sqlite3;

namespace lectern {

// A prepared statement that reports failure as a readable error. Values are
// always bound through placeholders; SQL text never contains user data.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    // Binds the values to the positional placeholders and runs the statement.
    Status exec(std::initializer_list<QVariant> values = {});
    Status execList(const QVariantList &values);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    Error m_prepareError;
};

// Runs a one-off statement with no parameters (pragmas, DDL).
Status execSql(const QSqlDatabase &db, const QString &sql);

// Runs a statement and returns the first column of its first row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                        std::initializer_list<QVariant> values = {});

// The SQLite connection under Qt's (null if it is not one).
sqlite3 *nativeHandle(const QSqlDatabase &db);

// Takes the write lock at once (BEGIN IMMEDIATE) so a transaction never fails
// half-way on a lock; rolls back unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace lectern
