#pragma once

#include "article.h"
#include "librarylocation.h"
#include "result.h"
#include "university.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase; // the connection, inside app/core/storage only

namespace lectern {

struct SearchQuery;
class LibraryWriter;     // librarywriter.h
class SearchIndex;       // searchindex.h
class Fts5SearchIndex;   // fts5searchindex.h
class RawSql;            // rawsql.h: tests and the benchmark tool only
enum class BackupReason; // storage/librarybackups.h
struct ArticleEdit;      // editing/articleedit.h
struct RecoveryEntry;    // editing/articleedit.h
class WalCheckpointer;   // walcheckpointer.h

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

// An article or a university in the trash (historystore.cpp).
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

// What an earlier import left of a page: its live article and the hash of
// the bytes that article was made from (librarywriter.cpp).
struct ImportRecord
{
    QString uuid; // empty: the page was not imported before
    QString contentSha256;
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

// What `lectern check` and File › Check Library report.
struct LibraryCheck
{
    bool intact = false;
    QStringList problems; // in words; empty when intact
    QStringList details;  // SQLite's own report lines, for whoever repairs it
};

// How LibraryStore::open() opens a library file.
struct LibraryOpenOptions
{
    bool readOnly = false; // read even what could be written
    // A library on a network file system (NFS, SMB…) opens read-only unless
    // the user allowed writing, having been told that two computers writing to
    // it can damage it (SQLite's locks and log do not work between computers).
    bool allowNetworkFileSystem = false;
    // What opening is doing or waiting for (another program upgrading, a copy
    // before an upgrade), for a progress line; returning false stops a wait.
    std::function<bool(const QString &message)> progress;
    // How long to wait for other programs before an upgrade can run alone.
    int lockWaitMs = 120'000;
};

// Why a library cannot be written.
enum class ReadOnlyReason
{
    None,
    Requested,         // LibraryOpenOptions::readOnly
    Storage,           // the file, its folder or its file system is read-only
    NetworkFileSystem, // see LibraryOpenOptions::allowNetworkFileSystem
    ServerRole         // a team library whose server lets this user only read
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
    // keeping a copy of it, LibraryBackups). A library on read-only storage
    // opens read-only: reading works, every write fails with ReadOnly.
    static Result<std::unique_ptr<LibraryStore>> open(const QString &path,
                                                      const LibraryOpenOptions &options = {});
    // open() without the connection: checks the file and upgrades it if it
    // is older, for a thread that must not hold up the window while it runs.
    static Status prepare(const QString &path, const LibraryOpenOptions &options = {});
    // Whether open() would upgrade the file (a quick look; no checks).
    static bool needsUpgrade(const QString &path);
    // Creates a new, empty library; refuses to touch an existing file.
    static Result<std::unique_ptr<LibraryStore>> create(const QString &path);
    // For tests: a private library in memory.
    static Result<std::unique_ptr<LibraryStore>> createInMemory();
    // A library file (as open() above) or a team library on a PostgreSQL
    // server (server/serverstore.cpp), which an administrator made first
    // (ServerLibrary::initialise). A team library whose server lets this
    // user only read opens read-only (ServerRole).
    static Result<std::unique_ptr<LibraryStore>> open(const LibraryLocation &location,
                                                      const LibraryOpenOptions &options = {});

    ~LibraryStore();
    Q_DISABLE_COPY_MOVE(LibraryStore)

    // Another connection to the same library, for a worker thread (a search,
    // an import, a merge): made by the store, never by opening the path again
    // (which would inspect and perhaps upgrade it). Use it on one thread only.
    // A library in memory has none (InvalidInput).
    Result<std::unique_ptr<LibraryStore>> openWorkerConnection() const;

    QString path() const { return m_path; }
    // Where the library is, as the recent-library list and messages name it:
    // a file today; a server address for a team library.
    LibraryLocation location() const
    {
        return m_server ? *m_server : LibraryLocation::file(m_path);
    }
    bool isTeamLibrary() const { return m_server.has_value(); }
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }
    // Where open() kept the file before the last upgrade, or empty.
    QString upgradeBackupPath() const { return m_backupPath; }
    // --- Backups and checks (librarymaintenance.cpp) ---
    // A consistent copy of the library now, kept with its automatic backups
    // (LibraryBackups); an error says why none was made (DiskFull: no room).
    Result<QString> backUp(BackupReason reason) const;
    // PRAGMA integrity_check and foreign_key_check, told in words.
    Result<LibraryCheck> check() const;
    // Puts a backup's contents in place of the library at `libraryPath`,
    // through SQLite (the online backup API into the library, holding it
    // alone), after keeping the library as it is as a backup too. Refused
    // while any program — this one included — has the library open, and for
    // a file that is not an intact Lectern library this version can read.
    static Status restore(const QString &libraryPath, const QString &backupPath,
                          const LibraryOpenOptions &options = {});
    // --- end of backups and checks ---

    // Whether writes are refused, and why, in words ("the file, its folder or
    // its disk is read-only"); empty when the library can be written.
    bool isReadOnly() const { return m_mode.isReadOnly(); }
    ReadOnlyReason readOnlyKind() const { return m_mode.readOnly; }
    QString readOnlyReason() const;

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

    // --- Home's featured articles (featuredstore.cpp) ---
    // Pinned by editors, in their order; articles in the trash are not
    // returned but keep their place for a restore.
    Result<QList<ArticleSummary>> featuredArticles() const;
    Result<bool> isFeatured(const QString &uuid) const;
    // Pins an article last (keeping its place if pinned already) or unpins it.
    Status setFeatured(const QString &uuid, bool featured);
    // --- end of featured articles ---

    // --- Reading lists (readingliststore.cpp) ---
    // Named, ordered lists; the first one is the list above. Articles in the
    // trash are not returned but keep their place for a restore.
    Result<QList<ReadingList>> readingLists() const;
    Result<ReadingList> createReadingList(const QString &name);
    Status renameReadingList(qint64 listId, const QString &name);
    Status deleteReadingList(qint64 listId); // not the first (recommended) list
    Status setReadingListItems(qint64 listId, const QStringList &articleUuids);
    Result<QList<ArticleSummary>> readingListItems(qint64 listId) const;
    // --- end of reading lists ---

    // --- Writes that must be atomic (librarywriter.h) ---
    // Runs `work` in one transaction, which takes the write lock at once: what
    // it writes through the writer is committed together when it succeeds, and
    // nothing is when it fails (or throws). Reads on this store inside `work`
    // see what it wrote. Not reentrant.
    Status write(const std::function<Status(LibraryWriter &)> &work);
    // --- end of atomic writes ---

    // --- Editing: saves from the editor page and the recovery area
    // (recoverystore.cpp; the types are in editing/articleedit.h) ---
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

    // --- History and trash (historystore.cpp) ---
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

    // --- Publishing (publishstore.cpp) ---
    // Every live published article, whole (tags and universities included),
    // by id: what a published site shows, read in three statements instead
    // of three per article.
    Result<QList<Article>> publishedArticles() const;
    // --- end of publishing ---

    // Images and other files, stored once by content hash.
    Result<QString> addMedia(const QByteArray &data, const QString &mime);
    Result<MediaItem> media(const QString &sha256) const;

    // Full-text search; see SearchQuery for the syntax.
    Result<QList<SearchHit>> search(const QString &query, int limit = 20) const;

    // The full-text index and the evidence related articles are scored by
    // (FTS5 in a library file).
    const SearchIndex &searchIndex() const;

    // When the article went to the trash; invalid while it is live.
    Result<QDateTime> articleTrashedTime(const QString &uuid) const;
    // Every article (trash included) changed at or after `since` (all when invalid).
    Result<QStringList> articleUuidsChangedSince(const QDateTime &since) const;
    Result<bool> hasMedia(const QString &sha256) const;

private:
    friend class LibraryWriter;
    friend class Fts5SearchIndex;
    friend class ServerSearchIndex;
    friend class RawSql;

    // --- What LibraryWriter offers (librarywriter.cpp) ---
    // Unlike the public writes these begin no transaction: they join the one
    // write() holds, so that one imported file, or one whole merge, is
    // written completely or not at all.
    // Inserts or updates like saveArticle (the previous version becomes a
    // revision); keepTimes keeps the article's own created/updated times.
    Result<Article> writeArticleInTransaction(const Article &article, bool keepTimes = false);
    // Replaces an article's manual related links, in order.
    Status writeRelatedLinksInTransaction(qint64 articleId, const QList<RelatedLink> &links);
    Status storeMediaInTransaction(const MediaItem &item);
    // The live article an earlier import made from this page: by its
    // identity (the file's path), else by these exact bytes, else by
    // `legacyOrigin` (libraries before format 7 kept a page's canonical URL
    // as its identity). Ask inside the transaction that writes the import:
    // identities are unique among live articles, so asking and inserting
    // must be one step.
    Result<ImportRecord> importedArticle(const QString &identity, const QString &contentSha256,
                                         const QString &legacyOrigin = {}) const;
    Status recordImportInTransaction(const QString &uuid, const QString &identity,
                                     const QString &contentSha256);
    // A version of an article kept in its history without becoming current.
    Status addArticleRevisionInTransaction(const QString &uuid, const Article &snapshot,
                                           const QDateTime &saved);
    Status setArticleTrashedInTransaction(const QString &uuid, const QDateTime &trashed);
    // Inserts a university with its own uuid and times if it is not here yet.
    Status addUniversityIfMissingInTransaction(const University &university);
    // Adds after the article's own related links those it lacks (links to
    // articles not here, or to itself, are left out); returns how many.
    Result<int> addRelatedLinksInTransaction(const QString &uuid, const QList<RelatedLink> &links);
    // Appends articles to the recommended-reading list unless already in it;
    // returns how many.
    Result<int> addToRecommendedReadingInTransaction(const QStringList &articleUuids);
    // --- end of what LibraryWriter offers ---

    // The connection (storeutil.h has the statements' helpers).
    const QSqlDatabase &db() const { return *m_connection; }

    struct ConnectionMode
    {
        ReadOnlyReason readOnly = ReadOnlyReason::None;
        QString networkFileSystem; // its type, when on one
        bool immutable = false;    // read-only storage and no log: SQLite's immutable=1
        bool worker = false;       // a second connection (no checkpointer, no upgrade)
        bool isReadOnly() const { return readOnly != ReadOnlyReason::None; }
    };

    struct Preparation
    {
        ConnectionMode mode;
        QString backup; // made before an upgrade
    };
    static Result<Preparation> prepareFile(const QString &path, const LibraryOpenOptions &options);

    LibraryStore(QString path, ConnectionMode mode);
    static Result<std::unique_ptr<LibraryStore>> connect(const QString &path,
                                                         const ConnectionMode &mode, bool create);
    static QString readOnlyText(const ConnectionMode &mode);
    static Result<std::unique_ptr<LibraryStore>> connectServer(const LibraryLocation &location,
                                                               const ConnectionMode &mode);
    Status prepareConnection();
    Status migrate();

    // Autosave's copy of an item goes with the save that supersedes it.
    Status clearRecoveryInTransaction(const QString &kind, const QString &uuid);
    Result<qint64> articleId(const QString &uuid, bool includeTrash = false) const;
    Result<qint64> universityId(const QString &uuid, bool includeTrash = false) const;
    Result<Article> loadArticle(qint64 id) const;
    Status writeArticleLinks(qint64 id, const Article &article);
    Status removeFromIndex(qint64 id);
    Status addToIndex(qint64 id);
    Result<QList<ArticleSummary>> summaries(const QString &sql, const QVariantList &values) const;

    std::unique_ptr<QSqlDatabase> m_connection;
    bool m_writing = false; // inside write()
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    ConnectionMode m_mode;
    std::unique_ptr<SearchIndex> m_searchIndex; // the engine's
    std::optional<LibraryLocation> m_server;    // of a team library
    bool m_registered = false;                  // in LiveLibraries while open

    // --- Log checkpoints off the GUI thread (walcheckpointer.cpp) ---
    void startWalCheckpointer();
    std::shared_ptr<WalCheckpointer> m_checkpointer; // null for a library in memory
    // --- end of log checkpoints ---
};

} // namespace lectern
