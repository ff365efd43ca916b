#include "librarytask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace lectern {

LibraryTask::LibraryTask(LibraryStore &store, const QString &title, QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_title(title)
{
}

bool LibraryTask::report(int done, int total)
{
    Q_EMIT stepped(done, total);
    QPointer<QProgressDialog> guard(m_progress);
    const QString label = m_label ? m_label(done, total) : QString();
    QMetaObject::invokeMethod(
        this,
        [guard, done, total, label] {
            if (!guard)
                return;
            guard->setMaximum(total);
            guard->setValue(done);
            if (!label.isEmpty())
                guard->setLabelText(label);
        },
        Qt::QueuedConnection);
    return !m_cancelled;
}

bool LibraryTask::run(const Work &work, QString *error)
{
    m_cancelled = false;
    // Made for each run: a progress dialog shows itself some time after it
    // is made, whether or not anything is running.
    // Over the dialog that asked, or the window while that is not shown yet.
    QWidget *owner = qobject_cast<QWidget *>(parent());
    while (owner && !owner->isVisible() && owner->parentWidget())
        owner = owner->parentWidget();
    auto progress = std::make_unique<QProgressDialog>(m_label ? m_label(0, 0) : QString(),
                                                      tr("Cancel"), 0, 0, owner);
    progress->setWindowTitle(m_title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setMinimumWidth(420);
    m_progress = progress.get();
    connect(progress.get(), &QProgressDialog::canceled, this, &LibraryTask::cancel);

    bool started = true;
    if (m_store.isInMemory()) { // no second connection: on this thread, between events
        work(m_store, [this](int done, int total) {
            const bool go = report(done, total);
            QCoreApplication::processEvents();
            return go && !m_cancelled;
        });
    } else {
        std::unique_ptr<QThread> worker(QThread::create([&] {
            // The worker's own connection, made by the window's store but
            // opened here (a connection belongs to the thread that opened it).
            Result<std::unique_ptr<LibraryStore>> store = m_store.openWorkerConnection();
            if (!store) {
                started = false;
                if (error)
                    *error = store.error();
                return;
            }
            work(*store.value(), [this](int done, int total) { return report(done, total); });
        }));
        QEventLoop loop;
        connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec();
        worker->wait();
    }
    m_progress = nullptr;
    progress->reset();
    return started;
}

} // namespace lectern
