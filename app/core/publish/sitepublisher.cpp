#include "sitepublisher.h"

#include "articlehtml.h"
#include "librarystore.h"
#include "related/relatedengine.h"
#include "siteaddresses.h"
#include "sitebody.h"
#include "sitepictures.h"
#include "sitesearch.h"
#include "sitetheme.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

namespace lectern {

namespace {

const QString bodyImageSizes = QStringLiteral("(min-width: 60rem) 46rem, 100vw");
const QString featuredImageSizes = QStringLiteral("(min-width: 60rem) 46rem, 100vw");

std::string str(const QString &text)
{
    return text.toStdString();
}

SiteData listOf(const std::vector<SiteData> &items)
{
    SiteData list{SiteData::type::list};
    for (const SiteData &item : items)
        list.push_back(item);
    return list;
}

// Marks the last item of a list, for separators ("a · b · c").
std::vector<SiteData> withLast(std::vector<SiteData> items)
{
    if (!items.empty())
        items.back().set("last", true);
    return items;
}

// LECTERN_TRACE_PUBLISH=1: how long each stage took, on stderr.
class StageTrace
{
public:
    StageTrace()
        : m_enabled(qEnvironmentVariableIntValue("LECTERN_TRACE_PUBLISH") > 0)
    {
        m_timer.start();
    }
    void mark(const char *stage)
    {
        if (m_enabled)
            qInfo("publish: %-10s %7.1f ms", stage, double(m_timer.nsecsElapsed()) / 1e6);
        m_timer.restart();
    }

private:
    bool m_enabled;
    QElapsedTimer m_timer;
};

QString relativeRoot(const QString &path)
{
    return QStringLiteral("../").repeated(path.count(QLatin1Char('/')));
}

// A long date without the weekday, as the page's language writes it; in
// UTC, so the site does not depend on the publishing machine's time zone.
QString dateText(const QDateTime &time, const QString &language)
{
    if (!time.isValid())
        return {};
    const QLocale locale(language);
    QString format = locale.dateFormat(QLocale::LongFormat);
    for (const QString &weekday : {QStringLiteral("dddd, "), QStringLiteral("dddd "),
                                   QStringLiteral(", dddd"), QStringLiteral("dddd")})
        format.remove(weekday);
    return locale.toString(time.toUTC().date(), format.trimmed());
}

QString isoDate(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().date().toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime shownTime(const Article &article)
{
    return article.published.isValid() ? article.published : article.updated;
}

QString leadOf(const Article &article)
{
    return article.summary.isEmpty() ? leadSentence(article.bodyText)
                                     : article.summary.simplified();
}

// en, zh and uk first (the union's languages), then the others by code.
QStringList orderedLanguages(QSet<QString> present)
{
    QStringList languages;
    for (const QString &first :
         {QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("uk")}) {
        if (present.remove(first))
            languages.append(first);
    }
    QStringList rest = present.values();
    std::sort(rest.begin(), rest.end());
    return languages + rest;
}

struct Listing
{
    QString name;
    QString path; // of the first page
    QList<const Article *> articles;
};

class Site
{
public:
    Site(const LibraryStore &store, const PublishOptions &options, SiteWriter &writer,
         const SiteTheme &theme)
        : m_store(store)
        , m_options(options)
        , m_writer(writer)
        , m_theme(theme)
        , m_pictures(store, writer)
    {
        m_base = options.baseUrl.trimmed();
        if (!m_base.isEmpty() && !m_base.endsWith(QLatin1Char('/')))
            m_base += QLatin1Char('/');
    }

    Status load();
    Result<PublishReport> write(const SitePublisher::Progress &progress);

private:
    // Addresses
    QString articlePath(const Article &article) const
    {
        return article.language + QLatin1String("/articles/") +
               m_slugs.value(QLatin1String("article:") + article.uuid) + QLatin1String(".html");
    }
    QString universityPath(const University &university, const QString &language) const
    {
        return language + QLatin1String("/universities/") +
               m_slugs.value(QLatin1String("university:") + university.uuid) +
               QLatin1String(".html");
    }
    QString homePath(const QString &language) const
    {
        return language + QLatin1String("/index.html");
    }
    QString absolute(const QString &path) const
    {
        return m_base.isEmpty() ? QString() : m_base + path;
    }
    // An address for links in the head, the sitemap and feeds: absolute
    // when the site's address is known, else relative to `from`.
    QString outward(const QString &from, const QString &path) const
    {
        return m_base.isEmpty() ? relativeRoot(from) + path : m_base + path;
    }

    void assignAddresses();
    Status computeRelated(const SitePublisher::Progress &progress, int &done, int total);

    // Page parts
    SiteData page(const QString &path, const QString &language, const QString &title,
                  const QString &description) const;
    void setSwitcher(SiteData &data, const QString &path, const QString &language,
                     const std::map<QString, QString> &versions) const;
    void setAlternates(SiteData &data, const QString &path,
                       const std::map<QString, QString> &versions, bool withDefault) const;
    SiteData articleLink(const Article &article, const QString &from,
                         const QString &language) const;
    Result<QString> imageHtml(const QString &sha, const QString &root, const QString &alt,
                              const QString &sizes);
    QString bodyHtml(const QString &html, const QString &root, const QString &alt,
                     const QString &language);
    SiteData recommendedFor(const QString &language, const QString &from) const;
    std::map<QString, QString> versionsOf(const Article &article) const;

    Status writePage(const QString &path, const QString &templateName, SiteData data);
    Status writeArticle(const Article &article);
    Status writeUniversity(const University &university, const QString &language);
    Status writeHome(const QString &language, const QString &path);
    Status writeListings(const QString &language, const QString &kind,
                         const std::map<QString, Listing> &listings);
    Status writeSearchPage(const QString &language);
    Status writeFeed(const QString &language);
    Status writeNotFound();
    Status writeRedirects();
    Status writeSitemap();

    const LibraryStore &m_store;
    const PublishOptions &m_options;
    SiteWriter &m_writer;
    const SiteTheme &m_theme;
    SitePictures m_pictures;
    QString m_base;

    QList<Article> m_articles;                      // newest first
    QHash<QString, const Article *> m_byUuid;       // published articles
    QMap<QString, QList<const Article *>> m_groups; // translation group → versions
    QList<University> m_universities;
    QList<QString> m_recommended; // uuids, in the list's order
    QStringList m_languages;
    QMap<QString, QString> m_slugs; // "article:UUID" → slug
    QHash<QString, QList<const Article *>> m_related;
    QHash<QString, QList<const Article *>> m_mentions;          // university uuid → articles
    std::map<QString, std::map<QString, Listing>> m_categories; // language → name → listing
    std::map<QString, std::map<QString, Listing>> m_tags;
    QDateTime m_reference; // "now" for the related lists: the newest article's time
    SiteSearchIndex m_search;
    int m_pages = 0;
};

Status Site::load()
{
    Result<QList<Article>> articles = m_store.publishedArticles();
    if (!articles)
        return articles.failure();
    m_articles = std::move(articles).value();
    std::sort(m_articles.begin(), m_articles.end(), [](const Article &a, const Article &b) {
        const QDateTime ta = shownTime(a), tb = shownTime(b);
        return ta != tb ? ta > tb : a.uuid < b.uuid;
    });
    QSet<QString> languages;
    for (const Article &article : std::as_const(m_articles)) {
        m_byUuid.insert(article.uuid, &article);
        languages.insert(article.language);
        if (!article.translationGroup.isEmpty())
            m_groups[article.translationGroup].append(&article);
        if (shownTime(article) > m_reference)
            m_reference = shownTime(article);
    }
    m_languages = orderedLanguages(languages);
    if (m_languages.isEmpty())
        m_languages.append(QStringLiteral("en"));

    Result<QList<University>> universities = m_store.universities();
    if (!universities)
        return universities.failure();
    m_universities = std::move(universities).value();
    std::sort(m_universities.begin(), m_universities.end(),
              [](const University &a, const University &b) {
                  return a.name != b.name ? a.name < b.name : a.uuid < b.uuid;
              });
    const Result<QList<ArticleSummary>> recommended = m_store.recommendedReading();
    if (!recommended)
        return recommended.failure();
    for (const ArticleSummary &item : recommended.value()) {
        if (m_byUuid.contains(item.uuid))
            m_recommended.append(item.uuid);
    }
    for (const Article &article : std::as_const(m_articles)) {
        for (const QString &university : article.universityUuids)
            m_mentions[university].append(&article);
    }
    assignAddresses();
    return success();
}

void Site::assignAddresses()
{
    // An address, once published, stays: a new title does not move the page.
    m_slugs = m_writer.next().addresses;
    QSet<QString> takenArticles, takenUniversities;
    for (auto it = m_slugs.cbegin(); it != m_slugs.cend(); ++it)
        (it.key().startsWith(QLatin1String("article:")) ? takenArticles : takenUniversities)
            .insert(it.value());
    // New articles oldest first, so the first of two same titles keeps the plain slug.
    for (auto it = m_articles.crbegin(); it != m_articles.crend(); ++it) {
        const QString key = QLatin1String("article:") + it->uuid;
        if (!m_slugs.contains(key))
            m_slugs.insert(key, uniqueSlug(it->title, it->uuid, takenArticles));
    }
    for (const University &university : std::as_const(m_universities)) {
        const QString key = QLatin1String("university:") + university.uuid;
        if (!m_slugs.contains(key))
            m_slugs.insert(key, uniqueSlug(university.name, university.uuid, takenUniversities));
    }
    m_writer.next().addresses = m_slugs;

    const auto addListing = [](std::map<QString, Listing> &listings, const QString &language,
                               const QString &kind, const QString &name, const Article *article,
                               QHash<QString, QSet<QString>> &taken) {
        auto found = listings.find(name.toLower());
        if (found == listings.end()) {
            Listing listing;
            listing.name = name;
            listing.path =
                language + QLatin1Char('/') + kind + QLatin1Char('/') +
                uniqueSlug(name, QStringLiteral("%1").arg(qHash(name), 8, 16, QLatin1Char('0')),
                           taken[language]) +
                QLatin1String(".html");
            found = listings.emplace(name.toLower(), listing).first;
        }
        found->second.articles.push_back(article);
    };
    // Slugs in name order, so adding a category never renames another's page.
    QHash<QString, QSet<QString>> takenCategories, takenTags;
    std::map<QString, std::map<QString, QList<const Article *>>> categoryNames, tagNames;
    for (const Article &article : std::as_const(m_articles)) {
        if (!article.category.isEmpty())
            categoryNames[article.language][article.category].append(&article);
        for (const QString &tag : article.tags)
            tagNames[article.language][tag].append(&article);
    }
    for (const auto &[language, names] : categoryNames) {
        for (const auto &[name, list] : names) {
            for (const Article *article : list)
                addListing(m_categories[language], language, QStringLiteral("categories"), name,
                           article, takenCategories);
        }
    }
    for (const auto &[language, names] : tagNames) {
        for (const auto &[name, list] : names) {
            for (const Article *article : list)
                addListing(m_tags[language], language, QStringLiteral("tags"), name, article,
                           takenTags);
        }
    }
    for (auto *listings : {&m_categories, &m_tags}) {
        for (auto &[language, byName] : *listings) {
            for (auto &[key, listing] : byName) {
                std::sort(listing.articles.begin(), listing.articles.end(),
                          [](const Article *a, const Article *b) {
                              const QDateTime ta = shownTime(*a), tb = shownTime(*b);
                              return ta != tb ? ta > tb : a->uuid < b->uuid;
                          });
            }
        }
    }
}

Status Site::computeRelated(const SitePublisher::Progress &progress, int &done, int total)
{
    RelatedOptions options;
    options.publishedOnly = true;
    options.now = m_reference;
    const RelatedEngine engine(m_store, options);
    for (const Article &article : std::as_const(m_articles)) {
        const Result<RelatedResult> related = engine.related(article.uuid, m_options.relatedCount);
        if (!related)
            return related.failure();
        QList<const Article *> list;
        for (const RelatedSuggestion &suggestion : related->suggestions) {
            if (const Article *other = m_byUuid.value(suggestion.uuid))
                list.append(other);
        }
        m_related.insert(article.uuid, list);
        if (progress && !progress(++done, total))
            return Error{
                SitePublisher::tr("Publishing was cancelled; the site was left as it was.")};
    }
    return success();
}

SiteData Site::page(const QString &path, const QString &language, const QString &title,
                    const QString &description) const
{
    SiteData data;
    data.set("lang", str(language));
    data.set("root", str(relativeRoot(path)));
    data.set("title", str(title));
    data.set("siteSuffix", true);
    data.set("description", str(description.left(300)));
    data.set("s", m_theme.strings(language));
    data.set("canonical", str(outward(path, path)));
    data.set("ogType", std::string("website"));
    data.set("ogLocale", str(QLocale(language).name()));
    return data;
}

void Site::setSwitcher(SiteData &data, const QString &path, const QString &language,
                       const std::map<QString, QString> &versions) const
{
    std::vector<SiteData> items;
    for (const QString &code : m_languages) {
        SiteData item;
        item.set("code", str(code));
        item.set("name", str(RelatedEngine::languageName(code)));
        const auto version = versions.find(code);
        const QString target = version != versions.end() ? version->second : homePath(code);
        item.set("href", str(relativeRoot(path) + target));
        item.set("current", code == language);
        items.push_back(item);
    }
    data.set("switcher", listOf(items));
}

void Site::setAlternates(SiteData &data, const QString &path,
                         const std::map<QString, QString> &versions, bool withDefault) const
{
    std::vector<SiteData> items;
    if (versions.size() > 1 || withDefault) {
        for (const auto &[code, target] : versions) {
            SiteData item;
            item.set("hreflang", str(code));
            item.set("href", str(outward(path, target)));
            items.push_back(item);
        }
        if (withDefault) {
            SiteData item;
            item.set("hreflang", std::string("x-default"));
            item.set("href", str(outward(path, QStringLiteral("index.html"))));
            items.push_back(item);
        }
    }
    data.set("alternates", listOf(items));
}

std::map<QString, QString> Site::versionsOf(const Article &article) const
{
    std::map<QString, QString> versions{{article.language, articlePath(article)}};
    if (!article.translationGroup.isEmpty()) {
        for (const Article *other : m_groups.value(article.translationGroup))
            versions.emplace(other->language, articlePath(*other)); // the newest of a language
    }
    return versions;
}

SiteData Site::articleLink(const Article &article, const QString &from,
                           const QString &language) const
{
    SiteData item;
    item.set("title", str(article.title));
    item.set("href", str(relativeRoot(from) + articlePath(article)));
    item.set("language", str(article.language));
    item.set("otherLanguage", article.language != language);
    const QDateTime time = shownTime(article);
    item.set("date", str(dateText(time, language)));
    item.set("iso", str(isoDate(time)));
    item.set("category", str(article.category));
    item.set("lead", str(leadOf(article)));
    return item;
}

Result<QString> Site::imageHtml(const QString &sha, const QString &root, const QString &alt,
                                const QString &sizes)
{
    const Result<SitePicture> picture = m_pictures.picture(sha);
    if (!picture)
        return picture.failure();
    return SitePictures::imgHtml(picture.value(), root, alt, sizes);
}

QString Site::bodyHtml(const QString &html, const QString &root, const QString &alt,
                       const QString &language)
{
    SiteBodyLinks links;
    links.fallbackAlt = alt;
    links.image = [&](const QString &sha, const QString &imageAlt) -> QString {
        const Result<QString> img = imageHtml(sha, root, imageAlt, bodyImageSizes);
        return img ? img.value() : QString(); // a missing picture is left out, not the page
    };
    links.internalLink = [&](const QUrl &url) -> QString {
        if (pageKind(url) == PageKind::Article) {
            if (const Article *target = m_byUuid.value(pageUuid(url)))
                return root + articlePath(*target);
        } else if (pageKind(url) == PageKind::University) {
            const QString key = QLatin1String("university:") + pageUuid(url);
            if (m_slugs.contains(key))
                return root + language + QLatin1String("/universities/") + m_slugs.value(key) +
                       QLatin1String(".html");
        }
        return QString();
    };
    return siteBodyHtml(html, links);
}

SiteData Site::recommendedFor(const QString &language, const QString &from) const
{
    std::vector<SiteData> items;
    QSet<QString> groups;
    for (const QString &uuid : m_recommended) {
        const Article *article = m_byUuid.value(uuid);
        // The version in the page's language where there is one.
        if (!article->translationGroup.isEmpty()) {
            if (groups.contains(article->translationGroup))
                continue;
            groups.insert(article->translationGroup);
            for (const Article *version : m_groups.value(article->translationGroup)) {
                if (version->language == language) {
                    article = version;
                    break;
                }
            }
        }
        items.push_back(articleLink(*article, from, language));
    }
    return listOf(items);
}

Status Site::writePage(const QString &path, const QString &templateName, SiteData data)
{
    const QByteArray content = m_theme.render(templateName, data);
    data.set("content", std::string(content.constData(), size_t(content.size())));
    ++m_pages;
    return m_writer.write(path, m_theme.render(QStringLiteral("layout"), data));
}

Status Site::writeArticle(const Article &article)
{
    const QString path = articlePath(article);
    const QString root = relativeRoot(path);
    SiteData data = page(path, article.language, article.title, leadOf(article));
    data.set("ogType", std::string("article"));
    const std::map<QString, QString> versions = versionsOf(article);
    setSwitcher(data, path, article.language, versions);
    setAlternates(data, path, versions, false);
    data.set("author", str(article.author));
    data.set("source", str(article.source));
    const QDateTime time = shownTime(article);
    data.set("date", str(dateText(time, article.language)));
    data.set("iso", str(isoDate(time)));
    data.set("summary", str(article.summary));
    if (!article.category.isEmpty()) {
        const auto &listings = m_categories[article.language];
        const auto found = listings.find(article.category.toLower());
        if (found != listings.end()) {
            SiteData category;
            category.set("name", str(article.category));
            category.set("href", str(root + found->second.path));
            data.set("category", category);
        }
    }
    if (!article.featuredImage.isEmpty()) {
        const Result<QString> img =
            imageHtml(article.featuredImage, root, article.title, featuredImageSizes);
        if (img) {
            data.set("image", str(img.value()));
            const Result<SitePicture> picture = m_pictures.picture(article.featuredImage);
            data.set("ogImage", str(outward(path, picture->original)));
        }
    }
    data.set("body", str(bodyHtml(article.bodyHtml, root, article.title, article.language)));

    std::vector<SiteData> alsoIn;
    for (const auto &[code, target] : versions) {
        if (code == article.language)
            continue;
        SiteData item;
        item.set("code", str(code));
        item.set("name", str(RelatedEngine::languageName(code)));
        item.set("href", str(root + target));
        alsoIn.push_back(item);
    }
    data.set("alsoIn", listOf(withLast(alsoIn)));
    data.set("has_alsoIn", !alsoIn.empty());

    std::vector<SiteData> tags;
    const auto &tagListings = m_tags[article.language];
    for (const QString &tag : article.tags) {
        const auto found = tagListings.find(tag.toLower());
        if (found == tagListings.end())
            continue;
        SiteData item;
        item.set("name", str(tag));
        item.set("href", str(root + found->second.path));
        tags.push_back(item);
    }
    data.set("tags", listOf(withLast(tags)));
    data.set("has_tags", !tags.empty());

    std::vector<SiteData> universities;
    for (const QString &uuid : article.universityUuids) {
        for (const University &university : std::as_const(m_universities)) {
            if (university.uuid != uuid)
                continue;
            SiteData item;
            item.set("name", str(university.name));
            item.set("href", str(root + universityPath(university, article.language)));
            universities.push_back(item);
        }
    }
    data.set("universities", listOf(withLast(universities)));
    data.set("has_universities", !universities.empty());

    std::vector<SiteData> related;
    for (const Article *other : m_related.value(article.uuid))
        related.push_back(articleLink(*other, path, article.language));
    data.set("related", listOf(related));
    data.set("has_related", !related.empty());
    const SiteData recommended = recommendedFor(article.language, path);
    data.set("has_recommended", !recommended.is_empty_list());
    data.set("recommended", recommended);
    return writePage(path, QStringLiteral("article"), std::move(data));
}

Status Site::writeUniversity(const University &university, const QString &language)
{
    const QString path = universityPath(university, language);
    const QString root = relativeRoot(path);
    SiteData data = page(path, language, university.name, leadSentence(university.profileText));
    std::map<QString, QString> versions;
    for (const QString &code : m_languages)
        versions.emplace(code, universityPath(university, code));
    setSwitcher(data, path, language, versions);
    setAlternates(data, path, versions, false);
    data.set("name", str(university.name));
    data.set("country", str(m_theme.countryName(language, university.country)));
    data.set("city", str(university.city));
    if (university.founded > 0)
        data.set("founded", str(QString::number(university.founded)));
    const QUrl website = QUrl::fromUserInput(university.website);
    if (!university.website.isEmpty() && website.isValid() &&
        (website.scheme() == QLatin1String("https") || website.scheme() == QLatin1String("http"))) {
        data.set("website", str(website.toString(QUrl::FullyEncoded)));
        data.set("websiteText", str(website.host()));
    }
    if (!university.logo.isEmpty()) {
        const Result<QString> img =
            imageHtml(university.logo, root, university.name, QStringLiteral("12rem"));
        if (img)
            data.set("logo", str(img.value()));
    }
    data.set("profile", str(bodyHtml(university.profileHtml, root, university.name, language)));
    // Articles in the page's language first, then the others.
    QList<const Article *> mentions = m_mentions.value(university.uuid);
    std::stable_sort(mentions.begin(), mentions.end(), [&](const Article *a, const Article *b) {
        return (a->language == language) > (b->language == language);
    });
    std::vector<SiteData> articles;
    for (const Article *article : std::as_const(mentions))
        articles.push_back(articleLink(*article, path, language));
    data.set("articles", listOf(articles));
    data.set("has_articles", !articles.empty());
    return writePage(path, QStringLiteral("university"), std::move(data));
}

Status Site::writeHome(const QString &language, const QString &path)
{
    const QString root = relativeRoot(path);
    const QString siteName = m_theme.string(language, QStringLiteral("siteName"));
    SiteData data = page(path, language, siteName, siteName);
    data.set("siteSuffix", false);
    data.set("canonical", str(outward(path, homePath(language))));
    std::map<QString, QString> versions;
    for (const QString &code : m_languages)
        versions.emplace(code, homePath(code));
    setSwitcher(data, path, language, versions);
    setAlternates(data, path, versions, true);

    QList<const Article *> own;
    for (const Article &article : std::as_const(m_articles)) {
        if (article.language == language)
            own.append(&article);
    }
    // Featured: the newest article of the language with a picture.
    const Article *featured = nullptr;
    for (const Article *article : std::as_const(own)) {
        if (!article->featuredImage.isEmpty()) {
            featured = article;
            break;
        }
    }
    if (!featured && !own.isEmpty())
        featured = own.first();
    if (featured) {
        SiteData item = articleLink(*featured, path, language);
        if (!featured->featuredImage.isEmpty()) {
            const Result<QString> img =
                imageHtml(featured->featuredImage, root, featured->title, featuredImageSizes);
            if (img) {
                item.set("image", str(img.value()));
                data.set("ogImage",
                         str(outward(path, m_pictures.picture(featured->featuredImage)->original)));
            }
        }
        data.set("featured", item);
    }
    std::vector<SiteData> latest;
    for (const Article *article : std::as_const(own)) {
        if (article == featured)
            continue;
        if (int(latest.size()) >= m_options.latestCount)
            break;
        latest.push_back(articleLink(*article, path, language));
    }
    data.set("latest", listOf(latest));
    data.set("has_latest", !latest.empty() || featured);
    const SiteData recommended = recommendedFor(language, path);
    data.set("has_recommended", !recommended.is_empty_list());
    data.set("recommended", recommended);

    // Affiliate universities by country: Ukraine, China, then the others.
    QStringList countries;
    for (const University &university : std::as_const(m_universities)) {
        if (!countries.contains(university.country))
            countries.append(university.country);
    }
    std::sort(countries.begin(), countries.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &c) {
            return c == QLatin1String("Ukraine") ? 0 : c == QLatin1String("China") ? 1 : 2;
        };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    std::vector<SiteData> affiliates;
    for (const QString &country : std::as_const(countries)) {
        std::vector<SiteData> universities;
        for (const University &university : std::as_const(m_universities)) {
            if (university.country != country)
                continue;
            SiteData item;
            item.set("name", str(university.name));
            item.set("href", str(root + universityPath(university, language)));
            item.set("line", str(leadSentence(university.profileText)));
            universities.push_back(item);
        }
        SiteData group;
        const QString name =
            country.isEmpty() ? QStringLiteral("—") : m_theme.countryName(language, country);
        group.set("heading", str(m_theme.string(language, QStringLiteral("affiliate"))
                                     .replace(QLatin1String("{country}"), name)));
        group.set("universities", listOf(universities));
        affiliates.push_back(group);
    }
    data.set("affiliates", listOf(affiliates));
    return writePage(path, QStringLiteral("home"), std::move(data));
}

Status Site::writeListings(const QString &language, const QString &kind,
                           const std::map<QString, Listing> &listings)
{
    const int size = std::max(1, m_options.listPageSize);
    for (const auto &[key, listing] : listings) {
        const int pages = int((listing.articles.size() + size - 1) / size);
        const QString stem = listing.path.chopped(5); // without ".html"
        const auto pagePath = [&](int number) -> QString {
            return number == 1
                       ? listing.path
                       : stem + QLatin1Char('-') + QString::number(number) + QLatin1String(".html");
        };
        for (int number = 1; number <= pages; ++number) {
            const QString path = pagePath(number);
            QString heading = m_theme.string(language, kind) + QLatin1String(": ") + listing.name;
            QString title = heading;
            if (number > 1)
                title += QLatin1String(" · ") +
                         m_theme.string(language, QStringLiteral("pageOf"))
                             .replace(QLatin1String("{n}"), QString::number(number));
            SiteData data = page(path, language, title, heading);
            std::map<QString, QString> versions{{language, path}};
            setSwitcher(data, path, language, versions);
            setAlternates(data, path, versions, false);
            data.set("heading", str(heading));
            std::vector<SiteData> items;
            for (qsizetype i = qsizetype(number - 1) * size;
                 i < std::min<qsizetype>(listing.articles.size(), qsizetype(number) * size); ++i)
                items.push_back(articleLink(*listing.articles[i], path, language));
            data.set("latest", listOf(items));
            std::vector<SiteData> pageLinks;
            for (int other = 1; other <= pages; ++other) {
                SiteData item;
                item.set("number", str(QString::number(other)));
                item.set("href", str(relativeRoot(path) + pagePath(other)));
                item.set("current", other == number);
                pageLinks.push_back(item);
            }
            data.set("pages", listOf(pageLinks));
            data.set("paged", pages > 1);
            if (Status status = writePage(path, QStringLiteral("list"), std::move(data)); !status)
                return status;
        }
    }
    return success();
}

Status Site::writeSearchPage(const QString &language)
{
    const QString path = language + QLatin1String("/search.html");
    SiteData data = page(path, language, m_theme.string(language, QStringLiteral("search")),
                         m_theme.string(language, QStringLiteral("searchPlaceholder")));
    std::map<QString, QString> versions;
    for (const QString &code : m_languages)
        versions.emplace(code, code + QLatin1String("/search.html"));
    setSwitcher(data, path, language, versions);
    setAlternates(data, path, versions, false);
    data.set("searchPage", true);
    data.set("noindex", true);
    data.set("termShards", str(QString::number(m_search.termShards)));
    data.set("docsPerShard", str(QString::number(m_search.documentsPerShard)));
    return writePage(path, QStringLiteral("search"), std::move(data));
}

Status Site::writeFeed(const QString &language)
{
    const QString path = language + QLatin1String("/feed.xml");
    SiteData data;
    data.set("lang", str(language));
    data.set("s", m_theme.strings(language));
    data.set("id", str(m_base.isEmpty() ? QStringLiteral("urn:lectern-site:") + language
                                        : m_base + homePath(language)));
    data.set("self", str(outward(path, path)));
    data.set("home", str(outward(path, homePath(language))));
    std::vector<SiteData> entries;
    QDateTime newest;
    for (const Article &article : std::as_const(m_articles)) {
        if (article.language != language)
            continue;
        if (entries.size() >= 20)
            break;
        SiteData entry;
        entry.set("title", str(article.title));
        entry.set("uuid", str(article.uuid));
        entry.set("href", str(outward(path, articlePath(article))));
        entry.set("published", str(isoTime(shownTime(article))));
        const QDateTime updated = std::max(article.updated, shownTime(article));
        entry.set("updated", str(isoTime(updated)));
        entry.set("author", str(article.author));
        entry.set("lead", str(leadOf(article)));
        newest = std::max(newest, updated);
        entries.push_back(entry);
    }
    data.set("updated", str(isoTime(newest.isValid() ? newest : QDateTime::fromSecsSinceEpoch(0))));
    data.set("entries", listOf(entries));
    return m_writer.write(path, m_theme.render(QStringLiteral("feed"), data));
}

Status Site::writeNotFound()
{
    // Served for any missing address, at any depth: absolute links when
    // the site's address is known.
    const QString path = QStringLiteral("404.html");
    const QString language = m_languages.first();
    SiteData data = page(path, language, m_theme.string(language, QStringLiteral("notFound")), {});
    if (!m_base.isEmpty())
        data.set("root", str(m_base));
    data.set("canonical", false);
    data.set("noindex", true);
    std::map<QString, QString> versions;
    setSwitcher(data, path, language, versions);
    data.set("alternates", listOf({}));
    std::vector<SiteData> homes;
    for (const QString &code : m_languages) {
        SiteData item;
        item.set("code", str(code));
        item.set("name", str(m_theme.string(code, QStringLiteral("siteName")) +
                             QLatin1String(" · ") + RelatedEngine::languageName(code)));
        item.set("href", str(outward(path, homePath(code))));
        homes.push_back(item);
    }
    data.set("homes", listOf(homes));
    return writePage(path, QStringLiteral("notfound"), std::move(data));
}

Status Site::writeRedirects()
{
    // A page that moved (an article now in another language's folder, an
    // address from before) keeps working as a redirect to where it is now.
    for (const Article &article : std::as_const(m_articles)) {
        const QString key = QLatin1String("article:") + article.uuid;
        const QString now = articlePath(article);
        m_writer.next().pagePaths.insert(key, now);
        const QString before = m_writer.previous().pagePaths.value(key);
        if (before.isEmpty() || before == now || m_writer.contains(before))
            continue;
        SiteData data;
        data.set("lang", str(article.language));
        data.set("s", m_theme.strings(article.language));
        data.set("title", str(article.title));
        data.set("href", str(relativeRoot(before) + now));
        data.set("canonical", str(outward(before, now)));
        ++m_pages;
        if (Status status =
                m_writer.write(before, m_theme.render(QStringLiteral("redirect"), data));
            !status)
            return status;
        m_writer.next().pagePaths.insert(QLatin1String("moved:") + before, now);
    }
    // Redirects made before stay while their target is published.
    for (auto it = m_writer.previous().pagePaths.cbegin();
         it != m_writer.previous().pagePaths.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("moved:")))
            continue;
        const QString before = it.key().mid(6);
        if (m_writer.contains(before) || !m_writer.contains(it.value()))
            continue;
        if (m_writer.keep(before))
            m_writer.next().pagePaths.insert(it.key(), it.value());
    }
    return success();
}

Status Site::writeSitemap()
{
    QByteArray xml;
    QXmlStreamWriter out(&xml);
    out.setAutoFormatting(true);
    out.writeStartDocument();
    out.writeStartElement(QStringLiteral("urlset"));
    out.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
    out.writeNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"), QStringLiteral("xhtml"));
    const auto url = [&](const QString &path, const std::map<QString, QString> &versions,
                         const QDateTime &modified) {
        out.writeStartElement(QStringLiteral("url"));
        out.writeTextElement(QStringLiteral("loc"), outward(QStringLiteral("sitemap.xml"), path));
        if (modified.isValid())
            out.writeTextElement(QStringLiteral("lastmod"), isoDate(modified));
        if (versions.size() > 1) {
            for (const auto &[code, target] : versions) {
                out.writeStartElement(QStringLiteral("http://www.w3.org/1999/xhtml"),
                                      QStringLiteral("link"));
                out.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
                out.writeAttribute(QStringLiteral("hreflang"), code);
                out.writeAttribute(QStringLiteral("href"),
                                   outward(QStringLiteral("sitemap.xml"), target));
                out.writeEndElement();
            }
        }
        out.writeEndElement();
    };
    std::map<QString, QString> homes;
    for (const QString &code : m_languages)
        homes.emplace(code, homePath(code));
    for (const QString &code : m_languages)
        url(homePath(code), homes, {});
    for (const Article &article : std::as_const(m_articles))
        url(articlePath(article), versionsOf(article),
            std::max(article.updated, shownTime(article)));
    for (const University &university : std::as_const(m_universities)) {
        std::map<QString, QString> versions;
        for (const QString &code : m_languages)
            versions.emplace(code, universityPath(university, code));
        for (const QString &code : m_languages)
            url(universityPath(university, code), versions, university.updated);
    }
    for (const auto *listings : {&m_categories, &m_tags}) {
        for (const auto &[language, byName] : *listings) {
            for (const auto &[key, listing] : byName)
                url(listing.path, {}, {});
        }
    }
    out.writeEndElement();
    out.writeEndDocument();
    if (Status status = m_writer.write(QStringLiteral("sitemap.xml"), xml); !status)
        return status;
    QByteArray robots = "User-agent: *\nAllow: /\n";
    if (!m_base.isEmpty())
        robots += "Sitemap: " + (m_base + QLatin1String("sitemap.xml")).toUtf8() + '\n';
    return m_writer.write(QStringLiteral("robots.txt"), robots);
}

Result<PublishReport> Site::write(const SitePublisher::Progress &progress)
{
    const int total = int(m_articles.size()) * 2 + int(m_universities.size() * m_languages.size()) +
                      int(m_languages.size()) * 4 + 4;
    int done = 0;
    const auto step = [&]() -> Status {
        if (progress && !progress(++done, total))
            return Error{
                SitePublisher::tr("Publishing was cancelled; the site was left as it was.")};
        return success();
    };
    StageTrace trace;
    if (Status status = computeRelated(progress, done, total); !status)
        return status.failure();
    trace.mark("related");

    QList<SiteSearchDocument> documents;
    for (const Article &article : std::as_const(m_articles)) {
        documents.append(SiteSearchDocument{articlePath(article), article.title, article.language,
                                            dateText(shownTime(article), article.language),
                                            leadOf(article), article.summary, article.bodyText,
                                            article.category, article.tags});
    }
    m_search = buildSiteSearch(documents);
    trace.mark("search");
    for (const auto &[path, bytes] : std::as_const(m_search.files)) {
        if (Status status = m_writer.write(path, bytes); !status)
            return status.failure();
    }
    if (Status status = step(); !status)
        return status.failure();

    for (const auto &[name, bytes] : m_theme.assets()) {
        if (Status status = m_writer.write(QLatin1String("assets/") + name, bytes); !status)
            return status.failure();
    }
    for (const Article &article : std::as_const(m_articles)) {
        if (Status status = writeArticle(article); !status)
            return status.failure();
        if (Status status = step(); !status)
            return status.failure();
    }
    for (const QString &language : std::as_const(m_languages)) {
        for (const University &university : std::as_const(m_universities)) {
            if (Status status = writeUniversity(university, language); !status)
                return status.failure();
            if (Status status = step(); !status)
                return status.failure();
        }
        for (const auto &write :
             {std::function<Status()>([&] { return writeHome(language, homePath(language)); }),
              std::function<Status()>([&] {
                  Status status =
                      writeListings(language, QStringLiteral("category"), m_categories[language]);
                  return status ? writeListings(language, QStringLiteral("tag"), m_tags[language])
                                : status;
              }),
              std::function<Status()>([&] { return writeSearchPage(language); }),
              std::function<Status()>([&] { return writeFeed(language); })}) {
            if (Status status = write(); !status)
                return status.failure();
            if (Status status = step(); !status)
                return status.failure();
        }
    }
    trace.mark("pages");
    // The site's own front door is the first language's home.
    if (Status status = writeHome(m_languages.first(), QStringLiteral("index.html")); !status)
        return status.failure();
    for (const auto &write : {std::function<Status()>([&] { return writeNotFound(); }),
                              std::function<Status()>([&] { return writeRedirects(); }),
                              std::function<Status()>([&] { return writeSitemap(); })}) {
        if (Status status = write(); !status)
            return status.failure();
        if (Status status = step(); !status)
            return status.failure();
    }

    PublishReport report;
    report.articles = int(m_articles.size());
    report.universities = int(m_universities.size());
    report.pages = m_pages;
    report.pictures = m_pictures.count();
    report.languages = m_languages;
    report.searchFiles = int(m_search.files.size());
    report.searchBytes = m_search.bytes;
    trace.mark("lists");
    Result<SiteWriteCounts> counts = m_writer.commit();
    trace.mark("commit");
    if (!counts)
        return counts.failure();
    report.files = counts.value();
    report.homePage = QDir(m_writer.folder()).filePath(QStringLiteral("index.html"));
    if (progress)
        progress(total, total); // the site is in place: too late to cancel
    return report;
}

} // namespace

SitePublisher::SitePublisher(const LibraryStore &store, PublishOptions options)
    : m_store(store)
    , m_options(std::move(options))
{
}

Result<PublishReport> SitePublisher::publish(const Progress &progress)
{
    if (m_options.outFolder.isEmpty())
        return Error{tr("Choose a folder to publish the site into.")};
    const QString library = QFileInfo(m_store.path()).absoluteFilePath();
    if (!m_store.path().isEmpty() && QFileInfo(m_options.outFolder).absoluteFilePath() == library)
        return Error{tr("The site cannot be published over the library file itself.")};
    const Result<SiteTheme> theme = SiteTheme::load(m_options.themeFolder);
    if (!theme)
        return theme.failure();
    Result<SiteWriter> writer = SiteWriter::open(m_options.outFolder, m_options.force);
    if (!writer)
        return writer.failure();
    StageTrace trace;
    Site site(m_store, m_options, writer.value(), theme.value());
    if (Status status = site.load(); !status)
        return status.failure();
    trace.mark("load");
    return site.write(progress);
}

} // namespace lectern
