#pragma once

// Each article's words and how often it uses them, kept in the library
// (schema 9) beside the number of articles that use each word, so that the
// related-articles engine can compare an article with its candidates word for
// word (app/core/related/relatedengine.cpp) without reading their text.
//
// related_terms holds every word of the articles in the search index with the
// number of those articles that contain it; related_vectors holds, for each
// of those articles, its words (as related_terms ids) with their weights and
// the length of its vector. The store keeps both in step with the search
// index (storage/termvectorstore.h): a vector is added when an article
// enters the index and removed before it leaves, in the same transaction.
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace lectern {

// An article's words, exactly as the search index has them, each weighted by
// where it occurs: three for each use in the title, two in the summary, one in
// the text.
struct TextVector
{
    QHash<QByteArray, int> weights;
    // √Σ (1 + ln weight)² over every word: the vector's length with damped
    // counts and no document frequencies, so it never goes stale as the
    // library grows.
    double length = 0;
};

TextVector textVector(const QString &title, const QString &summary, const QString &body);

// A count as it weighs in a comparison: the tenth use of a word says less
// than the second.
double dampedWeight(int weight);

// A stored vector: word ids of related_terms with their weights, by id.
struct StoredVector
{
    double length = 0;
    QList<std::pair<qint64, int>> terms;
};

QByteArray encodeTerms(const QList<std::pair<qint64, int>> &terms);
QList<std::pair<qint64, int>> decodeTerms(const QByteArray &blob);

} // namespace lectern
