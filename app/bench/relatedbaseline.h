#pragma once

#include "librarystore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lectern::bench {

// The reference the related engine's text similarity is measured against:
// brute-force tf·idf cosine similarity over every word of every article
// (title, summary and text as the search index tokenizes them, each use
// counted once), compared with every other article of the library. Far too
// slow for a large library; exact.
class CosineBaseline final
{
public:
    enum class Counts
    {
        Raw,   // tf
        Damped // 1 + ln tf
    };

    // Reads and tokenizes every live article.
    static Result<CosineBaseline> build(const LibraryStore &store, Counts counts);

    // The `count` articles most similar to `uuid`, most similar first; never
    // the article itself or its translations (as the engine never suggests
    // them), ties by uuid.
    QStringList similar(const QString &uuid, int count) const;

private:
    struct Document
    {
        QString uuid;
        QString group;                         // translation group, or empty
        QList<std::pair<int, double>> weights; // word index, tf·idf ÷ length
    };
    QList<Document> m_documents;
    QHash<QString, int> m_byUuid;
    QList<QList<std::pair<int, double>>> m_postings; // word → (document, weight)
};

} // namespace lectern::bench
