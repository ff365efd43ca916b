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

// A link inside Lectern's pages, the text escaped.
QString pageLink(const QUrl &url, const QString &text);
// A long date without the weekday: "27 November 2026", "2026年11月27日".
QString readerDate(const QDateTime &time);
// The text with word joiners between Chinese characters, so that a short name
// such as "中文" in a byline never breaks across lines.
QString unbroken(const QString &text);

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
