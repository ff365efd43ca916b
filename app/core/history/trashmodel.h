#pragma once

#include "librarystore.h"

#include <QAbstractTableModel>

namespace lectern {

// What is in the trash: articles and universities, most recently trashed
// first, with when each went there.
class TrashModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        TrashedColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        IsUniversityRole
    };

    explicit TrashModel(const LibraryStore &store, QObject *parent = nullptr);

    // Reads the trash again; returns an error to show, if any.
    Status reload();
    const TrashedItem &itemAt(int row) const { return m_items.at(row); }
    int articleCount() const;
    int universityCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const LibraryStore &m_store;
    QList<TrashedItem> m_items;
};

} // namespace lectern
