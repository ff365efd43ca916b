#include "restoredialog.h"

#include "backuplistmodel.h"
#include "storage/libraryfiles.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lectern {

RestoreDialog::RestoreDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
    , m_libraryPath(libraryPath)
    , m_model(new BackupListModel(this))
{
    setWindowTitle(tr("Restore from Backup"));
    m_model->setBackups(LibraryBackups::list(libraryPath, true));
    auto *intro = new QLabel(
        m_model->rowCount() > 0
            ? tr("Lectern keeps copies of this library: one on the first day it is opened, and "
                 "one before each upgrade and each merge. Restoring puts the chosen copy in "
                 "place of the library; the library as it is now is kept as a copy too, so a "
                 "restore can be undone.")
            : tr("There are no backups of this library yet. Lectern makes one on the first day "
                 "the library is opened, and before each upgrade and each merge."),
        this);
    intro->setWordWrap(true);
    auto *folder = new QLabel(
        tr("Kept in: %1").arg(QDir::toNativeSeparators(backupFolderOf(libraryPath))), this);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::MadeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Backups"));
    m_view->setEnabled(m_model->rowCount() > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(folder);
    layout->addWidget(buttons);
    resize(640, 380);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RestoreDialog::updateButtons);
    connect(m_view, &QTableView::doubleClicked, m_restore, &QPushButton::click);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (confirm())
            accept();
    });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_restore->setEnabled(!rows.isEmpty() && m_model->backup(rows.first().row()).problem.isEmpty());
}

bool RestoreDialog::confirm()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const BackupInfo &backup = m_model->backup(rows.first().row());
    QMessageBox question(QMessageBox::Question, tr("Restore from Backup"),
                         tr("Put the copy of %1 (%n article(s)) in place of the library?", nullptr,
                            int(backup.articles))
                             .arg(QLocale().toString(backup.made, QLocale::LongFormat)),
                         QMessageBox::Cancel, this);
    question.setInformativeText(tr("Everything changed since then is replaced. The library as it "
                                   "is now is kept as a backup first."));
    QPushButton *restore = question.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != restore)
        return false;
    m_chosen = backup.path;
    return true;
}

} // namespace lectern
