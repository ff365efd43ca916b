#pragma once

#include "librarystore.h"

#include <functional>

namespace lectern {

// Which articles go into an exchange file.
struct ExportSelection
{
    QStringList articleUuids; // these, when not empty
    bool all = false;         // every article, the trash included (so deletions travel)
    QDateTime since;          // every article changed or trashed at or after this time
};

struct ExportReport
{
    int articles = 0;
    int revisions = 0;
    int universities = 0;
    int media = 0;
};

// Writes a standalone library file (.lectern, itself a Lectern library) that
// holds the selected articles with their revision history, the universities
// they link to, their related links among themselves and their images, for a
// colleague to merge into their own library.
class LibraryExchange final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryExchange)

public:
    // Called after each article with how many are done of how many;
    // returning false stops, and no file is left behind.
    using Progress = std::function<bool(int done, int total)>;

    static Result<ExportReport> exportLibrary(const LibraryStore &source, const QString &path,
                                              const ExportSelection &selection,
                                              bool replace = false, const Progress &progress = {});
};

// The media hashes an article refers to: its featured image and every
// lectern-media: image in its body.
QStringList referencedMedia(const Article &article);

} // namespace lectern
