#include "importdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lectern {

namespace {

QString outcomeLabel(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return ImportDialog::tr("Imported");
    case ImportOutcome::Updated:
        return ImportDialog::tr("Updated");
    case ImportOutcome::Skipped:
        return ImportDialog::tr("Skipped");
    case ImportOutcome::Failed:
        break;
    }
    return ImportDialog::tr("Failed");
}

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

ImportRunner::ImportRunner(LibraryStore &store, QWidget *parent)
    : QObject(parent)
    , m_store(store)
{
}

bool ImportRunner::report(int done, int total, const QString &path)
{
    Q_EMIT progressed(done, total, path);
    QPointer<QProgressDialog> guard(m_progress);
    QMetaObject::invokeMethod(
        this,
        [guard, done, total, path] {
            if (!guard)
                return;
            guard->setMaximum(total);
            guard->setValue(done);
            if (!path.isEmpty()) {
                guard->setLabelText(ImportDialog::tr("File %1 of %2: %3")
                                        .arg(done + 1)
                                        .arg(total)
                                        .arg(QFileInfo(path).fileName()));
            }
        },
        Qt::QueuedConnection);
    return !m_cancelled;
}

Result<ImportSummary> ImportRunner::run(const QStringList &paths, const ImportOptions &options)
{
    m_cancelled = false;
    auto *parentWidget = qobject_cast<QWidget *>(parent());
    // Made for each run: a progress dialog shows itself some time after it
    // is made, whether or not anything is running.
    auto progress = std::make_unique<QProgressDialog>(tr("Looking for files to import…"),
                                                      tr("Cancel"), 0, 0, parentWidget);
    progress->setWindowTitle(tr("Import"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setMinimumWidth(460);
    m_progress = progress.get();
    connect(progress.get(), &QProgressDialog::canceled, this, &ImportRunner::cancel);

    Result<ImportSummary> result = Error{};
    if (m_store.isInMemory()) {
        ImportJob job(m_store, options);
        job.setProgress([this](int done, int total, const QString &path) {
            const bool go = report(done, total, path);
            QCoreApplication::processEvents();
            return go && !m_cancelled;
        });
        result = job.run(paths);
    } else {
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Result<std::unique_ptr<LibraryStore>> store = m_store.openWorkerConnection();
            if (!store) {
                result = Error{tr("The import could not open the library: %1").arg(store.error())};
                return;
            }
            ImportJob job(*store.value(), options);
            job.setProgress([this](int done, int total, const QString &path) {
                return report(done, total, path);
            });
            result = job.run(paths);
        }));
        QEventLoop loop;
        connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec();
        worker->wait();
    }
    m_progress = nullptr;
    progress->reset();
    return result;
}

ImportDialog::ImportDialog(LibraryStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_runner(new ImportRunner(store, this))
{
    setWindowTitle(tr("Import"));

    auto *choosePage = new QWidget(this);
    auto *intro = new QLabel(tr("Choose HTML, Markdown or text files, or folders: a folder is "
                                "imported with all its subfolders."),
                             choosePage);
    intro->setWordWrap(true);
    m_pathList = new QListWidget(choosePage);
    m_pathList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pathList->setAccessibleName(tr("Files and folders to import"));
    auto *addFiles = new QPushButton(tr("Add &Files…"), choosePage);
    auto *addFolder = new QPushButton(tr("Add F&older…"), choosePage);
    m_removeButton = new QPushButton(tr("&Remove"), choosePage);
    auto *pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFiles);
    pathButtons->addWidget(addFolder);
    pathButtons->addWidget(m_removeButton);
    pathButtons->addStretch();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathList, 1);
    pathRow->addLayout(pathButtons);

    auto *duplicateBox = new QGroupBox(tr("A page that was imported before"), choosePage);
    auto *skip = new QRadioButton(tr("&Skip it: keep the article as it is"), duplicateBox);
    auto *update = new QRadioButton(
        tr("&Update the article (its current text is kept as a revision)"), duplicateBox);
    m_duplicates = new QButtonGroup(this);
    m_duplicates->addButton(skip, int(DuplicatePolicy::Skip));
    m_duplicates->addButton(update, int(DuplicatePolicy::Update));
    skip->setChecked(true);
    auto *duplicateLayout = new QVBoxLayout(duplicateBox);
    duplicateLayout->addWidget(skip);
    duplicateLayout->addWidget(update);

    auto *chooseLayout = new QVBoxLayout(choosePage);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(intro);
    chooseLayout->addLayout(pathRow, 1);
    chooseLayout->addWidget(duplicateBox);

    auto *summaryPage = new QWidget(this);
    m_summaryLabel = new QLabel(summaryPage);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files = new QTreeWidget(summaryPage);
    m_files->setHeaderLabels({tr("File"), tr("Result"), tr("Notes")});
    m_files->setRootIsDecorated(false);
    m_files->setWordWrap(true);
    m_files->setAlternatingRowColors(true);
    m_files->setAccessibleName(tr("Imported files"));
    m_files->header()->setStretchLastSection(true);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(m_summaryLabel);
    summaryLayout->addWidget(m_files, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(choosePage);
    m_pages->addWidget(summaryPage);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_openButton = m_buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_openButton->hide();
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(760, 480);

    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_pathList, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_openButton, &QPushButton::clicked, this, &ImportDialog::openChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_files, &QTreeWidget::itemDoubleClicked, this, &ImportDialog::openChosen);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &ImportDialog::updateButtons);
    updateButtons();
}

void ImportDialog::setPaths(const QStringList &paths)
{
    m_pathList->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_pathList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    updateButtons();
}

QStringList ImportDialog::paths() const
{
    QStringList paths;
    for (int row = 0; row < m_pathList->count(); ++row)
        paths.append(m_pathList->item(row)->data(Qt::UserRole).toString());
    return paths;
}

void ImportDialog::setDuplicatePolicy(DuplicatePolicy policy)
{
    m_duplicates->button(int(policy))->setChecked(true);
}

void ImportDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(),
        tr("Pages (*.html *.htm *.xhtml *.md *.markdown *.txt);;HTML (*.html *.htm "
           "*.xhtml);;Markdown (*.md *.markdown);;Text (*.txt);;All files (*)"));
    if (!files.isEmpty())
        setPaths(paths() + files);
}

void ImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"));
    if (!folder.isEmpty())
        setPaths(paths() << folder);
}

void ImportDialog::removeSelected()
{
    qDeleteAll(m_pathList->selectedItems());
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool summary = m_pages->currentIndex() == 1;
    m_removeButton->setEnabled(!m_pathList->selectedItems().isEmpty());
    m_importButton->setVisible(!summary);
    m_importButton->setEnabled(m_pathList->count() > 0);
    m_openButton->setVisible(summary);
    m_openButton->setEnabled(summary && !openableArticles().isEmpty());
}

bool ImportDialog::startImport()
{
    const QStringList chosen = paths();
    if (chosen.isEmpty())
        return false;
    ImportOptions options;
    options.duplicates = DuplicatePolicy(m_duplicates->checkedId());
    m_importButton->setEnabled(false);
    const Result<ImportSummary> result = m_runner->run(chosen, options);
    if (!result) {
        QMessageBox::warning(this, tr("Import"), result.error());
        updateButtons();
        return false;
    }
    m_summary = result.value();
    showSummary();
    if (m_summary.count(ImportOutcome::Imported) + m_summary.count(ImportOutcome::Updated) > 0)
        Q_EMIT libraryChanged();
    return true;
}

QString ImportDialog::summaryText() const
{
    QStringList lines;
    if (m_summary.cancelled) {
        lines << tr("The import was cancelled. The files imported before that stay in the "
                    "library.");
    }
    const int imported = m_summary.count(ImportOutcome::Imported);
    const int updated = m_summary.count(ImportOutcome::Updated);
    const int skipped = m_summary.count(ImportOutcome::Skipped);
    const int failed = m_summary.count(ImportOutcome::Failed);
    lines << tr("%n file(s) imported as new articles.", nullptr, imported);
    if (updated > 0)
        lines << tr("%n article(s) updated.", nullptr, updated);
    if (skipped > 0)
        lines << tr("%n file(s) skipped: imported before.", nullptr, skipped);
    if (failed > 0)
        lines << tr("%n file(s) could not be imported; the list below says why.", nullptr, failed);
    if (const int remote = m_summary.remoteImages(); remote > 0) {
        lines << tr("%n image(s) on the web were not downloaded: they stay links.", nullptr,
                    remote);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList ImportDialog::openableArticles() const
{
    QStringList uuids;
    for (const ImportItem &item : m_summary.items) {
        if ((item.outcome == ImportOutcome::Imported || item.outcome == ImportOutcome::Updated) &&
            !item.uuid.isEmpty())
            uuids.append(item.uuid);
    }
    return uuids;
}

void ImportDialog::showSummary()
{
    setWindowTitle(tr("Import Finished"));
    m_summaryLabel->setText(summaryText());
    m_files->clear();
    for (const ImportItem &item : std::as_const(m_summary.items)) {
        QStringList notes;
        if (!item.reason.isEmpty())
            notes << item.reason;
        notes << item.notes;
        const QString name = QFileInfo(item.path).fileName();
        auto *row = new QTreeWidgetItem(m_files,
                                        {name.isEmpty() ? item.path : name,
                                         outcomeLabel(item.outcome), notes.join(QLatin1Char(' '))});
        row->setToolTip(0, QDir::toNativeSeparators(item.path));
        row->setToolTip(2, notes.join(QLatin1Char('\n')));
        row->setData(0, Qt::UserRole,
                     item.outcome == ImportOutcome::Failed ? QString() : item.uuid);
    }
    m_files->resizeColumnToContents(1);
    m_files->resizeColumnToContents(0);
    m_files->setColumnWidth(0, qMin(m_files->columnWidth(0), 260));
    m_pages->setCurrentIndex(1);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    updateButtons();
    m_openButton->setDefault(m_openButton->isEnabled());
}

void ImportDialog::openChosen()
{
    QString uuid;
    if (QTreeWidgetItem *current = m_files->currentItem())
        uuid = current->data(0, Qt::UserRole).toString();
    if (uuid.isEmpty() && !openableArticles().isEmpty())
        uuid = openableArticles().first();
    if (uuid.isEmpty())
        return;
    Q_EMIT openArticleRequested(uuid);
    accept();
}

ImportDropHandler::ImportDropHandler(LibraryStore &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
    // Drops go to the innermost widget that accepts them: the window and
    // every such part of it hand files on to the import.
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    for (QWidget *child : window->findChildren<QWidget *>()) {
        if (child->acceptDrops())
            child->installEventFilter(this);
    }
}

bool ImportDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_accepting)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (localPaths(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localPaths(drop->mimeData());
        if (paths.isEmpty())
            break;
        drop->acceptProposedAction();
        // Not inside the drop: the dragging program waits until it returns.
        QTimer::singleShot(0, this, [this, paths] { showImportDialog(paths); });
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ImportDropHandler::showImportDialog(const QStringList &paths)
{
    ImportDialog dialog(m_store, m_window);
    connect(&dialog, &ImportDialog::libraryChanged, this, &ImportDropHandler::libraryChanged);
    connect(&dialog, &ImportDialog::openArticleRequested, this,
            &ImportDropHandler::openArticleRequested);
    if (!paths.isEmpty()) {
        dialog.setPaths(paths);
        QTimer::singleShot(0, &dialog, &ImportDialog::startImport);
    }
    dialog.exec();
}

} // namespace lectern
