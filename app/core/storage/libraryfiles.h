#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lectern {

// Which file a path names: its device and inode, found with stat() (links
// followed), which never opens the file. Two names of one file — a symbolic
// link, a hard link, "dir/../x" — have the same identity.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    // Empty when nothing is there (or it cannot be reached).
    static std::optional<FileIdentity> of(const QString &path);
    bool operator==(const FileIdentity &) const = default;
};

// What kind of storage a file or folder is on, as far as a library cares.
struct StorageFacts
{
    bool exists = false;
    bool regularFile = false;       // false for folders, FIFOs, devices, sockets
    bool writable = true;           // the file and its folder may be written
    bool readOnlyMount = false;     // the file system itself is mounted read-only
    bool networkFileSystem = false; // NFS, SMB/CIFS, 9p, sshfs…: WAL is unsafe there
    QString fileSystemName;         // "nfs", "cifs"… when networkFileSystem
    qint64 freeBytes = -1;          // for an unprivileged user; -1 when unknown
};

// Facts about `path` (a file, or the folder a new file would go in), from
// stat()/statfs()/access() only: never opened.
StorageFacts storageFacts(const QString &path);

// The library files this process holds open, so that nothing outside SQLite
// ever opens, replaces or reads one of them (on POSIX systems closing any
// descriptor of a file drops every lock the process holds on it, including
// SQLite's: see "How To Corrupt An SQLite Database File", 2.2). The store
// registers its file while a connection to it is open; everything that reads
// or writes a file a user named asks first.
class LiveLibraries final
{
    Q_DECLARE_TR_FUNCTIONS(LiveLibraries)

public:
    // Counted: a library with a worker connection is registered twice.
    static void acquire(const QString &libraryPath);
    static void release(const QString &libraryPath);

    // Whether `path` (existing or about to be created) is an open library,
    // its -wal, -shm or -journal, or inside its backup folder.
    static bool touches(const QString &path);
    // InUse error naming the file when touches(path); success otherwise.
    // `action` says what was refused, e.g. tr("written").
    static Status refuseIfLive(const QString &path);
    // Whether the library at `libraryPath` is open in this process.
    static bool isOpen(const QString &libraryPath);
};

// The folder a library's automatic backups are kept in (beside it).
QString backupFolderOf(const QString &libraryPath);

} // namespace lectern
