#include "demolibrary.h"
#include "librarystore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern {

namespace {

const QString demoRoot = QStringLiteral(":/lectern/demo/");

Result<QString> readText(const QString &relativePath)
{
    QFile file(demoRoot + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo file %1 is missing from the program").arg(relativePath)};
    return QString::fromUtf8(file.readAll());
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

Status fillDemoLibrary(LibraryStore &store)
{
    const Result<QString> manifestText = readText(QStringLiteral("demo.json"));
    if (!manifestText)
        return manifestText.failure();
    const QJsonObject manifest = QJsonDocument::fromJson(manifestText->toUtf8()).object();

    QHash<QString, QString> universityUuids;
    for (const QJsonValue &value : manifest.value(QStringLiteral("universities")).toArray()) {
        const QJsonObject json = value.toObject();
        const Result<QString> profile = readText(json.value(QStringLiteral("profile")).toString());
        if (!profile)
            return profile.failure();
        University university;
        university.name = json.value(QStringLiteral("name")).toString();
        university.country = json.value(QStringLiteral("country")).toString();
        university.city = json.value(QStringLiteral("city")).toString();
        university.founded = json.value(QStringLiteral("founded")).toInt();
        university.website = json.value(QStringLiteral("website")).toString();
        university.profileHtml = profile.value();
        const Result<University> saved = store.saveUniversity(university);
        if (!saved)
            return saved.failure();
        universityUuids.insert(json.value(QStringLiteral("key")).toString(), saved->uuid);
    }

    QHash<QString, QString> articleUuids;
    QHash<QString, QStringList> relatedKeys;
    // Undated articles are published a minute apart in the manifest's order,
    // the first newest, each translation at the same time: "newest first"
    // then lists them as the manifest does, the reader's language first.
    const QDateTime demoTime = QDateTime::currentDateTimeUtc();
    QStringList groupOrder;
    for (const QJsonValue &value : manifest.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject json = value.toObject();
        const Result<QString> body = readText(json.value(QStringLiteral("body")).toString());
        if (!body)
            return body.failure();
        Article article;
        article.title = json.value(QStringLiteral("title")).toString();
        article.summary = json.value(QStringLiteral("summary")).toString();
        article.bodyHtml = body.value();
        article.language = json.value(QStringLiteral("language")).toString();
        article.translationGroup = json.value(QStringLiteral("translationGroup")).toString();
        article.author = json.value(QStringLiteral("author")).toString();
        article.source = json.value(QStringLiteral("source")).toString();
        article.category = json.value(QStringLiteral("category")).toString();
        article.tags = stringList(json.value(QStringLiteral("tags")));
        article.status = statusFromKey(json.value(QStringLiteral("status")).toString())
                             .value_or(ArticleStatus::Draft);
        article.published =
            QDateTime::fromString(json.value(QStringLiteral("published")).toString(), Qt::ISODate);
        const QString group = article.translationGroup.isEmpty()
                                  ? json.value(QStringLiteral("key")).toString()
                                  : article.translationGroup;
        if (!groupOrder.contains(group))
            groupOrder.append(group);
        if (!article.published.isValid() && article.status == ArticleStatus::Published)
            article.published = demoTime.addSecs(-60 * groupOrder.indexOf(group));
        for (const QString &key : stringList(json.value(QStringLiteral("universities"))))
            article.universityUuids.append(universityUuids.value(key));
        const Result<Article> saved = store.saveArticle(article);
        if (!saved)
            return saved.failure();
        const QString key = json.value(QStringLiteral("key")).toString();
        articleUuids.insert(key, saved->uuid);
        relatedKeys.insert(key, stringList(json.value(QStringLiteral("related"))));
    }

    for (auto it = relatedKeys.cbegin(); it != relatedKeys.cend(); ++it) {
        QList<RelatedLink> links;
        for (const QString &key : it.value())
            links.append(RelatedLink{articleUuids.value(key), RelatedMode::Link});
        if (links.isEmpty())
            continue;
        if (Status status = store.setRelatedLinks(articleUuids.value(it.key()), links); !status)
            return status;
    }

    for (const QString &key : stringList(manifest.value(QStringLiteral("featured")))) {
        if (Status status = store.setFeatured(articleUuids.value(key), true); !status)
            return status;
    }

    QStringList recommended;
    for (const QString &key : stringList(manifest.value(QStringLiteral("recommendedReading"))))
        recommended.append(articleUuids.value(key));
    return store.setRecommendedReading(recommended);
}

} // namespace lectern
