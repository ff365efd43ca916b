#include "sqlquery.h"
#include "sqldialect.h"

#include "storage/storageerror.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace lectern {

namespace {

Error errorFrom(const QSqlQuery &query)
{
    return storageError(query.lastError(), query.driver());
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_prepareError = errorFrom(m_query);
}

Status SqlQuery::exec(std::initializer_list<QVariant> values)
{
    return execList(QVariantList(values));
}

Status SqlQuery::execList(const QVariantList &values)
{
    if (!m_prepareError.message.isEmpty())
        return m_prepareError;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // The driver binds a null QString as NULL; an empty text is meant.
        // SQL NULL is always an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_query.bindValue(i, QStringLiteral(""));
        else
            m_query.bindValue(i, value);
    }
    if (!m_query.exec())
        return errorFrom(m_query);
    return success();
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return errorFrom(query);
    return success();
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                        std::initializer_list<QVariant> values)
{
    SqlQuery query(db, sql);
    if (Status status = query.exec(values); !status)
        return status.failure();
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
    , m_begun(execSql(db, dialectOf(db).beginWrite))
    , m_open(m_begun.ok())
{
}

Transaction::~Transaction()
{
    if (m_open)
        (void)execSql(m_db, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error{QStringLiteral("transaction already ended")}) : m_begun;
    Status status = execSql(m_db, QStringLiteral("COMMIT"));
    if (status)
        m_open = false;
    return status;
}

} // namespace lectern
