#include "exclusivelibrary.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRandomGenerator>
#include <QThread>

namespace lectern {

Status ExclusiveLibrary::acquire(const QString &path, const Wait &wait)
{
    const QDeadlineTimer deadline(wait.totalMs);
    bool told = false;
    for (;;) {
        Status status = m_connection.open(path, SqliteConnection::Mode::ReadWrite, 0);
        if (status)
            status = m_connection.exec("PRAGMA locking_mode = EXCLUSIVE");
        // The first read takes the lock of a WAL library, a write transaction
        // that of a library with a rollback journal (whose readers share a
        // lock that a read alone would join); in exclusive locking mode it is
        // kept after the commit. Either fails at once while anyone else has
        // the library open (busy timeout 0).
        if (status)
            status = m_connection.exec("SELECT count(*) FROM sqlite_schema");
        if (status)
            status = m_connection.exec("BEGIN EXCLUSIVE; COMMIT");
        if (status)
            return success();
        m_connection.close();
        if (status.errorKind() != ErrorKind::Busy)
            return status;
        if (wait.doneElsewhere && wait.doneElsewhere())
            return success();
        if (!told && wait.waiting) {
            told = true;
            if (!wait.waiting(tr("Another program has the library open; waiting for it to "
                                 "finish…")))
                return Error{tr("Stopped waiting for the library."), ErrorKind::Cancelled};
        }
        if (deadline.hasExpired()) {
            return Error{tr("Another program has the library “%1” open. Close it (or the other "
                            "Lectern window) and try again; nothing was changed.")
                             .arg(QDir::toNativeSeparators(path)),
                         ErrorKind::InUse};
        }
        // Randomised, so that programs starting together do not retry in step.
        QThread::msleep(50 + QRandomGenerator::global()->bounded(200));
    }
}

} // namespace lectern
