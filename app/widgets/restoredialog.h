#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace lectern {

class BackupListModel;

// File › Restore from Backup…: the library's backups with their dates and
// article counts; accepted with the one to restore (after asking).
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString &libraryPath, QWidget *parent = nullptr);

    QString chosenBackup() const { return m_chosen; }
    QTableView *view() const { return m_view; }
    QPushButton *restoreButton() const { return m_restore; }
    // Asks before restoring; tests answer it.
    bool confirm();

private:
    void updateButtons();

    QString m_libraryPath;
    BackupListModel *m_model;
    QTableView *m_view;
    QPushButton *m_restore;
    QString m_chosen;
};

} // namespace lectern
