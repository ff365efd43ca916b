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
        ValueRole
    };

    explicit SidebarModel(QObject *parent = nullptr);

    enum class Counts
    {
        Now,
        Later
    };
    // Rebuilds the tree from the library; returns an error to show, if any.
    // With Counts::Later the tags are listed without their counts, which
    // updateTagCounts() adds (counting reads every tag link of the library).
    Status rebuild(const LibraryStore &store, Counts tagCounts = Counts::Now);
    Status updateTagCounts(const LibraryStore &store);
    // The place with this kind and value, or an invalid index.
    QModelIndex find(Kind kind, const QString &value = {}) const;
    static Kind kindOf(const QModelIndex &index);
    // The list filter a place stands for (Home and universities have none).
    static ArticleFilter filterFor(const QModelIndex &index);
    // Country names are stored in English; people read them in their language.
    static QString countryName(const QString &country);

private:
    QStandardItem *place(Kind kind, const QString &text, const QString &value = {});
    QStandardItem *heading(const QString &text);
};

} // namespace lectern
