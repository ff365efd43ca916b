#include "merge.h"

#include "storage/librarybackups.h"
#include "storage/libraryfiles.h"

#include "libraryexchange.h"
#include "librarywriter.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <csignal>

namespace lectern {

QString articleStateHash(const Article &a, bool trashed)
{
    const QJsonObject state{
        {QStringLiteral("title"), a.title.trimmed()},
        {QStringLiteral("summary"), a.summary},
        {QStringLiteral("body"), a.bodyHtml},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("group"), a.translationGroup},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("source"), a.source},
        {QStringLiteral("category"), a.category},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
        {QStringLiteral("status"), statusKey(a.status)},
        {QStringLiteral("published"), a.published.isValid()
                                          ? QJsonValue(double(a.published.toMSecsSinceEpoch()))
                                          : QJsonValue()},
        {QStringLiteral("image"), a.featuredImage},
        {QStringLiteral("universities"), QJsonArray::fromStringList(a.universityUuids)},
        {QStringLiteral("trashed"), trashed},
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(state).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

namespace {

// One side's view of one article.
struct Side
{
    Article current;
    bool trashed = false;
    QDateTime trashedAt;
    QString state;                            // hash of the current version
    QSet<QString> seen;                       // hashes of every version this side has had
    QList<QPair<Article, QDateTime>> history; // oldest first
};

Result<Side> readSide(const LibraryStore &store, const QString &uuid, bool withHistory)
{
    Side side;
    const Result<Article> current = store.article(uuid);
    if (!current)
        return current.failure();
    side.current = current.value();
    const Result<QDateTime> trashed = store.articleTrashedTime(uuid);
    if (!trashed)
        return trashed.failure();
    side.trashedAt = trashed.value();
    side.trashed = trashed->isValid();
    side.state = articleStateHash(side.current, side.trashed);
    side.seen.insert(side.state);
    side.seen.insert(articleStateHash(side.current, false));
    const Result<QList<RevisionInfo>> revisions = store.articleRevisions(uuid);
    if (!revisions)
        return revisions.failure();
    for (const RevisionInfo &info : revisions.value()) {
        const Result<Article> old = store.articleRevision(info.id);
        if (!old)
            continue; // a damaged snapshot only weakens the history
        side.seen.insert(articleStateHash(old.value(), false));
        if (withHistory)
            side.history.prepend({old.value(), info.saved});
    }
    return side;
}

enum class Verdict
{
    Added,
    Taken,
    Kept,
    Unchanged,
    Conflict
};

Verdict judge(const Side *mine, const Side &theirs)
{
    if (!mine)
        return Verdict::Added;
    if (mine->state == theirs.state)
        return Verdict::Unchanged;
    if (mine->seen.contains(theirs.state))
        return Verdict::Kept; // theirs is a version I had: only I changed since
    if (theirs.seen.contains(mine->state))
        return Verdict::Taken; // mine is a version they had: only they changed
    return Verdict::Conflict;
}

struct MergeRun
{
    const LibraryStore &mine;
    LibraryWriter *writer; // null for a preview, which writes nothing
    const LibraryStore &theirs;
    MergeReport report;
    QSet<QString> universitiesDone;

    Status bringDependencies(const Article &article)
    {
        for (const QString &hash : referencedMedia(article)) {
            const Result<bool> have = mine.hasMedia(hash);
            if (!have)
                return have.failure();
            if (have.value())
                continue;
            const Result<MediaItem> item = theirs.media(hash);
            if (!item)
                continue;
            if (Status status = writer->storeMedia(item.value()); !status)
                return status;
            ++report.mediaAdded;
        }
        for (const QString &uuid : article.universityUuids) {
            if (universitiesDone.contains(uuid))
                continue;
            universitiesDone.insert(uuid);
            if (mine.university(uuid))
                continue;
            const Result<University> university = theirs.university(uuid);
            if (!university)
                return university.failure();
            if (!university->logo.isEmpty() && !mine.hasMedia(university->logo).value()) {
                const Result<MediaItem> logo = theirs.media(university->logo);
                if (logo) {
                    if (Status status = writer->storeMedia(logo.value()); !status)
                        return status;
                    ++report.mediaAdded;
                }
            }
            if (Status status = writer->addUniversityIfMissing(university.value()); !status)
                return status;
            ++report.universitiesAdded;
        }
        return success();
    }

    // Their version becomes current here; mine (if any) goes into history,
    // and their history joins mine so later merges see where we met.
    Status take(const Side *here, const Side &there)
    {
        if (Status status = bringDependencies(there.current); !status)
            return status;
        if (!here ||
            articleStateHash(here->current, false) != articleStateHash(there.current, false)) {
            if (here) {
                for (const auto &[old, saved] : there.history) {
                    if (here->seen.contains(articleStateHash(old, false)))
                        continue;
                    if (Status status = writer->addArticleRevision(old.uuid, old, saved); !status)
                        return status;
                }
            }
            Article incoming = there.current;
            incoming.id = 0;
            const Result<Article> written = writer->writeArticle(incoming, true);
            if (!written)
                return written.failure();
            if (!here) {
                for (const auto &[old, saved] : there.history) {
                    if (Status status = writer->addArticleRevision(incoming.uuid, old, saved);
                        !status)
                        return status;
                }
            }
        }
        return writer->setArticleTrashed(there.current.uuid,
                                         there.trashed ? there.trashedAt : QDateTime());
    }

    // After every article is in, so that links can point at any of them.
    Status bringLinks(const QStringList &all, const QStringList &incoming,
                      const QList<QPair<QString, QString>> &copies)
    {
        const QSet<QString> incomingSet(incoming.cbegin(), incoming.cend());
        const QSet<QString> added(report.added.cbegin(), report.added.cend());
        QSet<QString> unresolved;
        for (const MergeConflict &conflict : std::as_const(report.conflicts)) {
            if (conflict.resolution == ConflictChoice::Unresolved)
                unresolved.insert(conflict.uuid);
        }
        auto addLinks = [this](const QString &uuid, const QList<RelatedLink> &links) -> Status {
            if (links.isEmpty())
                return success();
            const Result<int> n = writer->addRelatedLinks(uuid, links);
            if (!n)
                return n.failure();
            report.relatedLinksAdded += n.value();
            return success();
        };
        for (const QString &uuid : all) {
            if (unresolved.contains(uuid))
                continue;
            const Result<QList<RelatedLink>> links = theirs.relatedLinks(uuid);
            if (!links)
                return links.failure();
            QList<RelatedLink> wanted;
            for (const RelatedLink &link : links.value()) {
                if (incomingSet.contains(uuid) || added.contains(link.uuid))
                    wanted.append(link);
            }
            if (Status status = addLinks(uuid, wanted); !status)
                return status;
        }
        for (const auto &[copy, original] : copies) {
            const Result<QList<RelatedLink>> links = theirs.relatedLinks(original);
            if (!links)
                return links.failure();
            if (Status status = addLinks(copy, links.value()); !status)
                return status;
        }
        const Result<QList<ArticleSummary>> recommended = theirs.recommendedReading();
        if (!recommended)
            return recommended.failure();
        QStringList joining;
        for (const ArticleSummary &row : recommended.value()) {
            if (incomingSet.contains(row.uuid))
                joining.append(row.uuid);
        }
        if (!joining.isEmpty()) {
            const Result<int> n = writer->addToRecommendedReading(joining);
            if (!n)
                return n.failure();
            report.recommendedAdded += n.value();
        }
        return success();
    }

    Status keepBoth(const Side &here, const Side &there, MergeConflict &conflict)
    {
        if (Status status = bringDependencies(there.current); !status)
            return status;
        Article copy = there.current;
        copy.id = 0;
        copy.uuid.clear();
        copy.title = LibraryMerge::tr("%1 (their version)").arg(there.current.title);
        if (copy.translationGroup.isEmpty())
            copy.translationGroup = here.current.translationGroup;
        const Result<Article> written = writer->writeArticle(copy, true);
        if (!written)
            return written.failure();
        conflict.copyUuid = written->uuid;
        // Also in mine's history, so the next merge of the same file sees
        // that this version has been dealt with.
        return writer->addArticleRevision(here.current.uuid, there.current, there.current.updated);
    }
};

Result<std::unique_ptr<LibraryStore>> openFile(const LibraryStore &mine, const QString &file)
{
    // The same file under another name (a link, a hard link) too: compared by
    // identity, not by path.
    const std::optional<FileIdentity> other = FileIdentity::of(file);
    if (other && other == FileIdentity::of(mine.path()))
        return Error{LibraryMerge::tr("A library cannot be merged into itself."), ErrorKind::InUse};
    return LibraryStore::open(file);
}

// Every article of theirs changed since…, judged against mine, and (with a
// writer) taken, kept or copied as the choices say: all in the writer's unit
// of work, so a failure or a cancel leaves mine as it was.
Result<MergeReport> walk(const LibraryStore &mine, LibraryWriter *writer,
                         const LibraryStore &theirs, const QStringList &uuids, const QString &file,
                         ConflictChoice fallback, const QHash<QString, ConflictChoice> &choices,
                         const LibraryMerge::Progress &progress)
{
    // A test hook: a merge killed half-way must leave the library as it was.
    const int killAfter = qEnvironmentVariableIntValue("LECTERN_TEST_KILL_MERGE_AFTER");

    MergeRun merge{mine, writer, theirs, {}, {}};
    int done = 0;
    QStringList incoming;                  // their version is now current here
    QList<QPair<QString, QString>> copies; // keep-both copy, the article it copies
    for (const QString &uuid : uuids) {
        const Result<Side> there = readSide(theirs, uuid, writer != nullptr);
        if (!there)
            return there.failure();
        std::optional<Side> here;
        if (mine.article(uuid)) {
            Result<Side> side = readSide(mine, uuid, false);
            if (!side)
                return side.failure();
            here = std::move(side).value();
        }
        const Side *herePtr = here ? &*here : nullptr;
        Status status = success();
        switch (judge(herePtr, there.value())) {
        case Verdict::Added:
            merge.report.added.append(uuid);
            incoming.append(uuid);
            if (writer)
                status = merge.take(nullptr, there.value());
            break;
        case Verdict::Taken:
            merge.report.taken.append(uuid);
            incoming.append(uuid);
            if (writer)
                status = merge.take(herePtr, there.value());
            break;
        case Verdict::Kept:
            merge.report.kept.append(uuid);
            break;
        case Verdict::Unchanged:
            merge.report.unchanged.append(uuid);
            break;
        case Verdict::Conflict: {
            MergeConflict conflict{uuid,
                                   here->current,
                                   there->current,
                                   here->trashed,
                                   there->trashed,
                                   ConflictChoice::Unresolved,
                                   {}};
            const ConflictChoice choice =
                writer ? choices.value(uuid, fallback) : ConflictChoice::Unresolved;
            conflict.resolution = choice;
            switch (choice) {
            case ConflictChoice::TakeTheirs:
                incoming.append(uuid);
                status = merge.take(herePtr, there.value());
                break;
            case ConflictChoice::KeepMine:
                status =
                    merge.writer->addArticleRevision(uuid, there->current, there->current.updated);
                break;
            case ConflictChoice::KeepBoth:
                status = merge.keepBoth(*here, there.value(), conflict);
                copies.append({conflict.copyUuid, uuid});
                break;
            case ConflictChoice::Unresolved:
                break;
            }
            merge.report.conflicts.append(conflict);
            break;
        }
        }
        if (!status) {
            return Error{LibraryMerge::tr("The merge of “%1” stopped at article %2 (%3); this "
                                          "library was left as it was.")
                             .arg(QFileInfo(file).fileName(), uuid, status.error())};
        }
        ++done;
        if (killAfter > 0 && done == killAfter)
            std::raise(SIGKILL);
        if (progress && !progress(done, int(uuids.size()))) {
            // The transaction is rolled back as it goes out of scope.
            return Error{LibraryMerge::tr("The merge of “%1” was cancelled; this library was "
                                          "left as it was.")
                             .arg(QFileInfo(file).fileName())};
        }
    }
    if (writer) {
        if (Status status = merge.bringLinks(uuids, incoming, copies); !status) {
            return Error{LibraryMerge::tr("The related articles of “%1” could not be merged (%2); "
                                          "this library was left as it was.")
                             .arg(QFileInfo(file).fileName(), status.error())};
        }
    }
    return merge.report;
}

Result<MergeReport> run(LibraryStore *writable, const LibraryStore &mine, const QString &file,
                        ConflictChoice fallback, const QHash<QString, ConflictChoice> &choices,
                        const LibraryMerge::Progress &progress)
{
    Result<std::unique_ptr<LibraryStore>> opened = openFile(mine, file);
    if (!opened)
        return opened.failure();
    const LibraryStore &theirs = *opened.value();
    const Result<QStringList> uuids = theirs.articleUuidsChangedSince(QDateTime());
    if (!uuids)
        return uuids.failure();

    QString backup, backupNote;
    if (writable && !writable->isInMemory()) {
        // A merge can change much at once: the library as it was is kept.
        const Result<QString> made = writable->backUp(BackupReason::Merge);
        backup = made ? made.value() : QString();
        backupNote = made.error();
    }
    if (!writable)
        return walk(mine, nullptr, theirs, uuids.value(), file, fallback, choices, progress);
    std::optional<Result<MergeReport>> walked;
    const Status written = writable->write([&](LibraryWriter &writer) -> Status {
        walked = walk(*writable, &writer, theirs, uuids.value(), file, fallback, choices, progress);
        return *walked ? success() : Status(walked->failure());
    });
    if (walked && !*walked)
        return *walked;
    if (!written) {
        return Error{LibraryMerge::tr("The merge of “%1” could not be saved (%2); this "
                                      "library was left as it was.")
                         .arg(QFileInfo(file).fileName(), written.error()),
                     written.errorKind()};
    }
    MergeReport report = std::move(*walked).value();
    report.backup = backup;
    report.backupNote = backupNote;
    return report;
}

} // namespace

Result<MergeReport> LibraryMerge::preview(const LibraryStore &mine, const QString &file,
                                          const Progress &progress)
{
    return run(nullptr, mine, file, ConflictChoice::Unresolved, {}, progress);
}

Result<MergeReport> LibraryMerge::merge(LibraryStore &mine, const QString &file,
                                        ConflictChoice fallback,
                                        const QHash<QString, ConflictChoice> &choices,
                                        const Progress &progress)
{
    return run(&mine, mine, file, fallback, choices, progress);
}

} // namespace lectern
