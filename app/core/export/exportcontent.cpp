#include "exportcontent.h"

#include <QRegularExpression>

namespace lectern {

namespace {

const QRegularExpression &hashPattern()
{
    static const QRegularExpression pattern(QStringLiteral("([0-9a-fA-F]{64})$"));
    return pattern;
}

} // namespace

QString mediaHashFromAddress(const QString &address)
{
    if (address.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return {};
    const QRegularExpressionMatch match = hashPattern().match(address.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QStringList imageAddresses(const QString &html)
{
    static const QRegularExpression img(
        QStringLiteral("<img\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList addresses;
    for (const QRegularExpressionMatch &match : img.globalMatch(html)) {
        const QString address = match.captured(1) + match.captured(2) + match.captured(3);
        if (!addresses.contains(address))
            addresses.append(address);
    }
    return addresses;
}

const MediaItem *ExportContent::mediaFor(const QString &address) const
{
    const QString hash = mediaHashFromAddress(address);
    if (hash.isEmpty())
        return nullptr;
    const auto it = media.constFind(hash);
    return it == media.constEnd() ? nullptr : &it.value();
}

int ExportContent::articleIndexFor(const QString &address) const
{
    if (address.isEmpty())
        return -1;
    for (int i = 0; i < articles.size(); ++i) {
        const QString &uuid = articles[i].uuid;
        if (!uuid.isEmpty() && address.contains(uuid, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

Result<ExportContent> ExportContentLoader::load(const LibraryStore &store, const QStringList &uuids,
                                                const QString &title)
{
    ExportContent content;
    content.title = title;
    for (const QString &uuid : uuids) {
        Result<Article> article = store.article(uuid);
        if (!article)
            return article.failure();
        add(store, content, std::move(article).value());
    }
    return content;
}

void ExportContentLoader::add(const LibraryStore &store, ExportContent &content, Article article,
                              qsizetype position)
{
    QStringList hashes;
    if (!article.featuredImage.isEmpty())
        hashes.append(article.featuredImage.toLower());
    for (const QString &address : imageAddresses(article.bodyHtml)) {
        const QString hash = mediaHashFromAddress(address);
        if (!hash.isEmpty())
            hashes.append(hash);
    }
    for (const QString &hash : std::as_const(hashes)) {
        if (content.media.contains(hash))
            continue;
        // A missing image is left out of the export rather than failing it:
        // the article is still worth having.
        Result<MediaItem> item = store.media(hash);
        if (item)
            content.media.insert(hash, std::move(item).value());
    }
    if (position < 0 || position > content.articles.size())
        position = content.articles.size();
    content.articles.insert(position, std::move(article));
}

Result<QStringList> ExportContentLoader::allArticles(const LibraryStore &store)
{
    const Result<QList<ArticleSummary>> rows = store.articles();
    if (!rows)
        return rows.failure();
    QStringList uuids;
    for (const ArticleSummary &row : rows.value())
        uuids.append(row.uuid);
    return uuids;
}

Result<QStringList> ExportContentLoader::category(const LibraryStore &store, const QString &name)
{
    ArticleFilter filter;
    filter.category = name;
    const Result<QList<ArticleSummary>> rows = store.articles(filter);
    if (!rows)
        return rows.failure();
    if (rows->isEmpty())
        return Error{tr("No article is in the category “%1”.").arg(name)};
    QStringList uuids;
    for (const ArticleSummary &row : rows.value())
        uuids.append(row.uuid);
    return uuids;
}

Result<QStringList> ExportContentLoader::recommendedReading(const LibraryStore &store)
{
    const Result<QList<ArticleSummary>> rows = store.recommendedReading();
    if (!rows)
        return rows.failure();
    if (rows->isEmpty())
        return Error{tr("The recommended-reading list is empty.")};
    QStringList uuids;
    for (const ArticleSummary &row : rows.value())
        uuids.append(row.uuid);
    return uuids;
}

} // namespace lectern
