#pragma once

// SearchIndex on a team library: each live article's words as Lectern's own
// tokenizer makes them (searchtokenizer.h, the words FTS5 holds in a file)
// in two tsvectors with GIN indexes (article_search: `document` holds title,
// summary, tags and text as the weights A–D, `byline` author, category,
// language and status), and the word vectors of related articles
// (termvectorstore.h, shared with files). Searches find their articles
// through the GIN indexes and are ranked by FTS5's bm25, computed by Lectern
// from the positions (serverbm25.h), so that both engines rank alike.
#include "searchindex.h"

namespace lectern {

class ServerSearchIndex final : public SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(LibraryStore)

public:
    explicit ServerSearchIndex(const LibraryStore &store)
        : m_store(store)
    {
    }

    struct IndexedText
    {
        QString document; // tsvector texts
        QString byline;
        int length = 0; // words in all eight columns, as FTS5 counts a row's size
    };
    // Positions run on from one column to the next, one apart, so that no
    // phrase spans two; PostgreSQL keeps them up to 16383 and 256 per word.
    static IndexedText indexedText(const QStringList &documentColumns,
                                   const QStringList &bylineColumns);

    Status add(qint64 article) override;
    Status remove(qint64 article) override;
    Result<QList<SearchHit>> search(const QString &query, int limit) const override;
    Result<QString> matchingCondition(const QString &query, QVariantList &values) const override;
    Result<QStringList> problems() const override;

    Result<RelatedSubject> subject(const QString &uuid) const override;
    Result<double> indexedArticles() const override;
    Result<double> indexedArticlesIn(const QString &language) const override;
    Result<QHash<QByteArray, WordStats>> wordStats(const QList<QByteArray> &words) const override;
    Result<QList<qint64>> bestMatches(const QList<std::pair<QByteArray, double>> &words,
                                      int perWord, int count) const override;
    Result<QList<FacetItem>> facets(Facet facet, qint64 article) const override;
    Result<QList<qint64>> recentCarriers(Facet facet, qint64 item, qint64 except,
                                         int limit) const override;
    Result<QHash<qint64, QSet<qint64>>> carried(Facet facet, const QList<qint64> &articles,
                                                const QList<qint64> &items) const override;
    Result<QHash<QString, qint64>> articleIds(const QStringList &uuids) const override;
    Result<QList<CandidateFacts>> candidateFacts(const QList<qint64> &ids,
                                                 bool withStatus) const override;
    Result<QHash<qint64, StoredVector>> storedVectors(const QList<qint64> &ids) const override;

private:
    Result<QList<qint64>> newestMatches(const QString &condition, const QVariantList &values,
                                        qint64 newerThan, int limit) const;

    const LibraryStore &m_store;
};

} // namespace lectern
