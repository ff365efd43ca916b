#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace lectern {

// A word of an article as the search index stores it (the "lectern"
// tokenizer: case-folded words, Chinese as character pairs), with how much it
// weighs in the article: occurrences, counted more in the title and summary.
struct ArticleTerm
{
    QByteArray term; // UTF-8, exactly as indexed
    double weight = 0;
};

// Of an article's weighted words (TextVector::weights), those that could tell
// what it is about (isTellingTerm), heaviest first.
QList<ArticleTerm> tellingTerms(const QHash<QByteArray, int> &weights);

// Whether a word can tell what an article is about: not a single character,
// a bare number or one of the most common function words (of English,
// Ukrainian and Chinese).
bool isTellingTerm(const QByteArray &term);

// An FTS5 query for exactly this indexed term.
QString termMatchExpression(const QByteArray &term);

} // namespace lectern
