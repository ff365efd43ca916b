#include "frontpage.h"

#include "articlehtml.h"
#include "related/relatedengine.h"
#include "uilanguage.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lectern {

namespace {

// How many of the newest published rows are read to find `latestCount`
// articles: translations of one article count once.
constexpr int rowsPerLatest = 6;

// The first picture of an article's text, when it has no featured image.
QString firstPicture(const QString &bodyHtml)
{
    static const QRegularExpression picture(
        QStringLiteral("<img\\b[^>]*\\bsrc=\"lectern-media:([0-9a-f]{64})\""),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = picture.match(bodyHtml);
    return match.hasMatch() ? match.captured(1) : QString();
}

FrontPageArticle presented(const Article &article)
{
    FrontPageArticle front;
    front.uuid = article.uuid;
    front.title = article.title;
    front.language = article.language;
    front.category = article.category;
    front.published = article.published.isValid() ? article.published : article.updated;
    front.lead = article.summary.isEmpty() ? leadSentence(article.bodyText) : article.summary;
    front.image =
        article.featuredImage.isEmpty() ? firstPicture(article.bodyHtml) : article.featuredImage;
    return front;
}

// The version of `article` a reader of `language` is shown: its published
// translation in that language, if there is one.
Result<Article> inReaderLanguage(const LibraryStore &store, Article article,
                                 const QString &language)
{
    if (article.language == language)
        return article;
    const Result<QList<ArticleSummary>> translations = store.translations(article.uuid);
    if (!translations)
        return Error{translations.error()};
    for (const ArticleSummary &translation : translations.value()) {
        if (translation.language == language && translation.status == ArticleStatus::Published)
            return store.article(translation.uuid);
    }
    return article;
}

QString groupOf(const Article &article)
{
    return article.translationGroup.isEmpty() ? article.uuid : article.translationGroup;
}

Result<QList<Article>> newestPublished(const LibraryStore &store, const QString &language,
                                       int limit)
{
    ArticleFilter filter;
    filter.status = ArticleStatus::Published;
    filter.language = language;
    const Result<QList<ArticleSummary>> rows = store.articlePage(
        filter, ArticleSort{ArticleSortColumn::Published, Qt::DescendingOrder}, nullptr, limit);
    if (!rows)
        return Error{rows.error()};
    QList<Article> articles;
    for (const ArticleSummary &row : rows.value()) {
        Result<Article> article = store.article(row.uuid);
        if (!article)
            return Error{article.error()};
        articles.append(std::move(article).value());
    }
    return articles;
}

Status selectFeatured(const LibraryStore &store, const QString &language, FrontPage &page,
                      QSet<QString> &shownGroups)
{
    const Result<QList<ArticleSummary>> pinned = store.featuredArticles();
    if (!pinned)
        return Error{pinned.error()};
    for (const ArticleSummary &row : pinned.value()) {
        // Home is what readers see: a pinned draft waits until it is published.
        if (row.status != ArticleStatus::Published)
            continue;
        Result<Article> article = store.article(row.uuid);
        if (!article)
            return Error{article.error()};
        Result<Article> shown = inReaderLanguage(store, std::move(article).value(), language);
        if (!shown)
            return Error{shown.error()};
        if (shownGroups.contains(groupOf(shown.value())))
            continue; // two versions of one article pinned
        shownGroups.insert(groupOf(shown.value()));
        page.featured.append(presented(shown.value()));
    }
    page.featuredPinned = !page.featured.isEmpty();
    if (page.featuredPinned)
        return success();
    Result<QList<Article>> newest = newestPublished(store, language, 1);
    if (newest && newest->isEmpty())
        newest = newestPublished(store, QString(), 1);
    if (!newest)
        return Error{newest.error()};
    for (const Article &article : newest.value()) {
        shownGroups.insert(groupOf(article));
        page.featured.append(presented(article));
    }
    return success();
}

Status selectLatest(const LibraryStore &store, const QString &language, int count, FrontPage &page,
                    const QSet<QString> &featuredGroups)
{
    const Result<QList<Article>> newest =
        newestPublished(store, QString(), std::max(1, count) * rowsPerLatest);
    if (!newest)
        return Error{newest.error()};
    QList<Article> chosen;
    QStringList groups;
    for (const Article &article : newest.value()) {
        const QString group = groupOf(article);
        if (featuredGroups.contains(group))
            continue;
        const qsizetype seen = groups.indexOf(group);
        if (seen < 0) {
            if (chosen.size() >= count)
                continue;
            groups.append(group);
            chosen.append(article);
        } else if (article.language == language && chosen.at(seen).language != language) {
            chosen[seen] = article; // the reader's own version, in the place of the newest one
        }
    }
    std::stable_partition(chosen.begin(), chosen.end(),
                          [&](const Article &a) { return a.language == language; });
    for (const Article &article : std::as_const(chosen))
        page.latest.append(presented(article));
    return success();
}

Status selectUniversities(const LibraryStore &store, FrontPage &page)
{
    const Result<QStringList> countries = store.countries();
    if (!countries)
        return Error{countries.error()};
    // The union's own two countries always have their place, even when empty.
    QStringList order{QStringLiteral("Ukraine"), QStringLiteral("China")};
    for (const QString &country : countries.value()) {
        if (!order.contains(country))
            order.append(country);
    }
    for (const QString &country : std::as_const(order)) {
        const Result<QList<University>> universities = store.universities(country);
        if (!universities)
            return Error{universities.error()};
        page.universities.append(FrontPageUniversities{country, universities.value()});
    }
    return success();
}

} // namespace

Result<FrontPage> selectFrontPage(const LibraryStore &store, const FrontPageOptions &options)
{
    const QString language = options.language.isEmpty() ? readerLanguage() : options.language;
    FrontPage page;
    QSet<QString> shownGroups;
    if (Status status = selectFeatured(store, language, page, shownGroups); !status)
        return Error{status.error()};
    if (Status status = selectLatest(store, language, options.latestCount, page, shownGroups);
        !status)
        return Error{status.error()};

    const Result<QList<ArticleSummary>> recommended = store.recommendedReading();
    if (!recommended)
        return Error{recommended.error()};
    for (const ArticleSummary &row : recommended.value()) {
        const Result<Article> article = store.article(row.uuid);
        if (!article)
            return Error{article.error()};
        page.recommended.append(presented(article.value()));
    }

    if (Status status = selectUniversities(store, page); !status)
        return Error{status.error()};

    if (!page.featured.isEmpty() && options.relatedCount > 0) {
        const Result<RelatedResult> related =
            relatedArticles(store, page.featured.first().uuid, options.relatedCount);
        if (!related)
            return Error{related.error()};
        for (const RelatedSuggestion &s : related->suggestions)
            page.related.append(FrontPageRelated{s.uuid, s.title, s.language, s.explanation});
    }
    return page;
}

} // namespace lectern
