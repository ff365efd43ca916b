#pragma once

// A team library's database on a PostgreSQL server: making one on an empty
// database, bringing an older one up to this version's schema, and its users.
// The library's three roles are cluster-wide on PostgreSQL, so their names
// carry the database's: "union_reader", "union_editor", "union_admin".
#include "librarylocation.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

struct ServerUser
{
    QString login;
    QString role; // "reader", "editor" or "admin"
};

struct ServerLibraryState
{
    int schemaVersion = 0; // 0: the database holds no team library
    int newestVersion = 0; // this program's
};

class ServerLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(ServerLibrary)

public:
    // The team-library format this program writes (resources/server-migrations/).
    static int newestSchemaVersion();
    // The role names of the library in `database`, reader, editor, admin.
    static QStringList roleNames(const QString &database);

    // On an empty database: the schema, the three roles and their grants, in
    // one transaction. On a team library of an older version: its upgrade,
    // one transaction per step. A newer library, one that is up to date, or
    // a database holding other tables is refused and left as it was. Needs
    // a user who may create roles (a superuser, or one with CREATEROLE).
    static Result<ServerLibraryState> initialise(const LibraryLocation &location);
    static Result<ServerLibraryState> state(const LibraryLocation &location);

    // For the library's administrators; the server checks that they are.
    // `password` empty: the user logs in some other way (~/.pgpass is the
    // client's; the server's pg_hba.conf decides).
    // Whether the login was made (false: it existed, and its password, if
    // one was given, was left as it was: a library never changes a login's
    // password).
    static Result<bool> addUser(const LibraryLocation &location, const QString &login,
                                const QString &role, const QString &password);
    static Status removeUser(const LibraryLocation &location, const QString &login);
    static Result<QList<ServerUser>> users(const LibraryLocation &location);

    // The refusal of a team library of a newer format than this program's.
    static Error newerFormat(const QString &name, int version);

    // What the window says when asked to open a team library (`--library
    // postgresql://…`), which only the command line can do in this version.
    static Error cannotOpenYet(const QString &address);
};

} // namespace lectern
