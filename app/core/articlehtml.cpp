#include "articlehtml.h"

#include <QCoreApplication>
#include <QLocale>

namespace lectern {

namespace {

class Page
{
    Q_DECLARE_TR_FUNCTIONS(ReaderPage)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString universityLine(const University &u)
{
    QStringList facts;
    if (!u.city.isEmpty())
        facts.append(u.city);
    if (u.founded > 0)
        facts.append(Page::tr("founded %1").arg(u.founded));
    return facts.join(QStringLiteral(" · "));
}

} // namespace

QString pageLink(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(text));
}

QString readerDate(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    for (const QString &weekday : {QStringLiteral("dddd, "), QStringLiteral("dddd "),
                                   QStringLiteral(", dddd"), QStringLiteral("dddd")})
        format.remove(weekday);
    return locale.toString(time.toLocalTime().date(), format.trimmed());
}

QString unbroken(const QString &text)
{
    // Chinese and Japanese may break between any two characters; a word
    // joiner between them (never drawn) keeps a short name on one line.
    QString joined;
    for (qsizetype i = 0; i < text.size(); ++i) {
        joined.append(text[i]);
        if (i + 1 < text.size() && !text[i].isSpace() && !text[i + 1].isSpace() &&
            (text[i].script() == QChar::Script_Han || text[i + 1].script() == QChar::Script_Han))
            joined.append(QChar(0x2060));
    }
    return joined;
}

QUrl articleUrl(const QString &uuid)
{
    return QUrl(QLatin1String("lectern://article/") + uuid);
}

QUrl universityUrl(const QString &uuid)
{
    return QUrl(QLatin1String("lectern://university/") + uuid);
}

QUrl homeUrl()
{
    return QUrl(QStringLiteral("lectern://home"));
}

QString mediaUrl(const QString &sha256)
{
    return QLatin1String("lectern-media:") + sha256;
}

PageKind pageKind(const QUrl &url)
{
    if (url.scheme() != QLatin1String("lectern"))
        return PageKind::None;
    if (url.host() == QLatin1String("home"))
        return PageKind::Home;
    if (url.host() == QLatin1String("article"))
        return PageKind::Article;
    if (url.host() == QLatin1String("university"))
        return PageKind::University;
    if (url.host() == QLatin1String("guide"))
        return PageKind::Guide;
    return PageKind::None;
}

QString pageUuid(const QUrl &url)
{
    return url.path().mid(1);
}

QString readerStyleSheet(const QPalette &palette)
{
    const QString text = palette.color(QPalette::Text).name();
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    const QString link = palette.color(QPalette::Link).name();
    const QString rule = palette.color(QPalette::Mid).name();
    // Qt's rich text supports a subset of CSS: margins, line-height, colours.
    // Headings are bold, not semi-bold: Chinese faces have no semi-bold, and
    // a weight between would fall back to their regular face.
    return QStringLiteral(
               "body { color: %1; }"
               "p, li { margin-top: 0; margin-bottom: 0.8em; line-height: 125%; }"
               "h1 { font-size: 165%; font-weight: bold; margin-bottom: 0.3em; line-height: 115%; }"
               "h2 { font-size: 135%; font-weight: bold; margin-top: 1.2em; margin-bottom: 0.4em; "
               "line-height: 120%; }"
               "h3 { font-size: 112%; font-weight: bold; margin-top: 1.0em; margin-bottom: 0.3em; "
               "line-height: 125%; }"
               "a { color: %3; text-decoration: none; }"
               "blockquote { margin-left: 1.5em; color: %2; }"
               ".meta { color: %2; font-size: 90%; }"
               ".summary { font-size: 110%; font-style: italic; }"
               ".tags { color: %2; font-size: 90%; }"
               ".empty { color: %2; }"
               "h1.site { font-size: 140%; margin-bottom: 0.8em; }"
               ".kicker { color: %2; font-size: 85%; font-weight: bold; text-transform: uppercase; "
               "margin-bottom: 0.4em; }"
               "h2.featured { font-size: 150%; margin-top: 0.2em; }"
               ".lead { font-size: 110%; }"
               ".more { margin-bottom: 1.6em; }"
               ".picture { margin-bottom: 0.6em; }"
               "hr { color: %4; }"
               "td, th { padding: 4px; }")
        .arg(text, muted, link, rule);
}

Result<ArticlePageContent> loadArticlePage(const LibraryStore &store, const QString &uuid)
{
    Result<Article> article = store.article(uuid);
    if (!article)
        return article.failure();
    ArticlePageContent content;
    content.article = std::move(article).value();
    const auto translations = store.translations(uuid);
    if (translations)
        content.translations = translations.value();
    for (const QString &universityUuid : content.article.universityUuids) {
        const auto university = store.university(universityUuid);
        if (university)
            content.universities.append(university.value());
    }
    return content;
}

QString articlePageHtml(const ArticlePageContent &content)
{
    const Article &a = content.article;
    QString html = QLatin1String("<h1>") + escaped(a.title) + QLatin1String("</h1>");
    QStringList meta;
    if (!a.author.isEmpty())
        meta.append(escaped(a.author));
    const QString date = readerDate(a.published.isValid() ? a.published : a.updated);
    if (!date.isEmpty())
        meta.append(escaped(date));
    if (!a.source.isEmpty())
        meta.append(escaped(a.source));
    if (!a.category.isEmpty())
        meta.append(escaped(a.category));
    meta.append(escaped(unbroken(languageName(a.language))));
    if (a.status != ArticleStatus::Published)
        meta.append(QLatin1String("<b>") + escaped(statusLabel(a.status)) + QLatin1String("</b>"));
    html += QLatin1String("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) +
            QLatin1String("</p>");
    if (!content.translations.isEmpty()) {
        QStringList links;
        for (const ArticleSummary &t : content.translations)
            links.append(pageLink(articleUrl(t.uuid), unbroken(languageName(t.language))));
        html += QLatin1String("<p class=\"meta\">") + escaped(Page::tr("Also in:")) +
                QLatin1Char(' ') + links.join(QStringLiteral(" · ")) + QLatin1String("</p>");
    }
    if (!a.featuredImage.isEmpty())
        html +=
            QStringLiteral("<p><img src=\"%1\" width=\"600\"></p>").arg(mediaUrl(a.featuredImage));
    if (!a.summary.isEmpty())
        html += QLatin1String("<p class=\"summary\">") + escaped(a.summary) + QLatin1String("</p>");
    html += a.bodyHtml;
    if (!a.tags.isEmpty() || !content.universities.isEmpty()) {
        html += QLatin1String("<hr>");
        if (!a.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : a.tags)
                tags.append(escaped(tag));
            html += QLatin1String("<p class=\"tags\">") + escaped(Page::tr("Tags:")) +
                    QLatin1Char(' ') + tags.join(QStringLiteral(" · ")) + QLatin1String("</p>");
        }
        if (!content.universities.isEmpty()) {
            QStringList links;
            for (const University &u : content.universities)
                links.append(pageLink(universityUrl(u.uuid), u.name));
            html += QLatin1String("<p class=\"tags\">") + escaped(Page::tr("Universities:")) +
                    QLatin1Char(' ') + links.join(QStringLiteral(" · ")) + QLatin1String("</p>");
        }
    }
    return html;
}

Result<UniversityPageContent> loadUniversityPage(const LibraryStore &store, const QString &uuid)
{
    Result<University> university = store.university(uuid);
    if (!university)
        return university.failure();
    UniversityPageContent content;
    content.university = std::move(university).value();
    const auto articles = store.articlesMentioning(uuid);
    if (articles)
        content.articles = articles.value();
    return content;
}

QString universityPageHtml(const UniversityPageContent &content)
{
    const University &u = content.university;
    QString html;
    if (!u.logo.isEmpty())
        html += QStringLiteral("<p><img src=\"%1\" height=\"96\"></p>").arg(mediaUrl(u.logo));
    html += QLatin1String("<h1>") + escaped(u.name) + QLatin1String("</h1>");
    QStringList meta;
    if (!u.country.isEmpty())
        meta.append(escaped(u.country));
    const QString line = universityLine(u);
    if (!line.isEmpty())
        meta.append(escaped(line));
    if (!u.website.isEmpty()) {
        const QUrl website = QUrl::fromUserInput(u.website);
        meta.append(pageLink(website, u.website));
    }
    html += QLatin1String("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) +
            QLatin1String("</p>");
    html += u.profileHtml;
    html += QLatin1String("<h2>") + escaped(Page::tr("Articles that mention %1").arg(u.name)) +
            QLatin1String("</h2>");
    if (content.articles.isEmpty()) {
        html += QLatin1String("<p class=\"empty\">") +
                escaped(Page::tr("No article is linked to this university yet. Link one from "
                                 "the article's metadata in the editor.")) +
                QLatin1String("</p>");
    } else {
        html += QLatin1String("<ul>");
        for (const ArticleSummary &a : content.articles)
            html += QLatin1String("<li>") + pageLink(articleUrl(a.uuid), a.title) +
                    QLatin1String("</li>");
        html += QLatin1String("</ul>");
    }
    return html;
}

QString leadSentence(const QString &text, int limit)
{
    const QString simplified = text.simplified();
    qsizetype end = -1;
    for (const QString &stop :
         {QStringLiteral(". "), QStringLiteral("。"), QStringLiteral("! "), QStringLiteral("? ")}) {
        const qsizetype at = simplified.indexOf(stop);
        if (at >= 0 && (end < 0 || at < end))
            end = at + 1;
    }
    QString lead = end > 0 ? simplified.left(end) : simplified;
    if (lead.size() > limit)
        lead = lead.left(limit - 1).trimmed() + QChar(0x2026);
    return lead.trimmed();
}

} // namespace lectern
