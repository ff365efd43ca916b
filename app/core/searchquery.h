#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lectern {

// The search box's language: words (all must match), "quoted phrases",
// -word or -"phrase" to exclude, and the filters lang:, status:, tag:,
// author: and category: (values may be quoted: tag:"belt and road").
struct SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    QStringList terms; // words and phrases that must all match
    QStringList excluded;
    QString language;
    QString status;
    QStringList tags;
    QString author;
    QString category;

    static SearchQuery parse(const QString &text);
    bool isEmpty() const;
    enum Scope
    {
        AllText,   // words match in the title, summary, body, tags, author or category
        TitleFirst // words match in the title only; empty when there are no words
    };
    // The FTS5 MATCH expression over the article_search table, or an error
    // naming what in the query cannot be used. Empty when nothing to match.
    Result<QString> matchExpression(Scope scope = AllText) const;
    // The words to highlight in a text.
    QStringList highlightTerms() const { return terms; }
};

} // namespace lectern
