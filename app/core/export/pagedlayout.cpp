#include "pagedlayout.h"
#include "articledocument.h"
#include "exportfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>
#include <utility>
#include <vector>

namespace lectern {

namespace {

const QString frontStyleSheet = QStringLiteral(
    // Margins and padding in px (1/96 inch): Qt's CSS reads "7pt" as 0 there.
    "h1 { font-size: 18pt; font-weight: bold; margin-top: 0px; margin-bottom: 18px; }"
    "a { color: #000000; text-decoration: none; }"
    "td { padding-top: 5px; padding-bottom: 5px; }"
    "p.cover-title { font-size: 28pt; font-weight: bold; }"
    "p.cover-line { font-size: 12pt; color: #444444; }"
    "p.contents-title { margin-top: 0px; margin-bottom: 0px; }"
    "p.contents-meta { font-size: 8.5pt; color: #555555; margin-top: 2px; margin-bottom: 0px; }");

bool cancelled(const LayoutProgress &progress)
{
    return progress.cancel && progress.cancel->load();
}

// Lays the finished document out once, for the device. Made any earlier, the
// layout would redo its work on every edit of the document.
void layOut(QTextDocument &document, QPaintDevice &device, const QSizeF &size)
{
    document.setPageSize(QSizeF(0, 0)); // the new layout waits for a page size
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(size);
}

std::unique_ptr<QTextDocument> frontDocument(const QString &html, QPaintDevice &device,
                                             const QSizeF &size, const PdfOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(frontStyleSheet);
    document->setDocumentMargin(0);
    document->setHtml(html);
    applyPrintFonts(*document, options.baseFontPoints);
    layOut(*document, device, size);
    return document;
}

// Where a block's first line is: the page (counted in the document) and the
// height from that page's top, in device units.
std::pair<int, qreal> blockPlace(const QTextDocument &document, const QTextBlock &block,
                                 qreal pageHeight)
{
    // The block's rectangle is placed in the document (also inside tables);
    // its first line may have moved down to the next page.
    const QTextLayout *layout = block.layout();
    qreal y = document.documentLayout()->blockBoundingRect(block).top();
    if (layout->lineCount() > 0)
        y += layout->lineAt(0).y();
    const int page = qMax(0, int(y / pageHeight));
    return {page, y - page * pageHeight};
}

QString contentsHtml(const ExportContent &content, const QList<int> &startPages, int cellPadding)
{
    QString html = QLatin1String("<h1>") + PagedLayout::tr("Contents").toHtmlEscaped() +
                   QLatin1String("</h1><table width=\"100%\" cellspacing=\"0\" cellpadding=\"") +
                   QString::number(cellPadding) + QLatin1String("\">");
    for (int i = 0; i < content.articles.size(); ++i) {
        const Article &article = content.articles[i];
        const QString target = PagedLayout::internalTarget(i).toHtmlEscaped();
        const QString page =
            i < startPages.size() ? QString::number(startPages[i]) : QStringLiteral("000");
        html += QLatin1String("<tr><td width=\"90%\"><p class=\"contents-title\"><a href=\"") +
                target + QLatin1String("\">") + article.title.toHtmlEscaped() +
                QLatin1String("</a></p>");
        const QString meta = ArticleDocument::metadataLine(article);
        if (!meta.isEmpty())
            html += QLatin1String("<p class=\"contents-meta\">") + meta.toHtmlEscaped() +
                    QLatin1String("</p>");
        html += QLatin1String("</td><td align=\"right\" valign=\"top\"><a href=\"") + target +
                QLatin1String("\">") + page + QLatin1String("</a></td></tr>");
    }
    return html + QLatin1String("</table>");
}

QString coverHtml(const ExportContent &content, const QString &title)
{
    QStringList languages;
    for (const Article &article : content.articles) {
        const QString name = ArticleDocument::languageName(article.language);
        if (!name.isEmpty() && !languages.contains(name))
            languages.append(name);
    }
    QString html =
        QLatin1String("<p class=\"cover-title\" align=\"center\">") + title.toHtmlEscaped() +
        QLatin1String("</p><p class=\"cover-line\" align=\"center\">") +
        PagedLayout::articleCountText(int(content.articles.size())) + QStringLiteral(" · ") +
        QLocale().toString(QDate::currentDate(), QLocale::LongFormat).toHtmlEscaped() +
        QLatin1String("</p>");
    if (!languages.isEmpty())
        html += QLatin1String("<p class=\"cover-line\" align=\"center\">") +
                languages.join(QStringLiteral(" · ")).toHtmlEscaped() + QLatin1String("</p>");
    return html;
}

void paintDocumentPage(QPainter &painter, QTextDocument &document, int pageIndex,
                       const QRectF &body)
{
    painter.save();
    painter.translate(body.left(), body.top() - pageIndex * body.height());
    const QRectF clip(0, pageIndex * body.height(), body.width(), body.height());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

struct PageFurniture
{
    QRectF page;
    QRectF body;
    QFont font;
    qreal rule = 1;

    void paint(QPainter &painter, const QString &left, const QString &right, int number,
               int total) const
    {
        painter.save();
        painter.setFont(font);
        painter.setPen(QColor(85, 85, 85));
        const QFontMetricsF metrics(font, painter.device());
        const qreal lineHeight = metrics.height();
        const qreal headerBottom = body.top() - lineHeight * 0.9;
        const QRectF header(body.left(), headerBottom - lineHeight, body.width(), lineHeight);
        const qreal half = body.width() * 0.48;
        if (!left.isEmpty())
            painter.drawText(
                header, Qt::AlignLeft | Qt::AlignBottom,
                metrics.elidedText(left, Qt::ElideRight, right.isEmpty() ? body.width() : half));
        if (!right.isEmpty())
            painter.drawText(
                header, Qt::AlignRight | Qt::AlignBottom,
                metrics.elidedText(right, Qt::ElideRight, left.isEmpty() ? body.width() : half));
        painter.setPen(QPen(QColor(160, 160, 160), rule));
        painter.drawLine(QPointF(body.left(), headerBottom + lineHeight * 0.3),
                         QPointF(body.right(), headerBottom + lineHeight * 0.3));
        painter.setPen(QColor(85, 85, 85));
        const QRectF footer(body.left(), body.bottom() + lineHeight * 0.9, body.width(),
                            lineHeight);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("%1 / %2").arg(number).arg(total));
        painter.restore();
    }
};

} // namespace

QString PagedLayout::articleCountText(int count)
{
    return tr("%n article(s)", nullptr, count);
}

QString PagedLayout::internalTarget(int articleIndex)
{
    return QString(internalScheme) +
           QStringLiteral("%1").arg(articleIndex, 32, 10, QLatin1Char('0'));
}

QString PagedLayout::collectionTitle(const ExportContent &content, const PdfOptions &options)
{
    if (!options.collectionTitle.isEmpty())
        return options.collectionTitle;
    if (!content.title.isEmpty())
        return content.title;
    if (content.articles.size() == 1)
        return content.articles.first().title;
    return articleCountText(int(content.articles.size()));
}

Result<PaintedPages> PagedLayout::paint(QPagedPaintDevice &device, const ExportContent &content,
                                        const PdfOptions &options, const LayoutProgress &progress)
{
    if (content.articles.isEmpty())
        return Error{tr("There is no article to export.")};
    const qreal dpiX = device.logicalDpiX();
    const qreal dpiY = device.logicalDpiY();
    const auto mmX = [&](qreal mm) {
        return mm * dpiX / 25.4;
    };
    const auto mmY = [&](qreal mm) {
        return mm * dpiY / 25.4;
    };
    const QRectF page(0, 0, device.width(), device.height());
    const QMarginsF margins = options.marginsMillimetres;
    const QRectF body = page.adjusted(mmX(margins.left()), mmY(margins.top()),
                                      -mmX(margins.right()), -mmY(margins.bottom()));
    if (body.width() < mmX(30) || body.height() < mmY(30))
        return Error{tr("The margins leave no room for text on this page size.")};

    const int articleCount = int(content.articles.size());
    const bool front = articleCount > 1 && options.coverAndContents;
    const QString collection = collectionTitle(content, options);

    std::vector<std::unique_ptr<QTextDocument>> documents;
    documents.reserve(content.articles.size());
    const ArticleLinkTarget linkTarget = [](int index) {
        return internalTarget(index);
    };
    for (int i = 0; i < articleCount; ++i) {
        if (cancelled(progress))
            return Error{tr("The export was cancelled.")};
        auto document = ArticleDocument::build(content.articles[i], content, options, linkTarget);
        document->setDocumentMargin(0);
        ArticleDocument::fitImages(*document, body.width(), dpiX);
        layOut(*document, device, body.size());
        documents.push_back(std::move(document));
        if (progress.articleLaidOut)
            progress.articleLaidOut(i);
    }

    // The contents list its own length in pages only once the page numbers
    // are in it; numbers rarely change its length, so this settles at once.
    std::unique_ptr<QTextDocument> contents;
    QList<int> startPages;
    // The entries' spacing comes from the style sheet's td padding, which Qt
    // scales to the device like the other lengths.
    const int cellPadding = 0;
    int frontPages = 0;
    if (front) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            contents = frontDocument(contentsHtml(content, startPages, cellPadding), device,
                                     body.size(), options);
            const int contentsPages = contents->pageCount();
            QList<int> pages;
            int next = 1 + contentsPages + 1; // the cover, the contents, then the first article
            for (const auto &document : documents) {
                pages.append(next);
                next += document->pageCount();
            }
            const bool settled = pages == startPages;
            startPages = pages;
            frontPages = 1 + contentsPages;
            if (settled)
                break;
        }
        contents = frontDocument(contentsHtml(content, startPages, cellPadding), device,
                                 body.size(), options);
    }

    int total = frontPages;
    PaintedPages painted;
    // Outline heights are in PDF units (1/72 inch) from the page's bottom edge.
    const auto pdfHeight = [&](qreal yOnPage) {
        return (page.height() - body.top() - yOnPage) * 72 / dpiY;
    };
    if (front)
        painted.outline.append({tr("Contents"), 0, 1, -1});
    for (int i = 0; i < articleCount; ++i) {
        painted.targetPages.insert(internalTarget(i), total);
        const QTextDocument &document = *documents[size_t(i)];
        painted.outline.append({content.articles[i].title, 0, total, -1});
        // The title is the article's outline entry; headings nest under it.
        for (QTextBlock block = document.begin().next(); block.isValid(); block = block.next()) {
            const int level = block.blockFormat().headingLevel();
            const QString text = block.text().simplified();
            if (level <= 0 || text.isEmpty())
                continue;
            const auto [pageInDocument, y] = blockPlace(document, block, body.height());
            painted.outline.append({text, level, total + pageInDocument, pdfHeight(y)});
        }
        total += document.pageCount();
    }
    painted.pageCount = total;

    PageFurniture furniture;
    furniture.page = page;
    furniture.body = body;
    furniture.font = printFont(printFonts().sans, qMax<qreal>(7, options.baseFontPoints - 3));
    furniture.rule = mmY(0.15);

    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("Cannot draw on the output device.")};
    painter.setRenderHint(QPainter::Antialiasing);
    int pageNumber = 0;
    const auto nextPage = [&]() {
        if (pageNumber > 0 && !device.newPage())
            return false;
        ++pageNumber;
        return true;
    };
    const auto newPageFailed = [&]() {
        painter.end();
        return Error{tr("Cannot add a page to the output.")};
    };

    if (front) {
        if (!nextPage())
            return newPageFailed();
        auto cover = frontDocument(coverHtml(content, collection), device, body.size(), options);
        const qreal top = body.top() + body.height() * 0.28;
        painter.save();
        painter.translate(body.left(), top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        cover->documentLayout()->draw(&painter, context);
        painter.restore();
        for (int p = 0; p < contents->pageCount(); ++p) {
            if (!nextPage())
                return newPageFailed();
            paintDocumentPage(painter, *contents, p, body);
            if (options.headerAndFooter)
                furniture.paint(painter, collection, tr("Contents"), pageNumber, total);
        }
    }
    for (int i = 0; i < articleCount; ++i) {
        QTextDocument &document = *documents[size_t(i)];
        const QString &title = content.articles[i].title;
        for (int p = 0; p < document.pageCount(); ++p) {
            if (cancelled(progress)) {
                painter.end();
                return Error{tr("The export was cancelled.")};
            }
            if (!nextPage())
                return newPageFailed();
            paintDocumentPage(painter, document, p, body);
            if (options.headerAndFooter) {
                if (articleCount > 1)
                    furniture.paint(painter, collection, title, pageNumber, total);
                else
                    furniture.paint(painter, title, QString(), pageNumber, total);
            }
        }
    }
    if (!painter.end())
        return Error{tr("Cannot finish drawing the pages.")};
    return painted;
}

} // namespace lectern
