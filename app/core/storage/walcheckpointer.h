#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace lectern {

// Copies the write-ahead log of a library file into the file from a thread of
// its own, on a connection of its own. SQLite would otherwise do it inside the
// commit of whichever write crosses the log's size limit: one save in a dozen
// (of a long article) waited 20–45 ms for the copy and its fsync on the GUI
// thread. The copy is PASSIVE: it never waits for, or blocks, the library's
// readers and writers. Only for files; a library in memory has no log.
class WalCheckpointer final
{
public:
    // Null when the file cannot be opened a second time; the caller then
    // leaves SQLite's own checkpoints on.
    static std::unique_ptr<WalCheckpointer> start(const QString &path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // How often the log is looked at.
    static constexpr int intervalMs = 250;

private:
    explicit WalCheckpointer(sqlite3 *db);
    void run();

    sqlite3 *m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace lectern
