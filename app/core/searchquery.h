#pragma once

#include "result.h"
#include "searchtokenizer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lectern {

// One word or phrase of a search.
struct SearchTerm
{
    QString text;
    TermForm form = TermForm::Inflected;

    friend bool operator==(const SearchTerm &, const SearchTerm &) = default;
};

// The search box's language: words (all must match, in any inflection),
// "quoted phrases" (exactly as written), stud* (words beginning so),
// -word or -"phrase" to exclude, and the filters lang:, status:, tag:,
// author: and category: (values may be quoted: tag:"belt and road").
struct SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    // What one search may hold. Each term costs a walk through the index, and
    // the time grows with their number (a query of 1,000 words took a minute
    // at 100,000 articles); these bounds keep every accepted query well under
    // a second there (lectern-bench search-limits, docs/benchmarks.md).
    static constexpr int maxTerms = 64;  // different words, phrases and filter values
    static constexpr int maxWords = 128; // words in them all (a Chinese pair counts one)
    static constexpr int maxCharacters = 2000;
    // A prefix stands for every word it begins, whose lists FTS5 merges
    // before anything else: co* alone takes 0.5 s at 100,000 articles, con*
    // 0.1 s, four two-letter prefixes 8 s (docs/benchmarks.md).
    static constexpr int shortestPrefix = 3; // letters before the * of a prefix
    static constexpr int maxPrefixes = 4;

    QList<SearchTerm> terms; // words and phrases that must all match, each once
    QList<SearchTerm> excluded;
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
    // naming what in the query cannot be used (an unknown status, a query
    // past the bounds above). Empty when nothing to match.
    Result<QString> matchExpression(Scope scope = AllText) const;
    // The words and phrases to highlight in a text, as typed (the reader
    // marks words that begin with them: "student" marks "students", but an
    // inflection that changes the stem, Києві for Київ, is not marked).
    QStringList highlightTerms() const
    {
        QStringList texts;
        for (const SearchTerm &term : terms)
            texts.append(term.text);
        return texts;
    }

private:
    int m_characters = 0; // of the text parsed
};

} // namespace lectern
