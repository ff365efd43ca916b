#pragma once

// Articles to one PDF: the paged layout drawn by QPdfWriter, then the
// document information and internal links added by PdfPatch.
#include "exportcontent.h"
#include "exportoptions.h"
#include "pagedlayout.h"

#include <QCoreApplication>

namespace lectern {

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    // The PDF's bytes; nothing is written anywhere.
    static Result<QByteArray> render(const ExportContent &content, const PdfOptions &options,
                                     const LayoutProgress &progress = {});
};

} // namespace lectern
