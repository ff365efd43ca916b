#include "printing.h"

#include "icons.h"

#include <QAction>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace lectern {

Result<ExportContent> loadPrintContent(const LibraryStore &store, const PrintSelection &selection)
{
    Result<ExportContent> content = ExportContentLoader::load(store, selection.uuids);
    if (!content || !selection.editing)
        return content;
    // The editor's text, not the saved one: what the user sees is printed.
    const qsizetype saved = selection.uuids.indexOf(selection.editing->uuid);
    if (saved >= 0)
        content->articles.removeAt(saved);
    ExportContentLoader::add(store, content.value(), *selection.editing, saved);
    return content;
}

Result<PaintedPages> paintForPrinter(QPrinter &printer, const ExportContent &content)
{
    PdfOptions options; // the PDF export's defaults: margins, header, page numbers
    const QPageLayout paper = printer.pageLayout();
    options.pageSize = paper.pageSize();
    options.orientation = paper.orientation();
    printer.setFullPage(true); // the layout draws its own margins, header and footer
    printer.setPageLayout(QPageLayout(options.pageSize, options.orientation, QMarginsF()));
    return PagedLayout::paint(printer, content, options);
}

PrintController::PrintController(const LibraryStore &store, SelectionSource selection,
                                 QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_selection(std::move(selection))
    , m_window(window)
{
    m_print = new QAction(themeIcon(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the open article, or the articles selected in the list"));
    connect(m_print, &QAction::triggered, this, &PrintController::print);
}

void PrintController::print()
{
    const PrintSelection selection = m_selection();
    if (selection.uuids.isEmpty() && !selection.editing) {
        Q_EMIT message(tr("Open an article, or select articles in the list, to print them."));
        return;
    }
    const Result<ExportContent> content = loadPrintContent(m_store, selection);
    if (!content) {
        QMessageBox::warning(m_window, tr("Print"), content.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    const QList<Article> &articles = content->articles;
    printer.setDocName(articles.size() == 1 ? articles.first().title
                                            : PagedLayout::articleCountText(int(articles.size())));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(articles.size() == 1
                              ? tr("Print “%1”").arg(articles.first().title)
                              : tr("Print %n article(s)", nullptr, int(articles.size())));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Result<PaintedPages> painted = paintForPrinter(*target, content.value());
        if (!painted)
            failure = painted.error();
    });
    dialog.resize(900, 760);
    Q_EMIT previewOpened(&dialog);
    dialog.exec();
    if (!failure.isEmpty())
        QMessageBox::warning(m_window, tr("Print"), failure);
}

} // namespace lectern
