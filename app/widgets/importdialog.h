#pragma once

// File › Import…: pick files and folders, import them off the GUI thread
// with progress and Cancel, then a summary of what became of each file.
#include "import/importjob.h"

#include <QDialog>

#include <atomic>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace lectern {

// Runs an ImportJob on a worker thread with a progress dialog. The worker
// opens its own connection to the library file (a connection belongs to the
// thread that opened it); a library that has no file (in memory) is imported
// on this thread instead, keeping the window alive between files.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    ImportRunner(LibraryStore &store, QWidget *parent);
    Q_DISABLE_COPY_MOVE(ImportRunner)

    // Blocks (with a local event loop) until the job ends or is cancelled.
    Result<ImportSummary> run(const QStringList &paths, const ImportOptions &options);
    // Stops before the next file; files already imported stay imported.
    void cancel() { m_cancelled = true; }
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    // Before each file (and once more at the end, with an empty path).
    // Emitted from the thread that imports: a direct connection sees it
    // before the next file starts.
    void progressed(int done, int total, const QString &path);

private:
    bool report(int done, int total, const QString &path);
    void reportWithinFile(int percent);

    LibraryStore &m_store;
    QProgressDialog *m_progress = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_done{0}; // files done, as last reported
};

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(LibraryStore &store, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportDialog)

    void setPaths(const QStringList &paths);
    QStringList paths() const;
    void setDuplicatePolicy(DuplicatePolicy policy);
    ImportRunner *runner() const { return m_runner; }

    // Imports the chosen paths and shows the summary page. Returns false
    // when nothing could start (no paths, or the library could not be opened).
    bool startImport();
    const ImportSummary &summary() const { return m_summary; }
    QString summaryText() const;
    QTreeWidget *summaryList() const { return m_files; }
    // The articles the summary's Open button opens (imported or updated).
    QStringList openableArticles() const;

Q_SIGNALS:
    // The library changed: lists and counts need a refresh.
    void libraryChanged();
    void openArticleRequested(const QString &uuid);

private:
    void addFiles();
    void addFolder();
    void removeSelected();
    void updateButtons();
    void showSummary();
    void openChosen();

    LibraryStore &m_store;
    ImportRunner *m_runner = nullptr;
    ImportSummary m_summary;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_pathList = nullptr;
    QPushButton *m_removeButton = nullptr;
    QButtonGroup *m_duplicates = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_files = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_openButton = nullptr;
};

// Accepts files and folders dropped on `window` and imports them.
class ImportDropHandler final : public QObject
{
    Q_OBJECT

public:
    ImportDropHandler(LibraryStore &store, QWidget *window);
    Q_DISABLE_COPY_MOVE(ImportDropHandler)

    // Opens the import dialog (with `paths` already chosen and imported at
    // once when given).
    void showImportDialog(const QStringList &paths = {});
    // Read-only mode: drops are refused.
    void setAccepting(bool accepting) { m_accepting = accepting; }

Q_SIGNALS:
    void libraryChanged();
    void openArticleRequested(const QString &uuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LibraryStore &m_store;
    QWidget *m_window;
    bool m_accepting = true;
};

} // namespace lectern
