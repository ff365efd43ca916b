#include "articletablemodel.h"

#include "uilanguage.h"

#include <QLocale>

namespace lectern {

ArticleTableModel::ArticleTableModel(const LibraryStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_sort.preferredLanguage = readerLanguage();
}

void ArticleTableModel::setFilter(const ArticleFilter &filter)
{
    // The same place chosen again keeps its rows (reading a page costs tens
    // of milliseconds at 100,000 articles); reload() refreshes after edits.
    if (m_loaded && filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

ArticleSortColumn ArticleTableModel::sortColumnFor(int column)
{
    switch (column) {
    case TitleColumn:
        return ArticleSortColumn::Title;
    case AuthorColumn:
        return ArticleSortColumn::Author;
    case CategoryColumn:
        return ArticleSortColumn::Category;
    case StatusColumn:
        return ArticleSortColumn::Status;
    case LanguageColumn:
        return ArticleSortColumn::Language;
    case DateColumn:
    default:
        return ArticleSortColumn::Published;
    }
}

void ArticleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // Among articles of one date, the reader's language first.
    const ArticleSort sort{sortColumnFor(column), order, readerLanguage()};
    // Views announce the same order more than once while they are set up
    // (sorting enabled, the indicator, restored header state): each reload
    // would read a page and count again.
    if (m_loaded && sort.column == m_sort.column && sort.order == m_sort.order)
        return;
    m_sort = sort;
    reload();
}

QList<ArticleSummary> ArticleTableModel::fetchPage(const ArticleSummary *after, int size)
{
    const Result<QList<ArticleSummary>> page = m_store.articlePage(m_filter, m_sort, after, size);
    if (!page) {
        m_lastError = page.error();
        Q_EMIT errorOccurred(m_lastError);
        return {};
    }
    return page.value();
}

void ArticleTableModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    m_rows = fetchPage(nullptr, firstPageSize);
    m_atEnd = m_rows.size() < firstPageSize;
    m_loaded = true;
    // Views (and model testers) may ask for more while the reset is being
    // announced; the first page is all a fresh view needs.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    const Result<int> matching = m_store.articleCount(m_filter);
    ArticleFilter live;
    live.trash = m_filter.trash;
    // Counting reads a whole index (3 ms at 100,000 articles): once is
    // enough when nothing is filtered.
    const Result<int> total = m_filter == live ? matching : m_store.articleCount(live);
    m_matching = matching ? matching.value() : int(m_rows.size());
    m_live = total ? total.value() : m_matching;
    Q_EMIT countsChanged(m_matching, m_live);
}

bool ArticleTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_fetching;
}

void ArticleTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_resetting || m_fetching || m_rows.isEmpty())
        return;
    // Whoever listens to the insertion may ask for more at once; that must
    // wait until these rows are in, or it would fetch the same page again.
    m_fetching = true;
    const ArticleSummary last = m_rows.constLast();
    const QList<ArticleSummary> page = fetchPage(&last, pageSize);
    m_atEnd = page.size() < pageSize;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    m_fetching = false;
}

int ArticleTableModel::rowOf(const QString &uuid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &article = m_rows.at(index.row());
    if (role == UuidRole)
        return article.uuid;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return article.title;
    case DateColumn: {
        const QDateTime when = article.published.isValid() ? article.published : article.updated;
        return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
    }
    case AuthorColumn:
        return article.author;
    case CategoryColumn:
        return article.category;
    case StatusColumn:
        return statusLabel(article.status);
    case LanguageColumn:
        return languageName(article.language);
    default:
        return {};
    }
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case AuthorColumn:
        return tr("Author");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case LanguageColumn:
        return tr("Language");
    default:
        return {};
    }
}

} // namespace lectern
