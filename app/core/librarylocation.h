#pragma once

#include <QString>

#include <optional>

namespace lectern {

// The library to use: the --library option if given, else $LECTERN_LIBRARY,
// else library.lectern in the platform's application data folder.
QString libraryLocation(const QString &option);
bool isDefaultLibraryLocation(const QString &option);

// Where a library is, as the recent-library list and the running window
// keep it: today a file; a library on a server (a postgresql:// address,
// the team-library issue) becomes a second kind with the same string form.
class LibraryLocation final
{
public:
    enum class Kind
    {
        File,
    };

    // A file, made absolute and clean (relative to the current folder).
    static LibraryLocation file(const QString &path);
    // From toString(), or a bare absolute path; empty for anything else,
    // such as a kind this version does not know.
    static std::optional<LibraryLocation> fromString(const QString &text);
    // "file:///home/olena/union.lectern": a URL, so that other kinds fit.
    QString toString() const;

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; } // of a File
    // For menus and messages: "union.lectern", and the whole native path.
    QString displayName() const;
    QString displayLocation() const;
    // Whether something is there to open (stat only; the file is not opened).
    bool exists() const;

    bool operator==(const LibraryLocation &) const = default;

private:
    LibraryLocation(Kind kind, QString path);

    Kind m_kind = Kind::File;
    QString m_path;
};

} // namespace lectern
