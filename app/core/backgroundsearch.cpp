#include "backgroundsearch.h"

namespace lectern {

// Lives on the worker thread; opens its own connection there on first use,
// because a SQLite connection belongs to the thread that opened it.
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    SearchWorker(const LibraryStore &library, const QAtomicInteger<quint64> &newest)
        : m_library(library)
        , m_newest(newest)
    {
    }

    void run(quint64 request, const QString &text, int limit)
    {
        if (request < m_newest.loadRelaxed())
            return; // someone kept typing
        if (!m_store) {
            // The window's store makes this thread's connection: opening the
            // path again would look at the file outside the store.
            auto opened = m_library.openWorkerConnection();
            if (!opened) {
                Q_EMIT done(request, text, {}, opened.error());
                return;
            }
            m_store = std::move(opened).value();
        }
        const Result<QList<SearchHit>> hits = m_store->search(text, limit);
        Q_EMIT searchedOn(QThread::currentThread());
        Q_EMIT done(request, text, hits ? hits.value() : QList<SearchHit>(), hits.error());
    }

Q_SIGNALS:
    void done(quint64 request, const QString &text, const QList<lectern::SearchHit> &hits,
              const QString &error);
    void searchedOn(QThread *thread);

private:
    const LibraryStore &m_library;
    const QAtomicInteger<quint64> &m_newest;
    std::unique_ptr<LibraryStore> m_store;
};

BackgroundSearch::BackgroundSearch(LibraryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (store.isInMemory())
        return;
    m_worker = new SearchWorker(store, m_newest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::done, this, &BackgroundSearch::deliver);
    connect(m_worker, &SearchWorker::searchedOn, this, &BackgroundSearch::searchedOn);
    m_thread.setObjectName(QStringLiteral("lectern-search"));
    m_thread.start();
}

BackgroundSearch::~BackgroundSearch()
{
    m_newest.storeRelaxed(std::numeric_limits<quint64>::max()); // skip what is queued
    m_thread.quit();
    m_thread.wait();
}

quint64 BackgroundSearch::request(const QString &text, int limit)
{
    const quint64 request = ++m_latest;
    m_newest.storeRelaxed(request);
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, request, text, limit] { worker->run(request, text, limit); },
            Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            this,
            [this, request, text, limit] {
                if (request < m_latest)
                    return;
                const Result<QList<SearchHit>> hits = m_store.search(text, limit);
                Q_EMIT searchedOn(QThread::currentThread());
                deliver(request, text, hits ? hits.value() : QList<SearchHit>(), hits.error());
            },
            Qt::QueuedConnection);
    }
    return request;
}

void BackgroundSearch::deliver(quint64 request, const QString &text, const QList<SearchHit> &hits,
                               const QString &error)
{
    m_answered = std::max(m_answered, request);
    if (request == m_latest)
        Q_EMIT finished(request, text, hits, error);
}

} // namespace lectern

#include "backgroundsearch.moc"
