#include "server/serverbm25.h"

#include "sqldialect.h"
#include "sqlquery.h"
#include "storeutil.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace lectern {

namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;

// One article's positions of the phrases' words, by column.
struct Positions
{
    int length = 0;
    // column bit → lexeme → positions
    QHash<SearchColumn, QHash<QByteArray, QSet<int>>> columns;
};

QList<int> arrayIntegers(const QString &text) // "{1,5,9}"
{
    QList<int> values;
    const QStringList parts = text.mid(1, text.size() - 2).split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (!part.isEmpty())
            values.append(part.toInt());
    }
    return values;
}

bool hasAt(const QHash<QByteArray, QSet<int>> &column, const QList<QByteArray> &tokens, bool prefix,
           int position)
{
    for (const QByteArray &token : tokens) {
        if (!prefix) {
            if (column.value(token).contains(position))
                return true;
            continue;
        }
        for (auto it = column.cbegin(); it != column.cend(); ++it) {
            if (it.key().startsWith(token) && it.value().contains(position))
                return true;
        }
    }
    return false;
}

// How often the phrase starts in the column.
int matchesIn(const QHash<QByteArray, QSet<int>> &column, const ServerPhrase &phrase)
{
    const qsizetype last = phrase.positions.size() - 1;
    QSet<int> starts;
    for (const QByteArray &token : phrase.positions.first()) {
        for (auto it = column.cbegin(); it != column.cend(); ++it) {
            const bool first =
                phrase.prefix && last == 0 ? it.key().startsWith(token) : it.key() == token;
            if (first)
                starts.unite(it.value());
        }
    }
    int count = 0;
    for (int start : std::as_const(starts)) {
        bool whole = true;
        for (qsizetype i = 1; i <= last && whole; ++i)
            whole = hasAt(column, phrase.positions[i], phrase.prefix && i == last, start + int(i));
        count += whole ? 1 : 0;
    }
    return count;
}

Result<QHash<qint64, Positions>>
positionsOf(const QSqlDatabase &db, const QList<ServerPhrase> &phrases, const QList<qint64> &ids)
{
    QJsonArray idList, words, prefixes;
    for (qint64 id : ids)
        idList.append(id);
    for (const ServerPhrase &phrase : phrases) {
        for (qsizetype i = 0; i < phrase.positions.size(); ++i) {
            const bool prefix = phrase.prefix && i == phrase.positions.size() - 1;
            for (const QByteArray &token : phrase.positions[i])
                (prefix ? prefixes : words).append(QString::fromUtf8(token));
        }
    }
    const SqlDialect &dialect = dialectOf(db);
    SqlQuery query(
        db, QStringLiteral("SELECT s.article_id, s.length, v.byline, u.lexeme, u.positions, "
                           "u.weights FROM article_search s CROSS JOIN LATERAL (VALUES (false, "
                           "s.document), (true, s.byline)) AS v(byline, vector) CROSS JOIN "
                           "LATERAL unnest(v.vector) AS u WHERE s.article_id IN (%1) AND "
                           "(u.lexeme IN (%2) OR EXISTS (SELECT 1 FROM (%2) AS p(value) WHERE "
                           "starts_with(u.lexeme, p.value)))")
                .arg(dialect.integersIn, dialect.textsIn));
    // The second textsIn is the prefixes'.
    if (Status status = query.exec({jsonList(idList), jsonList(words), jsonList(prefixes)});
        !status)
        return status.failure();
    QHash<qint64, Positions> found;
    while (query.next()) {
        Positions &article = found[query.value(0).toLongLong()];
        article.length = query.value(1).toInt();
        const bool byline = query.value(2).toBool();
        const QByteArray lexeme = query.value(3).toString().toUtf8();
        const QList<int> positions = arrayIntegers(query.value(4).toString());
        const QString weights = query.value(5).toString();
        const QStringList letters = weights.mid(1, weights.size() - 2).split(QLatin1Char(','));
        for (qsizetype i = 0; i < positions.size() && i < letters.size(); ++i) {
            const char weight = letters[i].isEmpty() ? 'D' : letters[i].at(0).toLatin1();
            article.columns[searchColumnOf(byline, weight)][lexeme].insert(positions[i]);
        }
    }
    return found;
}

} // namespace

Result<QHash<qint64, double>> bm25Scores(const QSqlDatabase &db, const QList<ServerPhrase> &phrases,
                                         const QList<qint64> &ids, const ColumnWeights &weights)
{
    QHash<qint64, double> scores;
    if (ids.isEmpty() || phrases.isEmpty())
        return scores;
    SqlQuery totals(db, QStringLiteral("SELECT count(*), coalesce(sum(length), 0) FROM "
                                       "article_search"));
    if (Status status = totals.exec(); !status)
        return status.failure();
    const double rows = totals.next() ? totals.value(0).toDouble() : 0;
    const double words = totals.value(1).toDouble();
    totals.raw().finish();
    const double averageLength = rows > 0 && words > 0 ? words / rows : 1;

    QList<double> idf;
    for (const ServerPhrase &phrase : phrases) {
        QVariantList values;
        const QString condition = phraseCondition(phrase, values);
        SqlQuery count(
            db, QStringLiteral("SELECT count(*) FROM article_search s WHERE %1").arg(condition));
        if (Status status = count.execList(values); !status)
            return status.failure();
        const double n = count.next() ? count.value(0).toDouble() : 0;
        const double value = std::log((rows - n + 0.5) / (n + 0.5));
        idf.append(value <= 0 ? 1e-6 : value);
    }

    const Result<QHash<qint64, Positions>> found = positionsOf(db, phrases, ids);
    if (!found)
        return found.failure();
    for (auto it = found->cbegin(); it != found->cend(); ++it) {
        const Positions &article = it.value();
        const double size = article.length;
        double score = 0;
        for (qsizetype p = 0; p < phrases.size(); ++p) {
            double frequency = 0;
            for (int bit = 0; bit < 8; ++bit) {
                const auto column = SearchColumn(1 << bit);
                if (!(phrases[p].columns & column) || !article.columns.contains(column))
                    continue;
                frequency += weights[bit] * matchesIn(article.columns[column], phrases[p]);
            }
            score += idf[p] * (frequency * (k1 + 1.0)) /
                     (frequency + k1 * (1 - b + b * size / averageLength));
        }
        scores.insert(it.key(), score);
    }
    return scores;
}

} // namespace lectern
