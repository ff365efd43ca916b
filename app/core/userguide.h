#pragma once

// Help › User Guide: pages compiled into the program (resources/guide/),
// shown in the reader in the interface language. They are never rows of the
// user's library, so they never reach an exchange file or a website.
#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace lectern {

class UserGuide final
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    // lectern://guide/PAGE; the contents page without a name.
    static QUrl url(const QString &page = QStringLiteral("index"));
    static bool isGuideUrl(const QUrl &url);
    // The guide's pages, the contents first.
    static QStringList pages();
    // The language the guide is shown in: the interface's ("en", "zh_CN",
    // "uk"), from the default locale the interface language sets.
    static QString language();
    // The page for a guide address in `language` (English where a page is
    // missing in it; the interface's when empty), as HTML for the reader,
    // or an error naming the page.
    static Result<QString> pageHtml(const QUrl &url, const QString &language = {});
    // The page's title (its first heading).
    static QString title(const QString &html);
};

} // namespace lectern
