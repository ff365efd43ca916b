#pragma once

#include "librarystore.h"

#include <QHash>

#include <functional>

namespace lectern {

// What to do with an article changed on both sides since the libraries last
// exchanged it. Whatever is chosen, the losing version stays in the
// article's revision history, so nothing is lost.
enum class ConflictChoice
{
    Unresolved, // leave the article as it is here; report the conflict
    KeepMine,   // theirs goes into the history
    TakeTheirs, // mine goes into the history
    KeepBoth,   // theirs becomes a separate article beside mine (and joins mine's history)
};

struct MergeConflict
{
    QString uuid;
    Article mine;
    Article theirs;
    bool mineTrashed = false;
    bool theirsTrashed = false;
    ConflictChoice resolution = ConflictChoice::Unresolved;
    QString copyUuid; // the separate article made for KeepBoth
};

struct MergeReport
{
    QStringList added; // new here, taken from the file
    QStringList taken; // changed only there: their version is now current
    QStringList kept;  // changed only here (or deleted here): mine stays
    QStringList unchanged;
    QList<MergeConflict> conflicts; // changed on both sides
    int mediaAdded = 0;
    int universitiesAdded = 0;
    int relatedLinksAdded = 0; // manual related links that came in
    int recommendedAdded = 0;  // articles that joined the recommended reading
    QString backup;            // the copy of this library made before the merge
    QString backupNote;        // why none was made (no room on the disk…), or empty
};

// Merges a library file (an exchange file from exportLibrary, or any Lectern
// library) into this one. Articles are matched by uuid. Whether a side
// changed is told from history: a version the other side has seen (its
// current version or one in its revision history) is where the two last
// met, so a side whose current version the other has seen did not change
// since. Trashing an article counts as a change. The whole merge is one
// transaction: interrupted, it leaves the library as it was.
//
// Related links and the recommended reading have no history, so a missing
// link cannot be told from a removed one: an article whose version comes in
// (new, taken, or "take theirs") gains the links and the recommended-reading
// place it has there, after its own; an article whose version here stays
// gains only links to articles that are new here; a "keep both" copy gets
// their links. Nothing is ever removed.
class LibraryMerge final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryMerge)

public:
    // Called after each article of the file with how many are done of how
    // many; returning false stops: a merge then leaves the library as it was.
    using Progress = std::function<bool(int done, int total)>;

    // What a merge would do, conflicts with both versions, changing nothing:
    // for a dialog that lets the user decide each conflict.
    static Result<MergeReport> preview(const LibraryStore &mine, const QString &file,
                                       const Progress &progress = {});

    // Merges, resolving each conflict by `choices` (by uuid) or else by
    // `fallback`.
    static Result<MergeReport> merge(LibraryStore &mine, const QString &file,
                                     ConflictChoice fallback = ConflictChoice::Unresolved,
                                     const QHash<QString, ConflictChoice> &choices = {},
                                     const Progress &progress = {});
};

// A fingerprint of what an article says (not when it was saved), with
// whether it is in the trash.
QString articleStateHash(const Article &article, bool trashed);

} // namespace lectern
