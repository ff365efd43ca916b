// server: a team library's database on a PostgreSQL server (making one, its
// users).
#include "command.h"
#include "commandline.h"

#include "librarylocation.h"
#include "storage/server/serverlibrary.h"

#include <QJsonObject>

#include <cstdio>

namespace lectern::cli {

namespace {

// A new user's password from standard input (its first line): never an
// argument, which every user of the computer could read in the process list.
QString passwordFromInput()
{
    QTextStream in(stdin);
    return in.readLine();
}

int runServerInit(const LibraryLocation &location, bool json)
{
    const Result<ServerLibraryState> made = ServerLibrary::initialise(location);
    if (!made)
        return fail(made.error());
    const QStringList roles = ServerLibrary::roleNames(location.databaseName());
    if (json) {
        printJsonObject({{QStringLiteral("library"), location.toString()},
                         {QStringLiteral("format"), made->schemaVersion},
                         {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
        return ExitOk;
    }
    out() << CommandLine::tr("The team library %1 is ready (format %2), with the roles %3.")
                 .arg(location.displayLocation())
                 .arg(made->schemaVersion)
                 .arg(roles.join(QLatin1String(", ")))
          << Qt::endl;
    return ExitOk;
}

int runServerUsers(const LibraryLocation &location, bool json)
{
    const Result<QList<ServerUser>> users = ServerLibrary::users(location);
    if (!users)
        return fail(users.error());
    if (json) {
        QJsonArray array;
        for (const ServerUser &user : users.value())
            array.append(QJsonObject{{QStringLiteral("user"), user.login},
                                     {QStringLiteral("role"), user.role}});
        printJson(array);
        return ExitOk;
    }
    for (const ServerUser &user : users.value())
        out() << user.login << '\t' << user.role << '\n';
    out().flush();
    return ExitOk;
}

} // namespace

int runServer(const CommandContext &context)
{
    const QString action = context.arguments.value(0);
    const std::optional<LibraryLocation> location =
        LibraryLocation::server(context.arguments.value(1));
    if (action.isEmpty() || !location) {
        return usageError(CommandLine::tr("server needs an action (init, users, add-user or "
                                          "remove-user) and a postgresql:// address."));
    }
    const QString login = context.arguments.value(2);
    if (action == QLatin1String("init") && context.arguments.size() == 2)
        return runServerInit(*location, context.json);
    if (action == QLatin1String("users") && context.arguments.size() == 2)
        return runServerUsers(*location, context.json);
    if (action == QLatin1String("add-user") && context.arguments.size() == 3) {
        const QString role = context.parser.value(QStringLiteral("role"));
        if (role.isEmpty())
            return usageError(CommandLine::tr("add-user needs --role reader, editor or admin."));
        const QString password = context.parser.isSet(QStringLiteral("password-stdin"))
                                     ? passwordFromInput()
                                     : QString();
        const Result<bool> made = ServerLibrary::addUser(*location, login, role, password);
        if (!made)
            return fail(made.error());
        out() << CommandLine::tr("%1 is now %2 of the team library %3.")
                     .arg(login, role, location->displayName())
              << Qt::endl;
        if (!made.value() && !password.isEmpty()) {
            out() << CommandLine::tr("%1 could log in to the server before; their password "
                                     "was not changed.")
                         .arg(login)
                  << Qt::endl;
        }
        return ExitOk;
    }
    if (action == QLatin1String("remove-user") && context.arguments.size() == 3) {
        if (Status removed = ServerLibrary::removeUser(*location, login); !removed)
            return fail(removed.error());
        out() << CommandLine::tr("%1 no longer has a role in the team library %2.")
                     .arg(login, location->displayName())
              << Qt::endl;
        return ExitOk;
    }
    return usageError(CommandLine::tr("“server %1” is not an action with these arguments: "
                                      "init URI, users URI, add-user URI USER --role ROLE, "
                                      "remove-user URI USER.")
                          .arg(action));
}

} // namespace lectern::cli
