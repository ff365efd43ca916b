#pragma once

#include "university.h"

#include <QAbstractListModel>

namespace lectern {

// Universities of one country: name, with city and founding year as tooltip.
class UniversityListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1
    };

    explicit UniversityListModel(QObject *parent = nullptr);

    void setUniversities(QList<University> universities);
    int rowOf(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<University> m_universities;
};

} // namespace lectern
