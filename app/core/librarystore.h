#pragma once

#include "article.h"
#include "result.h"
#include "university.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace lectern {

struct SearchQuery;
struct ArticleEdit;    // editing/articleedit.h
struct RecoveryEntry;  // editing/articleedit.h
class WalCheckpointer; // walcheckpointer.h

struct SearchHit
{
    QString uuid;
    QString title;
    QString snippet;  // HTML-escaped text with <b>…</b> around the matches
    double score = 0; // higher is better
};

struct RevisionInfo
{
    qint64 id = 0;
    QDateTime saved;
    qint64 size = 0; // bytes of the snapshot
};

enum class RelatedMode
{
    Link,
    Pinned,
    Excluded
};

struct RelatedLink
{
    QString uuid;
    RelatedMode mode = RelatedMode::Link;

    bool operator==(const RelatedLink &) const = default;
};

// A curated, ordered list of articles; the first is the page's recommended reading.
struct ReadingList
{
    qint64 id = 0;
    QString name;
    int count = 0;            // live articles in it
    bool recommended = false; // the first list: what recommendedReading() shows

    // The name to show: the recommended list keeps the name every library
    // starts with, which is shown in the interface language.
    QString displayName() const;
};

// An article or a university in the trash (app/core/history/historystore.cpp).
struct TrashedItem
{
    enum class Kind
    {
        Article,
        University
    };
    Kind kind = Kind::Article;
    QString uuid;
    QString title;  // the article's title or the university's name
    QString detail; // the article's language code, or the university's country
    QDateTime trashed;
};

struct MediaItem
{
    QString sha256;
    QString mime;
    QByteArray data;
};

// Which articles a list shows; empty fields do not filter.
struct ArticleFilter
{
    std::optional<ArticleStatus> status;
    QString category;
    QString tag;
    QString language;
    QString universityUuid;
    QString text;             // search syntax, as in the search box
    bool recommended = false; // only the recommended-reading list
    bool trash = false;       // the trash instead of the live articles
    bool operator==(const ArticleFilter &) const = default;
};

enum class ArticleSortColumn
{
    Title,
    Updated,
    Published,
    Author,
    Category,
    Status,
    Language
};

struct ArticleSort
{
    ArticleSortColumn column = ArticleSortColumn::Updated;
    Qt::SortOrder order = Qt::DescendingOrder;
    // By a date, articles of the same time (translations published
    // together) list this language first; empty: by id alone.
    QString preferredLanguage = {};
};

// The one owner of a library file's connection. Every write runs in one
// transaction; every failure comes back as a readable error, and a file that
// is not a Lectern library, is damaged or is newer than this program is
// refused without being written.
class LibraryStore final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryStore)

public:
    // The newest library format this program writes: the number of the last
    // migration compiled in (resources/migrations/NNNN_*.sql).
    static int schemaVersion();
    static constexpr qint32 applicationId = 1280590670; // 'LECN'

    // Opens an existing library, upgrading its schema if it is older (after
    // keeping a copy of the file beside it).
    static Result<std::unique_ptr<LibraryStore>> open(const QString &path);
    // Creates a new, empty library; refuses to touch an existing file.
    static Result<std::unique_ptr<LibraryStore>> create(const QString &path);
    // For tests: a private library in memory.
    static Result<std::unique_ptr<LibraryStore>> createInMemory();

    ~LibraryStore();
    Q_DISABLE_COPY_MOVE(LibraryStore)

    QString path() const { return m_path; }
    // Where open() kept the file before the last upgrade, or empty.
    QString upgradeBackupPath() const { return m_backupPath; }

    // Articles. saveArticle inserts a new article (empty uuid: one is made) or
    // updates an existing one, keeping the previous version as a revision.
    Result<Article> saveArticle(const Article &article);
    Result<Article> article(const QString &uuid) const;
    Result<QList<ArticleSummary>> articles(const ArticleFilter &filter = {}) const;
    Result<int> articleCount(const ArticleFilter &filter = {}) const;
    // One page of the list, sorted in SQL and paged by key: the rows after
    // `after` (the last row of the previous page), so every page costs the
    // same however deep the list is scrolled.
    Result<QList<ArticleSummary>> articlePage(const ArticleFilter &filter, const ArticleSort &sort,
                                              const ArticleSummary *after, int limit) const;
    Status trashArticle(const QString &uuid);
    Status restoreArticle(const QString &uuid);
    Status deleteArticlePermanently(const QString &uuid);
    Result<QStringList> categories() const;
    // Live articles per status key, per category and per tag, for the sidebar.
    Result<QList<QPair<QString, int>>> statusCounts() const;
    Result<QList<QPair<QString, int>>> categoryCounts() const;
    Result<QList<QPair<QString, int>>> tagCounts() const;
    Result<QStringList> tags() const;
    // Whether any live article has a tag (one index seek; the list waits).
    Result<bool> hasTags() const;
    // Other-language versions of an article (same translation group).
    Result<QList<ArticleSummary>> translations(const QString &uuid) const;

    Result<QList<RevisionInfo>> articleRevisions(const QString &uuid) const;
    Result<Article> articleRevision(qint64 revisionId) const;

    // Universities, with the same save/revision/trash behaviour.
    Result<University> saveUniversity(const University &university);
    Result<University> university(const QString &uuid) const;
    Result<QList<University>> universities(const QString &country = {}) const;
    Result<QStringList> countries() const;
    Status trashUniversity(const QString &uuid);
    Status restoreUniversity(const QString &uuid);
    Result<QList<RevisionInfo>> universityRevisions(const QString &uuid) const;
    Result<QList<ArticleSummary>> articlesMentioning(const QString &universityUuid) const;

    // Manual related articles of an article, in order.
    Status setRelatedLinks(const QString &uuid, const QList<RelatedLink> &links);
    Result<QList<RelatedLink>> relatedLinks(const QString &uuid) const;

    // The curated "Recommended reading" list, in order.
    Status setRecommendedReading(const QStringList &articleUuids);
    Result<QList<ArticleSummary>> recommendedReading() const;

    // --- Home's featured articles (app/core/featuredstore.cpp) ---
    // Pinned by editors, in their order; articles in the trash are not
    // returned but keep their place for a restore.
    Result<QList<ArticleSummary>> featuredArticles() const;
    Result<bool> isFeatured(const QString &uuid) const;
    // Pins an article last (keeping its place if pinned already) or unpins it.
    Status setFeatured(const QString &uuid, bool featured);
    // --- end of featured articles ---

    // --- Reading lists (app/core/related/readingliststore.cpp) ---
    // Named, ordered lists; the first one is the list above. Articles in the
    // trash are not returned but keep their place for a restore.
    Result<QList<ReadingList>> readingLists() const;
    Result<ReadingList> createReadingList(const QString &name);
    Status renameReadingList(qint64 listId, const QString &name);
    Status deleteReadingList(qint64 listId); // not the first (recommended) list
    Status setReadingListItems(qint64 listId, const QStringList &articleUuids);
    Result<QList<ArticleSummary>> readingListItems(qint64 listId) const;
    // --- end of reading lists ---

    // --- Import and exchange (app/core/import/importstore.cpp) ---
    // Unlike the methods above these begin no transaction: the caller holds
    // one (lectern::Transaction on database()), so that one imported file, or
    // one whole merge, is written completely or not at all.
    // Inserts or updates like saveArticle (the previous version becomes a
    // revision); keepTimes keeps the article's own created/updated times.
    Result<Article> writeArticleInTransaction(const Article &article, bool keepTimes = false);
    // Replaces an article's manual related links, in order.
    Status writeRelatedLinksInTransaction(qint64 articleId, const QList<RelatedLink> &links);
    Status storeMediaInTransaction(const MediaItem &item);
    // The live article an earlier import made from this origin (canonical
    // URL or file path) or these exact bytes; empty when there is none.
    Result<QString> importedArticle(const QString &origin, const QString &contentSha256) const;
    Status recordImportInTransaction(const QString &uuid, const QString &origin,
                                     const QString &contentSha256);
    // A version of an article kept in its history without becoming current.
    Status addArticleRevisionInTransaction(const QString &uuid, const Article &snapshot,
                                           const QDateTime &saved);
    // When the article went to the trash; invalid while it is live.
    Result<QDateTime> articleTrashedTime(const QString &uuid) const;
    Status setArticleTrashedInTransaction(const QString &uuid, const QDateTime &trashed);
    // Every article (trash included) changed at or after `since` (all when invalid).
    Result<QStringList> articleUuidsChangedSince(const QDateTime &since) const;
    // Inserts a university with its own uuid and times if it is not here yet.
    Status addUniversityIfMissingInTransaction(const University &university);
    Result<bool> hasMedia(const QString &sha256) const;
    // Adds after the article's own related links those it lacks (links to
    // articles not here, or to itself, are left out); returns how many.
    Result<int> addRelatedLinksInTransaction(const QString &uuid, const QList<RelatedLink> &links);
    // Appends articles to the recommended-reading list unless already in it;
    // returns how many.
    Result<int> addToRecommendedReadingInTransaction(const QStringList &articleUuids);
    // --- end of import and exchange ---

    // --- Editing: saves from the editor page and the recovery area
    // (app/core/editing/recoverystore.cpp; the types are in editing/articleedit.h) ---
    // Saves the article (a revision of the previous version, the search index
    // entry), its related links and its place in recommended reading, and
    // clears its recovery entry: all in one transaction.
    Result<Article> saveArticleEdit(const ArticleEdit &edit);
    Result<bool> isRecommended(const QString &uuid) const;
    // Unsaved work, written by autosave; never a revision. kind: "article" or
    // "university" (one entry per item, replaced on each write).
    Status saveRecovery(const QString &kind, const QString &uuid, const QJsonObject &snapshot);
    Status clearRecovery(const QString &kind, const QString &uuid);
    Result<QList<RecoveryEntry>> recoveryEntries() const; // newest first
    // --- end of editing ---

    // --- History and trash (app/core/history/historystore.cpp) ---
    Result<University> universityRevision(qint64 revisionId) const;
    // Articles and universities in the trash, most recently trashed first.
    Result<QList<TrashedItem>> trashedItems() const;
    Result<int> trashCount() const; // articles and universities
    Status deleteUniversityPermanently(const QString &uuid);
    // Several items at once, in one transaction: all or none.
    Status restoreFromTrash(const QList<TrashedItem> &items);
    Status deletePermanently(const QList<TrashedItem> &items);
    // Deletes every article and university in the trash; returns how many.
    Result<int> emptyTrash();
    // --- end of history and trash ---

    // Images and other files, stored once by content hash.
    Result<QString> addMedia(const QByteArray &data, const QString &mime);
    Result<MediaItem> media(const QString &sha256) const;

    // Full-text search; see SearchQuery for the syntax.
    Result<QList<SearchHit>> search(const QString &query, int limit = 20) const;

    // The underlying connection, for the benchmark tool and tests that need
    // to run raw SQL beside the store.
    QSqlDatabase database() const { return m_db; }

private:
    LibraryStore(QSqlDatabase db, QString path);
    static Result<std::unique_ptr<LibraryStore>> connect(const QString &path, bool create);
    Status prepareConnection();
    Status migrate();

    Result<int> countMatches(const QString &expression, int cap) const;
    Result<qint64> articleId(const QString &uuid, bool includeTrash = false) const;
    Result<qint64> universityId(const QString &uuid, bool includeTrash = false) const;
    Result<Article> loadArticle(qint64 id) const;
    Status writeArticleLinks(qint64 id, const Article &article);
    Status removeFromIndex(qint64 id);
    Status addToIndex(qint64 id);
    Result<QList<ArticleSummary>> summaries(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;

    // --- Log checkpoints off the GUI thread (app/core/walcheckpointer.cpp) ---
    void startWalCheckpointer();
    std::shared_ptr<WalCheckpointer> m_checkpointer; // null for a library in memory
    // --- end of log checkpoints ---
};

} // namespace lectern
