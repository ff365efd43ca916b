#pragma once

// The printed layout of an export: one paint function for the PDF writer, the
// printer and the print preview, so all three show the same pages.
//
// Several articles get a cover page and a table of contents with page
// numbers; every article starts on a new page; pages other than the cover
// carry a header (collection and article title) and a footer "n / N".
#include "exportcontent.h"
#include "exportoptions.h"
#include "pdfpatch.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>

class QPagedPaintDevice;

namespace lectern {

struct PaintedPages
{
    int pageCount = 0;
    // Each internal link address (see PagedLayout::internalTarget) and the
    // page, counted from 0, where its article starts.
    QHash<QString, int> targetPages;
    // The bookmarks: the contents page, each article's title and, under it,
    // its headings, with their pages and heights.
    QList<PdfOutlineItem> outline;
};

struct LayoutProgress
{
    const std::atomic_bool *cancel = nullptr;             // stop soon when it becomes true
    std::function<void(int articleIndex)> articleLaidOut; // called as each article is laid out
};

class PagedLayout
{
    Q_DECLARE_TR_FUNCTIONS(PagedLayout)

public:
    // Paints the articles onto the device's pages. The whole page of the
    // device is used: the margins come from `options`, so a printer should be
    // in full-page mode. Begins and ends its own QPainter on the device.
    static Result<PaintedPages> paint(QPagedPaintDevice &device, const ExportContent &content,
                                      const PdfOptions &options,
                                      const LayoutProgress &progress = {});

    // The link address of an article inside the PDF. Long on purpose: the
    // PDF patcher replaces it in place with a jump to the page.
    static QString internalTarget(int articleIndex);
    static constexpr QLatin1StringView internalScheme{"lectern-goto:"};

    // The title of several articles together: the option, the content's
    // title, or "N articles".
    static QString collectionTitle(const ExportContent &content, const PdfOptions &options);
    // "1 article", "16 articles".
    static QString articleCountText(int count);
};

} // namespace lectern
