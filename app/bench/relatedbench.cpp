// The relevance engine, measured: how often its suggestions share the topic
// of the article (precision@5) and how long it takes at library scale.
#include "relatedbench.h"

#include "benchstats.h"
#include "rawsql.h"
#include "related/relatedengine.h"
#include "relatedbaseline.h"
#include "relatedcorpus.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace lectern::bench {

namespace {

QString commandLine()
{
    QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty())
        arguments[0] = QFileInfo(arguments[0]).fileName();
    return arguments.join(QLatin1Char(' '));
}

Result<QStringList> liveUuids(const LibraryStore &store)
{
    const Result<QList<QVariantList>> rows = RawSql(store).rows(
        QStringLiteral("SELECT uuid FROM articles WHERE deleted IS NULL ORDER BY id"));
    if (!rows)
        return rows.failure();
    QStringList uuids;
    for (const QVariantList &row : rows.value())
        uuids.append(row.at(0).toString());
    return uuids;
}

// --- Evaluation ---------------------------------------------------------------

// What `related quality` and `related speed` evaluate: the defaults, or those
// given with --terms, --shortlist and --share (for tuning).
RelatedOptions &evaluatedOptions()
{
    static RelatedOptions options;
    return options;
}

struct Precision
{
    double precision = 0;   // mean share of same-topic articles among the first five
    int articles = 0;       // articles evaluated
    int full = 0;           // of which got five suggestions
    double suggestions = 0; // on average
    QList<qint64> times;
    // Per topic: the summed precision and the articles scored, and the topics
    // the wrong suggestions belonged to ("" = no suggestion).
    QHash<QString, std::pair<double, int>> byTopic;
    QHash<QString, QHash<QString, int>> wrongFrom;
};

// Who is asked for five suggestions: the engine, or a reference method.
using Suggester = std::function<Result<QStringList>(const QString &uuid)>;

Suggester engineSuggester(const LibraryStore &store, const RelatedOptions &options)
{
    return [engine = std::make_shared<RelatedEngine>(store, options)](
               const QString &uuid) -> Result<QStringList> {
        const Result<RelatedResult> related = engine->related(uuid, 5);
        if (!related)
            return Error{related.error()};
        QStringList uuids;
        for (const RelatedSuggestion &suggestion : related->suggestions)
            uuids.append(suggestion.uuid);
        return uuids;
    };
}

// The engine's text similarity alone, as a ranking: no preference for the
// reader's language or for recent articles, and no minimum of evidence or
// need of a named reason (the corpora carry no tags or categories).
RelatedOptions textOnly(RelatedOptions options)
{
    options.otherLanguageFactor = 1.0;
    options.preferRecent = false;
    options.minimumScore = 0;
    options.explainedOnly = false;
    // Like the reference, which may suggest two language versions of one
    // article (the handbook's zh-CN sections are partly English).
    options.oneVersionEach = false;
    return options;
}

// Precision@5 over the articles of `language` whose topic has at least six
// articles in that language (so five right answers exist).
Result<Precision> precisionAtFive(const QList<EvalArticle> &articles, const QString &language,
                                  const Suggester &suggest)
{
    QHash<QString, QString> topicOf;
    QHash<QString, int> topicSize;
    for (const EvalArticle &article : articles) {
        topicOf.insert(article.uuid, article.topic);
        if (article.language == language)
            ++topicSize[article.topic];
    }
    Precision result;
    double sum = 0;
    int total = 0;
    for (const EvalArticle &article : articles) {
        if (article.language != language || topicSize.value(article.topic) < 6)
            continue;
        QElapsedTimer timer;
        timer.start();
        const Result<QStringList> suggestions = suggest(article.uuid);
        result.times.append(timer.nsecsElapsed());
        if (!suggestions)
            return suggestions.failure();
        int same = 0;
        QHash<QString, int> &wrong = result.wrongFrom[article.topic];
        for (const QString &uuid : suggestions.value()) {
            const QString topic = topicOf.value(uuid);
            if (topic == article.topic)
                ++same;
            else
                ++wrong[topic];
        }
        // A missing suggestion counts as a wrong one.
        wrong[QString()] += 5 - int(std::min<qsizetype>(5, suggestions->size()));
        sum += double(same) / 5.0;
        result.byTopic[article.topic].first += double(same) / 5.0;
        ++result.byTopic[article.topic].second;
        ++result.articles;
        if (suggestions->size() == 5)
            ++result.full;
        total += int(suggestions->size());
    }
    result.precision = result.articles ? sum / result.articles : 0;
    result.suggestions = result.articles ? double(total) / result.articles : 0;
    return result;
}

// A library of topics: every article draws most words from a vocabulary all
// topics share (Zipf-distributed, like prose) and some from its topic's own
// words, and carries a tag that is its topic's only half of the time.
Result<QList<EvalArticle>> fillTopical(LibraryStore &store, int count, quint32 seed, int topics,
                                       int topical)
{
    QRandomGenerator random(seed);
    const auto pseudoWord = [&] {
        static const char *const syllables[] = {"ka", "lo", "mi",  "ren", "tu",  "sa",  "vel",
                                                "or", "in", "dra", "po",  "shi", "qua", "ne"};
        QString word;
        const int parts = 2 + random.bounded(3);
        for (int i = 0; i < parts; ++i)
            word += QString::fromLatin1(syllables[random.bounded(int(std::size(syllables)))]);
        return word;
    };
    QStringList common;
    for (int i = 0; i < 3000; ++i)
        common.append(pseudoWord());
    std::vector<double> cumulative;
    double total = 0;
    for (int i = 0; i < common.size(); ++i) {
        total += 1.0 / std::pow(i + 1, 1.05);
        cumulative.push_back(total);
    }
    const auto commonWord = [&]() -> const QString & {
        const double at = random.generateDouble() * total;
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), at);
        return common[std::min<qsizetype>(it - cumulative.begin(), common.size() - 1)];
    };
    QList<QStringList> topicWords;
    for (int t = 0; t < topics; ++t) {
        QStringList words;
        for (int i = 0; i < 40; ++i)
            words.append(pseudoWord() + QString::number(t));
        topicWords.append(words);
    }
    QList<EvalArticle> articles;
    for (int i = 0; i < count; ++i) {
        const int topic = random.bounded(topics);
        QStringList words;
        const int length = 150 + random.bounded(450);
        for (int w = 0; w < length; ++w) {
            // One word in `topical` is the topic's own, as many another
            // topic's: noise a real text has too.
            const int roll = random.bounded(topical);
            words.append(roll == 0   ? topicWords[topic][random.bounded(40)]
                         : roll == 1 ? topicWords[random.bounded(topics)][random.bounded(40)]
                                     : commonWord());
        }
        Article article;
        article.title = words.mid(0, 6).join(QLatin1Char(' '));
        article.bodyHtml =
            QLatin1String("<p>") + words.join(QLatin1Char(' ')) + QLatin1String("</p>");
        article.language = QStringLiteral("en");
        // A tag that is the topic's only one time in three.
        article.tags = {random.bounded(3) == 0
                            ? QStringLiteral("topic %1").arg(topic)
                            : QStringLiteral("topic %1").arg(random.bounded(topics))};
        const Result<Article> saved = store.saveArticle(article);
        if (!saved)
            return saved.failure();
        articles.append(EvalArticle{saved->uuid, QString::number(topic), article.language});
    }
    return articles;
}

// What the handbook's articles carry besides their text, as an import or an
// editor could set it from the document itself.
struct HandbookMetadata
{
    enum class Tags
    {
        None,
        // The page's <meta name="keywords">, as Lectern's HTML import takes
        // them. In this book they are the CHAPTER's keywords, the same on
        // every page of a chapter: they name the topic being scored.
        Keywords,
        // What the section itself marks up as a command, file or manual
        // page (<code class="command">apt-get</code>): its ten most frequent.
        Markup,
    };
    Tags tags = Tags::None;
    // Category = the chapter's title (what an editor filing the sections
    // would choose). This IS the topic being scored.
    bool chapterCategory = false;

    QString describe() const
    {
        QStringList parts{QStringLiteral("text")};
        if (tags == Tags::Keywords)
            parts.append(QStringLiteral("tags = chapter keywords"));
        if (tags == Tags::Markup)
            parts.append(QStringLiteral("tags = section's marked-up commands/files"));
        if (chapterCategory)
            parts.append(QStringLiteral("category = chapter title"));
        return parts.join(QStringLiteral(" + "));
    }
};

QString attribute(const QString &html, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(html);
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

// The section's most frequent marked-up commands (first word), file names and
// manual pages, most frequent first, at most ten.
QStringList markupTags(const QString &body)
{
    static const QRegularExpression marked(
        QStringLiteral("<(?:code|span) class=\"(command|filename|refentrytitle)\"[^>]*>([^<]+)<"));
    QHash<QString, int> counts;
    QStringList order;
    auto it = marked.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString name = match.captured(2).simplified().toLower();
        if (match.captured(1) == QLatin1String("command"))
            name = name.section(QLatin1Char(' '), 0, 0);
        if (name.size() < 2 || name.size() > 60)
            continue;
        if (!counts.contains(name))
            order.append(name);
        ++counts[name];
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        return counts.value(a) > counts.value(b);
    });
    return order.mid(0, 10);
}

// The handbook's HTML pages, one per section ("sect.*.html") plus one per
// chapter, cut at every second- and third-level heading; each piece is an
// article whose topic is its chapter or, `bySection`, its page (one page per
// second-level section, so mostly the section its piece belongs to; a few
// chapter pages hold several).
// The same piece in another language shares a translation group (its anchor
// id).
Result<QList<EvalArticle>> fillHandbook(LibraryStore &store, const QString &root,
                                        const QStringList &languages,
                                        const HandbookMetadata &metadata, bool bySection,
                                        QStringList &skipped)
{
    static const QRegularExpression keywords(
        QStringLiteral("<meta name=\"keywords\" content=\"([^\"]*)\""));
    static const QRegularExpression upTitle(
        QStringLiteral("<link rel=\"up\" href=\"[^\"]*\" title=\"([^\"]*)\""));
    static const QRegularExpression pageTitle(QStringLiteral("<title[^>]*>([^<]*)</title>"));
    static const QRegularExpression upLink(QStringLiteral("<link rel=\"up\" href=\"([^\"]+)\""));
    static const QRegularExpression heading(
        QStringLiteral(
            "<h([123]) class=\"title\"[^>]*>(?:<a[^>]*id=\"([^\"]*)\"[^>]*></a>)?(.*?)</h\\1>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression bodyEnd(QStringLiteral("<ul class=\"docnav\">|</body>"));
    QList<EvalArticle> articles;
    for (const QString &language : languages) {
        const QDir dir(root + QLatin1Char('/') + language);
        if (!dir.exists()) {
            skipped.append(language);
            continue;
        }
        const QString code = language.left(2);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
            if (name == QLatin1String("index.html"))
                continue;
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return Error{QStringLiteral("cannot read %1").arg(file.fileName())};
            const QString html = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch up = upLink.match(html);
            const QString parent = up.hasMatch() ? up.captured(1) : QString();
            const bool chapterPage = parent == QLatin1String("index.html") || parent.isEmpty();
            const QString chapter = chapterPage ? name : parent;
            const QString chapterTitle =
                chapterPage ? attribute(html, pageTitle) : attribute(html, upTitle);
            QStringList pageKeywords;
            for (const QString &keyword : attribute(html, keywords).split(QLatin1Char(','))) {
                if (!keyword.trimmed().isEmpty() && pageKeywords.size() < 10)
                    pageKeywords.append(keyword.trimmed());
            }
            const qsizetype end = [&] {
                const QRegularExpressionMatch match = bodyEnd.match(html);
                return match.hasMatch() ? match.capturedStart() : html.size();
            }();
            QList<QRegularExpressionMatch> headings;
            auto it = heading.globalMatch(html);
            while (it.hasNext())
                headings.append(it.next());
            for (qsizetype h = 0; h < headings.size(); ++h) {
                const QRegularExpressionMatch &match = headings[h];
                if (match.captured(1) == QLatin1String("1"))
                    continue; // the chapter's own title
                const qsizetype from = match.capturedEnd();
                const qsizetype to =
                    h + 1 < headings.size() ? headings[h + 1].capturedStart() : end;
                if (to <= from)
                    continue;
                const QString body = html.mid(from, to - from);
                QString title = match.captured(3);
                title.remove(tags);
                title = title.simplified();
                const QString plain = QString(body).remove(tags).simplified();
                if (plain.size() < 200)
                    continue; // a heading with no text of its own
                Article article;
                article.title = title;
                article.bodyHtml = body;
                article.language = code;
                if (metadata.chapterCategory)
                    article.category = chapterTitle.left(100);
                if (metadata.tags == HandbookMetadata::Tags::Keywords)
                    article.tags = pageKeywords;
                else if (metadata.tags == HandbookMetadata::Tags::Markup)
                    article.tags = markupTags(body);
                article.translationGroup =
                    name + QLatin1Char('#') +
                    (match.captured(2).isEmpty() ? QString::number(h) : match.captured(2));
                const Result<Article> saved = store.saveArticle(article);
                if (!saved)
                    return saved.failure();
                articles.append(EvalArticle{saved->uuid, bySection ? name : chapter, code});
            }
        }
    }
    return articles;
}

int chaptersWithSix(const QList<EvalArticle> &articles, const QString &language)
{
    QHash<QString, int> size;
    for (const EvalArticle &article : articles) {
        if (article.language == language)
            ++size[article.topic];
    }
    return int(std::count_if(size.cbegin(), size.cend(), [](int n) { return n >= 6; }));
}

} // namespace

Result<QList<qint64>> timeRelated(const LibraryStore &store, int samples, quint32 seed)
{
    const Result<QStringList> uuids = liveUuids(store);
    if (!uuids)
        return uuids.failure();
    if (uuids->isEmpty())
        return Error{QStringLiteral("the library has no articles")};
    QRandomGenerator random(seed);
    const RelatedEngine engine(store, evaluatedOptions());
    QList<qint64> times;
    // The first calls warm the page cache and statement paths; not kept.
    for (int i = 0; i < samples + 20; ++i) {
        const QString &uuid = uuids->at(random.bounded(int(uuids->size())));
        QElapsedTimer timer;
        timer.start();
        const Result<RelatedResult> related = engine.related(uuid, 10);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!related)
            return related.failure();
        if (i >= 20)
            times.append(elapsed);
    }
    return times;
}

namespace {

int runRelatedSpeed(const QString &libraryPath, int samples, quint32 seed)
{
    Result<std::unique_ptr<LibraryStore>> opened = LibraryStore::open(libraryPath);
    if (!opened)
        return fail(opened.error());
    const Result<int> count = opened.value()->articleCount();
    if (!count)
        return fail(count.error());
    const Result<QList<qint64>> times = timeRelated(*opened.value(), samples, seed);
    if (!times)
        return fail(times.error());
    out() << "## Related articles: " << QFileInfo(libraryPath).fileName() << "\n\n"
          << "Command: `" << commandLine() << "`\n\n"
          << "| Articles | Samples | p50 (ms) | p95 (ms) | max (ms) |\n"
          << "|---:|---:|---:|---:|---:|\n"
          << "| " << count.value() << " | " << times->size() << " | "
          << millis(percentile(times.value(), 0.5)) << " | "
          << millis(percentile(times.value(), 0.95)) << " | "
          << millis(percentile(times.value(), 1.0)) << " |\n"
          << Qt::endl;
    return 0;
}

// What `related quality` evaluates.
struct QualitySetup
{
    QString handbookDir;
    QList<HandbookMetadata> variants;
    QStringList languages;  // the handbook's, e.g. en-US
    bool bySection = false; // handbook topic = the second-level section, not the chapter
    QString pythonDir;      // Python's library reference, if given
    int clusterArticles = 0;
    int topical = 20;
    quint32 seed = 1;
    bool perTopic = false;   // also print precision per topic and where the misses come from
    bool engineOnly = false; // leave out the brute-force reference (it is slow on large sets)
};

// Per topic, worst first: its precision and the three topics most of its
// wrong suggestions belonged to.
void printPerTopic(const QString &name, const Precision &p)
{
    out() << "\n### " << name << ": per topic\n\n"
          << "| Topic | Scored | Precision@5 | Wrong suggestions from (count) |\n"
          << "|---|---:|---:|---|\n";
    QStringList topics = p.byTopic.keys();
    const auto precisionOf = [&](const QString &topic) {
        const std::pair<double, int> &sum = p.byTopic[topic];
        return sum.first / sum.second;
    };
    std::sort(topics.begin(), topics.end(), [&](const QString &a, const QString &b) {
        return precisionOf(a) != precisionOf(b) ? precisionOf(a) < precisionOf(b) : a < b;
    });
    for (const QString &topic : topics) {
        const QHash<QString, int> &wrong = p.wrongFrom[topic];
        QStringList from = wrong.keys();
        std::sort(from.begin(), from.end(), [&](const QString &a, const QString &b) {
            return wrong[a] != wrong[b] ? wrong[a] > wrong[b] : a < b;
        });
        QStringList shown;
        for (const QString &other : from.mid(0, 3)) {
            if (wrong[other] > 0)
                shown.append(QStringLiteral("%1 (%2)")
                                 .arg(other.isEmpty() ? QStringLiteral("none") : other)
                                 .arg(wrong[other]));
        }
        out() << "| " << topic << " | " << p.byTopic[topic].second << " | "
              << QString::number(precisionOf(topic), 'f', 3) << " | "
              << shown.join(QStringLiteral(", ")) << " |\n";
    }
}

// The methods each library is scored with: the engine as Lectern runs it,
// its text similarity alone, and the brute-force reference beside it.
struct Method
{
    QString name;
    std::function<Result<Suggester>(const LibraryStore &)> make;
};

QList<Method> qualityMethods(bool withBaseline)
{
    QList<Method> methods{
        {QStringLiteral("engine"),
         [](const LibraryStore &store) -> Result<Suggester> {
             return engineSuggester(store, evaluatedOptions());
         }},
        {QStringLiteral("engine, text similarity alone"),
         [](const LibraryStore &store) -> Result<Suggester> {
             return engineSuggester(store, textOnly(evaluatedOptions()));
         }},
    };
    if (!withBaseline)
        return methods;
    for (const auto &[name, counts] :
         {std::pair{QStringLiteral("brute-force tf·idf cosine, every word (tf)"),
                    CosineBaseline::Counts::Raw},
          std::pair{QStringLiteral("brute-force tf·idf cosine, every word (1 + ln tf)"),
                    CosineBaseline::Counts::Damped}}) {
        methods.append({name, [counts](const LibraryStore &store) -> Result<Suggester> {
                            Result<CosineBaseline> baseline = CosineBaseline::build(store, counts);
                            if (!baseline)
                                return Error{baseline.error()};
                            return Suggester{[shared = std::make_shared<CosineBaseline>(
                                                  std::move(baseline).value())](
                                                 const QString &uuid) -> Result<QStringList> {
                                return shared->similar(uuid, 5);
                            }};
                        }});
    }
    return methods;
}

int runRelatedQuality(const QualitySetup &setup)
{
    const QString &handbookDir = setup.handbookDir;
    const int clusterArticles = setup.clusterArticles;
    QList<std::pair<QString, Precision>> details;
    const RelatedOptions &options = evaluatedOptions();
    const QList<Method> methods = qualityMethods(!setup.engineOnly);
    out() << "## Related articles: quality\n\n"
          << "Command: `" << commandLine() << "`\n\n"
          << "Precision@5: for every article, the share of its five suggestions "
             "(`RelatedEngine::related(uuid, 5)`) whose topic is its own; a missing suggestion "
             "counts as wrong. Only articles whose topic has at least six articles in their "
             "language are scored. Signals: what the articles carry besides their text (see "
             "docs/benchmarks.md: chapter keywords and the chapter title name the topic "
             "itself). Methods: the engine as the window runs it; the engine's ranking by "
             "text similarity alone (no preference for the article's own language or for "
             "recent articles, no minimum of evidence, no need of a named reason, and, as the "
             "reference, several language versions of one article allowed); and the "
             "reference, tf·idf cosine similarity of every word "
             "against every other article of the library, neither the article itself nor its "
             "translations (app/bench/relatedbaseline.cpp).\n\n"
          << "Engine: " << options.queryTerms << " of " << options.shortlist
          << " words find at most " << options.textCandidates << " candidates (words in at most "
          << options.maxDocumentShare << " of the library), compared word for word over at most "
          << options.maxArticleTerms << " words\n\n"
          << "| Library | Signals | Method | Articles | Topics (≥ 6 articles) | Scored | "
             "Suggestions | Precision@5 | p50 (ms) | p95 (ms) |\n"
          << "|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n";
    const auto row = [](const QString &name, const QString &signals, const QString &method,
                        const QList<EvalArticle> &articles, const QString &language,
                        const Precision &p) {
        out() << "| " << name << " | " << signals << " | " << method << " | " << articles.size()
              << " | " << chaptersWithSix(articles, language) << " | " << p.articles << " | "
              << QString::number(p.suggestions, 'f', 2) << " | "
              << QString::number(p.precision, 'f', 3) << " | " << millis(percentile(p.times, 0.5))
              << " | " << millis(percentile(p.times, 0.95)) << " |" << Qt::endl;
    };
    // Every method on one library, for each of its languages.
    const auto score = [&](const LibraryStore &store, const QList<EvalArticle> &articles,
                           const QStringList &languages, const QString &name,
                           const QString &signals) -> Status {
        for (const Method &method : methods) {
            const Result<Suggester> suggest = method.make(store);
            if (!suggest)
                return Error{suggest.error()};
            for (const QString &language : languages) {
                const Result<Precision> p =
                    precisionAtFive(articles, language.left(2), suggest.value());
                if (!p)
                    return Error{p.error()};
                const QString library =
                    name.contains(QLatin1String("%1")) ? name.arg(language) : name;
                row(library, signals, method.name, articles, language.left(2), p.value());
                if (setup.perTopic && &method == &methods.first())
                    details.append({library, p.value()});
            }
        }
        return success();
    };
    // One library of English articles made by `fill`.
    const auto scoreEnglish =
        [&](const std::function<Result<QList<EvalArticle>>(LibraryStore &)> &fill,
            const QString &name, const QString &signals) -> Status {
        Result<std::unique_ptr<LibraryStore>> store = LibraryStore::createInMemory();
        if (!store)
            return store.failure();
        const Result<QList<EvalArticle>> articles = fill(*store.value());
        if (!articles)
            return articles.failure();
        return score(*store.value(), articles.value(), {QStringLiteral("en")}, name, signals);
    };

    if (clusterArticles > 0) {
        const int topics = std::max(4, clusterArticles / 50);
        const Status status = scoreEnglish(
            [&](LibraryStore &store) {
                return fillTopical(store, clusterArticles, setup.seed, topics, setup.topical);
            },
            QStringLiteral("generated, %1 topics (1 word in %2 topical, 1 in %2 another topic's)")
                .arg(topics)
                .arg(setup.topical),
            QStringLiteral("text + tag (right 1 time in 3)"));
        if (!status)
            return fail(status.error());
    }

    if (!setup.pythonDir.isEmpty()) {
        const Status status = scoreEnglish(
            [&](LibraryStore &store) { return fillPythonLibrary(store, setup.pythonDir); },
            QStringLiteral("Python library reference, module pages by chapter"),
            QStringLiteral("text"));
        if (!status)
            return fail(status.error());
    }

    for (const HandbookMetadata &metadata :
         handbookDir.isEmpty() ? QList<HandbookMetadata>{} : setup.variants) {
        Result<std::unique_ptr<LibraryStore>> store = LibraryStore::createInMemory();
        if (!store)
            return fail(store.error());
        QStringList skipped;
        const Result<QList<EvalArticle>> articles = fillHandbook(
            *store.value(), handbookDir, setup.languages, metadata, setup.bySection, skipped);
        if (!articles)
            return fail(articles.error());
        if (articles->isEmpty())
            return fail(QStringLiteral("no handbook pages under %1").arg(handbookDir));
        QStringList languages;
        for (const QString &language : setup.languages) {
            if (!skipped.contains(language))
                languages.append(language);
        }
        const QString name =
            QStringLiteral("Debian Administrator's Handbook, %1 sections by ") +
            (setup.bySection ? QStringLiteral("section") : QStringLiteral("chapter"));
        if (Status status =
                score(*store.value(), articles.value(), languages, name, metadata.describe());
            !status)
            return fail(status.error());
    }
    for (const auto &[name, p] : details)
        printPerTopic(name, p);
    out() << Qt::endl;
    return 0;
}

} // namespace

int runRelatedBench(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "Usage:\n"
        "  lectern-bench related speed --library PATH [--samples N] [--seed S]\n"
        "      [--terms N] [--shortlist N] [--share F] [--minimum-score F] [--candidates N]\n"
        "  lectern-bench related quality [--handbook DIR] [--articles N] [--topical "
        "N] [--seed S]\n"
        "      [--terms N] [--shortlist N] [--share F] [--minimum-score F] [--candidates N]\n"
        "      [--metadata none|markup|keywords|category|markup+category|all]\n"
        "      [--label chapter|section] [--languages en-US,fr-FR,zh-CN]\n"
        "      [--python-library DIR] [--per-topic] [--engine-only]\n");
    QCommandLineParser parser;
    const QCommandLineOption library(QStringLiteral("library"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption samples(QStringLiteral("samples"), QString(), QStringLiteral("N"),
                                     QStringLiteral("200"));
    const QCommandLineOption handbook(QStringLiteral("handbook"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption articles(QStringLiteral("articles"), QString(), QStringLiteral("N"),
                                      QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption topical(QStringLiteral("topical"), QString(), QStringLiteral("N"),
                                     QStringLiteral("20"));
    const QCommandLineOption terms(QStringLiteral("terms"), QString(), QStringLiteral("N"));
    const QCommandLineOption shortlist(QStringLiteral("shortlist"), QString(), QStringLiteral("N"));
    const QCommandLineOption share(QStringLiteral("share"), QString(), QStringLiteral("F"));
    const QCommandLineOption minimum(QStringLiteral("minimum-score"), QString(),
                                     QStringLiteral("F"));
    const QCommandLineOption candidatesOption(QStringLiteral("candidates"), QString(),
                                              QStringLiteral("N"));
    const QCommandLineOption metadata(QStringLiteral("metadata"), QString(), QStringLiteral("SET"),
                                      QStringLiteral("none"));
    const QCommandLineOption label(QStringLiteral("label"), QString(), QStringLiteral("LABEL"),
                                   QStringLiteral("chapter"));
    const QCommandLineOption languages(QStringLiteral("languages"), QString(),
                                       QStringLiteral("LIST"), QStringLiteral("en-US,fr-FR,zh-CN"));
    const QCommandLineOption python(QStringLiteral("python-library"), QString(),
                                    QStringLiteral("DIR"));
    const QCommandLineOption perTopic(QStringLiteral("per-topic"), QString());
    const QCommandLineOption engineOnly(QStringLiteral("engine-only"), QString());
    parser.addOptions({library, samples, handbook, articles, topical, seed, terms, shortlist, share,
                       minimum, candidatesOption, metadata, label, languages, python, perTopic,
                       engineOnly});
    parser.addPositionalArgument(QStringLiteral("mode"), QString());
    if (!parser.parse(QStringList{QStringLiteral("lectern-bench")} + arguments))
        return fail(parser.errorText() + QLatin1Char('\n') + usage);
    const auto number = [&](const QCommandLineOption &option, qint64 minimum) -> qint64 {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        return ok && value >= minimum && value <= 0xFFFFFFFF ? value : -1;
    };
    const QString mode = parser.positionalArguments().value(0);
    const qint64 seedValue = number(seed, 0);
    if (parser.positionalArguments().size() != 1 || seedValue < 0)
        return fail(usage);
    RelatedOptions &options = evaluatedOptions();
    if (parser.isSet(terms))
        options.queryTerms = int(std::max<qint64>(1, number(terms, 1)));
    if (parser.isSet(shortlist))
        options.shortlist = int(std::max<qint64>(1, number(shortlist, 1)));
    if (parser.isSet(share))
        options.maxDocumentShare = std::clamp(parser.value(share).toDouble(), 0.001, 1.0);
    if (parser.isSet(candidatesOption))
        options.textCandidates = int(std::max<qint64>(1, number(candidatesOption, 1)));
    if (parser.isSet(minimum))
        options.minimumScore = std::clamp(parser.value(minimum).toDouble(), 0.0, 1.0);
    if (mode == QLatin1String("speed")) {
        const qint64 count = number(samples, 1);
        if (count < 0 || parser.value(library).isEmpty())
            return fail(usage);
        return runRelatedSpeed(parser.value(library), int(count), quint32(seedValue));
    }
    if (mode == QLatin1String("quality")) {
        using Tags = HandbookMetadata::Tags;
        const QHash<QString, HandbookMetadata> named{
            {QStringLiteral("none"), {Tags::None, false}},
            {QStringLiteral("markup"), {Tags::Markup, false}},
            {QStringLiteral("keywords"), {Tags::Keywords, false}},
            {QStringLiteral("category"), {Tags::None, true}},
            {QStringLiteral("markup+category"), {Tags::Markup, true}},
        };
        QList<HandbookMetadata> variants;
        const QString set = parser.value(metadata);
        if (set == QLatin1String("all")) {
            for (const char *name : {"none", "markup", "keywords", "category", "markup+category"})
                variants.append(named.value(QLatin1String(name)));
        } else if (named.contains(set)) {
            variants.append(named.value(set));
        } else {
            return fail(usage);
        }
        const qint64 count = number(articles, 0);
        const qint64 rate = number(topical, 2);
        if (count < 0 || rate < 0)
            return fail(usage);
        QualitySetup setup;
        setup.handbookDir = parser.value(handbook);
        setup.variants = variants;
        setup.languages = parser.value(languages).split(QLatin1Char(','), Qt::SkipEmptyParts);
        // Articles carry the first two letters as their language.
        QSet<QString> codes;
        for (const QString &language : std::as_const(setup.languages))
            codes.insert(language.left(2));
        if (setup.languages.isEmpty() || codes.size() != setup.languages.size())
            return fail(QStringLiteral("--languages: give different languages, such as "
                                       "en-US,ru-RU\n") +
                        usage);
        const QString labelName = parser.value(label);
        if (labelName != QLatin1String("chapter") && labelName != QLatin1String("section"))
            return fail(usage);
        setup.bySection = labelName == QLatin1String("section");
        setup.pythonDir = parser.value(python);
        setup.clusterArticles = int(count);
        setup.topical = int(rate);
        setup.seed = quint32(seedValue);
        setup.perTopic = parser.isSet(perTopic);
        setup.engineOnly = parser.isSet(engineOnly);
        return runRelatedQuality(setup);
    }
    return fail(usage);
}

} // namespace lectern::bench
