#pragma once

#include "librarystore.h"

#include <QObject>

#include <memory>

namespace lectern {

class BackupScheduler;
class MainWindow;

// The library the window shows and the window itself, which only this owns:
// opening (with a progress dialog while another program holds the library
// or an upgrade runs), the daily backup, checks, restoring a backup — which
// closes the library, restores it through SQLite and opens it again — and
// reopening it writable where the user allowed it.
class LibrarySession final : public QObject
{
    Q_OBJECT

public:
    LibrarySession();
    ~LibrarySession() override;
    Q_DISABLE_COPY_MOVE(LibrarySession)

    // Opens the library and shows its window; an error says why not.
    Status open(const QString &path, const LibraryOpenOptions &options = {});
    // For the first start with no library: the store is made already.
    void adopt(std::unique_ptr<LibraryStore> store);

    MainWindow *window() const { return m_window.get(); }
    LibraryStore *store() const { return m_store.get(); }
    BackupScheduler *backups() const { return m_backups; }
    static constexpr int backupDelayMs = 3000;

    // Closes the library (asking about unsaved edits first), puts the backup
    // in its place and opens it again. False when the user stayed, or when
    // it failed (the library is open again, as before, and the window says why).
    bool restoreBackup(const QString &backupPath);
    // File › Check Library, on a worker; the answer in a message box.
    void checkLibrary();
    // Opens the same library again with `options` (editing allowed on a
    // network drive).
    bool reopen(const LibraryOpenOptions &options);

private:
    Result<std::unique_ptr<LibraryStore>> openStore(const QString &path,
                                                    const LibraryOpenOptions &options);
    void showWindow(QByteArray geometry = {});
    bool closeWindow();

    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    BackupScheduler *m_backups = nullptr;
    LibraryOpenOptions m_options;
};

} // namespace lectern
