#pragma once

// File › Print… (Ctrl+P): the open article, or the articles selected in the
// list, in a print preview, laid out by the PDF export's own paged layout
// (pagedlayout.h) with its default options, on the printer's paper.
#include "exportcontent.h"
#include "pagedlayout.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace lectern {

// What to print: saved articles by uuid, and the editor's article as it is
// on screen (saved or not), which replaces its saved version.
struct PrintSelection
{
    QStringList uuids;
    std::optional<Article> editing;
};

// The articles of a selection with their images, in the selection's order.
Result<ExportContent> loadPrintContent(const LibraryStore &store, const PrintSelection &selection);
// Paints the content on the printer's pages, in its paper size and
// orientation: what the preview shows and what Print prints.
Result<PaintedPages> paintForPrinter(QPrinter &printer, const ExportContent &content);

class PrintController final : public QObject
{
    Q_OBJECT

public:
    using SelectionSource = std::function<PrintSelection()>;

    // `selection` tells what the window would print now; an empty one
    // explains in a message what to select.
    PrintController(const LibraryStore &store, SelectionSource selection, QWidget *window);
    Q_DISABLE_COPY_MOVE(PrintController)

    QAction *printAction() const { return m_print; }
    // Opens the print preview of what is selected (blocks until it closes).
    void print();

Q_SIGNALS:
    void message(const QString &text);
    // The preview, before it is shown (tests paint it onto a PDF printer).
    void previewOpened(QPrintPreviewDialog *dialog);

private:
    const LibraryStore &m_store;
    SelectionSource m_selection;
    QWidget *m_window;
    QAction *m_print = nullptr;
};

} // namespace lectern
