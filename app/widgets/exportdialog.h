#pragma once

// The export dialog: format, which articles, PDF page options, a print
// preview drawn by the same layout as the PDF, and a batch that runs off the
// GUI thread with progress and Cancel.
#include "exportcontent.h"
#include "exportoptions.h"
#include "pagedlayout.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPrinter;
class QPushButton;

namespace lectern {

class LibraryStore;

// Opens the dialog for the selected articles (uuids; may be empty, then the
// dialog offers the recommended-reading list, categories and all articles).
void showExportDialog(LibraryStore &store, const QStringList &uuids, QWidget *parent);

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(LibraryStore &store, QStringList selection, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportDialog)

    ExportOptions options() const;
    // The articles the scope box names, loaded from the library, with the
    // collection's title.
    Result<ExportContent> chosenContent() const;
    // Sets the printer to the chosen page and paints the chosen articles:
    // what the preview shows and what printing prints.
    Result<PaintedPages> paintOnPrinter(QPrinter &printer) const;
    void setFormat(ExportFormat format);

private Q_SLOTS:
    void exportFiles();
    void preview();
    void updateEnabled();

private:
    QString askDestination(const ExportContent &content, const ExportOptions &options,
                           bool *overwrite);
    void runJob(ExportContent content, ExportOptions options, const QString &destination);

    LibraryStore &m_store;
    QStringList m_selection;
    QComboBox *m_scope = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_oneFile = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margins = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr;
    QCheckBox *m_headerFooter = nullptr;
    QCheckBox *m_metadata = nullptr;
    QCheckBox *m_images = nullptr;
    QCheckBox *m_links = nullptr;
    QCheckBox *m_cover = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QCheckBox *m_relatedReading = nullptr;
    QPushButton *m_previewButton = nullptr;
    QWidget *m_pdfGroup = nullptr;
};

} // namespace lectern
