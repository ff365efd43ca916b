#include "libraryexchange.h"

#include "stagedfiles.h"

#include <csignal>

#include "librarywriter.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace lectern {

QStringList referencedMedia(const Article &article)
{
    QStringList hashes;
    if (!article.featuredImage.isEmpty())
        hashes.append(article.featuredImage);
    const QLatin1String scheme("lectern-media:");
    qsizetype at = 0;
    while ((at = article.bodyHtml.indexOf(scheme, at)) >= 0) {
        at += scheme.size();
        const QString hash = article.bodyHtml.mid(at, 64);
        bool hex = hash.size() == 64;
        for (const QChar c : hash)
            hex = hex && c.isLetterOrNumber() && c.unicode() < 0x80;
        if (hex && !hashes.contains(hash))
            hashes.append(hash);
    }
    return hashes;
}

namespace {

Status copyArticles(const LibraryStore &source, LibraryWriter &target, const QStringList &uuids,
                    ExportReport &report, const LibraryExchange::Progress &progress)
{
    QSet<QString> universities;
    QSet<QString> media;
    // A test hook: an export killed half-way must leave no file behind.
    const int killAfter = qEnvironmentVariableIntValue("LECTERN_TEST_KILL_EXCHANGE_AFTER");
    QList<Article> articles;
    for (const QString &uuid : uuids) {
        const Result<Article> article = source.article(uuid);
        if (!article)
            return article.failure();
        articles.append(article.value());
        if (killAfter > 0 && articles.size() == killAfter)
            std::raise(SIGKILL);
        for (const QString &university : article->universityUuids) {
            if (universities.contains(university))
                continue;
            universities.insert(university);
            const Result<University> u = source.university(university);
            if (!u)
                return u.failure();
            if (Status status = target.addUniversityIfMissing(u.value()); !status)
                return status;
            ++report.universities;
            if (!u->logo.isEmpty())
                media.insert(u->logo);
        }
        for (const QString &hash : referencedMedia(article.value()))
            media.insert(hash);
    }
    for (const QString &hash : std::as_const(media)) {
        const Result<MediaItem> item = source.media(hash);
        if (!item)
            continue; // a dangling reference stays dangling; nothing to copy
        if (Status status = target.storeMedia(item.value()); !status)
            return status;
        ++report.media;
    }
    for (const Article &article : std::as_const(articles)) {
        // History first, oldest first, so the merge can tell which side's
        // version came from the other.
        const Result<QList<RevisionInfo>> revisions = source.articleRevisions(article.uuid);
        if (!revisions)
            return revisions.failure();
        QList<QPair<Article, QDateTime>> history;
        for (const RevisionInfo &info : revisions.value()) {
            const Result<Article> old = source.articleRevision(info.id);
            if (old)
                history.prepend({old.value(), info.saved});
        }
        const Result<Article> written = target.writeArticle(article, true);
        if (!written)
            return written.failure();
        for (const auto &[old, saved] : std::as_const(history)) {
            if (Status status = target.addArticleRevision(article.uuid, old, saved); !status)
                return status;
            ++report.revisions;
        }
        const Result<QDateTime> trashed = source.articleTrashedTime(article.uuid);
        if (!trashed)
            return trashed.failure();
        if (trashed->isValid()) {
            if (Status status = target.setArticleTrashed(article.uuid, trashed.value()); !status)
                return status;
        }
        ++report.articles;
        if (progress && !progress(report.articles, int(articles.size())))
            return Error{LibraryExchange::tr("The export was cancelled."), ErrorKind::Cancelled};
    }
    return success();
}

Status copyInto(const LibraryStore &source, LibraryStore &target, const QStringList &uuids,
                ExportReport &report, const LibraryExchange::Progress &progress)
{
    if (Status status = target.write([&](LibraryWriter &writer) {
            return copyArticles(source, writer, uuids, report, progress);
        });
        !status)
        return status;

    // Related links among the exported articles.
    const QSet<QString> exported(uuids.cbegin(), uuids.cend());
    for (const QString &uuid : uuids) {
        const Result<QList<RelatedLink>> links = source.relatedLinks(uuid);
        if (!links)
            return links.failure();
        QList<RelatedLink> kept;
        for (const RelatedLink &link : links.value()) {
            if (exported.contains(link.uuid))
                kept.append(link);
        }
        if (!kept.isEmpty()) {
            if (Status status = target.setRelatedLinks(uuid, kept); !status)
                return status;
        }
    }
    // Their places in the recommended reading, so a merge can bring them.
    const Result<QList<ArticleSummary>> recommended = source.recommendedReading();
    if (!recommended)
        return recommended.failure();
    QStringList reading;
    for (const ArticleSummary &row : recommended.value()) {
        if (exported.contains(row.uuid))
            reading.append(row.uuid);
    }
    if (!reading.isEmpty()) {
        if (Status status = target.setRecommendedReading(reading); !status)
            return status;
    }
    return success();
}

} // namespace

Result<ExportReport> LibraryExchange::exportLibrary(const LibraryStore &source, const QString &path,
                                                    const ExportSelection &selection, bool replace,
                                                    const Progress &progress)
{
    QStringList uuids;
    if (!selection.articleUuids.isEmpty()) {
        for (const QString &uuid : selection.articleUuids) {
            if (!source.article(uuid))
                return Error{tr("There is no article %1 in this library.").arg(uuid)};
            if (!uuids.contains(uuid))
                uuids.append(uuid);
        }
    } else if (selection.all || selection.since.isValid()) {
        const Result<QStringList> changed =
            source.articleUuidsChangedSince(selection.all ? QDateTime() : selection.since);
        if (!changed)
            return changed.failure();
        uuids = changed.value();
    } else {
        return Error{tr("Choose the articles to export.")};
    }

    // Made under a temporary name and renamed when complete: a killed or
    // failed export never leaves a valid-looking but partial file behind.
    StagedFiles files;
    const Result<QString> partial = files.reserve(path, replace);
    if (!partial)
        return partial.failure();
    Result<std::unique_ptr<LibraryStore>> target = LibraryStore::create(partial.value());
    if (!target) {
        return Error{tr("The exchange file “%1” could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), target.error()),
                     target.errorKind()};
    }
    ExportReport report;
    Status status = copyInto(source, *target.value(), uuids, report, progress);
    target.value().reset(); // closed: its log is folded into the file
    if (status)
        status = files.commit();
    if (!status) {
        return Error{tr("The exchange file “%1” could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), status.error()),
                     status.errorKind()};
    }
    return report;
}

} // namespace lectern
