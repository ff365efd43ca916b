#include "backuplistmodel.h"

#include <QLocale>

namespace lectern {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupListModel::setBackups(QList<BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupInfo &backup = m_backups.at(index.row());
    if (role == PathRole)
        return backup.path;
    if (role == Qt::ToolTipRole)
        return backup.problem.isEmpty() ? backup.path : backup.problem;
    if (role == Qt::TextAlignmentRole && index.column() >= ArticlesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MadeColumn:
        return QLocale().toString(backup.made, QLocale::ShortFormat);
    case ReasonColumn:
        return LibraryBackups::reasonText(backup.reason);
    case ArticlesColumn:
        return backup.problem.isEmpty() ? QLocale().toString(backup.articles)
                                        : tr("cannot be read");
    case SizeColumn:
        return QLocale().formattedDataSize(backup.bytes, 1, QLocale::DataSizeTraditionalFormat);
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MadeColumn:
        return tr("Made");
    case ReasonColumn:
        return tr("Why");
    case ArticlesColumn:
        return tr("Articles");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace lectern
