#include "textdiff.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <optional>
#include <vector>

namespace lectern {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)       // radicals
           || (c >= 0x3000 && c <= 0x9FFF)    // CJK punctuation, kana, ideographs
           || (c >= 0xA960 && c <= 0xA97F)    // Hangul Jamo extended
           || (c >= 0xAC00 && c <= 0xD7AF)    // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)    // compatibility ideographs
           || (c >= 0xFE30 && c <= 0xFE4F)    // compatibility forms
           || (c >= 0xFF00 && c <= 0xFFEF)    // full-width forms
           || (c >= 0x20000 && c <= 0x3FFFF); // extensions B and later
}

enum class CharClass
{
    Word,
    Space,
    Cjk,
    Other
};

CharClass classify(char32_t c)
{
    if (isCjk(c))
        return CharClass::Cjk;
    if (QChar::isSpace(c))
        return CharClass::Space;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return CharClass::Word;
    return CharClass::Other;
}

char32_t codePointAt(const QString &text, qsizetype i, int &length)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    length = 1;
    return c.unicode();
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

QStringList paragraphs(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result.append(line);
    }
    return result;
}

// Equal strings get equal numbers, so dtl compares integers, not strings.
class Interner
{
public:
    std::vector<int> ids(const QStringList &items)
    {
        std::vector<int> result;
        result.reserve(size_t(items.size()));
        for (const QString &item : items) {
            auto it = m_ids.constFind(item);
            if (it == m_ids.constEnd())
                it = m_ids.insert(item, int(m_ids.size()));
            result.push_back(it.value());
        }
        return result;
    }

private:
    QHash<QString, int> m_ids;
};

// Counts dtl's comparisons and, once the budget is spent, calls everything
// equal: the algorithm then runs out quickly and its result is thrown away.
// This bounds the time of the worst case (say, every paragraph moved).
struct BudgetCompare
{
    long long *remaining = nullptr;
    bool impl(const int &a, const int &b) const
    {
        if (*remaining <= 0)
            return true;
        --*remaining;
        return a == b;
    }
};

bool isBlank(const QString &token)
{
    return !token.isEmpty() && token.front().isSpace();
}

void append(QList<DiffSpan> &spans, DiffOp op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!spans.isEmpty() && spans.last().op == op)
        spans.last().text += text;
    else
        spans.append({op, text});
}

class Differ
{
public:
    Differ(const DiffLimits &limits, TextDiff &result)
        : m_budget(limits.maxComparisons)
        , m_limits(limits)
        , m_result(result)
    {
    }

    void context(const QStringList &unchanged, bool afterChange, bool beforeChange)
    {
        if (m_limits.countOnly || unchanged.isEmpty() || stopped())
            return;
        const qsizetype keep = m_limits.contextParagraphs;
        if (keep < 0 || unchanged.size() <= (afterChange ? keep : 0) + (beforeChange ? keep : 0)) {
            for (const QString &paragraph : unchanged)
                contextBlock(paragraph);
            return;
        }
        const qsizetype head = afterChange ? keep : 0;
        const qsizetype tail = beforeChange ? keep : 0;
        for (qsizetype i = 0; i < head; ++i)
            contextBlock(unchanged.at(i));
        DiffBlock skipped;
        skipped.kind = DiffBlock::Kind::Skipped;
        skipped.skipped = int(unchanged.size() - head - tail);
        m_result.blocks.append(skipped);
        for (qsizetype i = unchanged.size() - tail; i < unchanged.size(); ++i)
            contextBlock(unchanged.at(i));
    }

    void change(const QStringList &removed, const QStringList &added)
    {
        m_result.identical = false;
        DiffBlock block;
        block.kind = DiffBlock::Kind::Changed;
        const QString before = removed.join(QLatin1Char('\n'));
        const QString after = added.join(QLatin1Char('\n'));
        const QStringList a = diffTokens(before);
        const QStringList b = diffTokens(after);
        if (removed.isEmpty() || added.isEmpty() || !wordChange(a, b, block.spans)) {
            // Whole paragraphs: added, removed, or changed beyond comparing.
            m_result.wordsRemoved += countWords(a);
            m_result.wordsAdded += countWords(b);
            block.spans.clear();
            append(block.spans, DiffOp::Removed, before);
            append(block.spans, DiffOp::Added, after);
        }
        if (m_limits.countOnly)
            return;
        if (m_changedBlocks >= m_limits.maxChangedBlocks) {
            m_result.truncated = true;
            return;
        }
        ++m_changedBlocks;
        m_result.blocks.append(block);
    }

private:
    bool stopped() const { return m_result.truncated; }

    void contextBlock(const QString &paragraph)
    {
        DiffBlock block;
        block.spans.append({DiffOp::Same, paragraph});
        m_result.blocks.append(block);
    }

    static int countWords(const QStringList &tokens)
    {
        int words = 0;
        for (const QString &token : tokens)
            words += isWordToken(token) ? 1 : 0;
        return words;
    }

    // Words inside changed paragraphs. A lone space between two changes is
    // folded into them, so "a b c" → "x y z" reads as one replacement rather
    // than three.
    bool wordChange(const QStringList &a, const QStringList &b, QList<DiffSpan> &spans)
    {
        const std::optional<std::vector<DiffStep>> script = listEditScript(a, b, m_budget);
        if (!script)
            return false;
        const std::vector<DiffStep> &steps = *script;
        QString removed;
        QString added;
        const auto flush = [&] {
            append(spans, DiffOp::Removed, removed);
            append(spans, DiffOp::Added, added);
            removed.clear();
            added.clear();
        };
        for (size_t i = 0; i < steps.size(); ++i) {
            const DiffStep &step = steps[i];
            if (step.op == DiffOp::Removed) {
                const QString &token = a.at(step.index);
                removed += token;
                m_result.wordsRemoved += isWordToken(token) ? 1 : 0;
                continue;
            }
            if (step.op == DiffOp::Added) {
                const QString &token = b.at(step.index);
                added += token;
                m_result.wordsAdded += isWordToken(token) ? 1 : 0;
                continue;
            }
            const QString &token = a.at(step.index);
            const bool inChange = !removed.isEmpty() || !added.isEmpty();
            const bool changeFollows = i + 1 < steps.size() && steps[i + 1].op != DiffOp::Same;
            if (inChange && changeFollows && isBlank(token) && !token.contains(QLatin1Char('\n'))) {
                removed += token;
                added += token;
                continue;
            }
            flush();
            append(spans, DiffOp::Same, token);
        }
        flush();
        return true;
    }

public:
    long long m_budget = 0;

private:
    const DiffLimits &m_limits;
    TextDiff &m_result;
    int m_changedBlocks = 0;
};

} // namespace

std::optional<std::vector<DiffStep>> listEditScript(const QStringList &before,
                                                    const QStringList &after, long long &budget)
{
    Interner interner;
    const std::vector<int> a = interner.ids(before);
    const std::vector<int> b = interner.ids(after);
    // dtl compares the untouched start and end too; they are cut first.
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    std::vector<DiffStep> steps;
    for (size_t i = 0; i < prefix; ++i)
        steps.push_back({DiffOp::Same, qsizetype(i)});
    const std::vector<int> middleA(a.begin() + qsizetype(prefix), a.end() - qsizetype(suffix));
    const std::vector<int> middleB(b.begin() + qsizetype(prefix), b.end() - qsizetype(suffix));
    if (!middleA.empty() && !middleB.empty()) {
        if (budget <= 0)
            return std::nullopt;
        dtl::Diff<int, std::vector<int>, BudgetCompare> diff(middleA, middleB,
                                                             BudgetCompare{&budget});
        diff.compose();
        if (budget <= 0)
            return std::nullopt;
        for (const auto &[element, info] : diff.getSes().getSequence()) {
            Q_UNUSED(element)
            switch (info.type) {
            case dtl::SES_COMMON:
                steps.push_back({DiffOp::Same, qsizetype(prefix) + qsizetype(info.beforeIdx - 1)});
                break;
            case dtl::SES_DELETE:
                steps.push_back(
                    {DiffOp::Removed, qsizetype(prefix) + qsizetype(info.beforeIdx - 1)});
                break;
            case dtl::SES_ADD:
                steps.push_back({DiffOp::Added, qsizetype(prefix) + qsizetype(info.afterIdx - 1)});
                break;
            default:
                break;
            }
        }
    } else {
        for (size_t i = prefix; i < a.size() - suffix; ++i)
            steps.push_back({DiffOp::Removed, qsizetype(i)});
        for (size_t i = prefix; i < b.size() - suffix; ++i)
            steps.push_back({DiffOp::Added, qsizetype(i)});
    }
    for (size_t i = 0; i < suffix; ++i)
        steps.push_back({DiffOp::Same, qsizetype(a.size() - suffix + i)});
    return steps;
}

QStringList diffTokens(const QString &text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        int length = 1;
        const char32_t c = codePointAt(text, i, length);
        const CharClass kind = classify(c);
        qsizetype end = i + length;
        if (kind == CharClass::Word || kind == CharClass::Space) {
            while (end < text.size()) {
                int nextLength = 1;
                const char32_t next = codePointAt(text, end, nextLength);
                CharClass nextKind = classify(next);
                // "don't" and "п'ять" are one word each.
                if (kind == CharClass::Word && isApostrophe(next) &&
                    end + nextLength < text.size()) {
                    int afterLength = 1;
                    const char32_t after = codePointAt(text, end + nextLength, afterLength);
                    if (classify(after) == CharClass::Word)
                        nextKind = CharClass::Word;
                }
                if (nextKind != kind)
                    break;
                end += nextLength;
            }
        }
        tokens.append(text.mid(i, end - i));
        i = end;
    }
    return tokens;
}

bool isWordToken(const QString &token)
{
    if (token.isEmpty())
        return false;
    int length = 1;
    const char32_t c = codePointAt(token, 0, length);
    return QChar::isLetterOrNumber(c);
}

int countWords(const QString &text)
{
    // As diffTokens() would count them, without making the tokens: this
    // counts whole articles that changed too much to compare.
    int words = 0;
    bool inWord = false;
    qsizetype i = 0;
    while (i < text.size()) {
        int length = 1;
        const char32_t c = codePointAt(text, i, length);
        switch (classify(c)) {
        case CharClass::Cjk:
            words += QChar::isLetterOrNumber(c) ? 1 : 0;
            inWord = false;
            break;
        case CharClass::Word:
            if (!inWord && QChar::isLetterOrNumber(c))
                ++words;
            inWord = true;
            break;
        case CharClass::Space:
        case CharClass::Other:
            if (inWord && isApostrophe(c) && i + length < text.size()) {
                int nextLength = 1;
                if (classify(codePointAt(text, i + length, nextLength)) == CharClass::Word)
                    break; // "don't": still the same word
            }
            inWord = false;
            break;
        }
        i += length;
    }
    return words;
}

TextDiff diffText(const QString &before, const QString &after, const DiffLimits &limits)
{
    TextDiff result;
    const QStringList a = paragraphs(before);
    const QStringList b = paragraphs(after);
    Differ differ(limits, result);
    if (a == b) {
        if (limits.contextParagraphs < 0)
            differ.context(a, false, false);
        return result;
    }

    // Most edits touch a few paragraphs in the middle; the untouched start
    // and end never reach the diff algorithm.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const QStringList middleA = a.mid(prefix, a.size() - prefix - suffix);
    const QStringList middleB = b.mid(prefix, b.size() - prefix - suffix);
    result.identical = false;

    // The paragraphs only one side has bound the edit distance from below.
    // The diff costs (paragraphs × distance): when that many paragraphs
    // changed, the changes are counted but not worked out.
    QHash<QString, int> pending;
    for (const QString &paragraph : middleA)
        ++pending[paragraph];
    QStringList onlyAfter;
    for (const QString &paragraph : middleB) {
        auto it = pending.find(paragraph);
        if (it != pending.end() && it.value() > 0)
            --it.value();
        else
            onlyAfter.append(paragraph);
    }
    QStringList onlyBefore;
    for (const QString &paragraph : middleA) {
        auto it = pending.find(paragraph);
        if (it.value() > 0) {
            --it.value();
            onlyBefore.append(paragraph);
        }
    }
    if (onlyBefore.size() + onlyAfter.size() > limits.maxChangedParagraphs) {
        result.truncated = true;
        result.wordsRemoved = countWords(onlyBefore.join(QLatin1Char('\n')));
        result.wordsAdded = countWords(onlyAfter.join(QLatin1Char('\n')));
        return result;
    }

    const std::optional<std::vector<DiffStep>> middle =
        listEditScript(middleA, middleB, differ.m_budget);
    if (!middle) {
        result.truncated = true;
        result.wordsRemoved = countWords(onlyBefore.join(QLatin1Char('\n')));
        result.wordsAdded = countWords(onlyAfter.join(QLatin1Char('\n')));
        return result;
    }
    std::vector<DiffStep> steps;
    for (qsizetype i = 0; i < prefix; ++i)
        steps.push_back({DiffOp::Same, i});
    for (DiffStep step : *middle) {
        step.index += prefix;
        steps.push_back(step);
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        steps.push_back({DiffOp::Same, i});

    QStringList unchanged;
    QStringList removed;
    QStringList added;
    bool hadChange = false;
    for (const DiffStep &step : steps) {
        if (step.op == DiffOp::Same) {
            if (!removed.isEmpty() || !added.isEmpty()) {
                differ.change(removed, added);
                removed.clear();
                added.clear();
                hadChange = true;
            }
            unchanged.append(a.at(step.index));
            continue;
        }
        if (!unchanged.isEmpty()) {
            differ.context(unchanged, hadChange, true);
            unchanged.clear();
        }
        (step.op == DiffOp::Removed ? removed : added)
            .append(step.op == DiffOp::Removed ? a.at(step.index) : b.at(step.index));
    }
    if (!removed.isEmpty() || !added.isEmpty())
        differ.change(removed, added);
    else
        differ.context(unchanged, true, false);
    return result;
}

} // namespace lectern
