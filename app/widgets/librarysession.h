#pragma once

#include "librarylocation.h"
#include "librarystore.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace lectern {

class BackupScheduler;
class MainWindow;

// The library the window shows and the window itself, which only this owns:
// opening (with a progress dialog while another program holds the library
// or an upgrade runs), switching the window to another library (one store
// per library: never two of one file), the daily backup, checks, restoring a backup — which
// closes the library, restores it through SQLite and opens it again — and
// reopening it writable where the user allowed it.
class LibrarySession final : public QObject
{
    Q_OBJECT

public:
    LibrarySession();
    ~LibrarySession() override;
    Q_DISABLE_COPY_MOVE(LibrarySession)

    // The start: the library `option` (--library) names, else the default
    // one, which the first start creates with the demo content. For a
    // library that is not there the user chooses to create it or to open
    // another; Cancelled when they chose neither.
    Status start(const QString &option);
    // Opens the library and shows its window; an error says why not.
    Status open(const QString &path, const LibraryOpenOptions &options = {});
    // For the first start with no library: the store is made already.
    void adopt(std::unique_ptr<LibraryStore> store);

    // Shows `location` in the window in place of the library it shows
    // (File › Open Library…, Open Recent, a library opened while Lectern
    // runs): asks about unsaved edits first, offers to create a missing
    // library or to choose another, and keeps the library shown when the
    // other cannot be opened, saying why. True when the window shows the
    // library asked for (or the one chosen instead).
    bool switchTo(const LibraryLocation &location);
    // File › New Library…: an empty library at `path`, shown in the window.
    bool createLibrary(const QString &path);
    // Another start of Lectern asked for `location`, or only for the window:
    // the window comes to the front, and the library opens once no dialog
    // is open in it (the latest request wins).
    void requestFromOutside(const std::optional<LibraryLocation> &location);

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
    enum class MissingChoice
    {
        Create,
        OpenAnother,
        Cancel,
    };
    Result<std::unique_ptr<LibraryStore>> openStore(const QString &path,
                                                    const LibraryOpenOptions &options);
    // The library at `path`, or, when none is there, what the user chose
    // instead; Cancelled when nothing.
    Result<std::unique_ptr<LibraryStore>> openOrOffer(const QString &path, bool atStart);
    MissingChoice askAboutMissing(const QString &path, bool atStart);
    bool isOpen(const QString &path) const;
    bool replaceWith(std::unique_ptr<LibraryStore> store);
    void raiseWindow();
    void handlePending();
    void showWindow(QByteArray geometry = {});
    bool closeWindow();

    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    BackupScheduler *m_backups = nullptr;
    LibraryOpenOptions m_options;
    // requestFromOutside(): a request waits for the window to be free.
    bool m_pending = false;
    std::optional<LibraryLocation> m_pendingLocation;
    QTimer *m_pendingTimer = nullptr;
};

} // namespace lectern
