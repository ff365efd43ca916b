#pragma once

// Articles as ODT (through QTextDocumentWriter), Markdown and plain text.
#include "exportcontent.h"
#include "exportoptions.h"

#include <QCoreApplication>

namespace lectern {

class DocumentExporter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentExporter)

public:
    // The articles (one or several, one after the other) in the format, as
    // the bytes of the file.
    static Result<QByteArray> render(ExportFormat format, const ExportContent &content,
                                     const PdfOptions &options);

    static QString markdown(const ExportContent &content, const PdfOptions &options);
    static QString plainText(const ExportContent &content, const PdfOptions &options);
    static Result<QByteArray> odt(const ExportContent &content, const PdfOptions &options);
};

} // namespace lectern
