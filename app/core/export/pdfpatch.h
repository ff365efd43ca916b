#pragma once

// What QPdfWriter (Qt 6.4) cannot write itself, added to its output as a PDF
// incremental update: the document information (author, subject, keywords)
// and links that jump to a page of the same PDF.
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
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

class PdfPatch
{
    Q_DECLARE_TR_FUNCTIONS(PdfPatch)

public:
    // Appends the update: a new information dictionary, and every link
    // annotation whose URI is a key of `targetPages` turned into a jump to
    // that page (counted from 0).
    static Result<QByteArray> apply(const QByteArray &pdf, const PdfInfo &info,
                                    const QHash<QString, int> &targetPages);

    // The XMP metadata packet matching the information dictionary, with the
    // PDF/A-1b identification when `pdfA`.
    static QByteArray xmpMetadata(const PdfInfo &info, bool pdfA);
};

} // namespace lectern
