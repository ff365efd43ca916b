#include "serverlibrary.h"

#include "scramverifier.h"
#include "serverconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace lectern {

namespace {

const QString migrationFolder = QStringLiteral(":/lectern/server-migrations");
const QStringList libraryRoles{QStringLiteral("reader"), QStringLiteral("editor"),
                               QStringLiteral("admin")};

QStringList migrationFiles()
{
    return QDir(migrationFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

Result<int> versionOf(ServerConnection &connection)
{
    Result<QVariant> schema = connection.scalar(
        QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'lectern'"));
    if (!schema)
        return schema.failure();
    if (schema->toInt() == 0) {
        // Not a team library: is the database empty enough to become one?
        Result<QVariant> tables = connection.scalar(QStringLiteral(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'v', 'm', 'p') AND n.nspname NOT IN "
            "('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"));
        if (!tables)
            return tables.failure();
        if (tables->toInt() > 0) {
            return Error{
                ServerLibrary::tr("The database “%1” already holds other tables; a team library "
                                  "is made only on an empty database. Nothing was changed.")
                    .arg(connection.location().databaseName()),
                ErrorKind::ForeignFile};
        }
        return 0;
    }
    Result<QVariant> version =
        connection.scalar(QStringLiteral("SELECT schema_version FROM lectern.library"));
    if (!version || !version->isValid()) {
        return Error{
            ServerLibrary::tr("The database “%1” has a schema “lectern” that is not a Lectern team "
                              "library. Nothing was changed.")
                .arg(connection.location().databaseName()),
            ErrorKind::ForeignFile};
    }
    return version->toInt();
}

Status refuseNewer(const ServerConnection &connection, int version)
{
    if (version <= ServerLibrary::newestSchemaVersion())
        return success();
    return ServerLibrary::newerFormat(connection.location().displayName(), version);
}

// The script of one migration with the quoted names of the roles and the
// database put in.
Result<QString> migrationScript(const QString &file, const QString &database)
{
    QFile script(migrationFolder + QLatin1Char('/') + file);
    if (!script.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("missing migration %1").arg(file)};
    QString sql = QString::fromUtf8(script.readAll());
    const QStringList names = ServerLibrary::roleNames(database);
    for (int i = 0; i < libraryRoles.size(); ++i) {
        sql.replace(QStringLiteral("{{%1}}").arg(libraryRoles.at(i)),
                    ServerConnection::quotedIdentifier(names.at(i)));
    }
    sql.replace(QStringLiteral("{{database}}"), ServerConnection::quotedIdentifier(database));
    return sql;
}

// The three roles, each one more than the last: an editor is also a reader,
// an administrator also an editor. A role left by an earlier library of the
// same name is used again.
Status createRoles(ServerConnection &connection, const QString &database)
{
    const QStringList names = ServerLibrary::roleNames(database);
    for (const QString &name : names) {
        Result<QVariant> exists = connection.scalar(
            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
        if (!exists)
            return exists.failure();
        if (exists->toInt() == 0) {
            if (Status made = connection.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN")
                                                  .arg(ServerConnection::quotedIdentifier(name)));
                !made)
                return made;
        }
    }
    for (int i = 1; i < names.size(); ++i) {
        if (Status granted =
                connection.exec(QStringLiteral("GRANT %1 TO %2")
                                    .arg(ServerConnection::quotedIdentifier(names.at(i - 1)),
                                         ServerConnection::quotedIdentifier(names.at(i))));
            !granted)
            return granted;
    }
    return success();
}

Status mayCreateRoles(ServerConnection &connection)
{
    Result<QVariant> may = connection.scalar(QStringLiteral(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"));
    if (!may)
        return may.failure();
    if (may->toBool())
        return success();
    return Error{
        ServerLibrary::tr("The user “%1” may not create roles on this server, which making a team "
                          "library needs (its reader, editor and administrator roles). Run it as "
                          "the server's administrator (for example postgres). Nothing was changed.")
            .arg(connection.location().user()),
        ErrorKind::NotAllowed};
}

Status runMigration(ServerConnection &connection, const QString &file, int version)
{
    const QString database = connection.location().databaseName();
    const Result<QString> script = migrationScript(file, database);
    if (!script)
        return script.failure();
    return connection.transaction([&]() -> Status {
        if (version == 1) {
            if (Status made = connection.exec(QStringLiteral("CREATE SCHEMA lectern")); !made)
                return made;
            if (Status made = createRoles(connection, database); !made)
                return made;
        }
        if (Status ran = connection.exec(script.value()); !ran)
            return ran;
        if (version == 1) {
            const QStringList names = ServerLibrary::roleNames(database);
            for (int i = 0; i < libraryRoles.size(); ++i) {
                if (Status kept = connection.exec(
                        QStringLiteral("INSERT INTO lectern.library_roles (role, name) "
                                       "VALUES (?, ?)"),
                        {libraryRoles.at(i), names.at(i)});
                    !kept)
                    return kept;
            }
            return connection.exec(
                QStringLiteral("INSERT INTO lectern.library (id, schema_version, created) "
                               "VALUES (1, ?, ?)"),
                {version, QDateTime::currentMSecsSinceEpoch()});
        }
        return connection.exec(QStringLiteral("UPDATE lectern.library SET schema_version = ?"),
                               {version});
    });
}

Result<std::unique_ptr<ServerConnection>> openLibrary(const LibraryLocation &location)
{
    Result<std::unique_ptr<ServerConnection>> connection = ServerConnection::open(location);
    if (!connection)
        return connection;
    const Result<int> version = versionOf(*connection.value());
    if (!version)
        return version.failure();
    if (version.value() == 0) {
        return Error{
            ServerLibrary::tr("The database “%1” holds no team library yet; “lectern server init” "
                              "makes one.")
                .arg(location.databaseName()),
            ErrorKind::NotFound};
    }
    if (Status newer = refuseNewer(*connection.value(), version.value()); !newer)
        return newer.failure();
    return connection;
}

} // namespace

int ServerLibrary::newestSchemaVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : files.last().left(4).toInt();
}

QStringList ServerLibrary::roleNames(const QString &database)
{
    // Identifiers are at most 63 bytes; the suffix must survive.
    QString stem = database;
    while (stem.toUtf8().size() > 63 - 7)
        stem.chop(1);
    QStringList names;
    for (const QString &role : libraryRoles)
        names.append(stem + QLatin1Char('_') + role);
    return names;
}

Result<ServerLibraryState> ServerLibrary::state(const LibraryLocation &location)
{
    Result<std::unique_ptr<ServerConnection>> connection = ServerConnection::open(location);
    if (!connection)
        return connection.failure();
    const Result<int> version = versionOf(*connection.value());
    if (!version)
        return version.failure();
    return ServerLibraryState{version.value(), newestSchemaVersion()};
}

Result<ServerLibraryState> ServerLibrary::initialise(const LibraryLocation &location)
{
    Result<std::unique_ptr<ServerConnection>> opened = ServerConnection::open(location);
    if (!opened)
        return opened.failure();
    ServerConnection &connection = *opened.value();
    const Result<int> version = versionOf(connection);
    if (!version)
        return version.failure();
    if (Status newer = refuseNewer(connection, version.value()); !newer)
        return newer.failure();
    if (version.value() == newestSchemaVersion()) {
        return Error{
            ServerLibrary::tr("The database “%1” already holds a team library of this version. "
                              "Nothing was changed.")
                .arg(location.databaseName()),
            ErrorKind::Conflict};
    }
    if (version.value() == 0) {
        if (Status may = mayCreateRoles(connection); !may)
            return may.failure();
    }
    for (const QString &file : migrationFiles()) {
        const int step = file.left(4).toInt();
        if (step <= version.value())
            continue;
        if (Status ran = runMigration(connection, file, step); !ran)
            return ran.failure();
    }
    return ServerLibraryState{newestSchemaVersion(), newestSchemaVersion()};
}

Result<bool> ServerLibrary::addUser(const LibraryLocation &location, const QString &login,
                                    const QString &role, const QString &password)
{
    if (!libraryRoles.contains(role)) {
        return Error{
            ServerLibrary::tr("“%1” is not a role of a team library: reader, editor or admin.")
                .arg(role),
            ErrorKind::InvalidInput};
    }
    static const QRegularExpression name(QStringLiteral("^[^\\s\"]{1,63}$"));
    if (!name.match(login).hasMatch()) {
        return Error{ServerLibrary::tr(
                         "“%1” is not a user name a server takes (1 to 63 characters, no spaces "
                         "or quotation marks).")
                         .arg(login),
                     ErrorKind::InvalidInput};
    }
    Result<std::unique_ptr<ServerConnection>> connection = openLibrary(location);
    if (!connection)
        return connection.failure();
    const QVariant verifier = password.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(scramSha256Verifier(password));
    const Result<QVariant> made = connection.value()->scalar(
        QStringLiteral("SELECT lectern.add_user(?, ?, ?)"), {login, role, verifier});
    if (!made)
        return made.failure();
    return made->toBool();
}

Status ServerLibrary::removeUser(const LibraryLocation &location, const QString &login)
{
    Result<std::unique_ptr<ServerConnection>> connection = openLibrary(location);
    if (!connection)
        return connection.failure();
    return connection.value()->exec(QStringLiteral("SELECT lectern.remove_user(?)"), {login});
}

Result<QList<ServerUser>> ServerLibrary::users(const LibraryLocation &location)
{
    Result<std::unique_ptr<ServerConnection>> connection = openLibrary(location);
    if (!connection)
        return connection.failure();
    Result<QList<QVariantList>> rows =
        connection.value()->rows(QStringLiteral("SELECT login, library_role FROM lectern.users()"));
    if (!rows)
        return rows.failure();
    QList<ServerUser> users;
    for (const QVariantList &row : rows.value())
        users.append({row.value(0).toString(), row.value(1).toString()});
    return users;
}

Error ServerLibrary::newerFormat(const QString &name, int version)
{
    return Error{tr("The team library “%1” was made by a newer version of Lectern (its format "
                    "is %2; this version knows up to %3). Nothing was changed; install the "
                    "newer Lectern to use it.")
                     .arg(name)
                     .arg(version)
                     .arg(newestSchemaVersion()),
                 ErrorKind::NewerFormat};
}

Error ServerLibrary::cannotOpenYet(const QString &address)
{
    const std::optional<LibraryLocation> location = LibraryLocation::server(address);
    return Error{tr("“%1” is a team library on a PostgreSQL server. This version’s window "
                    "cannot open one yet; its command line can (lectern --library %1 list, "
                    "search, import…).")
                     .arg(location ? location->displayLocation() : QString()),
                 ErrorKind::CannotOpen};
}

} // namespace lectern
