#pragma once

#include "article.h"

#include <QAbstractTableModel>

namespace lectern {

// Article summaries as a table: title, language, status, updated.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, LanguageColumn, StatusColumn, UpdatedColumn, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1 };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(QList<ArticleSummary> articles);
    const ArticleSummary &articleAt(int row) const { return m_articles.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ArticleSummary> m_articles;
};

} // namespace lectern
