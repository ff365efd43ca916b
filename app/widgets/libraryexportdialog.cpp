#include "libraryexportdialog.h"

#include "librarytask.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lectern {

LibraryExportDialog::LibraryExportDialog(LibraryStore &store, QStringList currentList,
                                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_task(new LibraryTask(store, tr("Export Library"), this))
    , m_currentList(std::move(currentList))
{
    setWindowTitle(tr("Export Library"));
    auto *intro = new QLabel(tr("Write a library file (.lectern) with the articles, their "
                                "history and images, for a colleague to merge into their "
                                "library."),
                             this);
    intro->setWordWrap(true);
    m_everything = new QRadioButton(tr("&Everything, the trash included (so deletions reach them "
                                       "too)"),
                                    this);
    m_list = new QRadioButton(
        tr("Only the &current list: %n article(s)", nullptr, int(m_currentList.size())), this);
    m_list->setEnabled(!m_currentList.isEmpty());
    m_since = new QRadioButton(tr("Articles changed &since:"), this);
    m_sinceDate = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setEnabled(false);
    m_everything->setChecked(true);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(m_sinceDate);
    sinceRow->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("E&xport…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_everything);
    layout->addWidget(m_list);
    layout->addLayout(sinceRow);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_since, &QRadioButton::toggled, m_sinceDate, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &LibraryExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LibraryExportDialog::setScope(Scope scope)
{
    switch (scope) {
    case Scope::Everything:
        m_everything->setChecked(true);
        break;
    case Scope::CurrentList:
        m_list->setChecked(true);
        break;
    case Scope::ChangedSince:
        m_since->setChecked(true);
        break;
    }
}

ExportSelection LibraryExportDialog::selection() const
{
    ExportSelection selection;
    if (m_list->isChecked())
        selection.articleUuids = m_currentList;
    else if (m_since->isChecked())
        selection.since = m_sinceDate->date().startOfDay();
    else
        selection.all = true;
    return selection;
}

bool LibraryExportDialog::wasCancelled() const
{
    return m_task->wasCancelled();
}

Result<ExportReport> LibraryExportDialog::exportTo(const QString &path)
{
    m_task->setLabel([](int done, int total) {
        return total > 0 ? tr("Writing article %1 of %2").arg(done).arg(total)
                         : tr("Reading the library…");
    });
    const ExportSelection chosen = selection();
    Result<ExportReport> report = Error{};
    QString connectionError;
    const bool ran = m_task->run(
        [&](LibraryStore &store, const LibraryTask::Step &step) {
            // The file dialog asked before an existing file was chosen.
            report = LibraryExchange::exportLibrary(store, path, chosen, true, step);
        },
        &connectionError);
    if (!ran)
        return Error{connectionError};
    if (m_task->wasCancelled())
        return Error{tr("The export was cancelled; no file was written.")};
    return report;
}

void LibraryExportDialog::chooseFileAndExport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Library"),
                                                tr("articles") + QStringLiteral(".lectern"),
                                                tr("Lectern libraries (*.lectern)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".lectern");
    const Result<ExportReport> report = exportTo(path);
    if (!report && wasCancelled()) {
        QMessageBox::information(this, tr("Export Library"), report.error());
        return;
    }
    if (!report) {
        QMessageBox::warning(this, tr("Export Library"), report.error());
        return;
    }
    QMessageBox::information(this, tr("Export Library"),
                             tr("%n article(s) exported to “%1”.", nullptr, report->articles)
                                 .arg(QDir::toNativeSeparators(path)));
    accept();
}

} // namespace lectern
