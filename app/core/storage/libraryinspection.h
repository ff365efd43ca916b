#pragma once

#include "result.h"

#include <QString>

namespace lectern {

struct StorageFacts;

struct LibraryInspection
{
    int version = 0;        // the library format it has
    bool immutable = false; // read-only storage with no log: opened immutable
};

// Checks a library file through SQLite alone, never writing to it: the right
// format, intact, ours, not newer than this program reads.
Result<LibraryInspection> inspectLibrary(const QString &path, const StorageFacts &facts);

// What to tell the user for an error SQLite gave about the library at `path`
// (damaged, busy, unreadable), naming the file.
Error libraryRefusal(const QString &path, const Error &error);

} // namespace lectern
