#pragma once

#include "result.h"
#include "siteoutput.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace lectern {

class LibraryStore;

struct PublishOptions
{
    QString outFolder;
    QString baseUrl;     // "https://example.org/union/"; empty: addresses relative to the site
    QString themeFolder; // a user's theme over the default one; empty: the default
    bool force = false;  // publish into a folder Lectern did not make
    int relatedCount = 5;
    int latestCount = 10;
    int listPageSize = 20;
};

struct PublishReport
{
    int articles = 0;
    int universities = 0;
    int pages = 0; // HTML pages, redirects included
    int pictures = 0;
    QStringList languages;
    SiteWriteCounts files;
    int searchFiles = 0;
    qint64 searchBytes = 0;
    QString homePage; // absolute path of the site's index.html
};

// Publishes a library's published articles and its universities as a static
// multilingual web site laid out like the union's page (see
// docs/publishing.md): per language a home page, article, university,
// category and tag pages, search, an Atom feed; a sitemap, robots.txt and a
// 404 page. Nothing else of the library reaches the folder: no draft,
// article in review, archived or trashed article, no revision, no recovery
// data. Same library, same bytes; a second publish rewrites only the files
// whose bytes changed.
class SitePublisher final
{
    Q_DECLARE_TR_FUNCTIONS(SitePublisher)

public:
    // Called after each step with how many of `total` are done; returning
    // false cancels (the previous site is left as it was).
    using Progress = std::function<bool(int done, int total)>;

    SitePublisher(const LibraryStore &store, PublishOptions options);
    Result<PublishReport> publish(const Progress &progress = {});

private:
    const LibraryStore &m_store;
    PublishOptions m_options;
};

} // namespace lectern
