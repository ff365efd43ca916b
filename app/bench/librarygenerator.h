#pragma once

#include "article.h"
#include "university.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

namespace lectern {

// A word list drawn with a Zipf-like law (rank r has weight 1/r^s): a handful
// of words occur in nearly every text and most occur in few, which is what
// makes search cost differ between common and rare terms.
class ZipfVocabulary
{
public:
    ZipfVocabulary() = default;
    ZipfVocabulary(QStringList rankedWords, double exponent);

    const QString &draw(QRandomGenerator &random) const;
    qsizetype size() const { return m_words.size(); }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

// Synthetic but search-realistic library content: English, Chinese and
// Ukrainian articles over a fixed pool of universities, tags, categories and
// authors. The same seed always gives the same library, uuids included.
class LibraryGenerator
{
public:
    explicit LibraryGenerator(quint32 seed);

    const QList<University> &universities() const { return m_universities; }
    // The next article, with bodyText set to the plain text of bodyHtml.
    Article nextArticle();

private:
    enum class Language
    {
        English,
        Chinese,
        Ukrainian
    };

    QString uuid();
    QString sentence(Language language, int words);
    QString title(Language language);
    QString heading(Language language);
    void makeUniversities();

    QRandomGenerator m_random;
    ZipfVocabulary m_english;
    ZipfVocabulary m_chinese;
    ZipfVocabulary m_ukrainian;
    ZipfVocabulary m_tags;
    ZipfVocabulary m_categories;
    QStringList m_englishAuthors;
    QStringList m_chineseAuthors;
    QStringList m_ukrainianAuthors;
    QList<University> m_universities;
    qint64 m_timeBase = 0;
};

} // namespace lectern
