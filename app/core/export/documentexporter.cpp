#include "documentexporter.h"
#include "articledocument.h"
#include "htmlexporter.h"

#include <QBuffer>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>

namespace lectern {

namespace {

// Markdown and text have no place for a link to another file of the export.
const ArticleLinkTarget noArticleLinks = [](int) {
    return QString();
};

QString headerLines(const Article &article, const PdfOptions &options)
{
    QString text;
    if (options.metadataBlock) {
        const QString meta = ArticleDocument::metadataLine(article);
        if (!meta.isEmpty())
            text += meta + QLatin1String("\n\n");
    }
    return text;
}

} // namespace

QString DocumentExporter::markdown(const ExportContent &content, const PdfOptions &options)
{
    QString text;
    for (const Article &article : content.articles) {
        if (!text.isEmpty())
            text += QLatin1String("\n---\n\n");
        text += QLatin1String("# ") + article.title + QLatin1String("\n\n");
        const QString meta = headerLines(article, options);
        if (!meta.isEmpty())
            text += QLatin1Char('*') + meta.trimmed() + QLatin1String("*\n\n");
        if (!article.summary.isEmpty())
            text += QLatin1String("> ") + article.summary + QLatin1String("\n\n");
        QString body = ArticleDocument::bodyOf(article.bodyHtml);
        if (options.images && !article.featuredImage.isEmpty())
            body.prepend(QLatin1String("<p><img src=\"lectern-media:") + article.featuredImage +
                         QLatin1String("\"></p>"));
        QTextDocument document;
        document.setHtml(
            HtmlExporter::selfContainedBody(body, content, options.images, noArticleLinks));
        text +=
            document.toMarkdown(QTextDocument::MarkdownDialectGitHub).trimmed() + QLatin1Char('\n');
    }
    return text;
}

QString DocumentExporter::plainText(const ExportContent &content, const PdfOptions &options)
{
    QString text;
    for (const Article &article : content.articles) {
        if (!text.isEmpty())
            text += QLatin1String("\n\n");
        text += article.title + QLatin1Char('\n') +
                QString(qMin<qsizetype>(article.title.size(), 72), QLatin1Char('=')) +
                QLatin1String("\n\n") + headerLines(article, options);
        if (!article.summary.isEmpty())
            text += article.summary + QLatin1String("\n\n");
        QTextDocument document;
        document.setHtml(ArticleDocument::bodyOf(article.bodyHtml));
        // Object replacement characters stand for images: nothing to read.
        text += document.toPlainText().remove(QChar::ObjectReplacementCharacter).trimmed() +
                QLatin1Char('\n');
    }
    return text;
}

Result<QByteArray> DocumentExporter::odt(const ExportContent &content, const PdfOptions &options)
{
    QTextDocument document;
    QTextCursor cursor(&document);
    for (int i = 0; i < content.articles.size(); ++i) {
        const Article &article = content.articles[i];
        auto part = ArticleDocument::build(article, content, options, noArticleLinks);
        ArticleDocument::fitImages(*part, 480);
        if (i > 0) {
            QTextBlockFormat breakBefore;
            breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(breakBefore);
        }
        // Resources belong to a document: carry the images over.
        for (const QString &address : imageAddresses(part->toHtml())) {
            const QVariant image = part->resource(QTextDocument::ImageResource, QUrl(address));
            if (image.isValid())
                document.addResource(QTextDocument::ImageResource, QUrl(address), image);
        }
        cursor.insertFragment(QTextDocumentFragment(part.get()));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error{tr("Cannot prepare the ODT file in memory.")};
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return Error{tr("Qt could not write the ODT document.")};
    return bytes;
}

Result<QByteArray> DocumentExporter::render(ExportFormat format, const ExportContent &content,
                                            const PdfOptions &options)
{
    switch (format) {
    case ExportFormat::Markdown:
        return markdown(content, options).toUtf8();
    case ExportFormat::Text:
        return plainText(content, options).toUtf8();
    case ExportFormat::Odt:
        return odt(content, options);
    case ExportFormat::Html:
        return (content.articles.size() == 1
                    ? HtmlExporter::articlePage(content.articles.first(), content, options,
                                                noArticleLinks)
                    : HtmlExporter::collectionPage(content, options))
            .toUtf8();
    case ExportFormat::Pdf:
        break;
    }
    return Error{tr("This format is not written by the document exporter.")};
}

} // namespace lectern
