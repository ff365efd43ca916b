#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lectern {

// How every file Lectern writes reaches the disk: under a hidden temporary
// name in the destination's folder, flushed, then renamed over the
// destination, so a reader (or a kill, or a full disk) never leaves half a
// file, and a failed batch leaves every earlier file as it was. A destination
// that is an open library, one of its files or its backups — by any name,
// links included — is refused, and so is replacing any library or other
// database with an export.
class StagedFiles final
{
    Q_DECLARE_TR_FUNCTIONS(StagedFiles)

public:
    StagedFiles() = default;
    ~StagedFiles(); // discards whatever was not committed
    Q_DISABLE_COPY_MOVE(StagedFiles)

    // Whether `path` may be written: not live, not a database, and (unless
    // `replace`) not there yet.
    static Status checkDestination(const QString &path, bool replace);
    // Writes `bytes` under a temporary name beside `path`.
    Status stage(const QString &path, const QByteArray &bytes, bool replace);
    // A temporary name beside `path` for a library something else writes
    // (LibraryStore::create); commit() renames it too. With `replace`, an
    // existing Lectern library there may be replaced unless a program has it
    // open.
    Result<QString> reserve(const QString &path, bool replace);
    // Renames every staged file into place (each rename is atomic).
    Status commit();
    void discard();

    // One file, staged and committed.
    static Status write(const QString &path, const QByteArray &bytes, bool replace);

    // "The disk is full: …", "No permission to write in …": the words for a
    // failed system call on `path`.
    static Error writeFailure(const QString &path, int systemErrno);

private:
    struct Staged
    {
        QString temporary;
        QString destination;
    };
    QList<Staged> m_staged;
};

} // namespace lectern
