#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

enum class ArticleStatus
{
    Draft,
    InReview,
    Published,
    Archived
};

// Stable names used in the database, the command line and search (status:).
QString statusKey(ArticleStatus status);
std::optional<ArticleStatus> statusFromKey(const QString &key);
// Translated, for people.
QString statusLabel(ArticleStatus status);
// A language's own name for itself, capitalised: "English", "中文", "Українська".
QString languageName(const QString &code);

struct Article
{
    qint64 id = 0; // database row; 0 until first saved
    QString uuid;
    QString title;
    QString summary;
    QString bodyHtml;
    QString bodyText; // plain-text copy of bodyHtml, kept for search
    QString language = QStringLiteral("en");
    QString translationGroup;
    QString author;
    QString source;
    QString category;
    QStringList tags;
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime created;
    QDateTime updated;
    QDateTime published;         // invalid when never published
    QString featuredImage;       // sha256 of a media item, or empty
    QStringList universityUuids; // linked universities, in order

    // Every field, for revisions: a snapshot restores the article exactly.
    QJsonObject toJson() const;
    static Article fromJson(const QJsonObject &json);

    bool operator==(const Article &) const = default;
};

// One row of the article list: never the body.
struct ArticleSummary
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString language;
    ArticleStatus status = ArticleStatus::Draft;
    QString author;
    QString category;
    QDateTime updated;
    QDateTime published;
};

} // namespace lectern
