#pragma once

#include "librarystore.h"

#include <QAbstractListModel>

namespace lectern {

// One curated reading list, in its order, for a QListView that reorders it by
// drag and drop. Every change is written to the library at once; a write that
// fails leaves the list as it was and reports the error through
// errorOccurred().
//
// Reordering inside one view goes through moveRows() (QListView in
// InternalMove mode calls it). Articles dragged in from elsewhere (the article
// list) arrive through dropMimeData() as uuids; one already in the list moves
// to the drop position instead of appearing twice.
class ReadingListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        LanguageRole,
        StatusRole
    };
    static QString mimeType(); // the uuids, one per line (UTF-8)

    ReadingListModel(LibraryStore &store, qint64 listId, QObject *parent = nullptr);

    qint64 listId() const { return m_listId; }
    // Shows another list (or the same one, re-read from the library).
    Status setListId(qint64 listId);
    Status reload();
    QStringList uuids() const;

    // Puts the articles at `row` (the end if -1); those already in the list
    // move there.
    Status insertArticles(int row, const QStringList &uuids);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Status write(const QList<ArticleSummary> &items);
    bool report(const Status &status);

    LibraryStore &m_store;
    qint64 m_listId = 0;
    QList<ArticleSummary> m_items;
};

} // namespace lectern
