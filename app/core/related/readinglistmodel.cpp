#include "readinglistmodel.h"

#include <QMimeData>

namespace lectern {

QString ReadingListModel::mimeType()
{
    return QStringLiteral("application/x-lectern-article-uuids");
}

ReadingListModel::ReadingListModel(LibraryStore &store, qint64 listId, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_listId(listId)
{
    report(reload());
}

Status ReadingListModel::setListId(qint64 listId)
{
    m_listId = listId;
    return reload();
}

Status ReadingListModel::reload()
{
    Result<QList<ArticleSummary>> items = m_store.readingListItems(m_listId);
    beginResetModel();
    m_items = items ? std::move(items).value() : QList<ArticleSummary>{};
    endResetModel();
    return items ? success() : Status(items.failure());
}

QStringList ReadingListModel::uuids() const
{
    QStringList list;
    for (const ArticleSummary &item : m_items)
        list.append(item.uuid);
    return list;
}

Status ReadingListModel::write(const QList<ArticleSummary> &items)
{
    QStringList list;
    for (const ArticleSummary &item : items)
        list.append(item.uuid);
    return m_store.setReadingListItems(m_listId, list);
}

bool ReadingListModel::report(const Status &status)
{
    if (!status)
        Q_EMIT errorOccurred(status.error());
    return status.ok();
}

Status ReadingListModel::insertArticles(int row, const QStringList &uuids)
{
    if (row < 0 || row > m_items.size())
        row = int(m_items.size());
    QList<ArticleSummary> items = m_items;
    QList<ArticleSummary> arriving;
    for (const QString &uuid : uuids) {
        const auto present = std::find_if(items.begin(), items.end(),
                                          [&](const ArticleSummary &a) { return a.uuid == uuid; });
        if (present != items.end()) {
            if (present - items.begin() < row)
                --row;
            arriving.append(*present);
            items.erase(present);
            continue;
        }
        if (std::any_of(arriving.cbegin(), arriving.cend(),
                        [&](const ArticleSummary &a) { return a.uuid == uuid; }))
            continue; // the same uuid twice in one drop
        const Result<Article> article = m_store.article(uuid);
        if (!article)
            return article.failure();
        ArticleSummary summary;
        summary.id = article->id;
        summary.uuid = article->uuid;
        summary.title = article->title;
        summary.language = article->language;
        summary.status = article->status;
        summary.author = article->author;
        summary.category = article->category;
        summary.updated = article->updated;
        summary.published = article->published;
        arriving.append(summary);
    }
    for (qsizetype i = 0; i < arriving.size(); ++i)
        items.insert(row + i, arriving[i]);
    if (Status status = write(items); !status)
        return status;
    // Moves and insertions in one go: simplest told to views as a reset.
    beginResetModel();
    m_items = items;
    endResetModel();
    return success();
}

int ReadingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ReadingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return item.title;
    case UuidRole:
        return item.uuid;
    case LanguageRole:
        return item.language;
    case StatusRole:
        return statusKey(item.status);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReadingListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(LanguageRole, "language");
    names.insert(StatusRole, "status");
    return names;
}

Qt::ItemFlags ReadingListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    if (!index.isValid())
        return base | Qt::ItemIsDropEnabled; // drop between rows or after the last
    return base | Qt::ItemIsDragEnabled;
}

Qt::DropActions ReadingListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ReadingListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ReadingListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ReadingListModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList sorted = indexes;
    std::sort(sorted.begin(), sorted.end());
    QStringList list;
    for (const QModelIndex &index : std::as_const(sorted)) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            list.append(m_items[index.row()].uuid);
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), list.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool ReadingListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int,
                                       int column, const QModelIndex &parent) const
{
    return data && data->hasFormat(mimeType()) && column <= 0 && !parent.isValid() &&
           (action == Qt::MoveAction || action == Qt::CopyAction);
}

bool ReadingListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList uuids =
        QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (uuids.isEmpty())
        return false;
    return report(insertArticles(row, uuids));
}

bool ReadingListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    const int size = int(m_items.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > size || destinationChild < 0 || destinationChild > size)
        return false;
    // Moving a block onto itself or just after itself changes nothing.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    QList<ArticleSummary> items = m_items;
    const QList<ArticleSummary> block = items.mid(sourceRow, count);
    items.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        items.insert(insertAt + i, block[i]);
    if (!report(write(items)))
        return false;
    beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
    m_items = items;
    endMoveRows();
    return true;
}

bool ReadingListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_items.size())
        return false;
    QList<ArticleSummary> items = m_items;
    items.remove(row, count);
    if (!report(write(items)))
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_items = items;
    endRemoveRows();
    return true;
}

} // namespace lectern
