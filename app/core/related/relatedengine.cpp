#include "relatedengine.h"

#include "relatedterms.h"
#include "searchindex.h"
#include "wordsimilarity.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace lectern {

namespace {

// Evidence: a shared tag or university by its rarity, the same category a
// little (automatic suggestions need RelatedOptions::minimumScore in all;
// manual links are listed first whatever their score).
constexpr double tagWeight = 0.35;
constexpr double universityWeight = 0.3;
constexpr double categoryWeight = 0.1;
constexpr double otherCategoryFactor = 0.6;
constexpr double recencyShare = 0.1; // at most 10 % for a brand-new article
constexpr double recencyDays = 365.0;
constexpr int shownTerms = 3;
// A word named as a reason is one of the article's heaviest telling words
// that few articles of its language use: at most a third of a small
// library's, and 10 + 10 % of a large one's (never fewer than minNamedLimit);
// and it gave at least minNamedShare of the suggestion's score.
constexpr double namedWordShare = 0.1;
constexpr double minNamedLimit = 2;
constexpr double minNamedShare = 0.002;
// A Chinese phrase named as a reason is at most this long.
constexpr qsizetype maxPhraseCharacters = 6;
// BM25's k1 for the article's own words: a word's weight grows with its
// occurrences but levels off.
constexpr double querySaturation = 1.2;

// Inverse document frequency as BM25 has it: never negative, large for words
// few articles use.
double idf(double documents, double containing)
{
    return std::log(1.0 + (documents - containing + 0.5) / (containing + 0.5));
}

// How telling it is that two articles share a tag (or university) that this
// many articles carry: 1 for a tag of two articles, near 0 for one on all.
double rarity(double documents, double carrying)
{
    if (documents <= 2 || carrying <= 1)
        return 1.0;
    const double value = std::log(documents / carrying) / std::log(documents / 2.0);
    return std::clamp(value, 0.1, 1.0);
}

using Self = RelatedSubject;

struct Candidate
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString language;
    QString category;
    QString translationGroup;
    QDateTime when;
    double text = 0;
    QStringList words; // the most telling words both use, most telling first
    QStringList tags;
    QStringList universities;
};

struct SharedItem
{
    qint64 id = 0;
    QString name;
    double weight = 0;
};

struct QueryTerm
{
    QByteArray term;
    double weight = 0; // tf·idf in the article
};

// The article's most distinctive words, to find candidates with: its
// heaviest words (at most `shortlist`) that some other article uses and at
// most `maxDocuments` do, the `queryTerms` best by BM25's weight for a query:
// occurrences, saturated (the tenth mention of "visa" says less than the
// second), times rarity.
QList<QueryTerm> distinctiveTerms(const Self &self, const TextVector &words,
                                  const WordProfile &profile, const RelatedOptions &options,
                                  int maxDocuments)
{
    const QList<ArticleTerm> terms = tellingTerms(words.weights);
    const int own = self.live ? 1 : 0; // the article itself is counted
    const double documents = profile.documents();
    const auto saturated = [](double weight) {
        return weight / (weight + querySaturation);
    };
    QList<QueryTerm> chosen;
    for (qsizetype i = 0; i < terms.size() && i < options.shortlist; ++i) {
        const int containing = profile.stats(terms[i].term).documents;
        if (containing - own < 1 || containing > maxDocuments || containing > documents / 2)
            continue; // in no other article, or too common to tell topics apart
        const QueryTerm term{terms[i].term,
                             saturated(terms[i].weight) * idf(documents, containing)};
        const auto at = std::upper_bound(
            chosen.begin(), chosen.end(), term,
            [](const QueryTerm &a, const QueryTerm &b) { return a.weight > b.weight; });
        chosen.insert(at, term);
        if (chosen.size() > options.queryTerms)
            chosen.removeLast();
    }
    return chosen;
}

// The articles that best match the terms, as BM25 scores a document for the
// weighted OR of the terms (the title counting three times, the summary and
// tags twice): the candidates the word-for-word comparison then scores.
Status addTextCandidates(const SearchIndex &index, const QList<QueryTerm> &terms, int maxDocuments,
                         int count, QHash<qint64, Candidate> &candidates)
{
    QList<std::pair<QByteArray, double>> words;
    for (const QueryTerm &term : terms)
        words.append({term.term, term.weight});
    // The article itself is among them.
    const Result<QList<qint64>> ids = index.bestMatches(words, maxDocuments + 1, count + 1);
    if (!ids)
        return ids.failure();
    for (const qint64 id : ids.value())
        candidates[id].id = id;
    return success();
}

// The article's tags (or universities), each with how rare it is, and the
// most recent other live articles that share each one.
Result<QList<SharedItem>> addSharedCandidates(const SearchIndex &index, Facet facet, qint64 self,
                                              double documents, int perItem,
                                              QHash<qint64, Candidate> &candidates)
{
    const Result<QList<FacetItem>> items = index.facets(facet, self);
    if (!items)
        return items.failure();
    QList<SharedItem> shared;
    for (const FacetItem &item : items.value()) {
        shared.append(SharedItem{item.id, item.name, rarity(documents, item.carriers)});
        const Result<QList<qint64>> recent = index.recentCarriers(facet, item.id, self, perItem);
        if (!recent)
            return recent.failure();
        for (const qint64 id : recent.value())
            candidates[id].id = id;
    }
    return shared;
}

// Which of `items` each candidate carries, by name, in the article's order.
Status markShared(const SearchIndex &index, Facet facet, const QList<SharedItem> &items,
                  const QList<qint64> &ids, QHash<qint64, Candidate> &candidates)
{
    if (items.isEmpty() || ids.isEmpty())
        return success();
    QList<qint64> itemIds;
    for (const SharedItem &item : items)
        itemIds.append(item.id);
    const Result<QHash<qint64, QSet<qint64>>> carried = index.carried(facet, ids, itemIds);
    if (!carried)
        return carried.failure();
    for (auto it = carried->cbegin(); it != carried->cend(); ++it) {
        Candidate &candidate = candidates[it.key()];
        for (const SharedItem &item : items) {
            if (it.value().contains(item.id))
                (facet == Facet::Universities ? candidate.universities : candidate.tags)
                    .append(item.name);
        }
    }
    return success();
}

double sharedScore(const QStringList &names, const QList<SharedItem> &items, double weight)
{
    double score = 0;
    for (const SharedItem &item : items) {
        if (names.contains(item.name))
            score += weight * item.weight;
    }
    return std::min(score, 2 * weight);
}

// A Chinese word is indexed as overlapping character pairs (哈萨 萨克 克斯
// 斯坦): a shared pair is named as the longest run of the article's text
// around it whose every pair the other article shares too (哈萨克斯坦).
QString chinesePhrase(const QString &text, const QString &pair,
                      const std::function<bool(const QByteArray &)> &isShared)
{
    if (pair.size() != 2 || pair[0].script() != QChar::Script_Han)
        return pair;
    const auto sharedPair = [&](qsizetype at) {
        return at >= 0 && at + 1 < text.size() && text[at].script() == QChar::Script_Han &&
               text[at + 1].script() == QChar::Script_Han && isShared(text.mid(at, 2).toUtf8());
    };
    QString longest = pair;
    for (qsizetype at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
        qsizetype from = at;
        qsizetype to = at + 2;
        while (to - from < maxPhraseCharacters && sharedPair(from - 1))
            --from;
        while (to - from < maxPhraseCharacters && sharedPair(to - 1))
            ++to;
        if (to - from > longest.size())
            longest = text.mid(from, to - from);
    }
    return longest;
}

QString joinedReasons(const QStringList &reasons)
{
    return reasons.join(QStringLiteral(" · "));
}

} // namespace

QString RelatedResult::alsoIn() const
{
    if (translations.isEmpty())
        return {};
    QStringList names;
    for (const ArticleSummary &translation : translations)
        names.append(RelatedEngine::languageName(translation.language));
    return RelatedEngine::tr("Also in: %1").arg(names.join(QStringLiteral(" · ")));
}

RelatedEngine::RelatedEngine(const LibraryStore &store, RelatedOptions options)
    : m_store(store)
    , m_options(options)
{
}

QString RelatedEngine::languageName(const QString &code)
{
    // Autonyms, as language menus show them, so they are not translated.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("zh"))
        return QStringLiteral("中文");
    if (code == QLatin1String("uk"))
        return QStringLiteral("Українська");
    const QLocale locale(code);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

Result<RelatedResult> RelatedEngine::related(const QString &uuid, int limit) const
{
    if (limit < 1)
        return Error{tr("The number of related articles must be 1 or more.")};
    const SearchIndex &index = m_store.searchIndex();
    const Result<Self> loaded = index.subject(uuid);
    if (!loaded)
        return loaded.failure();
    const Self &self = loaded.value();

    RelatedResult result;
    Result<QList<ArticleSummary>> translations = m_store.translations(uuid);
    if (!translations)
        return translations.failure();
    result.translations = std::move(translations).value();
    const Result<QList<RelatedLink>> links = m_store.relatedLinks(uuid);
    if (!links)
        return links.failure();

    // Never suggested automatically: the article, its translations, what an
    // editor excluded, and what an editor already linked (listed first).
    QSet<QString> excludedUuids{uuid};
    for (const ArticleSummary &translation : result.translations)
        excludedUuids.insert(translation.uuid);
    for (const RelatedLink &link : links.value())
        excludedUuids.insert(link.uuid);

    const Result<double> indexed = index.indexedArticles();
    if (!indexed)
        return indexed.failure();
    const double documents = std::max(1.0, indexed.value());
    const int maxDocuments = std::clamp(int(documents * m_options.maxDocumentShare),
                                        m_options.minDocumentLimit, m_options.maxDocumentLimit);
    const TextVector words = textVector(self.title, self.summary, self.body);
    const Result<WordProfile> profile =
        WordProfile::of([&index](const QList<QByteArray> &terms) { return index.wordStats(terms); },
                        words, documents, m_options.maxArticleTerms);
    if (!profile)
        return Error{profile.error()};

    QHash<qint64, Candidate> candidates;
    const QList<QueryTerm> terms =
        distinctiveTerms(self, words, profile.value(), m_options, maxDocuments);
    if (Status status =
            addTextCandidates(index, terms, maxDocuments, m_options.textCandidates, candidates);
        !status)
        return status.failure();

    const Result<QList<SharedItem>> tags = addSharedCandidates(
        index, Facet::Tags, self.id, documents, m_options.perTagCandidates, candidates);
    if (!tags)
        return tags.failure();
    const Result<QList<SharedItem>> universities = addSharedCandidates(
        index, Facet::Universities, self.id, documents, m_options.perTagCandidates, candidates);
    if (!universities)
        return universities.failure();

    // Manual links are described the same way as the automatic suggestions.
    QHash<QString, qint64> linkIds;
    {
        QStringList linkUuids;
        for (const RelatedLink &link : links.value()) {
            if (link.mode != RelatedMode::Excluded)
                linkUuids.append(link.uuid);
        }
        Result<QHash<QString, qint64>> found = index.articleIds(linkUuids);
        if (!found)
            return found.failure();
        linkIds = std::move(found).value();
        for (const qint64 id : std::as_const(linkIds))
            candidates[id].id = id;
    }
    candidates.remove(self.id);

    // Details of every candidate in one statement; articles in the trash drop
    // out here (the search index never holds them).
    const QList<qint64> ids = candidates.keys();
    if (!ids.isEmpty()) {
        const Result<QList<CandidateFacts>> details =
            index.candidateFacts(ids, m_options.publishedOnly);
        if (!details)
            return details.failure();
        QSet<qint64> live;
        for (const CandidateFacts &facts : details.value()) {
            if (!facts.live || (m_options.publishedOnly && !facts.published))
                continue;
            Candidate &candidate = candidates[facts.id];
            candidate.uuid = facts.uuid;
            candidate.title = facts.title;
            candidate.language = facts.language;
            candidate.category = facts.category;
            candidate.translationGroup = facts.translationGroup;
            candidate.when = facts.when;
            live.insert(candidate.id);
        }
        for (qint64 id : ids) {
            if (!live.contains(id))
                candidates.remove(id);
        }
    }
    const QList<qint64> liveIds = candidates.keys();
    if (Status status = markShared(index, Facet::Tags, tags.value(), liveIds, candidates); !status)
        return status.failure();
    if (Status status =
            markShared(index, Facet::Universities, universities.value(), liveIds, candidates);
        !status)
        return status.failure();

    // Word for word, every candidate (a tag's or an editor's too); only words
    // few articles use are named as the reason.
    const Result<QHash<qint64, StoredVector>> vectors = index.storedVectors(liveIds);
    if (!vectors)
        return vectors.failure();
    // Rare means rare among the articles of the article's own language.
    const Result<double> languageTotal = index.indexedArticlesIn(self.language);
    if (!languageTotal)
        return languageTotal.failure();
    const double inLanguage = std::max(1.0, languageTotal.value());
    const double namedLimit =
        std::max(minNamedLimit, std::min(inLanguage / 3.0, 10.0 + namedWordShare * inLanguage));
    // The reasons name the article's own key words: its heaviest telling
    // words (as the candidates were found by) that few articles use.
    QHash<qint64, QByteArray> keyWords;
    for (const ArticleTerm &term : tellingTerms(words.weights)) {
        if (keyWords.size() >= m_options.shortlist)
            break;
        const WordStats stats = profile->stats(term.term);
        if (stats.documents >= 2 && stats.documents <= namedLimit)
            keyWords.insert(stats.id, term.term);
    }
    const QString selfText =
        self.title + QLatin1Char('\n') + self.summary + QLatin1Char('\n') + self.body;
    for (auto it = vectors->cbegin(); it != vectors->cend(); ++it) {
        Candidate &candidate = candidates[it.key()];
        const WordProfile::Match match = profile->compare(it.value());
        // The cosine, as evidence: its square root, on the scale of a shared
        // tag's (two articles on one subject rarely pass 0.3 as a cosine).
        candidate.text = std::sqrt(std::clamp(match.score, 0.0, 1.0));
        QList<WordProfile::SharedWord> named;
        for (const WordProfile::SharedWord &word : match.shared) {
            if (keyWords.contains(word.id) && word.share >= minNamedShare)
                named.append(word);
        }
        // The most telling first; on a tie the longer word (rarer, by Zipf's
        // law of abbreviation), then bytewise, so the order never depends on ids.
        std::sort(named.begin(), named.end(), [&](const auto &a, const auto &b) {
            if (a.share != b.share)
                return a.share > b.share;
            const QByteArray x = keyWords.value(a.id);
            const QByteArray y = keyWords.value(b.id);
            return x.size() != y.size() ? x.size() > y.size() : x < y;
        });
        const auto isShared = [&](const QByteArray &term) {
            const WordStats stats = profile->stats(term);
            return stats.documents > 0 && match.shares(stats.id);
        };
        for (const WordProfile::SharedWord &word : std::as_const(named)) {
            if (candidate.words.size() >= shownTerms)
                break;
            const QString phrase =
                chinesePhrase(selfText, QString::fromUtf8(keyWords.value(word.id)), isShared);
            if (std::none_of(candidate.words.cbegin(), candidate.words.cend(),
                             [&](const QString &w) { return w.contains(phrase); }))
                candidate.words.append(phrase);
        }
    }

    const qint64 now = m_options.now.isValid() ? m_options.now.toMSecsSinceEpoch()
                                               : QDateTime::currentMSecsSinceEpoch();
    const auto describe = [&](const Candidate &candidate, RelatedSuggestion &suggestion) {
        // Filed by the editors under another category: the text must say
        // more (a user-guide page that quotes an interview's words is not
        // related to it).
        const bool otherCategory = !self.category.isEmpty() && !candidate.category.isEmpty() &&
                                   candidate.category != self.category;
        double score = candidate.text * (otherCategory ? otherCategoryFactor : 1.0);
        if (!candidate.tags.isEmpty()) {
            score += sharedScore(candidate.tags, tags.value(), tagWeight);
            suggestion.reasons.append(
                candidate.tags.size() == 1
                    ? tr("shares the tag %1").arg(candidate.tags.first())
                    : tr("shares tags: %1").arg(candidate.tags.join(QStringLiteral(", "))));
        }
        if (!candidate.universities.isEmpty()) {
            score += sharedScore(candidate.universities, universities.value(), universityWeight);
            suggestion.reasons.append(
                tr("mentions %1").arg(candidate.universities.join(QStringLiteral(", "))));
        }
        if (!self.category.isEmpty() && candidate.category == self.category) {
            score += categoryWeight;
            suggestion.reasons.append(tr("same category: %1").arg(candidate.category));
        }
        if (!candidate.words.isEmpty()) {
            suggestion.reasons.append(
                tr("similar text: %1").arg(candidate.words.join(QStringLiteral(", "))));
        }
        if (candidate.language != self.language)
            score *= m_options.otherLanguageFactor;
        if (m_options.preferRecent && candidate.when.isValid()) {
            const double days = double(now - candidate.when.toMSecsSinceEpoch()) / 86400000.0;
            score *=
                (1.0 - recencyShare) + recencyShare * std::exp(-std::max(0.0, days) / recencyDays);
        }
        suggestion.uuid = candidate.uuid;
        suggestion.title = candidate.title;
        suggestion.language = candidate.language;
        suggestion.score = score;
    };

    QList<RelatedSuggestion> manual;
    for (const RelatedLink &link : links.value()) {
        if (link.mode == RelatedMode::Excluded || !linkIds.contains(link.uuid))
            continue;
        const auto found = candidates.constFind(linkIds.value(link.uuid));
        if (found == candidates.cend())
            continue; // in the trash
        RelatedSuggestion suggestion;
        suggestion.manual = true;
        suggestion.pinned = link.mode == RelatedMode::Pinned;
        suggestion.reasons.append(suggestion.pinned ? tr("pinned by an editor")
                                                    : tr("chosen by an editor"));
        describe(found.value(), suggestion);
        manual.append(suggestion);
    }

    QList<RelatedSuggestion> automatic;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (excludedUuids.contains(candidate.uuid) ||
            (!self.translationGroup.isEmpty() &&
             candidate.translationGroup == self.translationGroup))
            continue;
        RelatedSuggestion suggestion;
        describe(candidate, suggestion);
        // Evidence enough, and a reason to give: a suggestion that can only
        // say "same category" or name common words is not made.
        if (suggestion.score < m_options.minimumScore ||
            (m_options.explainedOnly && candidate.words.isEmpty() && candidate.tags.isEmpty() &&
             candidate.universities.isEmpty()))
            continue;
        automatic.append(suggestion);
    }
    std::sort(automatic.begin(), automatic.end(),
              [](const RelatedSuggestion &a, const RelatedSuggestion &b) {
                  if (a.score != b.score)
                      return a.score > b.score;
                  return a.uuid < b.uuid;
              });
    // One version of each other article: the best-scored language.
    if (m_options.oneVersionEach) {
        QSet<QString> groups;
        QHash<QString, QString> groupOf;
        for (const Candidate &candidate : std::as_const(candidates))
            groupOf.insert(candidate.uuid, candidate.translationGroup);
        QList<RelatedSuggestion> unique;
        for (const RelatedSuggestion &suggestion : automatic) {
            const QString group = groupOf.value(suggestion.uuid);
            if (!group.isEmpty()) {
                if (groups.contains(group))
                    continue;
                groups.insert(group);
            }
            unique.append(suggestion);
        }
        automatic = unique;
    }

    // Pinned links survive any limit; plain links come next, then the rest.
    qsizetype room = limit;
    for (const RelatedSuggestion &suggestion : manual) {
        if (suggestion.pinned || room > 0) {
            result.suggestions.append(suggestion);
            --room;
        }
    }
    for (qsizetype i = 0; i < automatic.size() && room > 0; ++i, --room)
        result.suggestions.append(automatic[i]);
    for (RelatedSuggestion &suggestion : result.suggestions)
        suggestion.explanation = joinedReasons(suggestion.reasons);
    return result;
}

Result<RelatedResult> relatedArticles(const LibraryStore &store, const QString &uuid, int limit)
{
    return RelatedEngine(store).related(uuid, limit);
}

} // namespace lectern
