#pragma once

// One export, from loaded content to files on disk, on as many threads as
// there are cores when it writes one file per article.
//
// Files are written under temporary names (StagedFiles) and renamed into
// place only when the whole batch is complete, so no reader ever sees half a
// file, and a cancelled or failed job leaves the destination as it was (files
// it would have replaced included).
#include "exportcontent.h"
#include "exportoptions.h"
#include "stagedfiles.h"

#include <QCoreApplication>
#include <QMutex>

#include <atomic>
#include <functional>

namespace lectern {

struct ExportProgress
{
    int done = 0; // files or articles finished
    int total = 0;
    QString current; // the title being written
};

class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    // `destination` is a file when the export makes one file (one article,
    // or oneFile), else a folder, created if needed. A folder given for a
    // single file gets a file named from the title.
    ExportJob(ExportContent content, ExportOptions options, QString destination);
    Q_DISABLE_COPY_MOVE(ExportJob)

    // The files the job will write, in order.
    QStringList targetFiles() const;
    // Those that exist already: the caller asks before setting overwrite.
    QStringList existingTargets() const;
    bool writesOneFile() const;

    // Writes everything; returns the files written. Progress is reported from
    // the worker threads, one call at a time.
    Result<QStringList> run(const std::function<void(const ExportProgress &)> &progress = {});
    // Asks a running job to stop; safe from any thread.
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

private:
    struct Unit
    {
        QString path;
        QList<int> articles; // indexes into the content; empty for an index page
    };
    void plan();
    Result<QByteArray> render(const Unit &unit, const std::function<void(int)> &articleDone) const;
    Status write(const QString &path, const QByteArray &bytes);

    ExportContent m_content;
    ExportOptions m_options;
    QString m_destination;
    QList<Unit> m_units;
    std::atomic_bool m_cancel{false};
    QMutex m_mutex; // guards m_files, m_written and progress reports
    StagedFiles m_files;
    QStringList m_written;
};

} // namespace lectern
