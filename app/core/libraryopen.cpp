// Opening, creating, validating and upgrading library files.
#include "librarystore.h"
#include "related/termvectors.h"
#include "searchtokenizer.h"
#include "sqlquery.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <optional>

namespace lectern {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("lectern-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QString migrationsFolder = QStringLiteral(":/lectern/migrations");

// The first bytes of every SQLite 3 database file.
constexpr char sqliteMagic[] = "SQLite format 3";

// quick_check reads every page: 6.6 s for a 3 GB library, too slow to wait
// for at every start. Files up to this size are checked in full when opened;
// larger ones have their header and schema checked, and are checked in full
// before an upgrade, which must never build on damage.
constexpr qint64 fullCheckLimit = 64 * 1024 * 1024;

// Checks the file without ever writing to it: right format, intact, ours, not
// newer than we understand. Returns the schema version it has.
Result<int> inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{LibraryStore::tr("The library “%1” cannot be read: %2.")
                         .arg(nativePath(path), file.errorString())};
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic))) {
        return Error{LibraryStore::tr("“%1” is not a Lectern library: it is not a database "
                                      "file. It was left as it is.")
                         .arg(nativePath(path))};
    }

    const QString name = nextConnectionName();
    Result<int> outcome = Error{QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        outcome = [&]() -> Result<int> {
            if (!db.open()) {
                return Error{LibraryStore::tr("The library “%1” cannot be opened: %2.")
                                 .arg(nativePath(path), db.lastError().databaseText())};
            }
            const Result<QVariant> version0 = scalar(db, QStringLiteral("PRAGMA user_version"));
            const bool upgrade = version0 && version0->toInt() < LibraryStore::schemaVersion();
            // Reading the schema touches page 1 and the catalogue even when
            // the full check is skipped.
            const Result<QVariant> check =
                QFileInfo(path).size() <= fullCheckLimit || upgrade
                    ? scalar(db, QStringLiteral("PRAGMA quick_check"))
                    : scalar(db, QStringLiteral("SELECT CASE WHEN count(*) >= 0 THEN 'ok' END "
                                                "FROM sqlite_schema"));
            if (!check || check->toString() != QLatin1String("ok")) {
                return Error{LibraryStore::tr("The library “%1” is damaged and cannot be opened "
                                              "safely. It was left as it is; restore it from a "
                                              "backup.")
                                 .arg(nativePath(path))};
            }
            const Result<QVariant> appId = scalar(db, QStringLiteral("PRAGMA application_id"));
            const Result<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"));
            if (!appId || !version)
                return Error{appId ? version.error() : appId.error()};
            if (appId->toInt() != LibraryStore::applicationId) {
                return Error{LibraryStore::tr("“%1” is a database of another program, not a "
                                              "Lectern library. It was left as it is.")
                                 .arg(nativePath(path))};
            }
            if (version->toInt() > LibraryStore::schemaVersion()) {
                return Error{LibraryStore::tr("The library “%1” was written by a newer version "
                                              "of Lectern (library format %2; this version reads "
                                              "up to %3). Update Lectern to open it; the file "
                                              "was not changed.")
                                 .arg(nativePath(path))
                                 .arg(version->toInt())
                                 .arg(LibraryStore::schemaVersion())};
            }
            return version->toInt();
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

// A consistent copy (WAL included) next to the file, before an upgrade.
Result<QString> backUp(const QString &path, int version)
{
    QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(n);
    const QString name = nextConnectionName();
    Status status = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            status = Error{db.lastError().databaseText()};
        } else {
            SqlQuery vacuum(db, QStringLiteral("VACUUM INTO ?"));
            status = vacuum.exec({backup});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!status) {
        return Error{LibraryStore::tr("Before upgrading “%1”, Lectern could not keep a copy of it "
                                      "(%2). The library was not changed.")
                         .arg(nativePath(path), status.error())};
    }
    return backup;
}

Result<QString> migrationScript(int version)
{
    const QDir dir(migrationsFolder);
    const QStringList files =
        dir.entryList({QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0'))});
    if (files.size() != 1)
        return Error{QStringLiteral("migration %1 is missing from the program").arg(version)};
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.errorString()};
    return QString::fromUtf8(file.readAll());
}

// What a migration's SQL cannot compute, filled in by the program right after
// its script: the words of every article need Lectern's own tokenizer.
Status fillAfterMigration(const QSqlDatabase &db, int version)
{
    if (version == 9)
        return fillTermVectors(db);
    return success();
}

} // namespace

int LibraryStore::schemaVersion()
{
    static const int newest = [] {
        int version = 0;
        const QStringList files = QDir(migrationsFolder).entryList({QStringLiteral("*.sql")});
        for (const QString &file : files)
            version = qMax(version, file.left(4).toInt());
        return version;
    }();
    return newest;
}

LibraryStore::LibraryStore(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_connectionName(m_db.connectionName())
    , m_path(std::move(path))
{
}

LibraryStore::~LibraryStore()
{
    m_checkpointer.reset(); // first, so that closing the library is the last checkpoint
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{tr("There is no library at “%1”.").arg(nativePath(path))};
    const Result<int> version = inspect(path);
    if (!version)
        return Error{version.error()};
    QString backup;
    if (version.value() < schemaVersion()) {
        const Result<QString> copy = backUp(path, version.value());
        if (!copy)
            return Error{copy.error()};
        backup = copy.value();
    }
    Result<std::unique_ptr<LibraryStore>> store = connect(path, false);
    if (store)
        store.value()->m_backupPath = backup;
    return store;
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::create(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error{tr("“%1” already exists; Lectern never overwrites a file when creating a "
                        "library.")
                         .arg(nativePath(path))};
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{tr("The folder “%1” cannot be created.").arg(nativePath(info.absolutePath()))};
    }
    Result<std::unique_ptr<LibraryStore>> store = connect(path, true);
    if (!store) // leave nothing half-made behind
        QFile::remove(path);
    return store;
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::createInMemory()
{
    return connect(QStringLiteral(":memory:"), true);
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::connect(const QString &path, bool create)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    if (!create)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_NO_CREATE"));
    std::unique_ptr<LibraryStore> store(new LibraryStore(db, path));
    if (!db.open()) {
        return Error{tr("The library “%1” cannot be opened: %2.")
                         .arg(nativePath(path), db.lastError().databaseText())};
    }
    if (Status status = store->prepareConnection(); !status)
        return Error{status.error()};
    if (Status status = store->migrate(); !status)
        return Error{status.error()};
    store->startWalCheckpointer();
    return store;
}

Status LibraryStore::prepareConnection()
{
    sqlite3 *handle = nativeHandle(m_db);
    if (!handle)
        return Error{tr("The SQLite driver of this Qt installation cannot be used.")};
    if (Status status = registerSearchTokenizer(handle); !status)
        return status;
    if (sqlite3_db_readonly(handle, "main") == 1)
        return Error{tr("The library “%1” is read-only; Lectern needs to write to it.")
                         .arg(nativePath(m_path))};
    // Readers never block the writer (WAL); NORMAL sync is durable in WAL mode
    // except for the last transactions on power loss, never corrupting.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (Status status = execSql(m_db, QString::fromLatin1(pragma)); !status)
            return status;
    }
    return success();
}

Status LibraryStore::migrate()
{
    const Result<QVariant> current = scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return Error{current.error()};
    sqlite3 *handle = nativeHandle(m_db);
    for (int version = current->toInt() + 1; version <= schemaVersion(); ++version) {
        const Result<QString> script = migrationScript(version);
        if (!script)
            return Error{script.error()};
        // The script, what the program fills in after it, and the version
        // stamp, in one transaction: an upgrade that fails leaves the file at
        // the version it had.
        const QByteArray sql =
            QStringLiteral("BEGIN IMMEDIATE;\n%1\n;").arg(script.value()).toUtf8();
        const QByteArray stamp =
            QStringLiteral("PRAGMA user_version = %1;\nCOMMIT;").arg(version).toUtf8();
        char *message = nullptr;
        std::optional<QString> failure;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            failure = QString::fromUtf8(message);
        } else if (Status filled = fillAfterMigration(m_db, version); !filled) {
            failure = filled.error();
        } else if (sqlite3_exec(handle, stamp.constData(), nullptr, nullptr, &message) !=
                   SQLITE_OK) {
            failure = QString::fromUtf8(message);
        }
        if (failure) {
            const QString reason = *failure;
            sqlite3_free(message);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error{tr("The library “%1” could not be upgraded to format %2 (%3). It was "
                            "left at format %4.")
                             .arg(nativePath(m_path))
                             .arg(version)
                             .arg(reason)
                             .arg(version - 1)};
        }
    }
    return success();
}

} // namespace lectern
