#include "universitylistmodel.h"

namespace lectern {

UniversityListModel::UniversityListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void UniversityListModel::setUniversities(QList<University> universities)
{
    beginResetModel();
    m_universities = std::move(universities);
    endResetModel();
}

int UniversityListModel::rowOf(const QString &uuid) const
{
    for (int row = 0; row < m_universities.size(); ++row) {
        if (m_universities.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

int UniversityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_universities.size());
}

QVariant UniversityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const University &u = m_universities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return u.name;
    case Qt::ToolTipRole:
        return u.founded > 0 ? tr("%1, founded %2").arg(u.city).arg(u.founded) : u.city;
    case UuidRole:
        return u.uuid;
    default:
        return {};
    }
}

} // namespace lectern
