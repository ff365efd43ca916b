#pragma once

// What a library's full-text index answers: searches, and the evidence the
// related-articles engine (related/relatedengine.h) scores. One
// implementation per engine, its SQL with it: FTS5 in a library file
// (fts5searchindex.cpp); a server's index fed by the same tokenizer
// (searchtokenizer.h) next. Scoring stays in RelatedEngine, so that both
// engines rank alike.
#include "librarystore.h"
#include "related/termvectors.h"
#include "related/wordsimilarity.h"

#include <QHash>
#include <QSet>

namespace lectern {

// The article related articles are looked for.
struct RelatedSubject
{
    qint64 id = 0;
    QString title;
    QString summary;
    QString body;
    QString language;
    QString translationGroup;
    QString category;
    bool live = false; // not in the trash
};

// What two articles can share besides words.
enum class Facet
{
    Tags,
    Universities // live universities only
};

// A tag or a university an article carries, with how many articles carry it
// (counted up to 100,000).
struct FacetItem
{
    qint64 id = 0;
    QString name;
    int carriers = 0;
};

// What the related list shows of a candidate.
struct CandidateFacts
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString language;
    QString category;
    QString translationGroup;
    QDateTime when; // published, else updated
    bool live = false;
    bool published = false; // only read when asked for
};

class SearchIndex
{
public:
    virtual ~SearchIndex() = default;

    // --- Keeping the index (inside the transaction that changes the article) ---
    // Indexes a live article as it is now; remove() before it changes.
    virtual Status add(qint64 article) = 0;
    virtual Status remove(qint64 article) = 0;

    // Full-text search; see SearchQuery for the syntax.
    virtual Result<QList<SearchHit>> search(const QString &query, int limit) const = 0;
    // The condition "a.id is among the articles the query finds" over
    // "articles a", its values appended to `values`; empty when the query has
    // no words.
    virtual Result<QString> matchingCondition(const QString &query, QVariantList &values) const = 0;

    // What is wrong with the index, in words (empty when it is sound): an
    // article missing from it or in it from the trash, an entry that is not
    // its article as it is now.
    virtual Result<QStringList> problems() const = 0;

    // --- Evidence for related articles (RelatedEngine) ---
    virtual Result<RelatedSubject> subject(const QString &uuid) const = 0;
    // Live articles in the index, and those of one language.
    virtual Result<double> indexedArticles() const = 0;
    virtual Result<double> indexedArticlesIn(const QString &language) const = 0;
    // Each word's id and the number of indexed articles that use it (words
    // no article uses are left out).
    virtual Result<QHash<QByteArray, WordStats>>
    wordStats(const QList<QByteArray> &words) const = 0;
    // The `count` articles that best match the weighted OR of the words, as
    // BM25 scores them (title ×3, summary and tags ×2, text ×1), best first;
    // each word's list of articles is read up to `perWord` long.
    virtual Result<QList<qint64>> bestMatches(const QList<std::pair<QByteArray, double>> &words,
                                              int perWord, int count) const = 0;
    // The tags (or universities) of an article, in its order.
    virtual Result<QList<FacetItem>> facets(Facet facet, qint64 article) const = 0;
    // The newest live articles but `except` that carry the item.
    virtual Result<QList<qint64>> recentCarriers(Facet facet, qint64 item, qint64 except,
                                                 int limit) const = 0;
    // Which of the items each of the articles carries.
    virtual Result<QHash<qint64, QSet<qint64>>> carried(Facet facet, const QList<qint64> &articles,
                                                        const QList<qint64> &items) const = 0;
    // Live or trashed articles' ids by uuid (unknown uuids are left out).
    virtual Result<QHash<QString, qint64>> articleIds(const QStringList &uuids) const = 0;
    // In no particular order; unknown ids are left out.
    virtual Result<QList<CandidateFacts>> candidateFacts(const QList<qint64> &ids,
                                                         bool withStatus) const = 0;
    // The stored word vectors (termvectors.h) of the articles that have one.
    virtual Result<QHash<qint64, StoredVector>> storedVectors(const QList<qint64> &ids) const = 0;
    // --- end of evidence ---
};

} // namespace lectern
