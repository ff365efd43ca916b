#include "termvectorstore.h"

#include "sqldialect.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "storeutil.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace lectern {

namespace {

struct ArticleText
{
    QString title;
    QString summary;
    QString body;
};

Result<ArticleText> articleText(const QSqlDatabase &db, qint64 articleId)
{
    SqlQuery query(db,
                   QStringLiteral("SELECT title, summary, body_text FROM articles WHERE id = ?"));
    if (Status status = query.exec({articleId}); !status)
        return Error{status.error()};
    if (!query.next())
        return ArticleText{};
    return ArticleText{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString()};
}

Status writeVector(const QSqlDatabase &db, qint64 articleId, double length,
                   QList<std::pair<qint64, int>> terms)
{
    std::sort(terms.begin(), terms.end());
    SqlQuery insert(db, QStringLiteral("INSERT INTO related_vectors (article_id, length, terms) "
                                       "VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                                       "length = excluded.length, terms = excluded.terms"));
    return insert.exec({articleId, length, encodeTerms(terms)});
}

} // namespace

Status addTermVector(const QSqlDatabase &db, qint64 articleId)
{
    // An article re-entering the index without having left it (a caller's
    // mistake) must not count its words twice.
    if (Status status = removeTermVector(db, articleId); !status)
        return status;
    const Result<ArticleText> text = articleText(db, articleId);
    if (!text)
        return Error{text.error()};
    const TextVector vector = textVector(text->title, text->summary, text->body);
    QJsonArray words;
    for (auto it = vector.weights.cbegin(); it != vector.weights.cend(); ++it)
        words.append(QString::fromUtf8(it.key()));
    // One statement for every word: counted if known, added if new.
    SqlQuery upsert(db,
                    QStringLiteral("INSERT INTO related_terms (term, documents) SELECT value, 1 "
                                   "FROM (%1) AS words WHERE true ON CONFLICT (term) DO UPDATE "
                                   "SET documents = related_terms.documents + 1 RETURNING id, "
                                   "term")
                        .arg(dialectOf(db).textsIn));
    if (Status status = upsert.exec({jsonList(words)}); !status)
        return status;
    QList<std::pair<qint64, int>> terms;
    terms.reserve(vector.weights.size());
    while (upsert.next())
        terms.append({upsert.value(0).toLongLong(),
                      vector.weights.value(upsert.value(1).toString().toUtf8())});
    upsert.raw().finish();
    return writeVector(db, articleId, vector.length, terms);
}

Status removeTermVector(const QSqlDatabase &db, qint64 articleId)
{
    SqlQuery stored(db, QStringLiteral("SELECT terms FROM related_vectors WHERE article_id = ?"));
    if (Status status = stored.exec({articleId}); !status)
        return status;
    if (!stored.next())
        return success();
    QJsonArray ids;
    for (const auto &[id, weight] : decodeTerms(stored.value(0).toByteArray()))
        ids.append(id);
    stored.raw().finish();
    const QString list = jsonList(ids);
    SqlQuery uncount(db, QStringLiteral("UPDATE related_terms SET documents = documents - 1 WHERE "
                                        "id IN (%1)")
                             .arg(dialectOf(db).integersIn));
    if (Status status = uncount.exec({list}); !status)
        return status;
    // A word no article uses any more is forgotten (no vector names it).
    SqlQuery forget(db, QStringLiteral("DELETE FROM related_terms WHERE documents <= 0 AND id IN "
                                       "(%1)")
                            .arg(dialectOf(db).integersIn));
    if (Status status = forget.exec({list}); !status)
        return status;
    SqlQuery remove(db, QStringLiteral("DELETE FROM related_vectors WHERE article_id = ?"));
    return remove.exec({articleId});
}

namespace {

// A prepared statement on a raw connection, finalised when it goes.
class Statement
{
public:
    Statement(sqlite3 *handle, const char *sql)
        : m_handle(handle)
    {
        m_code = sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Statement)

    sqlite3_stmt *get() const { return m_statement; }
    Status prepared() const { return m_code == SQLITE_OK ? success() : failure(m_code); }
    Status step()
    {
        const int code = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return code == SQLITE_DONE ? success() : failure(code);
    }
    Error failure(int code) const { return storageError(m_handle, code); }

private:
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    int m_code = SQLITE_OK;
};

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

} // namespace

Status fillTermVectors(sqlite3 *handle)
{
    // Counted in memory and written once per word: one statement per word of
    // every article would be tens of millions at 100,000 articles.
    QHash<QByteArray, std::pair<qint64, int>> vocabulary; // word → (id, articles)
    Statement articles(handle, "SELECT id, title, summary, body_text FROM articles WHERE "
                               "deleted IS NULL ORDER BY id");
    Statement insert(handle,
                     "INSERT INTO related_vectors (article_id, length, terms) VALUES (?, ?, ?)");
    for (const Statement *statement : {&articles, &insert}) {
        if (Status status = statement->prepared(); !status)
            return status;
    }
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(articles.get())) == SQLITE_ROW) {
        const TextVector vector =
            textVector(columnText(articles.get(), 1), columnText(articles.get(), 2),
                       columnText(articles.get(), 3));
        QList<std::pair<qint64, int>> terms;
        terms.reserve(vector.weights.size());
        for (auto it = vector.weights.cbegin(); it != vector.weights.cend(); ++it) {
            auto found = vocabulary.find(it.key());
            if (found == vocabulary.end())
                found = vocabulary.insert(it.key(), {vocabulary.size() + 1, 0});
            ++found->second;
            terms.append({found->first, it.value()});
        }
        std::sort(terms.begin(), terms.end());
        const QByteArray blob = encodeTerms(terms);
        sqlite3_bind_int64(insert.get(), 1, sqlite3_column_int64(articles.get(), 0));
        sqlite3_bind_double(insert.get(), 2, vector.length);
        sqlite3_bind_blob(insert.get(), 3, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        if (Status status = insert.step(); !status)
            return status;
    }
    if (code != SQLITE_DONE)
        return articles.failure(code);
    Statement word(handle, "INSERT INTO related_terms (id, term, documents) VALUES (?, ?, ?)");
    if (Status status = word.prepared(); !status)
        return status;
    for (auto it = vocabulary.cbegin(); it != vocabulary.cend(); ++it) {
        sqlite3_bind_int64(word.get(), 1, it->first);
        sqlite3_bind_text(word.get(), 2, it.key().constData(), int(it.key().size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_int(word.get(), 3, it->second);
        if (Status status = word.step(); !status)
            return status;
    }
    return success();
}

Result<QHash<qint64, StoredVector>> storedVectors(const QSqlDatabase &db,
                                                  const QList<qint64> &articleIds)
{
    QHash<qint64, StoredVector> vectors;
    if (articleIds.isEmpty())
        return vectors;
    QJsonArray ids;
    for (const qint64 id : articleIds)
        ids.append(id);
    SqlQuery query(db, QStringLiteral("SELECT article_id, length, terms FROM related_vectors WHERE "
                                      "article_id IN (%1)")
                           .arg(dialectOf(db).integersIn));
    if (Status status = query.exec({jsonList(ids)}); !status)
        return Error{status.error()};
    while (query.next()) {
        vectors.insert(
            query.value(0).toLongLong(),
            StoredVector{query.value(1).toDouble(), decodeTerms(query.value(2).toByteArray())});
    }
    return vectors;
}

} // namespace lectern
