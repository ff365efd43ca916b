#include "pdfexporter.h"
#include "pdfpatch.h"

#include <QBuffer>
#include <QPdfWriter>

namespace lectern {

namespace {

PdfInfo documentInfo(const ExportContent &content, const PdfOptions &options)
{
    PdfInfo info;
    info.title = PagedLayout::collectionTitle(content, options);
    info.producer = QStringLiteral("Lectern %1 (Qt %2)")
                        .arg(QCoreApplication::applicationVersion().isEmpty()
                                 ? QStringLiteral(LECTERN_VERSION)
                                 : QCoreApplication::applicationVersion(),
                             QString::fromLatin1(qVersion()));
    info.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    info.author = options.author;
    info.subject = options.subject;
    info.keywords = options.keywords;
    // Unset fields come from the articles: their authors, the single
    // article's summary, and the tags they share.
    QStringList authors;
    QStringList tags;
    for (const Article &article : content.articles) {
        if (!article.author.isEmpty() && !authors.contains(article.author))
            authors.append(article.author);
        for (const QString &tag : article.tags) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
    }
    if (info.author.isEmpty())
        info.author = authors.join(QStringLiteral(", "));
    if (info.subject.isEmpty() && content.articles.size() == 1)
        info.subject = content.articles.first().summary;
    if (info.subject.isEmpty() && !content.articles.isEmpty() && content.articles.size() > 1)
        info.subject = PagedLayout::articleCountText(int(content.articles.size()));
    if (info.keywords.isEmpty())
        info.keywords = tags.mid(0, 30).join(QStringLiteral(", "));
    return info;
}

} // namespace

Result<QByteArray> PdfExporter::render(const ExportContent &content, const PdfOptions &options,
                                       const LayoutProgress &progress)
{
    const PdfInfo info = documentInfo(content, options);
    QByteArray bytes;
    Result<PaintedPages> painted = Error{};
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return Error{tr("Cannot prepare the PDF in memory.")};
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(options.pageSize, options.orientation, QMarginsF()));
        writer.setResolution(600);
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setDocumentXmpMetadata(PdfPatch::xmpMetadata(info, options.pdfA));
        painted = PagedLayout::paint(writer, content, options, progress);
    } // the writer finishes the file when it goes
    if (!painted)
        return painted.failure();
    return PdfPatch::apply(bytes, info, painted->targetPages, painted->outline);
}

} // namespace lectern
