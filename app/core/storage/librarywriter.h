#pragma once

// One atomic unit of work on a library: LibraryStore::write() hands a writer
// to its caller's function and commits what was written through it together,
// or nothing. The writes here join that transaction; they exist for work that
// spans many items (one imported page with its pictures, a whole merge, an
// exchange file), where the store's own one-item writes would each commit.
#include "librarystore.h"

namespace lectern {

class LibraryWriter final
{
public:
    Q_DISABLE_COPY_MOVE(LibraryWriter)

    // Reads inside the unit of work see what it wrote so far.
    const LibraryStore &store() const { return m_store; }

    // Inserts or updates like saveArticle (the previous version becomes a
    // revision); keepTimes keeps the article's own created/updated times.
    Result<Article> writeArticle(const Article &article, bool keepTimes = false)
    {
        return m_store.writeArticleInTransaction(article, keepTimes);
    }
    Status storeMedia(const MediaItem &item) { return m_store.storeMediaInTransaction(item); }
    // The live article an earlier import made from this page (see
    // LibraryStore::importedArticle): asked here, so that asking and
    // recording the import are one step.
    Result<ImportRecord> importedArticle(const QString &identity, const QString &contentSha256,
                                         const QString &legacyOrigin = {}) const
    {
        return m_store.importedArticle(identity, contentSha256, legacyOrigin);
    }
    Status recordImport(const QString &uuid, const QString &identity, const QString &contentSha256)
    {
        return m_store.recordImportInTransaction(uuid, identity, contentSha256);
    }
    // A version of an article kept in its history without becoming current.
    Status addArticleRevision(const QString &uuid, const Article &snapshot, const QDateTime &saved)
    {
        return m_store.addArticleRevisionInTransaction(uuid, snapshot, saved);
    }
    Status setArticleTrashed(const QString &uuid, const QDateTime &trashed)
    {
        return m_store.setArticleTrashedInTransaction(uuid, trashed);
    }
    // Inserts a university with its own uuid and times if it is not here yet.
    Status addUniversityIfMissing(const University &university)
    {
        return m_store.addUniversityIfMissingInTransaction(university);
    }
    // Adds after the article's own related links those it lacks; returns how many.
    Result<int> addRelatedLinks(const QString &uuid, const QList<RelatedLink> &links)
    {
        return m_store.addRelatedLinksInTransaction(uuid, links);
    }
    // Appends articles to the recommended-reading list unless already in it.
    Result<int> addToRecommendedReading(const QStringList &articleUuids)
    {
        return m_store.addToRecommendedReadingInTransaction(articleUuids);
    }

private:
    friend class LibraryStore;
    explicit LibraryWriter(LibraryStore &store)
        : m_store(store)
    {
    }
    LibraryStore &m_store;
};

} // namespace lectern
