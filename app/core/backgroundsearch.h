#pragma once

#include "librarystore.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThread>

namespace lectern {

class SearchWorker;

// Runs library searches on a worker thread with its own connection, so that
// typing in the search field never waits for SQLite. Only the newest request
// counts: older ones still waiting are skipped, and their answers dropped.
// A library in memory has no second connection: it is searched on the
// caller's thread, still answered through finished().
class BackgroundSearch final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundSearch(LibraryStore &store, QObject *parent = nullptr);
    ~BackgroundSearch() override;
    Q_DISABLE_COPY_MOVE(BackgroundSearch)

    // Returns the number finished() will carry for this request.
    quint64 request(const QString &text, int limit);
    // A request has not been answered yet.
    bool isBusy() const { return m_answered < m_latest; }
    quint64 latest() const { return m_latest; }

Q_SIGNALS:
    // Only for the newest request; `error` is empty on success.
    void finished(quint64 request, const QString &text, const QList<lectern::SearchHit> &hits,
                  const QString &error);
    // Which thread ran the last search (tests check it is not the GUI's).
    void searchedOn(QThread *thread);

private:
    void deliver(quint64 request, const QString &text, const QList<SearchHit> &hits,
                 const QString &error);

    LibraryStore &m_store;
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    QAtomicInteger<quint64> m_newest; // read by the worker to skip stale requests
    quint64 m_latest = 0;
    quint64 m_answered = 0;
};

} // namespace lectern
