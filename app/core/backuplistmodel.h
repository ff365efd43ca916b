#pragma once

#include "storage/librarybackups.h"

#include <QAbstractTableModel>

namespace lectern {

// A library's backups, newest first, for File › Restore from Backup….
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MadeColumn,
        ReasonColumn,
        ArticlesColumn,
        SizeColumn,
        ColumnCount
    };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit BackupListModel(QObject *parent = nullptr);
    void setBackups(QList<BackupInfo> backups);
    const BackupInfo &backup(int row) const { return m_backups.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BackupInfo> m_backups;
};

} // namespace lectern
