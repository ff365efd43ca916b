#pragma once

#include "article.h"
#include "asyncstore.h"
#include "librarystore.h"

#include <QAbstractTableModel>

namespace lectern {

// The article list: sorted and filtered in SQL, fetched a page at a time as
// the view scrolls, so 100,000 articles open at once and no body is loaded.
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DateColumn,
        AuthorColumn,
        CategoryColumn,
        StatusColumn,
        LanguageColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1
    };
    static constexpr int pageSize = 200;
    // The first page fills a window and no more: every row read costs the
    // walk over its article's body pages in the file (about 0.4 ms at
    // 100,000 articles), and the start of the window waits for it.
    static constexpr int firstPageSize = 60;

    explicit ArticleTableModel(const LibraryStore &store, QObject *parent = nullptr);

    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_filter; }
    ArticleSort sortOrder() const { return m_sort; }
    // Reads the first page again (after the library changed).
    void reload();
    int matchingCount() const { return m_matching; }
    int liveCount() const { return m_live; }
    const ArticleSummary &articleAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &uuid) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static ArticleSortColumn sortColumnFor(int column);

Q_SIGNALS:
    void countsChanged(int matching, int live);
    void errorOccurred(const QString &message);

private:
    // The first page and the counts, as one answer of the store.
    struct FirstPage
    {
        QList<ArticleSummary> rows;
        std::optional<int> matching;
        std::optional<int> live;
    };
    void showFirstPage(Result<FirstPage> page);
    void appendPage(Result<QList<ArticleSummary>> page);

    const LibraryStore &m_store;
    AsyncStore m_calls;    // pages are read through it, answered on this thread
    quint64 m_request = 0; // the newest reload(); older answers are dropped
    ArticleFilter m_filter;
    ArticleSort m_sort;
    bool m_loaded = false;
    QList<ArticleSummary> m_rows;
    bool m_atEnd = true;
    bool m_resetting = false;
    bool m_fetching = false;
    int m_matching = 0;
    int m_live = 0;
    QString m_lastError;
};

} // namespace lectern
