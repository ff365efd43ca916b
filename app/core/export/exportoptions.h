#pragma once

// What an export writes and how: shared by the command line, the export
// dialog and the batch job.
#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

namespace lectern {

enum class ExportFormat
{
    Pdf,
    Html,
    Odt,
    Markdown,
    Text
};

// Stable names used on the command line: pdf, html, odt, md, txt.
QString exportFormatKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
// Without the dot: "pdf", "html", "odt", "md", "txt".
QString exportFileSuffix(ExportFormat format);
// A page size from a name people type: A4, a5, Letter, legal, B5…
std::optional<QPageSize> pageSizeFromName(const QString &name);

struct PdfOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMillimetres{20, 22, 20, 22}; // left, top, right, bottom
    qreal baseFontPoints = 11;
    bool headerAndFooter = true; // title above, "n / N" below
    bool metadataBlock = true;   // author, date, source, language under the title
    bool images = true;
    bool links = true;            // clickable; links between exported articles stay inside the PDF
    bool coverAndContents = true; // for several articles in one file
    bool pdfA = false;            // PDF/A-1b
    // A "Related reading" list after each article (titles and reasons; see
    // RelatedReading). The content must have been loaded with it.
    bool relatedReading = false;
    // The cover and header text when several articles share one file, and
    // the document's metadata; empty values are made from the articles.
    QString collectionTitle;
    QString author;
    QString subject;
    QString keywords;
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Pdf;
    PdfOptions pdf;
    bool oneFile = false;   // several articles into one file instead of one file each
    bool overwrite = false; // replace existing files (the user agreed)
    int threads = 0;        // 0: one per processor core
};

} // namespace lectern
