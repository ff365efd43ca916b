#pragma once

// What QPdfWriter (Qt 6.4) cannot write itself, added to its output as a PDF
// incremental update: the document information (author, subject, keywords),
// links that jump to a page of the same PDF, and the outline.
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace lectern {

struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator = QStringLiteral("Lectern");
    QString producer;
    QDateTime created; // UTC, whole seconds: the XMP and the Info must agree
};

// One bookmark of the PDF outline.
struct PdfOutlineItem
{
    QString title;
    int level = 0;  // nests under the nearest item before it with a lower level
    int page = 0;   // counted from 0
    qreal top = -1; // PDF units above the page's bottom edge; below 0: show the whole page
};

class PdfPatch
{
    Q_DECLARE_TR_FUNCTIONS(PdfPatch)

public:
    // Appends the update: a new information dictionary, every link
    // annotation whose URI is a key of `targetPages` turned into a jump to
    // that page (counted from 0), and the outline (bookmarks) when given.
    static Result<QByteArray> apply(const QByteArray &pdf, const PdfInfo &info,
                                    const QHash<QString, int> &targetPages,
                                    const QList<PdfOutlineItem> &outline = {});

    // The XMP metadata packet matching the information dictionary, with the
    // PDF/A-1b identification when `pdfA`.
    static QByteArray xmpMetadata(const PdfInfo &info, bool pdfA);
};

} // namespace lectern
