#include "command.h"
#include "commandline.h"

#include "demolibrary.h"
#include "librarylocation.h"
#include "storage/server/serverlibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message, int code)
{
    QTextStream err(stderr);
    err << "lectern: " << message << Qt::endl;
    return code;
}

namespace {

QString &usageCommand()
{
    static QString name;
    return name;
}

} // namespace

void setUsageCommand(const QString &name)
{
    usageCommand() = name;
}

int usageError(const QString &message)
{
    const QString hint =
        usageCommand().isEmpty()
            ? CommandLine::tr("Run “lectern --help” for usage.")
            : CommandLine::tr("Run “lectern %1 --help” for its usage.").arg(usageCommand());
    return fail(message + QLatin1Char('\n') + hint, ExitUsage);
}

void printJson(const QJsonArray &array)
{
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out().flush();
}

void printJsonObject(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

Result<std::unique_ptr<LibraryStore>> openLibrary(const CommandContext &context, Access access)
{
    if (isServerAddress(context.libraryOption)) {
        // A team library: the server decides what this user may do.
        const std::optional<LibraryLocation> location =
            LibraryLocation::server(context.libraryOption);
        if (!location) {
            return Error{CommandLine::tr("“%1” is not a PostgreSQL address "
                                         "(postgresql://user@host:port/database).")
                             .arg(context.libraryOption),
                         ErrorKind::InvalidInput};
        }
        Result<std::unique_ptr<LibraryStore>> store = LibraryStore::open(*location);
        if (store && access == Access::Write && store.value()->isReadOnly()) {
            return Error{CommandLine::tr("The team library “%1” can only be read here: %2. "
                                         "Nothing was changed.")
                             .arg(location->displayName(), store.value()->readOnlyReason()),
                         ErrorKind::ReadOnly};
        }
        return store;
    }
    const QString path = libraryLocation(context.libraryOption);
    // The first start with no library gets the demo one, as in the window.
    if (isDefaultLibraryLocation(context.libraryOption) && !QFileInfo::exists(path)) {
        Result<std::unique_ptr<LibraryStore>> store = LibraryStore::create(path);
        if (store) {
            if (Status status = fillDemoLibrary(*store.value()); !status)
                return status.failure();
        }
        return store;
    }
    LibraryOpenOptions options;
    // Waiting for other programs, and the copy before an upgrade, can take a
    // while: say so.
    options.progress = [](const QString &message) {
        QTextStream err(stderr);
        err << "lectern: " << message << Qt::endl;
        return true;
    };
    if (context.parser.isSet(QStringLiteral("wait")))
        options.lockWaitMs = qMax(0, context.parser.value(QStringLiteral("wait")).toInt()) * 1000;
    Result<std::unique_ptr<LibraryStore>> store = LibraryStore::open(path, options);
    if (store && access == Access::Write && store.value()->isReadOnly()) {
        return Error{CommandLine::tr("The library “%1” can only be read here: %2. Nothing was "
                                     "changed.")
                         .arg(QDir::toNativeSeparators(path), store.value()->readOnlyReason()),
                     ErrorKind::ReadOnly};
    }
    return store;
}

} // namespace lectern::cli
