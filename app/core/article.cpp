#include "article.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace lectern {

namespace {

struct StatusName
{
    ArticleStatus status;
    const char *key;
    const char *label;
};

constexpr StatusName statusNames[] = {
    {ArticleStatus::Draft, "draft", QT_TRANSLATE_NOOP("ArticleStatus", "Draft")},
    {ArticleStatus::InReview, "review", QT_TRANSLATE_NOOP("ArticleStatus", "In review")},
    {ArticleStatus::Published, "published", QT_TRANSLATE_NOOP("ArticleStatus", "Published")},
    {ArticleStatus::Archived, "archived", QT_TRANSLATE_NOOP("ArticleStatus", "Archived")},
};

QString timeToJson(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString statusKey(ArticleStatus status)
{
    for (const StatusName &name : statusNames) {
        if (name.status == status)
            return QString::fromLatin1(name.key);
    }
    return QStringLiteral("draft");
}

std::optional<ArticleStatus> statusFromKey(const QString &key)
{
    for (const StatusName &name : statusNames) {
        if (key.compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0)
            return name.status;
    }
    return std::nullopt;
}

QString statusLabel(ArticleStatus status)
{
    for (const StatusName &name : statusNames) {
        if (name.status == status)
            return QCoreApplication::translate("ArticleStatus", name.label);
    }
    return {};
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString name = locale.nativeLanguageName();
    // The language, not a country's variant of it ("American English").
    if (locale.language() == QLocale::English)
        name = QStringLiteral("English");
    if (locale.language() == QLocale::Chinese)
        name = QStringLiteral("中文");
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QJsonObject Article::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("bodyHtml"), bodyHtml},
        {QStringLiteral("bodyText"), bodyText},
        {QStringLiteral("language"), language},
        {QStringLiteral("translationGroup"), translationGroup},
        {QStringLiteral("author"), author},
        {QStringLiteral("source"), source},
        {QStringLiteral("category"), category},
        {QStringLiteral("tags"), toArray(tags)},
        {QStringLiteral("status"), statusKey(status)},
        {QStringLiteral("created"), timeToJson(created)},
        {QStringLiteral("updated"), timeToJson(updated)},
        {QStringLiteral("published"), timeToJson(published)},
        {QStringLiteral("featuredImage"), featuredImage},
        {QStringLiteral("universities"), toArray(universityUuids)},
    };
}

Article Article::fromJson(const QJsonObject &json)
{
    Article article;
    article.uuid = json.value(QStringLiteral("uuid")).toString();
    article.title = json.value(QStringLiteral("title")).toString();
    article.summary = json.value(QStringLiteral("summary")).toString();
    article.bodyHtml = json.value(QStringLiteral("bodyHtml")).toString();
    article.bodyText = json.value(QStringLiteral("bodyText")).toString();
    article.language = json.value(QStringLiteral("language")).toString();
    article.translationGroup = json.value(QStringLiteral("translationGroup")).toString();
    article.author = json.value(QStringLiteral("author")).toString();
    article.source = json.value(QStringLiteral("source")).toString();
    article.category = json.value(QStringLiteral("category")).toString();
    article.tags = toStringList(json.value(QStringLiteral("tags")));
    article.status = statusFromKey(json.value(QStringLiteral("status")).toString())
                         .value_or(ArticleStatus::Draft);
    article.created = timeFromJson(json.value(QStringLiteral("created")));
    article.updated = timeFromJson(json.value(QStringLiteral("updated")));
    article.published = timeFromJson(json.value(QStringLiteral("published")));
    article.featuredImage = json.value(QStringLiteral("featuredImage")).toString();
    article.universityUuids = toStringList(json.value(QStringLiteral("universities")));
    return article;
}

} // namespace lectern
