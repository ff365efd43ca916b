#include "history/trashmodel.h"

#include "sidebarmodel.h"

#include <QLocale>

namespace lectern {

TrashModel::TrashModel(const LibraryStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

Status TrashModel::reload()
{
    Result<QList<TrashedItem>> items = m_store.trashedItems();
    beginResetModel();
    m_items = items ? std::move(items).value() : QList<TrashedItem>();
    endResetModel();
    if (!items)
        return items.failure();
    return success();
}

int TrashModel::articleCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const TrashedItem &item) {
        return item.kind == TrashedItem::Kind::Article;
    }));
}

int TrashModel::universityCount() const
{
    return int(m_items.size()) - articleCount();
}

int TrashModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TrashModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrashModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const TrashedItem &item = m_items.at(index.row());
    const bool university = item.kind == TrashedItem::Kind::University;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.title.isEmpty() ? tr("(untitled)") : item.title;
        case KindColumn:
            if (university) {
                return item.detail.isEmpty()
                           ? tr("University")
                           : tr("University, %1").arg(SidebarModel::countryName(item.detail));
            }
            return tr("Article, %1").arg(languageName(item.detail));
        case TrashedColumn:
            return QLocale().toString(item.trashed.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TrashedColumn)
            return QLocale().toString(item.trashed.toLocalTime(), QLocale::LongFormat);
        return {};
    case UuidRole:
        return item.uuid;
    case IsUniversityRole:
        return university;
    default:
        return {};
    }
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case TrashedColumn:
        return tr("Moved to trash");
    default:
        return {};
    }
}

} // namespace lectern
