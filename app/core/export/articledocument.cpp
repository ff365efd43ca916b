#include "articledocument.h"

#include "articlehtml.h"
#include "editing/mediaimages.h"
#include "exportfonts.h"
#include "relatedreading.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextImageFormat>
#include <QUrl>

#include <limits>

namespace lectern {

namespace {

const QString printStyleSheet =
    // Margins in px (1/96 inch): Qt's CSS reads "7pt" as 0 for margins.
    QStringLiteral(
        "h1 { font-size: 20pt; font-weight: bold; margin-top: 0px; margin-bottom: 5px; }"
        "h2 { font-size: 15pt; font-weight: bold; margin-top: 19px; margin-bottom: 8px; }"
        "h3 { font-size: 12.5pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }"
        "p { margin-top: 0px; margin-bottom: 9px; line-height: 125%; }"
        "p.meta { color: #555555; font-size: 9pt; margin-bottom: 13px; }"
        "p.summary { font-style: italic; color: #333333; margin-bottom: 16px; }"
        "a { color: #1a4f8b; text-decoration: none; }"
        "table { border-collapse: collapse; }"
        "td, th { border: 1px solid #999999; padding: 3px; }");

QImage imageFrom(const QString &address, const ExportContent &content)
{
    // Full size for print, upright as the camera meant (EXIF orientation).
    constexpr int anySize = std::numeric_limits<int>::max();
    if (const MediaItem *item = content.mediaFor(address))
        return decodeScaledImage(item->data, anySize, anySize);
    if (address.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        const qsizetype comma = address.indexOf(QLatin1Char(','));
        if (comma > 0 &&
            address.left(comma).endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
            return decodeScaledImage(QByteArray::fromBase64(address.mid(comma + 1).toLatin1()),
                                     anySize, anySize);
    }
    return {}; // web addresses and missing items: nothing is fetched
}

bool isWebOrMail(const QString &href)
{
    const QString scheme = QUrl(href).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto") || scheme == QLatin1String("ftp");
}

} // namespace

QString safeLinkAddress(const QString &href)
{
    QString encoded = QString::fromLatin1(QUrl(href.trimmed()).toEncoded());
    encoded.replace(QLatin1Char('('), QLatin1String("%28"));
    encoded.replace(QLatin1Char(')'), QLatin1String("%29"));
    encoded.replace(QLatin1Char('\\'), QLatin1String("%5C"));
    return encoded;
}

QString ArticleDocument::languageName(const QString &code)
{
    // The library's own languages by the names their readers use; the
    // locale's "American English" or "简体中文" say more than the article does.
    if (code.isEmpty())
        return {};
    const QString base =
        code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (base == QLatin1String("en"))
        return QStringLiteral("English");
    if (base == QLatin1String("zh"))
        return QStringLiteral("中文");
    if (base == QLatin1String("uk"))
        return QStringLiteral("Українська");
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? QLocale::languageToString(locale.language()) : native;
}

QString ArticleDocument::metadataLine(const Article &article)
{
    QStringList parts;
    if (!article.author.isEmpty())
        parts.append(article.author);
    const QDateTime when = article.published.isValid() ? article.published : article.updated;
    if (when.isValid())
        parts.append(when.toUTC().date().toString(Qt::ISODate));
    if (!article.source.isEmpty())
        parts.append(article.source);
    if (!article.language.isEmpty())
        parts.append(languageName(article.language));
    return parts.join(QStringLiteral(" · "));
}

QString ArticleDocument::bodyOf(const QString &html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = body.match(html);
    return match.hasMatch() ? match.captured(1) : html;
}

QString ArticleDocument::html(const Article &article, const PdfOptions &options)
{
    QString html = QLatin1String("<h1>") + article.title.toHtmlEscaped() + QLatin1String("</h1>");
    if (options.metadataBlock) {
        const QString meta = metadataLine(article);
        // "中文" and Chinese names stay whole on their line (word joiners,
        // which a PDF's text does not keep).
        if (!meta.isEmpty())
            html += QLatin1String("<p class=\"meta\">") + unbroken(meta).toHtmlEscaped() +
                    QLatin1String("</p>");
    }
    if (!article.summary.isEmpty())
        html += QLatin1String("<p class=\"summary\">") + article.summary.toHtmlEscaped() +
                QLatin1String("</p>");
    if (options.images && !article.featuredImage.isEmpty())
        html += QLatin1String("<p><img src=\"lectern-media:") +
                article.featuredImage.toHtmlEscaped() + QLatin1String("\"></p>");
    return html + bodyOf(article.bodyHtml);
}

std::unique_ptr<QTextDocument> ArticleDocument::build(const Article &article,
                                                      const ExportContent &content,
                                                      const PdfOptions &options,
                                                      const ArticleLinkTarget &linkTarget,
                                                      QPaintDevice *device)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(printStyleSheet);
    document->setDefaultFont(printFont(printFonts().serif, options.baseFontPoints));
    document->setHtml(html(article, options) + RelatedReading::html(article, content, options));
    document->setMetaInformation(QTextDocument::DocumentTitle, article.title);
    resolveImages(*document, content, options.images);
    rewriteLinks(*document, content, options.links, linkTarget);
    applyPrintFonts(*document, options.baseFontPoints);
    // The layout comes last: with a layout in place, every edit above lays
    // the text out again, slowly, and resized images left Qt 6.4 with a stale
    // page count (one page for a long article).
    if (device)
        document->documentLayout()->setPaintDevice(device);
    return document;
}

void ArticleDocument::resolveImages(QTextDocument &document, const ExportContent &content,
                                    bool includeImages)
{
    QList<int> dropped; // positions of images that stay out, removed back to front
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            const QImage image = includeImages ? imageFrom(name, content) : QImage();
            if (image.isNull()) {
                for (int i = 0; i < fragment.length(); ++i)
                    dropped.append(fragment.position() + i);
            } else {
                document.addResource(QTextDocument::ImageResource, QUrl(name), image);
            }
        }
    }
    QTextCursor cursor(&document);
    for (auto it = dropped.crbegin(); it != dropped.crend(); ++it) {
        cursor.setPosition(*it);
        cursor.setPosition(*it + 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
}

void ArticleDocument::fitImages(QTextDocument &document, qreal maxWidth, qreal deviceDpi)
{
    struct Change
    {
        int position;
        QTextImageFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QVariant resource =
                document.resource(QTextDocument::ImageResource, QUrl(format.name()));
            const QImage image = resource.value<QImage>();
            if (image.isNull())
                continue;
            // Images are sized in points (72 per inch at 96 dpi screens: pixels),
            // as a browser would; the device's dpi turns that into its units.
            const QPaintDevice *device =
                deviceDpi > 0 ? nullptr : document.documentLayout()->paintDevice();
            const qreal scale = deviceDpi > 0 ? deviceDpi / 96.0
                                : device      ? device->logicalDpiX() / 96.0
                                              : 1.0;
            qreal width = format.width() > 0 ? format.width() * scale : image.width() * scale;
            qreal height = format.height() > 0 ? format.height() * scale
                                               : width * image.height() / qMax(1, image.width());
            if (width > maxWidth) {
                height = height * maxWidth / width;
                width = maxWidth;
            }
            format.setWidth(width / scale);
            format.setHeight(height / scale);
            changes.append({fragment.position(), format});
        }
    }
    QTextCursor cursor(&document);
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
}

void ArticleDocument::rewriteLinks(QTextDocument &document, const ExportContent &content,
                                   bool keepLinks, const ArticleLinkTarget &linkTarget)
{
    struct Change
    {
        int position;
        int length;
        QString href; // empty: no longer a link
        QTextCharFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            const QString href = format.anchorHref();
            QString target;
            if (keepLinks) {
                const int index = content.articleIndexFor(href);
                if (index >= 0)
                    target = linkTarget ? linkTarget(index) : QString();
                else if (isWebOrMail(href))
                    target = safeLinkAddress(href);
            }
            if (target != href)
                changes.append({fragment.position(), fragment.length(), target, format});
        }
    }
    QTextCursor cursor(&document);
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        QTextCharFormat format = change.format;
        if (change.href.isEmpty()) {
            format.setAnchor(false);
            format.clearProperty(QTextFormat::AnchorHref);
            format.clearProperty(QTextFormat::ForegroundBrush);
            format.clearProperty(QTextFormat::TextUnderlineStyle);
            format.setFontUnderline(false);
        } else {
            format.setAnchorHref(change.href);
        }
        cursor.setCharFormat(format);
    }
}

} // namespace lectern
