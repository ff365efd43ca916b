#pragma once

// What the article editor saves and what it keeps between autosaves.
#include "librarystore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lectern {

// Everything the editor page saves at once: the article and the metadata
// that lives beside it in other tables.
struct ArticleEdit
{
    Article article;
    QList<RelatedLink> relatedLinks;
    bool recommended = false; // a member of the recommended-reading list
    // Set when this article was just linked as a translation of another that
    // had no translation group yet: that one joins article.translationGroup.
    QString translationOf;

    QJsonObject toJson() const;
    static ArticleEdit fromJson(const QJsonObject &json);
};

// Unsaved work the editor wrote to the library's recovery area.
struct RecoveryEntry
{
    QString kind; // "article" or "university"
    QString uuid;
    QDateTime saved;
    QJsonObject snapshot;
};

inline const QString recoveryKindArticle = QStringLiteral("article");
inline const QString recoveryKindUniversity = QStringLiteral("university");

} // namespace lectern
