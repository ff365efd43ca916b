#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace lectern {

// The library to use: the --library option if given, else $LECTERN_LIBRARY,
// else library.lectern in the platform's application data folder.
QString libraryLocation(const QString &option);
bool isDefaultLibraryLocation(const QString &option);

// Where a library is, as the recent-library list and the running window
// keep it: a file, or a team library on a PostgreSQL server given by its
// libpq address, postgresql://user@host:port/dbname?sslmode=verify-full.
class LibraryLocation final
{
public:
    enum class Kind
    {
        File,
        Server,
    };

    // A file, made absolute and clean (relative to the current folder).
    static LibraryLocation file(const QString &path);
    // A postgresql:// (or postgres://) address in libpq's URI form; empty if
    // it is not one. A password in it is kept for connecting but never shown.
    static std::optional<LibraryLocation> server(const QString &uri);
    // From toString(), a bare absolute path or a server address; empty for
    // anything else, such as a kind this version does not know.
    static std::optional<LibraryLocation> fromString(const QString &text);
    // "file:///home/olena/union.lectern" or "postgresql://olena@db:5432/union":
    // a URL, without any password.
    QString toString() const;

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; } // of a File
    // For menus and messages: "union.lectern" or "union on db.example.org",
    // and the whole native path or the address without its password.
    QString displayName() const;
    QString displayLocation() const;
    // Whether something is there to open (a file: stat only, never opened;
    // a server is not asked and counts as there).
    bool exists() const;

    // Of a Server: how to reach it. Defaults are libpq's (host localhost,
    // port 5432, the database named as the user).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; } // empty: ~/.pgpass or the keyring
    // Other libpq parameters of the address (sslmode, sslrootcert, …).
    QList<std::pair<QString, QString>> parameters() const { return m_parameters; }

    bool operator==(const LibraryLocation &) const = default;

private:
    LibraryLocation(Kind kind, QString path);
    // Of a Server: reached through its local socket (no host, or a folder).
    bool isLocalSocket() const { return m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')); }

    Kind m_kind = Kind::File;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<std::pair<QString, QString>> m_parameters;
};

// Whether a --library value names a server rather than a file.
bool isServerAddress(const QString &text);

} // namespace lectern
