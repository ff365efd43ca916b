#include "exportdialog.h"

#include "exportfilenames.h"
#include "exportjob.h"
#include "librarystore.h"
#include "relatedreading.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace lectern {

namespace {

enum class Scope
{
    Selection,
    Recommended,
    All,
    Category
};

constexpr QPageSize::PageSizeId pageSizes[] = {QPageSize::A4,     QPageSize::A5,    QPageSize::A3,
                                               QPageSize::Letter, QPageSize::Legal, QPageSize::B5};

} // namespace

void showExportDialog(LibraryStore &store, const QStringList &uuids, QWidget *parent)
{
    ExportDialog dialog(store, uuids, parent);
    dialog.exec();
}

ExportDialog::ExportDialog(LibraryStore &store, QStringList selection, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_selection(std::move(selection))
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_scope = new QComboBox(this);
    if (!m_selection.isEmpty()) {
        m_scope->addItem(m_selection.size() == 1
                             ? tr("The selected article")
                             : tr("The %n selected articles", nullptr, int(m_selection.size())),
                         QVariant::fromValue(int(Scope::Selection)));
    }
    m_scope->addItem(tr("Recommended reading"), QVariant::fromValue(int(Scope::Recommended)));
    m_scope->addItem(tr("All articles"), QVariant::fromValue(int(Scope::All)));
    if (const Result<QStringList> categories = m_store.categories(); categories) {
        for (const QString &category : categories.value())
            m_scope->addItem(tr("Category: %1").arg(category), category);
    }
    form->addRow(tr("&Articles:"), m_scope);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF"), int(ExportFormat::Pdf));
    m_format->addItem(tr("HTML (self-contained)"), int(ExportFormat::Html));
    m_format->addItem(tr("OpenDocument text (ODT)"), int(ExportFormat::Odt));
    m_format->addItem(tr("Markdown"), int(ExportFormat::Markdown));
    m_format->addItem(tr("Plain text"), int(ExportFormat::Text));
    form->addRow(tr("&Format:"), m_format);
    m_oneFile = new QCheckBox(tr("Put all articles into &one file"), this);
    m_oneFile->setChecked(true);
    form->addRow(QString(), m_oneFile);

    auto *pdfGroup = new QGroupBox(tr("Pages"), this);
    m_pdfGroup = pdfGroup;
    auto *pdfForm = new QFormLayout(pdfGroup);
    m_pageSize = new QComboBox(pdfGroup);
    for (const QPageSize::PageSizeId id : pageSizes)
        m_pageSize->addItem(QPageSize::name(id), int(id));
    pdfForm->addRow(tr("Page &size:"), m_pageSize);
    m_orientation = new QComboBox(pdfGroup);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    pdfForm->addRow(tr("&Orientation:"), m_orientation);
    m_margins = new QDoubleSpinBox(pdfGroup);
    m_margins->setRange(5, 50);
    m_margins->setValue(20);
    m_margins->setSuffix(tr(" mm"));
    pdfForm->addRow(tr("&Margins:"), m_margins);
    m_fontSize = new QDoubleSpinBox(pdfGroup);
    m_fontSize->setRange(7, 24);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setValue(11);
    m_fontSize->setSuffix(tr(" pt"));
    pdfForm->addRow(tr("&Text size:"), m_fontSize);
    m_headerFooter = new QCheckBox(tr("&Header and page numbers"), pdfGroup);
    m_metadata = new QCheckBox(tr("&Author, date, source and language under the title"), pdfGroup);
    m_images = new QCheckBox(tr("&Images"), pdfGroup);
    m_links = new QCheckBox(tr("Clickable &links"), pdfGroup);
    m_cover = new QCheckBox(tr("&Cover page and contents for several articles"), pdfGroup);
    m_pdfA = new QCheckBox(tr("PDF/A-1b for &archiving"), pdfGroup);
    m_relatedReading = new QCheckBox(tr("&Related reading after each article"), pdfGroup);
    m_relatedReading->setObjectName(QStringLiteral("relatedReadingBox"));
    m_relatedReading->setToolTip(
        tr("Ends each article with up to five related articles and why they are suggested"));
    for (QCheckBox *box : {m_headerFooter, m_metadata, m_images, m_links, m_cover}) {
        box->setChecked(true);
        pdfForm->addRow(QString(), box);
    }
    pdfForm->addRow(QString(), m_relatedReading);
    pdfForm->addRow(QString(), m_pdfA);
    layout->addWidget(pdfGroup);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportFiles);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::updateEnabled()
{
    const bool pdf = options().format == ExportFormat::Pdf;
    m_previewButton->setEnabled(pdf);
    m_pageSize->setEnabled(pdf);
    m_orientation->setEnabled(pdf);
    m_margins->setEnabled(pdf);
    m_fontSize->setEnabled(pdf);
    m_headerFooter->setEnabled(pdf);
    m_links->setEnabled(pdf || options().format == ExportFormat::Html);
    m_cover->setEnabled(pdf);
    m_pdfA->setEnabled(pdf);
    // The HTML pages are the articles as they are, without added sections.
    m_relatedReading->setEnabled(options().format != ExportFormat::Html);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = ExportFormat(m_format->currentData().toInt());
    options.oneFile = m_oneFile->isChecked();
    PdfOptions &pdf = options.pdf;
    pdf.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    pdf.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    const qreal margin = m_margins->value();
    pdf.marginsMillimetres = QMarginsF(margin, margin + 2, margin, margin + 2);
    pdf.baseFontPoints = m_fontSize->value();
    pdf.headerAndFooter = m_headerFooter->isChecked();
    pdf.metadataBlock = m_metadata->isChecked();
    pdf.images = m_images->isChecked();
    pdf.links = m_links->isChecked();
    pdf.coverAndContents = m_cover->isChecked();
    pdf.pdfA = m_pdfA->isChecked();
    pdf.relatedReading = m_relatedReading->isEnabled() && m_relatedReading->isChecked();
    return options;
}

Result<ExportContent> ExportDialog::chosenContent() const
{
    const QVariant data = m_scope->currentData();
    Result<QStringList> uuids = m_selection;
    QString title;
    if (data.typeId() == QMetaType::QString) {
        title = data.toString();
        uuids = ExportContentLoader::category(m_store, title);
    } else if (Scope(data.toInt()) == Scope::Recommended) {
        title = tr("Recommended reading");
        uuids = ExportContentLoader::recommendedReading(m_store);
    } else if (Scope(data.toInt()) == Scope::All) {
        title = tr("All articles");
        uuids = ExportContentLoader::allArticles(m_store);
    }
    if (!uuids)
        return uuids.failure();
    Result<ExportContent> content = ExportContentLoader::load(m_store, uuids.value(), title);
    if (content && options().pdf.relatedReading) {
        if (Status status = RelatedReading::add(m_store, content.value()); !status)
            return status.failure();
    }
    return content;
}

Result<PaintedPages> ExportDialog::paintOnPrinter(QPrinter &printer) const
{
    const Result<ExportContent> content = chosenContent();
    if (!content)
        return content.failure();
    const PdfOptions pdf = options().pdf;
    printer.setFullPage(true); // the layout draws its own margins, header and footer
    printer.setPageLayout(QPageLayout(pdf.pageSize, pdf.orientation, QMarginsF()));
    return PagedLayout::paint(printer, content.value(), pdf);
}

void ExportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Result<PaintedPages> painted = paintOnPrinter(*target);
        if (!painted)
            failure = painted.error();
    });
    dialog.exec();
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Print preview"), failure);
}

QString ExportDialog::askDestination(const ExportContent &content, const ExportOptions &options,
                                     bool *overwrite)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suffix = exportFileSuffix(options.format);
    if (options.oneFile || content.articles.size() == 1) {
        const QString title = content.articles.size() == 1
                                  ? content.articles.first().title
                                  : PagedLayout::collectionTitle(content, options.pdf);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export to"), QDir(documents).filePath(safeFileName(title, suffix)),
            tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        *overwrite = true; // the file dialog has asked before choosing an existing file
        return path;
    }
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export into folder"), documents);
    if (folder.isEmpty())
        return {};
    const ExportJob probe(content, options, folder);
    const QStringList existing = probe.existingTargets();
    *overwrite = false;
    if (!existing.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace files?"),
            tr("%n of the files already exist in “%1”, for example “%2”. Replace them?", nullptr,
               int(existing.size()))
                .arg(QDir::toNativeSeparators(folder), QFileInfo(existing.first()).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return {};
        *overwrite = true;
    }
    return folder;
}

void ExportDialog::exportFiles()
{
    Result<ExportContent> content = chosenContent();
    if (!content) {
        QMessageBox::warning(this, tr("Export"), content.error());
        return;
    }
    ExportOptions chosen = options();
    const QString destination = askDestination(content.value(), chosen, &chosen.overwrite);
    if (destination.isEmpty())
        return;
    runJob(std::move(content).value(), chosen, destination);
}

void ExportDialog::runJob(ExportContent content, ExportOptions options, const QString &destination)
{
    const int total = int(content.articles.size());
    // The job reads only the values loaded here, never the library, so it
    // can run on other threads while this one keeps the window alive.
    auto job = std::make_shared<ExportJob>(std::move(content), options, destination);
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    connect(&progress, &QProgressDialog::canceled, this, [job] { job->cancel(); });

    QPointer<QProgressDialog> guard(&progress);
    Result<QStringList> result = Error{};
    std::unique_ptr<QThread> worker(QThread::create([&result, job, guard] {
        result = job->run([guard](const ExportProgress &step) {
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, step] {
                    if (!guard)
                        return;
                    guard->setValue(step.done);
                    guard->setLabelText(ExportDialog::tr("%1 of %2: %3")
                                            .arg(step.done)
                                            .arg(step.total)
                                            .arg(step.current));
                },
                Qt::QueuedConnection);
        });
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    progress.reset();

    if (job->isCancelled()) {
        QMessageBox::information(this, tr("Export"),
                                 tr("The export was cancelled; no file was left behind."));
        return;
    }
    if (!result) {
        QMessageBox::warning(this, tr("Export failed"), result.error());
        return;
    }
    QMessageBox::information(
        this, tr("Export"),
        result->size() == 1 ? tr("Exported to “%1”.").arg(QDir::toNativeSeparators(result->first()))
                            : tr("Exported %n file(s) to “%1”.", nullptr, int(result->size()))
                                  .arg(QDir::toNativeSeparators(destination)));
    accept();
}

} // namespace lectern
