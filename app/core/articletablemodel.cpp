#include "articletablemodel.h"

#include "uilanguage.h"

#include <QLocale>

namespace lectern {

ArticleTableModel::ArticleTableModel(const LibraryStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_calls(store)
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

void ArticleTableModel::reload()
{
    const quint64 request = ++m_request;
    m_fetching = false; // a page still on its way belongs to the old list
    const ArticleFilter filter = m_filter;
    const ArticleSort sort = m_sort;
    m_calls.read<FirstPage>(
        this,
        [filter, sort](const LibraryStore &store) -> Result<FirstPage> {
            Result<QList<ArticleSummary>> rows =
                store.articlePage(filter, sort, nullptr, firstPageSize);
            if (!rows)
                return rows.failure();
            FirstPage page{std::move(rows).value(), {}, {}};
            const Result<int> matching = store.articleCount(filter);
            ArticleFilter live;
            live.trash = filter.trash;
            // Counting reads a whole index (3 ms at 100,000 articles): once is
            // enough when nothing is filtered.
            const Result<int> total = filter == live ? matching : store.articleCount(live);
            if (matching)
                page.matching = matching.value();
            if (total)
                page.live = total.value();
            return page;
        },
        [this, request](Result<FirstPage> page) {
            if (request == m_request)
                showFirstPage(std::move(page));
        });
}

void ArticleTableModel::showFirstPage(Result<FirstPage> page)
{
    beginResetModel();
    m_lastError.clear();
    if (page) {
        m_rows = page->rows;
    } else {
        m_rows.clear();
        m_lastError = page.error();
    }
    m_atEnd = m_rows.size() < firstPageSize;
    m_loaded = true;
    // Views (and model testers) may ask for more while the reset is being
    // announced; the first page is all a fresh view needs.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (!page)
        Q_EMIT errorOccurred(m_lastError);
    m_matching = page && page->matching ? *page->matching : int(m_rows.size());
    m_live = page && page->live ? *page->live : m_matching;
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
    const quint64 request = m_request;
    const ArticleFilter filter = m_filter;
    const ArticleSort sort = m_sort;
    const ArticleSummary last = m_rows.constLast();
    m_calls.read<QList<ArticleSummary>>(
        this,
        [filter, sort, last](const LibraryStore &store) {
            return store.articlePage(filter, sort, &last, pageSize);
        },
        [this, request](Result<QList<ArticleSummary>> page) {
            if (request == m_request && m_fetching)
                appendPage(std::move(page));
        });
}

void ArticleTableModel::appendPage(Result<QList<ArticleSummary>> page)
{
    if (!page) {
        m_lastError = page.error();
        Q_EMIT errorOccurred(m_lastError);
        m_fetching = false;
        return;
    }
    m_atEnd = page->size() < pageSize;
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(page.value());
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
