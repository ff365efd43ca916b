#pragma once

// The store's calls that can be slow on a server (list pages, counts, reader
// loads, related articles), in an asynchronous form: the answer reaches
// `done` on the caller's thread, and the caller must not assume it has come
// when read() returns.
//
// A library file answers at once, before read() returns (Immediate): its
// reads take milliseconds and a worker would only add a thread hop. A
// library on a server answers from a worker connection of its own (Worker),
// through the caller's event loop, so that a network round trip never
// freezes the window; LECTERN_DEFERRED_READS=1 puts a library file in that
// mode too, which is how the tests check that the window copes with late
// answers.
//
// An AsyncStore must not outlive the objects it answers (keep it a member
// of the `context` given to read()): its destructor waits for the read in
// progress, and answers not yet delivered are dropped with their context.
#include "librarystore.h"

#include <QMetaObject>
#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace lectern {

class AsyncStore final
{
public:
    enum class Mode
    {
        Immediate, // answered on the caller's thread before read() returns
        Worker     // answered later, read on a worker connection
    };

    explicit AsyncStore(const LibraryStore &store);
    AsyncStore(const LibraryStore &store, Mode mode);
    ~AsyncStore();
    Q_DISABLE_COPY_MOVE(AsyncStore)

    Mode mode() const { return m_mode; }
    // How a library is answered unless told otherwise: Immediate for a
    // file (Worker with LECTERN_DEFERRED_READS=1), Immediate in memory
    // (which has no second connection).
    static Mode defaultMode(const LibraryStore &store);

    template <typename T>
    void read(QObject *context, std::function<Result<T>(const LibraryStore &)> call,
              std::function<void(Result<T>)> done)
    {
        if (m_mode == Mode::Immediate) {
            done(call(m_store));
            return;
        }
        post([context, call = std::move(call), done = std::move(done)](const LibraryStore *worker) {
            auto answer =
                std::make_shared<Result<T>>(worker ? call(*worker) : Result<T>(workerError()));
            QMetaObject::invokeMethod(
                context, [answer, done]() { done(std::move(*answer)); }, Qt::QueuedConnection);
        });
    }

    // Reads run on the worker so far (for tests).
    int workerReads() const;

private:
    using Task = std::function<void(const LibraryStore *worker)>;
    void post(Task task);
    void run();
    static Error workerError();

    const LibraryStore &m_store;
    Mode m_mode;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    int m_workerReads = 0;
    std::thread m_thread;
};

} // namespace lectern
