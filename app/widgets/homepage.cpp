#include "homepage.h"

#include "article.h"
#include "articlehtml.h"

#include <QCoreApplication>

namespace lectern {

namespace {

// The reader's pages share one translation context.
class Page
{
    Q_DECLARE_TR_FUNCTIONS(ReaderPage)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString &cssClass, const QString &html)
{
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, html);
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escaped(text));
}

QString byline(const FrontPageArticle &article)
{
    QStringList parts;
    if (article.published.isValid())
        parts.append(escaped(readerDate(article.published)));
    if (!article.category.isEmpty())
        parts.append(escaped(article.category));
    parts.append(escaped(unbroken(languageName(article.language))));
    return paragraph(QStringLiteral("meta"), parts.join(QStringLiteral(" · ")));
}

QString featuredHtml(const FrontPage &page, const HomeLayout &layout)
{
    QString html;
    for (qsizetype i = 0; i < page.featured.size(); ++i) {
        const FrontPageArticle &article = page.featured[i];
        const QUrl url = articleUrl(article.uuid);
        if (i == 0) {
            html += paragraph(
                QStringLiteral("kicker"),
                escaped(page.featuredPinned ? Page::tr("Featured") : Page::tr("Newest article")));
            if (!article.image.isEmpty())
                html += QStringLiteral("<p class=\"picture\"><a href=\"%1\"><img src=\"%2\" "
                                       "width=\"%3\"></a></p>")
                            .arg(escaped(url.toString(QUrl::FullyEncoded)), mediaUrl(article.image))
                            .arg(layout.mainWidth);
            html +=
                QStringLiteral("<h2 class=\"featured\">%1</h2>").arg(pageLink(url, article.title));
        } else {
            html += QStringLiteral("<h3>%1</h3>").arg(pageLink(url, article.title));
        }
        html += byline(article);
        if (!article.lead.isEmpty())
            html += paragraph(i == 0 ? QStringLiteral("lead") : QStringLiteral("teaser"),
                              escaped(article.lead));
        if (i == 0)
            html += paragraph(QStringLiteral("more"),
                              pageLink(url, Page::tr("Read the article") + QStringLiteral(" →")));
    }
    return html;
}

QString latestHtml(const FrontPage &page)
{
    QString html = heading(2, Page::tr("Latest articles"));
    if (page.latest.isEmpty() && page.featured.isEmpty()) {
        return html + paragraph(QStringLiteral("empty"),
                                escaped(Page::tr("No published articles yet. Create one with "
                                                 "File › New Article.")));
    }
    if (page.latest.isEmpty())
        return html + paragraph(QStringLiteral("empty"),
                                escaped(Page::tr("No other published articles yet.")));
    for (const FrontPageArticle &article : page.latest) {
        html +=
            QStringLiteral("<h3>%1</h3>").arg(pageLink(articleUrl(article.uuid), article.title));
        html += byline(article);
        if (!article.lead.isEmpty())
            html += paragraph(QStringLiteral("teaser"), escaped(article.lead));
    }
    return html;
}

QString recommendedHtml(const FrontPage &page)
{
    QString html = heading(2, Page::tr("Recommended reading"));
    if (page.recommended.isEmpty())
        return html +
               paragraph(QStringLiteral("empty"), escaped(Page::tr("Nothing recommended yet.")));
    html += QLatin1String("<ul class=\"reading\">");
    for (const FrontPageArticle &article : page.recommended) {
        html += QLatin1String("<li>") + pageLink(articleUrl(article.uuid), article.title) +
                QLatin1String(" <span class=\"meta\">") +
                escaped(unbroken(languageName(article.language))) + QLatin1String("</span></li>");
    }
    return html + QLatin1String("</ul>");
}

QString countryHeading(const QString &country)
{
    // The union's own two, as its page names them; others by their name.
    if (country == QLatin1String("Ukraine"))
        return Page::tr("Affiliate universities (Ukraine)");
    if (country == QLatin1String("China"))
        return Page::tr("Affiliate universities (China)");
    return Page::tr("Affiliate universities (%1)").arg(country);
}

QString universitiesHtml(const FrontPage &page)
{
    QString html;
    for (const FrontPageUniversities &group : page.universities) {
        html += heading(2, countryHeading(group.country));
        if (group.universities.isEmpty()) {
            html += paragraph(QStringLiteral("empty"),
                              escaped(Page::tr("No affiliate universities yet.")));
            continue;
        }
        for (const University &university : group.universities) {
            html += QStringLiteral("<h3>%1</h3>")
                        .arg(pageLink(universityUrl(university.uuid), university.name));
            const QString line = leadSentence(university.profileText);
            if (!line.isEmpty())
                html += paragraph(QStringLiteral("teaser"), escaped(line));
        }
    }
    return html;
}

QString relatedLines(const QList<FrontPageRelated> &related)
{
    QString html = QLatin1String("<ul class=\"related\">");
    for (const FrontPageRelated &line : related) {
        html += QLatin1String("<li>") + pageLink(articleUrl(line.uuid), line.title);
        if (!line.reasons.isEmpty())
            html += QLatin1String("<br><span class=\"meta\">") + escaped(line.reasons) +
                    QLatin1String("</span>");
        html += QLatin1String("</li>");
    }
    return html + QLatin1String("</ul>");
}

QString relatedHtml(const FrontPage &page)
{
    if (page.featured.isEmpty())
        return {};
    const QString html = heading(2, Page::tr("Related articles"));
    if (page.related.isEmpty())
        return html + paragraph(QStringLiteral("empty"),
                                escaped(Page::tr("Nothing in the library is related to the "
                                                 "featured article yet.")));
    return html + relatedLines(page.related);
}

} // namespace

QString homePageHtml(const FrontPage &page, const HomeLayout &layout)
{
    QString html = QStringLiteral("<h1 class=\"site\">%1</h1>")
                       .arg(escaped(Page::tr("China-Ukraine Education Union")));
    if (layout.columns < 2) {
        // As on the union's page: the article, the lists, the universities
        // and, at the bottom, related articles.
        return html + featuredHtml(page, layout) + recommendedHtml(page) + latestHtml(page) +
               universitiesHtml(page) + relatedHtml(page);
    }
    // Articles on the left, the curated lists and the universities beside them.
    html += QStringLiteral("<table class=\"columns\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"0\"><tr><td width=\"64%\" valign=\"top\">");
    html += featuredHtml(page, layout) + latestHtml(page) + relatedHtml(page);
    html += QStringLiteral("</td><td width=\"36%\" valign=\"top\" style=\"padding-left: 28px\">");
    html += recommendedHtml(page) + universitiesHtml(page);
    html += QStringLiteral("</td></tr></table>");
    return html;
}

QString relatedSectionHtml(const QList<FrontPageRelated> &related)
{
    QString html = QLatin1String("<hr>") + heading(2, Page::tr("Related articles"));
    if (related.isEmpty())
        return html + paragraph(QStringLiteral("empty"),
                                escaped(Page::tr("No related articles yet: nothing else in the "
                                                 "library shares enough with this one.")));
    return html + relatedLines(related);
}

} // namespace lectern
