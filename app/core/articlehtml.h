#pragma once

#include "librarystore.h"

#include <QPalette>
#include <QString>
#include <QUrl>

namespace lectern {

// Links inside Lectern's pages: lectern://article/UUID, lectern://university/UUID,
// lectern://home, lectern://guide/PAGE (userguide.h); images: lectern-media:SHA256.
QUrl articleUrl(const QString &uuid);
QUrl universityUrl(const QString &uuid);
QUrl homeUrl();
QString mediaUrl(const QString &sha256);
enum class PageKind
{
    None,
    Home,
    Article,
    University,
    Guide
};
PageKind pageKind(const QUrl &url);
QString pageUuid(const QUrl &url);

// The reader's typography for a palette (light or dark follow the system).
QString readerStyleSheet(const QPalette &palette);

struct ArticlePageContent
{
    Article article;
    QList<ArticleSummary> translations;
    QList<University> universities;
};

Result<ArticlePageContent> loadArticlePage(const LibraryStore &store, const QString &uuid);
QString articlePageHtml(const ArticlePageContent &content);

struct HomeContent
{
    QList<Article> latest;
    QList<ArticleSummary> recommended;
    QList<University> ukraine;
    QList<University> china;
};

Result<HomeContent> loadHome(const LibraryStore &store, int latestCount = 6);
QString homePageHtml(const HomeContent &content);

struct UniversityPageContent
{
    University university;
    QList<ArticleSummary> articles;
};

Result<UniversityPageContent> loadUniversityPage(const LibraryStore &store, const QString &uuid);
QString universityPageHtml(const UniversityPageContent &content);

// The first sentence of a text (for short profiles), at most `limit` characters.
QString leadSentence(const QString &text, int limit = 220);

} // namespace lectern
