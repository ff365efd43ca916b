#pragma once

#include "librarystore.h"

#include <QAbstractListModel>

namespace lectern {

// Ranked search hits: title, and a snippet with the matches in <b>.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SnippetRole,
        ScoreRole
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(QList<SearchHit> hits);
    const QList<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace lectern
