#pragma once

#include "librarylocation.h"

#include <QList>
#include <QStringList>

namespace lectern {

// File › Open Recent: the libraries opened last, the newest first, kept in
// the settings as location strings (LibraryLocation::toString()). Entries
// this version cannot read (a kind of a later version) are kept as they are.
class RecentLibraries final
{
public:
    static constexpr int maximum = 10;

    static QList<LibraryLocation> list();
    // Puts `location` first (once), keeping at most `maximum`.
    static void add(const LibraryLocation &location);
    static void remove(const LibraryLocation &location);
    static void clear();

private:
    static QStringList entries();
    static void store(const QStringList &entries);
};

} // namespace lectern
