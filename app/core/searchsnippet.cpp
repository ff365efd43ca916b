#include "searchsnippet.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace lectern {

namespace {

// A position of the text: a word with its stems, or a Chinese pair with its
// first character; which steps of which terms its tokens are.
struct Position
{
    int start = 0; // bytes it covers
    int end = 0;
    qsizetype firstStep = 0; // in `steps`
    qsizetype stepCount = 0;
};

struct Step
{
    int term = 0;
    int step = 0;  // position in the term
    int start = 0; // bytes of the token that is it
    int end = 0;
};

struct Match
{
    qsizetype first = 0; // positions
    qsizetype last = 0;
    int term = 0;
    int start = 0; // bytes
    int end = 0;
};

struct Beginning
{
    int term = 0;
    int step = 0;
    QByteArray letters;
};

// Cuts at a character boundary.
QByteArray scannedPart(const QString &text, bool &cut)
{
    QByteArray utf8 = text.toUtf8();
    cut = utf8.size() > scannedBytes;
    if (cut) {
        qsizetype at = scannedBytes;
        while (at > 0 && (static_cast<unsigned char>(utf8[at]) & 0xC0) == 0x80)
            --at;
        utf8.truncate(at);
    }
    return utf8;
}

} // namespace

QString searchSnippet(const QString &text, const QList<SearchTerm> &terms, int words)
{
    bool cut = false;
    const QByteArray utf8 = scannedPart(text, cut);

    // Which step of which term each token may be: one look-up per token,
    // whatever the number of terms; a word's beginning is compared with each
    // prefix.
    QHash<QByteArray, QVarLengthArray<std::pair<int, int>, 2>> stepsOf;
    QList<Beginning> beginnings;
    QList<int> lengths; // positions of each term
    for (const SearchTerm &term : terms) {
        const QueryPositions alternatives = queryTokens(term.text, term.form);
        if (alternatives.isEmpty())
            continue;
        const int index = int(lengths.size());
        lengths.append(int(alternatives.size()));
        for (int step = 0; step < alternatives.size(); ++step) {
            if (term.form == TermForm::Prefix && step == alternatives.size() - 1) {
                beginnings.append(Beginning{index, step, alternatives[step].first()});
                continue;
            }
            for (const QByteArray &alternative : alternatives[step]) {
                auto &steps = stepsOf[alternative];
                if (!steps.contains(std::pair{index, step}))
                    steps.append({index, step});
            }
        }
    }

    QList<Position> positions;
    QList<Step> steps;
    QList<Match> matches;
    QList<qsizetype> lastSeen(lengths.size(), -1); // where each term last began
    qsizetype stopAt = -1;
    // The term instances that end at position `p`, once it is complete.
    const auto matchEndingAt = [&](qsizetype p) {
        const Position &at = positions[p];
        for (qsizetype i = at.firstStep; i < at.firstStep + at.stepCount; ++i) {
            const Step &last = steps[i];
            const int length = lengths[last.term];
            if (last.step != length - 1 || p - length + 1 < 0)
                continue;
            int start = -1;
            bool whole = true;
            for (int step = 0; step < length - 1 && whole; ++step) {
                const Position &earlier = positions[p - length + 1 + step];
                whole = false;
                for (qsizetype j = earlier.firstStep; j < earlier.firstStep + earlier.stepCount;
                     ++j) {
                    if (steps[j].term == last.term && steps[j].step == step) {
                        if (step == 0)
                            start = steps[j].start;
                        whole = true;
                        break;
                    }
                }
            }
            if (!whole)
                continue;
            const qsizetype first = p - length + 1;
            matches.append(Match{first, p, last.term, length == 1 ? last.start : start, last.end});
            lastSeen[last.term] = first;
            // Every term within one window: no later window can hold more.
            if (stopAt < 0) {
                const auto [low, high] = std::minmax_element(lastSeen.cbegin(), lastSeen.cend());
                if (*low >= 0 && *high - *low < words)
                    stopAt = p + words;
            }
        }
    };
    forEachSearchToken(
        utf8, TokenizeMode::Document, Stemming::Included, [&](const SearchToken &token) {
            if (positions.isEmpty() || !token.colocated) {
                if (!positions.isEmpty())
                    matchEndingAt(positions.size() - 1);
                if (stopAt >= 0 && positions.size() > stopAt)
                    return false;
                positions.append(Position{token.start, token.end, steps.size(), 0});
            }
            Position &at = positions.back();
            at.start = std::min(at.start, token.start);
            at.end = std::max(at.end, token.end);
            const auto found = stepsOf.constFind(token.text);
            if (found != stepsOf.cend()) {
                for (const auto &[term, step] : *found)
                    steps.append(Step{term, step, token.start, token.end});
            }
            if (token.kind == TokenKind::Word) {
                for (const Beginning &beginning : std::as_const(beginnings)) {
                    if (token.text.startsWith(beginning.letters))
                        steps.append(Step{beginning.term, beginning.step, token.start, token.end});
                }
            }
            at.stepCount = steps.size() - at.firstStep;
            return true;
        });
    if (positions.isEmpty())
        return {};
    const bool scannedAll = stopAt < 0 || positions.size() <= stopAt;
    if (scannedAll)
        matchEndingAt(positions.size() - 1);

    // The window of `words` positions holding the most different terms (the
    // earliest of equals), the matches centred in it.
    qsizetype from = 0;
    if (!matches.isEmpty()) {
        QList<int> seen(lengths.size(), 0);
        int distinct = 0;
        int best = -1;
        qsizetype bestFirst = 0;
        qsizetype bestLast = 0;
        qsizetype right = 0;
        for (qsizetype left = 0; left < matches.size(); ++left) {
            while (right < matches.size() &&
                   (right <= left || matches[right].last < matches[left].first + words)) {
                if (seen[matches[right].term]++ == 0)
                    ++distinct;
                ++right;
            }
            if (distinct > best) {
                best = distinct;
                bestFirst = matches[left].first;
                bestLast = matches[right - 1].last;
            }
            if (--seen[matches[left].term] == 0)
                --distinct;
        }
        const qsizetype spare = std::max<qsizetype>(0, words - (bestLast - bestFirst + 1));
        from = std::max<qsizetype>(0, bestFirst - spare / 2);
    }
    qsizetype to = std::min<qsizetype>(positions.size() - 1, from + words - 1);
    from = std::max<qsizetype>(0, std::min(from, to - words + 1));

    // The text of the window, with the marks and the ellipses.
    QList<std::pair<int, int>> spans;
    for (const Match &match : std::as_const(matches)) {
        if (match.first < from || match.last > to)
            continue;
        if (!spans.isEmpty() && match.start < spans.back().second)
            spans.back().second = std::max(spans.back().second, match.end);
        else
            spans.append({match.start, match.end});
    }
    // The whole text's first and last characters when the window reaches
    // them (an opening quote, the final full stop).
    const bool toTheEnd = scannedAll && !cut && to == positions.size() - 1;
    const int start = from == 0 ? 0 : positions[from].start;
    const int end = toTheEnd ? int(utf8.size()) : positions[to].end;
    QByteArray snippet;
    snippet.reserve(end - start + 2 * spans.size() + 8);
    if (from > 0)
        snippet.append("…");
    int copied = start;
    for (const auto &[spanStart, spanEnd] : std::as_const(spans)) {
        if (spanStart < copied)
            continue;
        snippet.append(utf8.constData() + copied, spanStart - copied);
        snippet.append(char(snippetMatchStart.unicode()));
        snippet.append(utf8.constData() + spanStart, spanEnd - spanStart);
        snippet.append(char(snippetMatchEnd.unicode()));
        copied = spanEnd;
    }
    snippet.append(utf8.constData() + copied, end - copied);
    if (!toTheEnd)
        snippet.append("…");
    return QString::fromUtf8(snippet);
}

} // namespace lectern
