#include "htmlexporter.h"
#include "pagedlayout.h"

#include <QRegularExpression>
#include <QUrl>

namespace lectern {

namespace {

const QLatin1String pageStyle(
    "body { font-family: 'Noto Serif', 'DejaVu Serif', 'AR PL UMing CN', serif; max-width: 42em;"
    " margin: 2em auto; padding: 0 1em; line-height: 1.55; color: #1d1d1d; }"
    "h1, h2, h3 { font-family: 'Noto Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif;"
    " line-height: 1.25; }"
    ".meta { color: #555; font-size: 0.9em; } .summary { font-style: italic; color: #333; }"
    "img { max-width: 100%; height: auto; } a { color: #1a4f8b; }"
    "table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 0.2em 0.4em; }"
    "article + article { border-top: 1px solid #ccc; margin-top: 3em; padding-top: 1em; }"
    "nav li { margin: 0.3em 0; }");

QString page(const QString &title, const QString &language, const QString &body)
{
    return QLatin1String("<!DOCTYPE html>\n<html lang=\"") + language.toHtmlEscaped() +
           QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + title.toHtmlEscaped() +
           QLatin1String("</title>\n<meta name=\"generator\" content=\"Lectern\">\n<style>") +
           pageStyle + QLatin1String("</style>\n</head>\n<body>\n") + body +
           QLatin1String("\n</body>\n</html>\n");
}

QString dataUri(const MediaItem &item)
{
    const QString mime =
        item.mime.isEmpty() ? QStringLiteral("application/octet-stream") : item.mime;
    return QLatin1String("data:") + mime + QLatin1String(";base64,") +
           QString::fromLatin1(item.data.toBase64());
}

QString attributeValue(const QRegularExpressionMatch &match, int first)
{
    return match.captured(first) + match.captured(first + 1) + match.captured(first + 2);
}

bool isWebOrMail(const QString &href)
{
    const QString scheme = QUrl(href).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto");
}

QString articleSection(const Article &article, const ExportContent &content,
                       const PdfOptions &options, const ArticleLinkTarget &linkTarget,
                       const QString &id)
{
    QString html =
        QLatin1String("<article lang=\"") + article.language.toHtmlEscaped() + QLatin1Char('"');
    if (!id.isEmpty())
        html += QLatin1String(" id=\"") + id + QLatin1Char('"');
    html += QLatin1String(">\n<h1>") + article.title.toHtmlEscaped() + QLatin1String("</h1>\n");
    if (options.metadataBlock) {
        const QString meta = ArticleDocument::metadataLine(article);
        if (!meta.isEmpty())
            html += QLatin1String("<p class=\"meta\">") + meta.toHtmlEscaped() +
                    QLatin1String("</p>\n");
    }
    if (!article.summary.isEmpty())
        html += QLatin1String("<p class=\"summary\">") + article.summary.toHtmlEscaped() +
                QLatin1String("</p>\n");
    QString body = ArticleDocument::bodyOf(article.bodyHtml);
    if (options.images && !article.featuredImage.isEmpty())
        body.prepend(QLatin1String("<p><img src=\"lectern-media:") +
                     article.featuredImage.toHtmlEscaped() + QLatin1String("\" alt=\"\"></p>\n"));
    html += HtmlExporter::selfContainedBody(body, content, options.images, linkTarget);
    return html + QLatin1String("\n</article>\n");
}

} // namespace

QString HtmlExporter::selfContainedBody(const QString &html, const ExportContent &content,
                                        bool includeImages, const ArticleLinkTarget &linkTarget)
{
    QString body = html;
    // Things that run, load or embed something from elsewhere.
    static const QRegularExpression active(
        QStringLiteral("<(script|style|iframe|object|embed|video|audio|noscript)\\b.*?</\\1\\s*>|"
                       "<(link|meta|base|source|embed)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    body.remove(active);
    static const QRegularExpression styleUrl(QStringLiteral("url\\s*\\([^)]*\\)"),
                                             QRegularExpression::CaseInsensitiveOption);
    body.replace(styleUrl, QStringLiteral("none"));
    static const QRegularExpression attributes(
        QStringLiteral(
            "\\s(?:srcset|background|poster|on[a-z]+)\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    body.remove(attributes);

    static const QRegularExpression image(
        QStringLiteral(
            "<img\\b([^>]*?)\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))([^>]*)>"),
        QRegularExpression::CaseInsensitiveOption);
    QString withImages;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : image.globalMatch(body)) {
        withImages += QStringView(body).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString address = attributeValue(match, 2);
        if (!includeImages)
            continue;
        QString source;
        if (const MediaItem *item = content.mediaFor(address))
            source = dataUri(*item);
        else if (address.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive))
            source = address;
        if (source.isEmpty())
            continue; // a remote or missing image: no reference to the outside
        withImages += QLatin1String("<img") + match.captured(1) + QLatin1String("src=\"") +
                      source.toHtmlEscaped() + QLatin1Char('"') + match.captured(5) +
                      QLatin1Char('>');
    }
    withImages += QStringView(body).mid(last);

    static const QRegularExpression anchor(
        QStringLiteral(
            "<a\\b([^>]*?)\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))([^>]*)>"),
        QRegularExpression::CaseInsensitiveOption);
    QString result;
    last = 0;
    for (const QRegularExpressionMatch &match : anchor.globalMatch(withImages)) {
        result += QStringView(withImages).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString href = attributeValue(match, 2);
        const int index = content.articleIndexFor(href);
        QString target;
        if (index >= 0 && linkTarget)
            target = linkTarget(index);
        else if (index < 0 && (isWebOrMail(href) || href.startsWith(QLatin1Char('#'))))
            target = href;
        // A link to nowhere keeps its text: an <a> without href.
        result += QLatin1String("<a") + match.captured(1);
        if (!target.isEmpty())
            result += QLatin1String("href=\"") + target.toHtmlEscaped() + QLatin1Char('"');
        result += match.captured(5) + QLatin1Char('>');
    }
    result += QStringView(withImages).mid(last);
    return result;
}

QString HtmlExporter::articlePage(const Article &article, const ExportContent &content,
                                  const PdfOptions &options, const ArticleLinkTarget &linkTarget)
{
    return page(article.title, article.language,
                articleSection(article, content, options, linkTarget, QString()));
}

QString HtmlExporter::collectionPage(const ExportContent &content, const PdfOptions &options)
{
    const QString title = PagedLayout::collectionTitle(content, options);
    const ArticleLinkTarget inPage = [](int index) {
        return QStringLiteral("#article-%1").arg(index + 1);
    };
    QString body = QLatin1String("<header><h1>") + title.toHtmlEscaped() +
                   QLatin1String("</h1></header>\n<nav><h2>") + tr("Contents").toHtmlEscaped() +
                   QLatin1String("</h2><ol>\n");
    for (int i = 0; i < content.articles.size(); ++i) {
        body += QLatin1String("<li><a href=\"") + inPage(i) + QLatin1String("\">") +
                content.articles[i].title.toHtmlEscaped() + QLatin1String("</a></li>\n");
    }
    body += QLatin1String("</ol></nav>\n");
    for (int i = 0; i < content.articles.size(); ++i) {
        body += articleSection(content.articles[i], content, options, inPage,
                               QStringLiteral("article-%1").arg(i + 1));
    }
    const QString language =
        content.articles.isEmpty() ? QStringLiteral("en") : content.articles.first().language;
    return page(title, language, body);
}

QString HtmlExporter::indexPage(const ExportContent &content, const QStringList &fileNames,
                                const PdfOptions &options)
{
    const QString title = PagedLayout::collectionTitle(content, options);
    QString body = QLatin1String("<h1>") + title.toHtmlEscaped() + QLatin1String("</h1>\n<ol>\n");
    for (int i = 0; i < content.articles.size() && i < fileNames.size(); ++i) {
        const Article &article = content.articles[i];
        body += QLatin1String("<li><a href=\"") +
                QString::fromLatin1(QUrl::toPercentEncoding(fileNames[i])).toHtmlEscaped() +
                QLatin1String("\">") + article.title.toHtmlEscaped() + QLatin1String("</a>");
        const QString meta = ArticleDocument::metadataLine(article);
        if (!meta.isEmpty())
            body += QLatin1String(" <span class=\"meta\">") + meta.toHtmlEscaped() +
                    QLatin1String("</span>");
        body += QLatin1String("</li>\n");
    }
    body += QLatin1String("</ol>\n");
    return page(title, QStringLiteral("en"), body);
}

} // namespace lectern
