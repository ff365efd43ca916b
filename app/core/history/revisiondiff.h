#pragma once

// What changed between two versions of an article or a university: the
// fields, the words of the text, and a readable HTML view of it all.
#include "history/textdiff.h"
#include "librarystore.h"

#include <QCoreApplication>

namespace lectern {

class RevisionDiff
{
    Q_DECLARE_TR_FUNCTIONS(RevisionDiff)
};

struct FieldChange
{
    QString key;   // stable: "title", "tags", "body"…
    QString label; // translated
    QString before;
    QString after;
    bool prose = false;  // shown with a word-level diff
    QStringList details; // formatting: "where: what" for each change (translated)

    bool operator==(const FieldChange &) const = default;
};

// Every field that differs, the text (body, profile) last. The store, when
// given, turns linked university uuids into names.
QList<FieldChange> articleChanges(const Article &older, const Article &newer,
                                  const LibraryStore *store = nullptr);
QList<FieldChange> universityChanges(const University &older, const University &newer);

// One line of a revision list: what the next version changed.
struct ChangeSummary
{
    QStringList fields; // translated labels
    QStringList keys;   // the same, as FieldChange::key
    int wordsAdded = 0;
    int wordsRemoved = 0;
    bool tooMany = false; // the text changed too much to count exactly

    // "Title, Text (+12 −3 words)"; "No changes" when nothing differs.
    QString text() const;
};

ChangeSummary summarize(const QList<FieldChange> &changes, const QString &bodyBefore,
                        const QString &bodyAfter);

// A row of the history: the current version (revisionId 0) or a revision.
struct RevisionEntry
{
    qint64 revisionId = 0;
    QDateTime time; // when this version was saved
    qint64 size = 0;
    bool summarized = false; // false beyond the first summaryLimit rows
    ChangeSummary changes;   // from this version to the next one
};

// The current version first, then the revisions, newest first. Working out
// what changed reads every revision; beyond summaryLimit rows it is skipped.
Result<QList<RevisionEntry>> articleHistory(const LibraryStore &store, const QString &uuid,
                                            int summaryLimit = 300);
Result<QList<RevisionEntry>> universityHistory(const LibraryStore &store, const QString &uuid,
                                               int summaryLimit = 300);

// HTML for a QTextBrowser: the fields and the text of a revision against the
// current version; added in green, removed in red and struck through.
QString changesHtml(const QList<FieldChange> &changes, const TextDiff &text,
                    const QString &textLabel);
QString articleDiffHtml(const Article &revision, const Article &current,
                        const LibraryStore *store = nullptr, const DiffLimits &limits = {});
QString universityDiffHtml(const University &revision, const University &current,
                           const DiffLimits &limits = {});

} // namespace lectern
