#pragma once

#include "librarystore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

// One suggested article and why it was suggested.
struct RelatedSuggestion
{
    QString uuid;
    QString title;
    QString language;
    double score = 0;    // higher is more related; manual links rank above all
    bool manual = false; // chosen by an editor (RelatedMode::Link or Pinned)
    bool pinned = false;
    QStringList reasons; // short translated phrases: "shares tags: visa, Kazakhstan"
    QString explanation; // the reasons as one line: "shares tags: … · similar text: …"
};

struct RelatedResult
{
    QList<RelatedSuggestion> suggestions; // manual links first, in the editor's order
    QList<ArticleSummary> translations;   // the same article in other languages, never above
    // "Also in: 中文 · Українська", or empty when there are no translations.
    QString alsoIn() const;
};

// How the relevance engine weighs its evidence. The defaults are what the
// benchmark (lectern-bench related) measured; tests may narrow them.
struct RelatedOptions
{
    int shortlist = 40;  // the article's heaviest words whose document counts are looked up
    int queryTerms = 30; // the most distinctive of them, searched for
    double maxDocumentShare = 0.1; // a word in more of the library than this is not distinctive
    int minDocumentLimit = 40;  // …but small libraries may still use words in this many articles
    int maxDocumentLimit = 250; // and large ones never read longer lists than this
    int perTagCandidates = 30;  // most recent articles taken for each shared tag or university
    // Only published articles are suggested (a published site's lists).
    bool publishedOnly = false;
    // "Recent" is measured from this time (invalid: now). A site fixes it
    // so that publishing the same library twice gives the same lists.
    QDateTime now;
    int textCandidates = 80;    // best BM25 matches compared word for word
    int maxArticleTerms = 1000; // the article's heaviest words it is compared by
    // Product preferences on top of the evidence; the quality benchmark turns
    // them off to measure the text similarity alone.
    double otherLanguageFactor = 0.6;
    bool preferRecent = true;
    // A suggestion needs this much evidence (1 = a copy; text alone: a
    // cosine of 0.04), and something to say: a telling shared word, a tag or
    // a university.
    double minimumScore = 0.2;
    bool explainedOnly = true;
    // One language version of each other article (the best-scored one).
    bool oneVersionEach = true;
};

// Related articles for reading and editing. Everything is computed when asked,
// from the live tables and the search index, so edits, the trash, restores
// and merges are reflected at once; nothing is cached between calls.
//
// Ranking: manual links first (pinned ones are kept even beyond `limit`,
// excluded ones never appear), then the others by
//   text similarity  candidates are the best BM25 matches of the other
//                    articles for the weighted OR of this article's most
//                    distinctive words (found in the search index), then
//                    compared with it word for word over every word of both:
//                    the cosine of their (1 + ln tf)·idf vectors (tf counts
//                    title words ×3, summary words ×2; idf from the library's
//                    exact document counts, termvectors.h; the candidate's
//                    words it does not share weighted by the article's mean
//                    idf), as evidence its square root;
//   shared tags and linked universities, rarer ones weighing more;
//   the same category, a little;
// times a mild preference for recent articles and for the same language.
// A suggestion says why it is there; one that shares no distinctive word, tag,
// university or category is not made. Other-language versions of the article
// are listed apart, never ranked.
class RelatedEngine final
{
    Q_DECLARE_TR_FUNCTIONS(RelatedEngine)

public:
    explicit RelatedEngine(const LibraryStore &store, RelatedOptions options = {});

    Result<RelatedResult> related(const QString &uuid, int limit = 10) const;

    // The name of a language in that language ("中文" for zh), for "Also in".
    static QString languageName(const QString &code);

private:
    const LibraryStore &m_store;
    RelatedOptions m_options;
};

// The same as RelatedEngine(store).related(uuid, limit).
Result<RelatedResult> relatedArticles(const LibraryStore &store, const QString &uuid,
                                      int limit = 10);

} // namespace lectern
