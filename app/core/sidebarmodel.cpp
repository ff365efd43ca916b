#include "sidebarmodel.h"

namespace lectern {

namespace {

QString withCount(const QString &text, int count)
{
    return SidebarModel::tr("%1 (%L2)").arg(text).arg(count);
}

} // namespace

SidebarModel::SidebarModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

QStandardItem *SidebarModel::place(Kind kind, const QString &text, const QString &value)
{
    auto *item = new QStandardItem(text);
    item->setData(text, LabelRole);
    item->setData(QVariant::fromValue(kind), KindRole);
    item->setData(value, ValueRole);
    item->setEditable(false);
    item->setData(text, Qt::AccessibleTextRole);
    return item;
}

QStandardItem *SidebarModel::heading(const QString &text, const QString &value)
{
    QStandardItem *item = place(Kind::Heading, text, value);
    item->setSelectable(false);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

Status SidebarModel::rebuild(const LibraryStore &store, Counts counts)
{
    clear();
    QStandardItem *root = invisibleRootItem();
    root->appendRow(place(Kind::Home, tr("Home")));
    root->appendRow(place(Kind::AllArticles, tr("All articles")));
    root->appendRow(place(Kind::RecommendedReading, tr("Recommended reading")));

    QString error;
    QStandardItem *statuses = heading(tr("Status"));
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                 ArticleStatus::Published, ArticleStatus::Archived})
        statuses->appendRow(place(Kind::Status, statusLabel(status), statusKey(status)));
    root->appendRow(statuses);

    const auto categories = store.categories();
    if (categories && !categories->isEmpty()) {
        QStandardItem *group = heading(tr("Categories"));
        for (const QString &name : categories.value())
            group->appendRow(place(Kind::Category, name, name));
        root->appendRow(group);
    } else if (!categories) {
        error = categories.error();
    }

    if (counts == Counts::Now) {
        const auto tags = store.tags();
        if (tags && !tags->isEmpty()) {
            QStandardItem *group = heading(tr("Tags"), tagsHeading);
            for (const QString &name : tags.value())
                group->appendRow(place(Kind::Tag, name, name));
            root->appendRow(group);
        } else if (!tags) {
            error = tags.error();
        }
    } else {
        // The tags (folded, and hundreds of index seeks: 6 ms at 100,000
        // articles) come with the counts, once the window is up.
        const Result<bool> any = store.hasTags();
        if (any && any.value())
            root->appendRow(heading(tr("Tags"), tagsHeading));
        else if (!any)
            error = any.error();
    }

    // The union lists affiliates from Ukraine and from China: those two come
    // first and are always there, other countries follow as they appear.
    QStandardItem *universities = heading(tr("Affiliate universities"));
    QStringList countries{QStringLiteral("Ukraine"), QStringLiteral("China")};
    const auto stored = store.countries();
    if (stored) {
        for (const QString &country : stored.value()) {
            if (!countries.contains(country))
                countries.append(country);
        }
    } else {
        error = stored.error();
    }
    for (const QString &country : countries)
        universities->appendRow(place(Kind::UniversityCountry, countryName(country), country));
    root->appendRow(universities);

    root->appendRow(place(Kind::Trash, tr("Trash")));
    if (!error.isEmpty())
        return Error{error};
    if (counts == Counts::Now)
        return updateCounts(store);
    return success();
}

void SidebarModel::showCount(const QModelIndex &place, int count)
{
    if (place.isValid())
        setData(place, withCount(place.data(LabelRole).toString(), count), Qt::DisplayRole);
}

Status SidebarModel::updateCounts(const LibraryStore &store)
{
    QString error;
    const Result<int> live = store.articleCount();
    if (live)
        showCount(find(Kind::AllArticles), live.value());
    else
        error = live.error();

    const auto statusCounts = store.statusCounts();
    if (statusCounts) {
        for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                     ArticleStatus::Published, ArticleStatus::Archived}) {
            int count = 0;
            for (const auto &[key, n] : statusCounts.value()) {
                if (key == statusKey(status))
                    count = n;
            }
            showCount(find(Kind::Status, statusKey(status)), count);
        }
    } else {
        error = statusCounts.error();
    }

    const auto categories = store.categoryCounts();
    if (categories) {
        // The library compares category names without regard to (ASCII) case,
        // so the name a count comes with may be spelt differently from the
        // listed one.
        const auto key = [](const QString &name) {
            QString folded = name;
            for (QChar &c : folded) {
                if (c.unicode() < 128)
                    c = c.toLower();
            }
            return folded;
        };
        QHash<QString, int> byName;
        for (const auto &[name, count] : categories.value())
            byName.insert(key(name), count);
        const QModelIndexList places =
            match(index(0, 0), KindRole, QVariant::fromValue(Kind::Category), -1,
                  Qt::MatchExactly | Qt::MatchRecursive);
        for (const QModelIndex &place : places)
            showCount(place, byName.value(key(place.data(ValueRole).toString())));
    } else {
        error = categories.error();
    }

    const auto tags = store.tagCounts();
    if (tags) {
        const QModelIndex group = find(Kind::Heading, tagsHeading);
        if (group.isValid() && rowCount(group) == 0) {
            QStandardItem *groupItem = itemFromIndex(group);
            for (const auto &[name, count] : tags.value())
                groupItem->appendRow(place(Kind::Tag, withCount(name, count), name));
            // The label without the count, as the other places have it.
            for (int row = 0; row < groupItem->rowCount(); ++row)
                groupItem->child(row)->setData(groupItem->child(row)->data(ValueRole), LabelRole);
        } else {
            for (const auto &[name, count] : tags.value())
                showCount(find(Kind::Tag, name), count);
        }
    } else {
        error = tags.error();
    }

    const Result<int> trashed = store.trashCount(); // universities too
    if (trashed)
        showCount(find(Kind::Trash), trashed.value());
    else
        error = trashed.error();
    if (!error.isEmpty())
        return Error{error};
    return success();
}

QString SidebarModel::countryName(const QString &country)
{
    if (country == QLatin1String("Ukraine"))
        return tr("Ukraine");
    if (country == QLatin1String("China"))
        return tr("China");
    return country;
}

QModelIndex SidebarModel::find(Kind kind, const QString &value) const
{
    const QModelIndexList matches = match(index(0, 0), KindRole, QVariant::fromValue(kind), -1,
                                          Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &candidate : matches) {
        if (candidate.data(ValueRole).toString() == value)
            return candidate;
    }
    return {};
}

SidebarModel::Kind SidebarModel::kindOf(const QModelIndex &index)
{
    return index.isValid() ? index.data(KindRole).value<Kind>() : Kind::Heading;
}

ArticleFilter SidebarModel::filterFor(const QModelIndex &index)
{
    ArticleFilter filter;
    const QString value = index.data(ValueRole).toString();
    switch (kindOf(index)) {
    case Kind::Status:
        filter.status = statusFromKey(value);
        break;
    case Kind::Category:
        filter.category = value;
        break;
    case Kind::Tag:
        filter.tag = value;
        break;
    case Kind::Trash:
        filter.trash = true;
        break;
    case Kind::RecommendedReading:
        filter.recommended = true;
        break;
    default:
        break;
    }
    return filter;
}

} // namespace lectern
