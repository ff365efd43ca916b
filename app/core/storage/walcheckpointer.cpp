#include "walcheckpointer.h"

#include "librarystore.h"
#include "sqlquery.h"

#include <sqlite3.h>

#include <chrono>

namespace lectern {

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray name = path.toUtf8();
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    // A new connection learns the file is in WAL mode only when it first
    // reads it; until then a checkpoint silently does nothing.
    bool wal = false;
    const auto readMode = [](void *out, int columns, char **values, char **) {
        if (columns > 0 && values[0])
            *static_cast<bool *>(out) = qstricmp(values[0], "wal") == 0;
        return 0;
    };
    if (sqlite3_exec(db, "PRAGMA journal_mode", readMode, &wal, nullptr) != SQLITE_OK || !wal) {
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(db));
}

WalCheckpointer::WalCheckpointer(sqlite3 *db)
    : m_db(db)
{
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    sqlite3_close(m_db);
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (
        !m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stop; })) {
        lock.unlock();
        // Failures (a busy or locked file) are left for the next round.
        (void)sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
    }
}

void LibraryStore::startWalCheckpointer()
{
    if (m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return;
    const Result<QVariant> mode = scalar(db(), QStringLiteral("PRAGMA journal_mode"));
    if (!mode || mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return;
    std::unique_ptr<WalCheckpointer> checkpointer = WalCheckpointer::start(m_path);
    if (!checkpointer)
        return;
    // Only with the thread running: a log nobody copies would grow forever.
    if (!execSql(db(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
        return;
    m_checkpointer = std::move(checkpointer);
}

} // namespace lectern
