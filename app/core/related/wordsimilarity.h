#pragma once

// An article compared with others word for word, over every word of both
// (see RelatedEngine for where it fits).
#include "termvectors.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <functional>

namespace lectern {

struct WordStats
{
    qint64 id = 0;
    int documents = 0; // indexed articles that use the word
};

class WordProfile final
{
public:
    // The article's `maxTerms` heaviest words (by weight, the longer word
    // first on a tie) with their library-wide counts; `documents` is the
    // number of indexed articles.
    // `lookup` gives the library-wide counts of words (the search index's).
    using Lookup =
        std::function<Result<QHash<QByteArray, WordStats>>(const QList<QByteArray> &words)>;
    static Result<WordProfile> of(const Lookup &lookup, const TextVector &vector, double documents,
                                  int maxTerms);

    // The counts of one of the article's words (documents 0: no indexed
    // article uses it, or it is beyond the heaviest maxTerms).
    WordStats stats(const QByteArray &term) const { return m_byTerm.value(term); }
    QByteArray term(qint64 id) const { return m_termOf.value(id); }
    double documents() const { return m_documents; }

    struct SharedWord
    {
        qint64 id = 0;
        double share = 0; // of the score
        int mine = 0;     // its weight in this article
        int theirs = 0;   // and in the other
        double idf2 = 0;  // its rarity, squared
    };
    struct Match
    {
        double score = 0;         // relative to the article's own: 1 for a copy of it
        QList<SharedWord> shared; // every word both use, by ascending id
        bool shares(qint64 id) const;
    };
    Match compare(const StoredVector &other) const;

private:
    double m_meanIdf2 = 0; // of its words, weighted by their damped counts
    double m_documents = 1;
    double m_ownScore = 0;
    QHash<QByteArray, WordStats> m_byTerm;
    QHash<qint64, QByteArray> m_termOf;
    struct Weighted
    {
        qint64 id;
        double weighted; // damped weight × idf²
        int weight;
        double idf2;
        bool operator<(const Weighted &other) const { return id < other.id; }
    };
    // By ascending id: compared with a stored vector (also by id) in one merge.
    QList<Weighted> m_weights;
};

} // namespace lectern
