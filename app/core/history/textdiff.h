#pragma once

// A readable difference between two texts: paragraphs are compared first,
// then the words inside the paragraphs that changed (Chinese, Japanese and
// Korean by character), so a long article with a few edits stays fast.
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lectern {

enum class DiffOp
{
    Same,
    Added,
    Removed
};

struct DiffSpan
{
    DiffOp op = DiffOp::Same;
    QString text; // may hold '\n' between paragraphs

    bool operator==(const DiffSpan &) const = default;
};

struct DiffBlock
{
    enum class Kind
    {
        Context, // an unchanged paragraph beside a change
        Skipped, // unchanged paragraphs left out
        Changed
    };
    Kind kind = Kind::Context;
    QList<DiffSpan> spans;
    int skipped = 0; // paragraphs left out (Skipped only)
};

struct DiffLimits
{
    // Unchanged paragraphs shown around each change; -1 shows every one.
    int contextParagraphs = 1;
    // Beyond these the diff is not worked out: "too many changes to show".
    int maxChangedParagraphs = 1000; // paragraphs only one side has
    // Comparisons the diff algorithm may make in all; beyond them a group
    // of paragraphs is shown whole, or the diff says it has too many changes.
    long long maxComparisons = 300'000;
    int maxChangedBlocks = 400; // blocks shown; counting goes on after it
    // Only count words added and removed (for lists of revisions).
    bool countOnly = false;
};

struct TextDiff
{
    QList<DiffBlock> blocks;
    int wordsAdded = 0;
    int wordsRemoved = 0;
    bool identical = true;
    // More changed than the limits allow: the blocks are incomplete.
    bool truncated = false;
};

// Words, runs of spaces, single punctuation marks and single CJK characters.
QStringList diffTokens(const QString &text);
// A word for the counts: a run of letters or digits, or one CJK character.
bool isWordToken(const QString &token);
int countWords(const QString &text);

// One step of the edit script between two lists: an item of `before` kept
// (Same) or removed, or an item of `after` added.
struct DiffStep
{
    DiffOp op;
    qsizetype index; // into `before` for Same and Removed, into `after` for Added
};

// The shortest edit script that turns `before` into `after` (dtl's O(NP)
// algorithm), or nothing when it would take more than the comparisons left
// in `budget`, which is reduced by those made.
std::optional<std::vector<DiffStep>> listEditScript(const QStringList &before,
                                                    const QStringList &after, long long &budget);

// The changes that turn `before` into `after`.
TextDiff diffText(const QString &before, const QString &after, const DiffLimits &limits = {});

} // namespace lectern
