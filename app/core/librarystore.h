#pragma once

#include "article.h"
#include "result.h"
#include "university.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace lectern {

struct SearchHit
{
    QString uuid;
    QString title;
    QString snippet; // HTML-escaped text with <b>…</b> around the matches
    double score = 0; // higher is better
};

struct RevisionInfo
{
    qint64 id = 0;
    QDateTime saved;
    qint64 size = 0; // bytes of the snapshot
};

enum class RelatedMode { Link, Pinned, Excluded };

struct RelatedLink
{
    QString uuid;
    RelatedMode mode = RelatedMode::Link;

    bool operator==(const RelatedLink &) const = default;
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
    bool trash = false; // the trash instead of the live articles
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
    Status trashArticle(const QString &uuid);
    Status restoreArticle(const QString &uuid);
    Status deleteArticlePermanently(const QString &uuid);
    Result<QStringList> categories() const;
    Result<QStringList> tags() const;
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
};

} // namespace lectern
