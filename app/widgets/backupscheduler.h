#pragma once

#include <QObject>
#include <QThread>

namespace lectern {

class LibraryStore;

// The first backup of a day, made once the window is on the screen, on a
// thread of its own with its own connection (a 3 GB library takes a while to
// copy and check): the window never waits for it.
class BackupScheduler final : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(const LibraryStore &store, QObject *parent = nullptr);
    ~BackupScheduler() override; // waits for a copy under way
    Q_DISABLE_COPY_MOVE(BackupScheduler)

    // Makes today's backup unless there is one already.
    void start();
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

Q_SIGNALS:
    // `note` says why there is none (no room on the disk…); empty on success.
    void finished(const QString &backup, const QString &note);

private:
    const LibraryStore &m_store;
    QThread *m_thread = nullptr;
};

} // namespace lectern
