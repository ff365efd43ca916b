// backups, restore and check: the library file's safety net.
#include "command.h"
#include "commandline.h"

#include "librarylocation.h"
#include "storage/librarybackups.h"
#include "storage/libraryfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace lectern::cli {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

int runBackups(const CommandContext &context)
{
    if (!context.arguments.isEmpty())
        return usageError(CommandLine::tr("backups takes no arguments."));
    const QString path = libraryLocation(context.libraryOption);
    if (!QFileInfo::exists(path))
        return fail(
            CommandLine::tr("There is no library at “%1”.").arg(QDir::toNativeSeparators(path)));
    const QList<BackupInfo> backups = LibraryBackups::list(path, true);
    if (context.json) {
        QJsonArray array;
        for (const BackupInfo &backup : backups) {
            QJsonObject object{{QStringLiteral("path"), backup.path},
                               {QStringLiteral("made"), backup.made.toString(Qt::ISODate)},
                               {QStringLiteral("reason"), LibraryBackups::reasonKey(backup.reason)},
                               {QStringLiteral("bytes"), backup.bytes}};
            if (backup.problem.isEmpty()) {
                object.insert(QStringLiteral("articles"), backup.articles);
                object.insert(QStringLiteral("format"), backup.schemaVersion);
            } else {
                object.insert(QStringLiteral("problem"), backup.problem);
            }
            array.append(object);
        }
        printJson(array);
        return ExitOk;
    }
    if (backups.isEmpty()) {
        out() << CommandLine::tr("There are no backups of this library yet (they are kept in "
                                 "“%1”).")
                     .arg(QDir::toNativeSeparators(backupFolderOf(path)))
              << Qt::endl;
        return ExitOk;
    }
    int number = 0;
    for (const BackupInfo &backup : backups) {
        const QString what = backup.problem.isEmpty()
                                 ? CommandLine::tr("%n article(s)", nullptr, int(backup.articles))
                                 : CommandLine::tr("cannot be read: %1").arg(backup.problem);
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(++number)
                     .arg(QLocale().toString(backup.made, QLocale::ShortFormat),
                          LibraryBackups::reasonText(backup.reason), what, sizeText(backup.bytes))
              << QStringLiteral("   %1\n").arg(QDir::toNativeSeparators(backup.path));
    }
    out() << CommandLine::tr("Restore one with “lectern restore NUMBER” (or its path).")
          << Qt::endl;
    return ExitOk;
}

int runRestore(const CommandContext &context)
{
    if (context.arguments.size() != 1)
        return usageError(CommandLine::tr("restore needs one backup: its number in “lectern "
                                          "backups”, or its path."));
    const QString path = libraryLocation(context.libraryOption);
    QString backup = context.arguments.first();
    bool isNumber = false;
    const int number = backup.toInt(&isNumber);
    if (isNumber && !QFileInfo::exists(backup)) {
        const QList<BackupInfo> backups = LibraryBackups::list(path);
        if (number < 1 || number > backups.size())
            return usageError(CommandLine::tr("There is no backup number %1; “lectern backups” "
                                              "lists them.")
                                  .arg(number));
        backup = backups.at(number - 1).path;
    }
    LibraryOpenOptions options;
    options.progress = [](const QString &message) {
        QTextStream(stderr) << "lectern: " << message << Qt::endl;
        return true;
    };
    if (context.parser.isSet(QStringLiteral("wait")))
        options.lockWaitMs = qMax(0, context.parser.value(QStringLiteral("wait")).toInt()) * 1000;
    if (Status status = LibraryStore::restore(path, backup, options); !status)
        return fail(status.error());
    if (context.json) {
        printJsonObject(
            QJsonObject{{QStringLiteral("library"), QFileInfo(path).absoluteFilePath()},
                        {QStringLiteral("backup"), QFileInfo(backup).absoluteFilePath()}});
        return ExitOk;
    }
    out() << CommandLine::tr("Restored “%1” from “%2”; the library as it was is kept as a backup "
                             "too.")
                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup))
          << Qt::endl;
    return ExitOk;
}

int runCheck(const CommandContext &context)
{
    if (!context.arguments.isEmpty())
        return usageError(CommandLine::tr("check takes no arguments."));
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error(), store.errorKind() == ErrorKind::Damaged ? ExitFailure : 1);
    const Result<LibraryCheck> check = store.value()->check();
    if (!check)
        return fail(check.error());
    if (context.json) {
        QJsonArray problems, details;
        for (const QString &problem : check->problems)
            problems.append(problem);
        for (const QString &detail : check->details)
            details.append(detail);
        printJsonObject(QJsonObject{{QStringLiteral("intact"), check->intact},
                                    {QStringLiteral("problems"), problems},
                                    {QStringLiteral("details"), details}});
    } else if (check->intact) {
        out() << CommandLine::tr("The library “%1” is intact.")
                     .arg(QDir::toNativeSeparators(store.value()->path()))
              << Qt::endl;
    } else {
        out() << CommandLine::tr("The library “%1” is damaged:")
                     .arg(QDir::toNativeSeparators(store.value()->path()))
              << '\n';
        for (const QString &problem : check->problems)
            out() << "  - " << problem << '\n';
        out() << CommandLine::tr("Restore an intact copy: “lectern backups” lists them, "
                                 "“lectern restore NUMBER” brings one back.")
              << Qt::endl;
    }
    return check->intact ? ExitOk : ExitFailure;
}

} // namespace lectern::cli
