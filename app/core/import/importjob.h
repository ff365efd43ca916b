#pragma once

#include "importedpage.h"

#include <functional>

namespace lectern {

enum class ImportFormat
{
    Auto,
    Html,
    Markdown,
    Text
};
// What to do when a page was imported before (the same file, or the same
// bytes): never a silent second copy.
enum class DuplicatePolicy
{
    Skip,
    Update
};

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    qint64 maxFileBytes = 64 * 1024 * 1024;
    qint64 maxImageBytes = 10 * 1024 * 1024;
};

enum class ImportOutcome
{
    Imported,
    Updated,
    Unchanged, // --update of a page whose article already says the same: nothing written
    Skipped,
    Failed
};

struct ImportItem
{
    QString path;
    ImportOutcome outcome = ImportOutcome::Failed;
    QString uuid; // the article made, updated or (when skipped) already there
    QString title;
    QString reason;    // why it failed or was skipped
    QStringList notes; // what the import left out or repaired
    QString encoding;  // what the page's bytes were read as
    QString declaredEncoding;
    int remoteImages = 0;
    int replacements = 0;
};

struct ImportSummary
{
    QList<ImportItem> items;
    bool cancelled = false;
    int count(ImportOutcome outcome) const;
    int remoteImages() const;
};

// Imports files and folders (recursively) into a library. Each file is read,
// converted and written in its own transaction; a file that fails is reported
// with its reason and the others go on.
class ImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    // Called before each file; returning false cancels the rest.
    using Progress = std::function<bool(int done, int total, const QString &path)>;

    explicit ImportJob(LibraryStore &store, ImportOptions options = {});
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Called while one file is imported, with how far it is in percent.
    using FileProgress = std::function<void(int percent)>;
    void setFileProgress(FileProgress progress) { m_fileProgress = std::move(progress); }

    ImportSummary run(const QStringList &paths);

    // The format of a file, from its name or, failing that, its first bytes.
    static ImportFormat formatOf(const QString &path, const QByteArray &head);
    // Converts one file's bytes without touching a library.
    static Result<ImportedPage> convert(const QByteArray &bytes, ImportFormat format,
                                        const PageContext &context);

private:
    struct Source
    {
        QString path;
        QString root;     // images outside it are not read
        QString shown;    // the article's Source when the page gives no address
        QString identity; // how a later import recognises the page: the file's path
    };
    QList<Source> collect(const QStringList &paths, QList<ImportItem> &failures) const;
    ImportItem importFile(const Source &source);
    ImportItem store(const Source &source, const QByteArray &bytes, const ImportedPage &page,
                     ImportItem item);
    ImportItem storeIn(LibraryWriter &writer, const Source &source, const ImportedPage &page,
                       const QString &identity, const QString &hash, ImportItem item);

    LibraryStore &m_store;
    ImportOptions m_options;
    Progress m_progress;
    FileProgress m_fileProgress;
};

} // namespace lectern
