#pragma once

#include "sqliteconnection.h"

#include <QCoreApplication>

#include <functional>

namespace lectern {

// A connection that holds a library file alone: in SQLite's exclusive locking
// mode its first read takes an exclusive lock, which it gets only while no
// other connection — in any process — has the library open (every connection
// to a WAL library holds a shared lock for as long as it is open). Upgrades
// and restores run on one, so no other program ever reads a library half-way
// through either, and four programs opening an old library at once upgrade it
// once.
class ExclusiveLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(ExclusiveLibrary)

public:
    struct Wait
    {
        int totalMs = 120'000; // give up after this long
        // Told once when the first attempt finds the library in use; returns
        // false to stop waiting.
        std::function<bool(const QString &message)> waiting;
        // Asked between attempts: true ends the wait early (for example: the
        // library another program was upgrading is now current).
        std::function<bool()> doneElsewhere;
    };

    // InUse when other programs kept it open for all of wait.totalMs;
    // Cancelled when waiting() said stop; success with doneElsewhere() true
    // leaves connection() closed.
    Status acquire(const QString &path, const Wait &wait);
    bool isHeld() const { return m_connection.handle() != nullptr; }
    SqliteConnection &connection() { return m_connection; }

private:
    SqliteConnection m_connection;
};

} // namespace lectern
