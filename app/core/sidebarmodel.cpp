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
    item->setData(QVariant::fromValue(kind), KindRole);
    item->setData(value, ValueRole);
    item->setEditable(false);
    item->setData(text, Qt::AccessibleTextRole);
    return item;
}

QStandardItem *SidebarModel::heading(const QString &text)
{
    QStandardItem *item = place(Kind::Heading, text);
    item->setSelectable(false);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

Status SidebarModel::rebuild(const LibraryStore &store, Counts tagCounts)
{
    clear();
    QStandardItem *root = invisibleRootItem();
    root->appendRow(place(Kind::Home, tr("Home")));
    const Result<int> live = store.articleCount();
    root->appendRow(
        place(Kind::AllArticles, withCount(tr("All articles"), live ? live.value() : 0)));
    root->appendRow(place(Kind::RecommendedReading, tr("Recommended reading")));

    QString error;
    QStandardItem *statuses = heading(tr("Status"));
    const auto statusCounts = store.statusCounts();
    if (!statusCounts)
        error = statusCounts.error();
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                 ArticleStatus::Published, ArticleStatus::Archived}) {
        int count = 0;
        if (statusCounts) {
            for (const auto &[key, n] : statusCounts.value()) {
                if (key == statusKey(status))
                    count = n;
            }
        }
        statuses->appendRow(
            place(Kind::Status, withCount(statusLabel(status), count), statusKey(status)));
    }
    root->appendRow(statuses);

    const auto categories = store.categoryCounts();
    if (categories && !categories->isEmpty()) {
        QStandardItem *group = heading(tr("Categories"));
        for (const auto &[name, count] : categories.value())
            group->appendRow(place(Kind::Category, withCount(name, count), name));
        root->appendRow(group);
    } else if (!categories) {
        error = categories.error();
    }

    const auto tags = store.tags();
    if (tags && !tags->isEmpty()) {
        QStandardItem *group = heading(tr("Tags"));
        for (const QString &name : tags.value())
            group->appendRow(place(Kind::Tag, name, name));
        root->appendRow(group);
    } else if (!tags) {
        error = tags.error();
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

    ArticleFilter trash;
    trash.trash = true;
    const Result<int> trashed = store.articleCount(trash);
    root->appendRow(place(Kind::Trash, withCount(tr("Trash"), trashed ? trashed.value() : 0)));
    if (!error.isEmpty())
        return Error{error};
    if (tagCounts == Counts::Now)
        return updateTagCounts(store);
    return success();
}

Status SidebarModel::updateTagCounts(const LibraryStore &store)
{
    const auto counts = store.tagCounts();
    if (!counts)
        return Error{counts.error()};
    for (const auto &[name, count] : counts.value()) {
        const QModelIndex tag = find(Kind::Tag, name);
        if (tag.isValid())
            setData(tag, withCount(name, count), Qt::DisplayRole);
    }
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
