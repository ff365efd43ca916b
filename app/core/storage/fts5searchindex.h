#pragma once

// SearchIndex on a library file: FTS5's article_search table with the
// "lectern" tokenizer (fts5tokenizer.h), bm25 ranking, and the
// related_terms / related_vectors tables (termvectorstore.h).
#include "searchindex.h"

namespace lectern {

class Fts5SearchIndex final : public SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(LibraryStore)

public:
    explicit Fts5SearchIndex(const LibraryStore &store)
        : m_store(store)
    {
    }

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
    Result<int> countMatches(const QString &expression, int cap) const;

    const LibraryStore &m_store;
};

} // namespace lectern
