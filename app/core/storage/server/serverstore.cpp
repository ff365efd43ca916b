// A team library on a PostgreSQL server opened as a LibraryStore: the same
// store, its statements in the SQL both engines speak (sqldialect.h), its
// search index ServerSearchIndex.
#include "librarystore.h"
#include "server/serverconnection.h"
#include "server/serverlibrary.h"
#include "server/serversearchindex.h"
#include "sqlquery.h"

#include <QSqlDatabase>

namespace lectern {

Result<std::unique_ptr<LibraryStore>> LibraryStore::open(const LibraryLocation &location,
                                                         const LibraryOpenOptions &options)
{
    if (location.kind() == LibraryLocation::Kind::File)
        return open(location.path(), options);
    ConnectionMode mode;
    if (options.readOnly)
        mode.readOnly = ReadOnlyReason::Requested;
    return connectServer(location, mode);
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::connectServer(const LibraryLocation &location,
                                                                  const ConnectionMode &mode)
{
    std::unique_ptr<LibraryStore> store(new LibraryStore(location.toString(), mode));
    store->m_server = location;
    store->m_searchIndex = std::make_unique<ServerSearchIndex>(*store);
    if (Status status = openServerDatabase(location, store->m_connectionName); !status)
        return status.failure();
    *store->m_connection = QSqlDatabase::database(store->m_connectionName, false);
    if (Status status = execSql(store->db(), QStringLiteral("SET search_path = lectern")); !status)
        return status.failure();

    const QString name = location.displayName();
    const Result<QVariant> schema =
        scalar(store->db(), QStringLiteral("SELECT to_regclass('lectern.library') IS NOT NULL"));
    if (!schema)
        return schema.failure();
    if (!schema->toBool()) {
        return Error{tr("The database of “%1” holds no team library. An administrator makes one "
                        "with “lectern server init”.")
                         .arg(name),
                     ErrorKind::ForeignFile};
    }
    const Result<QVariant> version =
        scalar(store->db(), QStringLiteral("SELECT schema_version FROM library"));
    if (!version) {
        if (version.errorKind() == ErrorKind::NotAllowed) {
            return Error{tr("Your account “%1” has no access to the team library “%2”; an "
                            "administrator of the library can add you.")
                             .arg(location.user(), name),
                         ErrorKind::NotAllowed};
        }
        return version.failure();
    }
    if (version->toInt() > ServerLibrary::newestSchemaVersion())
        return ServerLibrary::newerFormat(name, version->toInt());
    if (version->toInt() < ServerLibrary::newestSchemaVersion()) {
        return Error{tr("The team library “%1” has an earlier version’s format, which an "
                        "administrator upgrades with “lectern server init”. Nothing was changed.")
                         .arg(name),
                     ErrorKind::CannotOpen};
    }

    // The server enforces the roles; the window only needs to know which.
    const Result<QVariant> mayWrite =
        scalar(store->db(), QStringLiteral("SELECT pg_has_role(current_user, name, 'MEMBER') FROM "
                                           "library_roles WHERE role = 'editor'"));
    if (!mayWrite)
        return mayWrite.failure();
    if (!store->m_mode.isReadOnly() && !mayWrite->toBool())
        store->m_mode.readOnly = ReadOnlyReason::ServerRole;
    if (store->m_mode.isReadOnly()) {
        if (Status status =
                execSql(store->db(), QStringLiteral("SET default_transaction_read_only = on"));
            !status)
            return status.failure();
    }
    return store;
}

} // namespace lectern
