#include "backupscheduler.h"

#include "librarystore.h"
#include "storage/librarybackups.h"

namespace lectern {

BackupScheduler::BackupScheduler(const LibraryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

BackupScheduler::~BackupScheduler()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::start()
{
    if (isRunning() || m_store.isInMemory() || m_store.isReadOnly() ||
        LibraryBackups::madeToday(m_store.path()))
        return;
    delete m_thread;
    m_thread = QThread::create([this] {
        QString backup, note;
        auto connection = m_store.openWorkerConnection();
        if (!connection) {
            note = connection.error();
        } else {
            const Result<QString> made = connection.value()->backUp(BackupReason::Daily);
            backup = made ? made.value() : QString();
            note = made.error();
        }
        QMetaObject::invokeMethod(
            this, [this, backup, note] { Q_EMIT finished(backup, note); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("lectern-backup"));
    m_thread->start(QThread::LowPriority);
}

} // namespace lectern
