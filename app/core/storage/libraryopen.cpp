// Opening, creating, validating and upgrading library files.
//
// Nothing here opens the library file outside SQLite: on POSIX systems closing
// any descriptor of a file drops every lock the process holds on it, SQLite's
// included, after which another program may delete the log under a live
// connection. The file is looked at with stat() only, and read through SQLite.
#include "fts5searchindex.h"
#include "fts5tokenizer.h"
#include "librarystore.h"
#include "sqlquery.h"
#include "storage/exclusivelibrary.h"
#include "storage/librarybackups.h"
#include "storage/libraryfiles.h"
#include "storage/libraryinspection.h"
#include "storage/migrations.h"
#include "storage/sqliteconnection.h"
#include "storage/storageerror.h"
#include "termvectorstore.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <optional>

namespace lectern {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("lectern-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool inMemory(const QString &path)
{
    return path.isEmpty() || path == QLatin1String(":memory:");
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Upgrades an existing library to this program's format, alone: the other
// programs that open it at the same time wait and then open the result. The
// library is copied first (LibraryBackups); an upgrade never runs without one.
Result<QString> upgrade(const QString &path, const LibraryOpenOptions &options)
{
    ExclusiveLibrary library;
    ExclusiveLibrary::Wait wait;
    wait.totalMs = options.lockWaitMs;
    wait.waiting = [&](const QString &message) {
        return options.progress ? options.progress(message) : true;
    };
    // Someone else finished the upgrade while this program waited.
    wait.doneElsewhere = [&] {
        SqliteConnection probe;
        if (!probe.open(path, SqliteConnection::Mode::ReadOnly, 0))
            return false;
        const Result<qint64> version = probe.integer("PRAGMA user_version");
        return version && version.value() >= LibraryStore::schemaVersion();
    };
    if (Status status = library.acquire(path, wait); !status)
        return status.failure();
    if (!library.isHeld())
        return QString();
    sqlite3 *handle = library.connection().handle();
    const Result<qint64> version = library.connection().integer("PRAGMA user_version");
    if (!version)
        return libraryRefusal(path, version.failure());
    if (version.value() >= LibraryStore::schemaVersion())
        return QString(); // upgraded by another program before this one got the lock
    if (Status status = registerSearchTokenizer(handle); !status)
        return status.failure();
    if (Status status = library.connection().exec("PRAGMA foreign_keys = ON"); !status)
        return status.failure();
    const qint64 bytes = QFileInfo(path).size();
    if (options.progress) {
        options.progress(LibraryStore::tr("Keeping a copy of the library (%1) before upgrading it "
                                          "to this version’s format…")
                             .arg(sizeText(bytes)));
    }
    const Result<QString> backup = LibraryBackups::make(handle, path, BackupReason::Upgrade);
    if (!backup) {
        return Error{LibraryStore::tr("“%1” must be upgraded to this version’s library format, and "
                                      "Lectern keeps a copy before it does. %2 The library was "
                                      "not changed.")
                         .arg(nativePath(path), backup.error()),
                     backup.errorKind()};
    }
    if (options.progress)
        options.progress(LibraryStore::tr("Upgrading the library…"));
    if (Status status = migrateConnection(handle, path, int(version.value())); !status)
        return status.failure();
    return backup.value();
}

} // namespace

int LibraryStore::schemaVersion()
{
    return newestSchemaVersion();
}

LibraryStore::LibraryStore(QString path, ConnectionMode mode)
    : m_connection(std::make_unique<QSqlDatabase>())
    , m_connectionName(nextConnectionName())
    , m_path(std::move(path))
    , m_mode(std::move(mode))
    , m_searchIndex(std::make_unique<Fts5SearchIndex>(*this))
{
}

LibraryStore::~LibraryStore()
{
    m_checkpointer.reset(); // first, so that closing the library is the last checkpoint
    if (m_connection->isValid()) {
        m_connection->close();
        *m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_registered)
        LiveLibraries::release(m_path);
}

Result<LibraryStore::Preparation> LibraryStore::prepareFile(const QString &path,
                                                            const LibraryOpenOptions &options)
{
    const StorageFacts facts = storageFacts(path);
    if (!facts.exists)
        return Error{tr("There is no library at “%1”.").arg(nativePath(path)), ErrorKind::NotFound};
    if (!facts.regularFile) {
        // A FIFO would block the open for ever; a folder or a device is no library.
        return Error{tr("“%1” is not a library file: it is a folder, a device or a pipe. It was "
                        "left as it is.")
                         .arg(nativePath(path)),
                     ErrorKind::ForeignFile};
    }
    // While another program upgrades or restores the library it holds it
    // alone: wait for it, as the upgrade itself would.
    Result<LibraryInspection> inspection = inspectLibrary(path, facts);
    const QDeadlineTimer deadline(options.lockWaitMs);
    for (bool told = false;
         !inspection && inspection.errorKind() == ErrorKind::Busy && !deadline.hasExpired();) {
        if (!told && options.progress &&
            !options.progress(tr("Another program is upgrading or restoring the library; "
                                 "waiting for it to finish…")))
            break;
        told = true;
        QThread::msleep(100);
        inspection = inspectLibrary(path, facts);
    }
    if (!inspection)
        return inspection.failure();

    Preparation prepared;
    ConnectionMode &mode = prepared.mode;
    if (options.readOnly) {
        mode.readOnly = ReadOnlyReason::Requested;
    } else if (!facts.writable) {
        mode.readOnly = ReadOnlyReason::Storage;
    } else if (facts.networkFileSystem && !options.allowNetworkFileSystem) {
        mode.readOnly = ReadOnlyReason::NetworkFileSystem;
        mode.networkFileSystem = facts.fileSystemName;
    }
    mode.immutable = inspection->immutable;

    if (inspection->version < schemaVersion()) {
        if (mode.readOnly != ReadOnlyReason::None) {
            return Error{tr("The library “%1” was made by an earlier version of Lectern and must "
                            "be upgraded before this version can read it, but it cannot be "
                            "written here (%2). Open it once where it can be written; nothing "
                            "was changed.")
                             .arg(nativePath(path), readOnlyText(mode)),
                         ErrorKind::ReadOnly};
        }
        // Only another store of this process could hold it, and that one
        // upgraded it already.
        if (!LiveLibraries::isOpen(path)) {
            const Result<QString> upgraded = upgrade(path, options);
            if (!upgraded)
                return upgraded.failure();
            prepared.backup = upgraded.value();
        }
    }
    return prepared;
}

Status LibraryStore::prepare(const QString &path, const LibraryOpenOptions &options)
{
    const Result<Preparation> prepared = prepareFile(path, options);
    return prepared ? success() : prepared.failure();
}

bool LibraryStore::needsUpgrade(const QString &path)
{
    if (!storageFacts(path).regularFile)
        return false;
    SqliteConnection db;
    if (!db.open(path, SqliteConnection::Mode::ReadOnly, 0))
        return false;
    const Result<qint64> version = db.integer("PRAGMA user_version");
    return version && version.value() < schemaVersion();
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::open(const QString &path,
                                                         const LibraryOpenOptions &options)
{
    const Result<Preparation> prepared = prepareFile(path, options);
    if (!prepared)
        return prepared.failure();
    Result<std::unique_ptr<LibraryStore>> store = connect(path, prepared->mode, false);
    if (store)
        store.value()->m_backupPath = prepared->backup;
    return store;
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::create(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error{tr("“%1” already exists; Lectern never overwrites a file when creating a "
                        "library.")
                         .arg(nativePath(path)),
                     ErrorKind::Conflict};
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{tr("The folder “%1” cannot be created.").arg(nativePath(info.absolutePath())),
                     ErrorKind::CannotOpen};
    }
    const StorageFacts facts = storageFacts(path);
    if (!facts.writable) {
        return Error{tr("A library cannot be created in “%1”: the folder cannot be written to.")
                         .arg(nativePath(info.absolutePath())),
                     ErrorKind::ReadOnly};
    }
    ConnectionMode mode;
    if (facts.networkFileSystem) {
        return Error{tr("“%1” is on a network drive (%2). A library there could be damaged when "
                        "two computers use it; create it on this computer’s own disk.")
                         .arg(nativePath(path), facts.fileSystemName),
                     ErrorKind::InvalidInput};
    }
    Result<std::unique_ptr<LibraryStore>> store = connect(path, mode, true);
    if (!store) { // leave nothing half-made behind
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return store;
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::createInMemory()
{
    return connect(QStringLiteral(":memory:"), ConnectionMode{}, true);
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::openWorkerConnection() const
{
    if (m_server) {
        ConnectionMode mode = m_mode;
        mode.worker = true;
        return connectServer(*m_server, mode);
    }
    if (inMemory(m_path)) {
        return Error{tr("A library in memory has only one connection."), ErrorKind::InvalidInput};
    }
    ConnectionMode mode = m_mode;
    mode.worker = true;
    return connect(m_path, mode, false);
}

QString LibraryStore::readOnlyText(const ConnectionMode &mode)
{
    switch (mode.readOnly) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("it was opened for reading only");
    case ReadOnlyReason::Storage:
        return tr("the file, its folder or its disk is read-only");
    case ReadOnlyReason::ServerRole:
        return tr("the server lets your account only read this team library");
    case ReadOnlyReason::NetworkFileSystem:
        return tr("it is on a network drive (%1), where a library can be damaged when two "
                  "computers write to it")
            .arg(mode.networkFileSystem);
    }
    return {};
}

QString LibraryStore::readOnlyReason() const
{
    return readOnlyText(m_mode);
}

Result<std::unique_ptr<LibraryStore>> LibraryStore::connect(const QString &path,
                                                            const ConnectionMode &mode, bool create)
{
    std::unique_ptr<LibraryStore> store(new LibraryStore(path, mode));
    *store->m_connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    if (inMemory(path) || (!mode.isReadOnly() && !mode.immutable)) {
        store->m_connection->setDatabaseName(path);
        if (!create)
            store->m_connection->setConnectOptions(QStringLiteral("QSQLITE_OPEN_NO_CREATE"));
    } else {
        const QByteArray uri =
            "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") +
            (mode.immutable ? "?mode=ro&immutable=1" : "?mode=ro");
        store->m_connection->setDatabaseName(QString::fromUtf8(uri));
        store->m_connection->setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    }
    if (!store->m_connection->open()) {
        const Error error =
            storageError(store->m_connection->lastError(), store->m_connection->driver());
        return libraryRefusal(path, error);
    }
    if (!inMemory(path)) {
        LiveLibraries::acquire(path);
        store->m_registered = true;
    }
    if (Status status = store->prepareConnection(); !status)
        return status.failure();
    if (create) {
        if (Status status = store->migrate(); !status)
            return status.failure();
    }
    if (!mode.worker && !mode.isReadOnly())
        store->startWalCheckpointer();
    return store;
}

Status LibraryStore::prepareConnection()
{
    sqlite3 *handle = nativeHandle(db());
    if (!handle)
        return Error{tr("The SQLite driver of this Qt installation cannot be used.")};
    sqlite3_extended_result_codes(handle, 1);
    if (Status status = registerSearchTokenizer(handle); !status)
        return status;
    if (!m_mode.isReadOnly() && sqlite3_db_readonly(handle, "main") == 1)
        m_mode.readOnly = ReadOnlyReason::Storage; // the system said no to writing
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!m_mode.isReadOnly()) {
        // Readers never block the writer (WAL). FULL: a commit is on the disk
        // when it returns, so an acknowledged save survives a power cut too
        // (NORMAL could lose the last commits then).
        // The log file shrinks back after a checkpoint instead of keeping
        // the size of the largest burst of writes (5 GB while generating
        // 100,000 articles) on the user's disk.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA journal_size_limit = 67108864");
    } else {
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (Status status = execSql(db(), pragma); !status)
            return status;
    }
    return success();
}

Status LibraryStore::migrate()
{
    const Result<QVariant> current = scalar(db(), QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.failure();
    return migrateConnection(nativeHandle(db()), m_path, current->toInt());
}

} // namespace lectern
