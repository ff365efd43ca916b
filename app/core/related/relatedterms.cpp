#include "relatedterms.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lectern {

namespace {

// Words so common in every text that no document count is needed to know
// they say nothing about the topic.
const QSet<QByteArray> &stopWords()
{
    static const QSet<QByteArray> words = [] {
        const char *const list =
            // English
            "the and for that with this from are was were have has had not but all can "
            "will its their they them there these those which who whom what when where why "
            "how been being into onto over under about after before than then also such "
            "only other more most some any each both very much many our ours your yours his "
            "her hers him she you one two may might must shall should would could does did "
            "doing done just like well upon while between through during without within "
            "again further once here same own too off out use used using "
            // ...and the commonest words of any text, and of a library's own
            // business (an article, published), which say as little about a topic
            "new first last next even still take took make made get got give "
            "see seen way time times year years three four five article articles published "
            // Ukrainian
            "і та що як на не це він вона воно вони ми ви до від для про при після під "
            "над між за через без або але чи так також тому якщо коли де який яка яке "
            "які його її їх цей ця це ці той та ті був була було були бути є може можна "
            "треба вже ще лише тільки дуже більш більше усі всі все весь кожен свій своє "
            "щоб якому якої яких яким якій цього цієї цих цим цьому тут там саме нас нам вас "
            "вам мене собі себе потім тепер зараз інші інших інший "
            "новий нова нове нові перший перша перше один одна одне два три рік року "
            "стаття статті статтю статей опубліковано опублікована "
            // Chinese (character pairs)
            "我们 你们 他们 她们 它们 这个 那个 一个 这些 那些 没有 可以 因为 所以 但是 如果 "
            "就是 还是 已经 以及 或者 而且 并且 之后 之前 之间 其中 通过 进行 这样 那样 什么 "
            "自己 一些 这种 那种 时候 现在 不是 也是 都是 的人 中的 了一 是一 在这";
        QSet<QByteArray> set;
        for (const QByteArray &word : QByteArray(list).split(' ')) {
            if (!word.isEmpty())
                set.insert(word);
        }
        return set;
    }();
    return words;
}

} // namespace

bool isTellingTerm(const QByteArray &term)
{
    const QString text = QString::fromUtf8(term);
    if (text.size() < 2)
        return false; // single Chinese characters and letters
    bool allDigits = true;
    bool ideographic = false;
    for (const QChar c : text) {
        if (!c.isDigit())
            allDigits = false;
        if (c.script() == QChar::Script_Han)
            ideographic = true;
    }
    if (allDigits)
        return false;
    if (!ideographic && text.size() < 3)
        return false; // "of", "to", "в": short words are function words
    return !stopWords().contains(term);
}

QList<ArticleTerm> tellingTerms(const QHash<QByteArray, int> &weights)
{
    QList<ArticleTerm> terms;
    terms.reserve(weights.size());
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        if (isTellingTerm(it.key()))
            terms.append(ArticleTerm{it.key(), double(it.value())});
    }
    // Ties: the longer word first (rarer, by Zipf's law of abbreviation),
    // then bytewise so the choice never depends on hash order.
    std::sort(terms.begin(), terms.end(), [](const ArticleTerm &a, const ArticleTerm &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (a.term.size() != b.term.size())
            return a.term.size() > b.term.size();
        return a.term < b.term;
    });
    return terms;
}

QString termMatchExpression(const QByteArray &term)
{
    QString quoted = QString::fromUtf8(term);
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    // No column filter: FTS5 would then decode every position list, which
    // makes counting a word's articles several times slower.
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace lectern
