#include "articlelistmodel.h"

#include <QLocale>

namespace lectern {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setArticles(QList<ArticleSummary> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &article = m_articles.at(index.row());
    if (role == UuidRole)
        return article.uuid;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return article.title;
    case LanguageColumn:
        return article.language;
    case StatusColumn:
        return statusLabel(article.status);
    case UpdatedColumn:
        return QLocale().toString(article.updated.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case LanguageColumn:
        return tr("Language");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace lectern
