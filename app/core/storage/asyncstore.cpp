#include "asyncstore.h"

namespace lectern {

AsyncStore::AsyncStore(const LibraryStore &store)
    : AsyncStore(store, defaultMode(store))
{
}

AsyncStore::AsyncStore(const LibraryStore &store, Mode mode)
    : m_store(store)
    , m_mode(store.isInMemory() ? Mode::Immediate : mode)
{
}

AsyncStore::~AsyncStore()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_tasks.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

AsyncStore::Mode AsyncStore::defaultMode(const LibraryStore &store)
{
    if (store.isInMemory())
        return Mode::Immediate;
    return qEnvironmentVariableIntValue("LECTERN_DEFERRED_READS") == 1 ? Mode::Worker
                                                                       : Mode::Immediate;
}

int AsyncStore::workerReads() const
{
    const std::lock_guard lock(m_mutex);
    return m_workerReads;
}

Error AsyncStore::workerError()
{
    return Error{LibraryStore::tr("The library could not be read in the background."),
                 ErrorKind::CannotOpen};
}

void AsyncStore::post(Task task)
{
    {
        const std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void AsyncStore::run()
{
    // The worker's connection is made and used on this thread only.
    Result<std::unique_ptr<LibraryStore>> worker = m_store.openWorkerConnection();
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_stopping)
                return;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
            ++m_workerReads;
        }
        task(worker ? worker.value().get() : nullptr);
    }
}

} // namespace lectern
