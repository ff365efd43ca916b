#pragma once

// What the front page shows, chosen once for every place that lays one out:
// Home in the window and the published site's home page. Only the choice is
// here; each of them lays it out its own way.
#include "librarystore.h"

#include <QList>
#include <QString>

namespace lectern {

// One article as the front page presents it: its headline, a short lead and
// its picture.
struct FrontPageArticle
{
    QString uuid;
    QString title;
    QString language;
    QString category;
    QDateTime published; // or, when never published, the last change
    QString lead;        // the summary, or the first sentence of the text
    QString image;       // the featured image, or the text's first picture (a media sha256)
};

struct FrontPageUniversities
{
    QString country;
    QList<University> universities; // each with its profile (profileText for a line)
};

struct FrontPageRelated
{
    QString uuid;
    QString title;
    QString language;
    QString reasons; // why it is suggested, translated
};

struct FrontPage
{
    // Pinned by an editor (in their order), or else the newest published
    // article in the reader's language (any language when there is none).
    QList<FrontPageArticle> featured;
    bool featuredPinned = false;
    // The newest published articles, the featured ones left out, one
    // version of each translation group (the reader's own where there is
    // one), those in the reader's language first.
    QList<FrontPageArticle> latest;
    QList<FrontPageArticle> recommended; // the curated list, in its order
    // Ukraine and China first, as on the union's page, then other countries.
    QList<FrontPageUniversities> universities;
    // Related articles of the first featured one, as at the end of an article.
    QList<FrontPageRelated> related;
};

struct FrontPageOptions
{
    QString language; // the reader's ("en", "zh", "uk"); empty: the interface language
    int latestCount = 6;
    int relatedCount = 5;
};

Result<FrontPage> selectFrontPage(const LibraryStore &store, const FrontPageOptions &options = {});

} // namespace lectern
