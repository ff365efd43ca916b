#pragma once

#include <QByteArray>
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

// The words that could tell what an article is about, heaviest first: every
// indexed word except single characters, bare numbers and the most common
// function words of English, Ukrainian and Chinese (whose document counts
// would be expensive to look up and are useless for relevance anyway).
QList<ArticleTerm> articleTerms(const QString &title, const QString &summary, const QString &body);

// An FTS5 query for exactly this indexed term.
QString termMatchExpression(const QByteArray &term);

} // namespace lectern
