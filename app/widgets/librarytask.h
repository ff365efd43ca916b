#pragma once

// Long work on the library (a merge, a library export) off the window's
// thread, with a window-modal progress dialog that counts and can cancel.
#include "librarystore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QWidget;

namespace lectern {

class LibraryTask final : public QObject
{
    Q_OBJECT

public:
    // Reports `done` of `total` with what is being done; false once the
    // user has cancelled (the work then stops and undoes what it did).
    using Step = std::function<bool(int done, int total)>;
    using Work = std::function<void(LibraryStore &store, const Step &step)>;

    // The progress dialog is window-modal over `parent`, or over the first
    // of its ancestors that is shown.
    LibraryTask(LibraryStore &store, const QString &title, QWidget *parent);
    Q_DISABLE_COPY_MOVE(LibraryTask)

    // `label` is the progress text for `done` of `total` ("Article 3 of 40").
    void setLabel(std::function<QString(int done, int total)> label) { m_label = std::move(label); }
    // Runs `work` and returns when it is done; the window stays responsive.
    // The work gets a store of its own on a worker thread (a second
    // connection to the same library, made by the window's store); a library
    // in memory, which has no second connection, is worked on this thread
    // between events instead. Returns false when no connection for the
    // worker could be opened (`error` says why).
    bool run(const Work &work, QString *error = nullptr);
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    // After each step, on the worker's thread (tests cancel from here).
    void stepped(int done, int total);

private:
    bool report(int done, int total);

    LibraryStore &m_store;
    QString m_title;
    std::function<QString(int, int)> m_label;
    QProgressDialog *m_progress = nullptr;
    std::atomic<bool> m_cancelled{false};
};

} // namespace lectern
