#include "serverconnection.h"

#include "storageerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lectern {

namespace {

QAtomicInt connectionCount;

// libpq's parameters as Qt's driver takes them: key='value' separated by ';'.
QString connectOptions(const LibraryLocation &location)
{
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : location.parameters()) {
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"))
            .remove(QLatin1Char(';'));
        options.append(QStringLiteral("%1='%2'").arg(key, quoted));
        timeout = timeout || key == QLatin1String("connect_timeout");
    }
    if (!timeout)
        options.append(QStringLiteral("connect_timeout=10"));
    options.append(QStringLiteral("application_name=lectern"));
    return options.join(QLatin1Char(';'));
}

QSqlDatabase databaseNamed(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

} // namespace

ErrorKind serverErrorKind(const QString &sqlState)
{
    if (sqlState == QLatin1String("42501"))
        return ErrorKind::NotAllowed;
    if (sqlState.startsWith(QLatin1String("23")))
        return ErrorKind::Conflict;
    if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01") ||
        sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03"))
        return ErrorKind::Unreachable;
    if (sqlState == QLatin1String("53100"))
        return ErrorKind::DiskFull;
    if (sqlState == QLatin1String("25006"))
        return ErrorKind::ReadOnly;
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") ||
        sqlState == QLatin1String("55P03"))
        return ErrorKind::Busy;
    if (sqlState == QLatin1String("3D000"))
        return ErrorKind::NotFound;
    if (sqlState.startsWith(QLatin1String("28")))
        return ErrorKind::CannotOpen;
    if (sqlState.startsWith(QLatin1String("22")))
        return ErrorKind::InvalidInput;
    return ErrorKind::Other;
}

ServerConnection::ServerConnection(LibraryLocation location, QString name)
    : m_location(std::move(location))
    , m_name(std::move(name))
{
}

ServerConnection::~ServerConnection()
{
    {
        QSqlDatabase db = databaseNamed(m_name);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<ServerConnection>> ServerConnection::open(const LibraryLocation &location)
{
    const QString name =
        QStringLiteral("lectern-server-%1").arg(connectionCount.fetchAndAddRelaxed(1));
    std::unique_ptr<ServerConnection> connection(new ServerConnection(location, name));
    if (Status status = openServerDatabase(location, name); !status)
        return status.failure();
    return connection;
}

Status openServerDatabase(const LibraryLocation &location, const QString &connectionName)
{
    if (location.kind() != LibraryLocation::Kind::Server)
        return Error{QStringLiteral("not a server address"), ErrorKind::InvalidInput};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error{QCoreApplication::translate(
                         "LibraryStore",
                         "Team libraries need Qt's PostgreSQL driver, which is not installed "
                         "(on Debian: the package libqt6sql6-psql)."),
                     ErrorKind::CannotOpen};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setDatabaseName(location.databaseName());
    db.setUserName(location.user());
    if (!location.password().isEmpty())
        db.setPassword(location.password());
    db.setConnectOptions(connectOptions(location));
    if (!db.open())
        return serverFailure(location, db.lastError());
    return success();
}

Error ServerConnection::failure(const QSqlError &error) const
{
    return serverFailure(m_location, error);
}

Error serverFailure(const LibraryLocation &location, const QSqlError &error)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    if (!location.password().isEmpty())
        detail.replace(location.password(), QStringLiteral("••••"));
    ErrorKind kind = serverErrorKind(error.nativeErrorCode());
    if (error.type() == QSqlError::ConnectionError && kind == ErrorKind::Other) {
        // libpq gives no SQLSTATE before a session exists; its message says
        // whether the server answered at all.
        const auto says = [&detail](const char *words) {
            return detail.contains(QLatin1String(words), Qt::CaseInsensitive);
        };
        if (says("database") && says("does not exist"))
            kind = ErrorKind::NotFound;
        else if (says("authentication") || says("role") || says("permission denied"))
            kind = ErrorKind::CannotOpen;
        else
            kind = ErrorKind::Unreachable;
    }
    const QString where = location.displayLocation();
    switch (kind) {
    case ErrorKind::Unreachable:
        return Error{describeStorageFailure(kind, QStringLiteral("%1 (%2).").arg(where, detail)),
                     kind};
    case ErrorKind::CannotOpen:
        return Error{QCoreApplication::translate(
                         "LibraryStore",
                         "The server of the team library %1 refused the connection: %2. "
                         "Check the user name and password.")
                         .arg(where, detail),
                     kind};
    case ErrorKind::NotFound:
        return Error{
            QCoreApplication::translate("LibraryStore", "The server has no database “%1” (%2).")
                .arg(location.databaseName(), where),
            kind};
    case ErrorKind::InvalidInput:
        return Error{detail, kind};
    default:
        return Error{describeStorageFailure(kind, detail), kind};
    }
}

Status ServerConnection::exec(const QString &sql, const QVariantList &values)
{
    const Result<QList<QVariantList>> done = rows(sql, values);
    if (!done)
        return done.failure();
    return success();
}

Result<QList<QVariantList>> ServerConnection::rows(const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = databaseNamed(m_name);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool done = false;
    if (values.isEmpty()) {
        done = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        done = query.exec();
    }
    if (!done)
        return failure(query.lastError());
    QList<QVariantList> result;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column)
            row.append(query.value(column));
        result.append(row);
    }
    return result;
}

Result<QVariant> ServerConnection::scalar(const QString &sql, const QVariantList &values)
{
    Result<QList<QVariantList>> found = rows(sql, values);
    if (!found)
        return found.failure();
    if (found->isEmpty() || found->first().isEmpty())
        return QVariant();
    return found->first().first();
}

Status ServerConnection::transaction(const std::function<Status()> &work)
{
    QSqlDatabase db = databaseNamed(m_name);
    if (!db.transaction())
        return failure(db.lastError());
    Status status = work();
    if (status && !db.commit())
        status = failure(db.lastError());
    if (!status)
        db.rollback();
    return status;
}

QString ServerConnection::quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace lectern
