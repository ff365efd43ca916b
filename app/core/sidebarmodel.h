#pragma once

#include "librarystore.h"

#include <QStandardItemModel>

namespace lectern {

// The places of the sidebar: Home, all articles, by status, categories, tags,
// recommended reading, universities by country, trash.
class SidebarModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Heading, // a group title, not a place
        Home,
        AllArticles,
        Status,
        Category,
        Tag,
        RecommendedReading,
        UniversityCountry,
        Trash
    };
    Q_ENUM(Kind)
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        ValueRole,
        LabelRole // the text without its count
    };

    // The ValueRole of the Tags heading (its tags may come after the rest).
    static constexpr QLatin1String tagsHeading{"tags"};

    explicit SidebarModel(QObject *parent = nullptr);

    enum class Counts
    {
        Now,
        Later
    };
    // Rebuilds the tree from the library; returns an error to show, if any.
    // With Counts::Later the places are listed without their counts, which
    // updateCounts() adds: counting reads whole indexes (tens of milliseconds
    // at 100,000 articles), listing the places only seeks in them.
    Status rebuild(const LibraryStore &store, Counts counts = Counts::Now);
    Status updateCounts(const LibraryStore &store);
    // The place with this kind and value, or an invalid index.
    QModelIndex find(Kind kind, const QString &value = {}) const;
    static Kind kindOf(const QModelIndex &index);
    // The list filter a place stands for (Home and universities have none).
    static ArticleFilter filterFor(const QModelIndex &index);
    // Country names are stored in English; people read them in their language.
    static QString countryName(const QString &country);

private:
    QStandardItem *place(Kind kind, const QString &text, const QString &value = {});
    QStandardItem *heading(const QString &text, const QString &value = {});
    void showCount(const QModelIndex &place, int count);
};

} // namespace lectern
