#include "wordsimilarity.h"

#include <algorithm>
#include <cmath>

namespace lectern {

Result<WordProfile> WordProfile::of(const Lookup &lookup, const TextVector &vector,
                                    double documents, int maxTerms)
{
    QList<std::pair<QByteArray, int>> words;
    words.reserve(vector.weights.size());
    for (auto it = vector.weights.cbegin(); it != vector.weights.cend(); ++it)
        words.append({it.key(), it.value()});
    if (words.size() > maxTerms) {
        // A very long article is compared by its heaviest words; bytewise
        // last, so the choice never depends on hash order.
        std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) {
            if (a.second != b.second)
                return a.second > b.second;
            if (a.first.size() != b.first.size())
                return a.first.size() > b.first.size();
            return a.first < b.first;
        });
        words.resize(std::max(0, maxTerms));
    }
    WordProfile profile;
    profile.m_documents = std::max(1.0, documents);
    if (words.isEmpty())
        return profile;
    QList<QByteArray> terms;
    terms.reserve(words.size());
    for (const auto &word : std::as_const(words))
        terms.append(word.first);
    Result<QHash<QByteArray, WordStats>> counted = lookup(terms);
    if (!counted)
        return counted.failure();
    profile.m_byTerm = std::move(counted).value();
    for (auto it = profile.m_byTerm.cbegin(); it != profile.m_byTerm.cend(); ++it)
        profile.m_termOf.insert(it->id, it.key());
    for (const auto &[term, weight] : std::as_const(words)) {
        const WordStats stats = profile.m_byTerm.value(term);
        if (stats.documents <= 0)
            continue; // in no indexed article: nothing can share it
        const double idf =
            std::log(profile.m_documents / std::min<double>(stats.documents, profile.m_documents));
        // Once for the article's own use of the word, once for the
        // candidate's: the weight a shared word adds is damped tf × idf on
        // both sides.
        const double weighted = dampedWeight(weight) * idf * idf;
        profile.m_weights.append({stats.id, weighted, weight, idf * idf});
        profile.m_ownScore += weighted * dampedWeight(weight);
    }
    std::sort(profile.m_weights.begin(), profile.m_weights.end());
    // Its words' mean idf², weighted as they weigh in its length.
    double squares = 0;
    for (const Weighted &word : std::as_const(profile.m_weights))
        squares += dampedWeight(word.weight) * dampedWeight(word.weight);
    double weightedSquares = 0;
    for (const Weighted &word : std::as_const(profile.m_weights))
        weightedSquares += word.weighted * dampedWeight(word.weight);
    profile.m_meanIdf2 = squares > 0 ? weightedSquares / squares : 0;
    // Its own score is its tf·idf length, so that a copy of it scores 1: the
    // score is the cosine of the two articles' tf·idf vectors.
    profile.m_ownScore = std::sqrt(profile.m_ownScore);
    return profile;
}

WordProfile::Match WordProfile::compare(const StoredVector &other) const
{
    Match match;
    if (m_ownScore <= 0 || other.length <= 0)
        return match;
    double sum = 0;
    // Both lists ascend by word id: one merge.
    auto mine = m_weights.cbegin();
    for (const auto &[id, weight] : other.terms) {
        while (mine != m_weights.cend() && mine->id < id)
            ++mine;
        if (mine == m_weights.cend())
            break;
        if (mine->id != id)
            continue;
        const double part = mine->weighted * dampedWeight(weight);
        sum += part;
        match.shared.append({id, part, mine->weight, weight, mine->idf2});
    }
    // The candidate's length as tf·idf: its shared words' idf is known (they
    // are this article's), the others' is taken as this article's mean, so
    // no count beyond the article's own words is read and the length never
    // goes stale (the stored length has damped counts only).
    double sharedWeighted = 0;
    double sharedPlain = 0;
    for (const SharedWord &word : std::as_const(match.shared)) {
        const double theirs = dampedWeight(word.theirs);
        sharedWeighted += theirs * theirs * word.idf2;
        sharedPlain += theirs * theirs;
    }
    const double length = std::sqrt(
        sharedWeighted + m_meanIdf2 * std::max(0.0, other.length * other.length - sharedPlain));
    if (length <= 0)
        return match;
    const double scale = length * m_ownScore;
    match.score = sum / scale;
    for (SharedWord &word : match.shared)
        word.share /= scale;
    return match;
}

bool WordProfile::Match::shares(qint64 id) const
{
    const auto at =
        std::lower_bound(shared.cbegin(), shared.cend(), id,
                         [](const SharedWord &word, qint64 key) { return word.id < key; });
    return at != shared.cend() && at->id == id;
}

} // namespace lectern
