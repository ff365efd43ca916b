#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace lectern {

// How an article's stored HTML points at the rest of the library, answered
// by the publisher for each page.
struct SiteBodyLinks
{
    // The <img> for a picture of the library (lectern-media:SHA), or empty
    // to leave it out.
    std::function<QString(const QString &sha256, const QString &alt)> image;
    // Where a link inside the library (lectern://article/UUID) goes on the
    // site, or empty when it is not published (the link becomes its text).
    std::function<QString(const QUrl &url)> internalLink;
    QString fallbackAlt; // for pictures stored without a description
};

// The body of an article or profile as a web page shows it: the elements an
// article holds (paragraphs, headings below the page's own, lists, tables,
// quotations, emphasis, links, pictures) written again from the parsed
// tree, so the markup is always well-formed and valid; scripts, styles,
// forms, frames and unknown attributes are left out, empty paragraphs
// dropped, links to other web sites kept, other links and pictures from
// outside the library unwrapped.
QString siteBodyHtml(const QString &html, const SiteBodyLinks &links);

} // namespace lectern
