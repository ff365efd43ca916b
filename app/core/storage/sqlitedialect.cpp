// The SQL a library file's engine (SQLite 3.40) speaks where it differs from
// a team library's; see sqldialect.h.
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>

namespace lectern {

namespace {

QString caseless(const QString &expression)
{
    return expression + QLatin1String(" COLLATE NOCASE");
}

QString caselessKey(const QString &value)
{
    return value; // the column's collation decides
}

QString statement(SqlStatement statement)
{
    switch (statement) {
    case SqlStatement::LiveArticleTotal:
        // Kept by triggers (migration 6): counting would walk a whole index.
        return QStringLiteral("SELECT live FROM article_totals");
    case SqlStatement::TrashedArticleTotal:
        return QStringLiteral("SELECT trashed FROM article_totals");
    case SqlStatement::Categories:
        // One index seek per category instead of a walk over every article:
        // 1 ms against 40 ms at 100,000 articles.
        return QStringLiteral(
            "WITH RECURSIVE c(name) AS (SELECT (SELECT min(category COLLATE NOCASE) FROM "
            "articles WHERE deleted IS NULL AND category COLLATE NOCASE > '') UNION ALL SELECT "
            "(SELECT min(category COLLATE NOCASE) FROM articles WHERE deleted IS NULL AND "
            "category COLLATE NOCASE > c.name) FROM c WHERE c.name IS NOT NULL) SELECT name "
            "FROM c WHERE name IS NOT NULL");
    case SqlStatement::CategoryCounts:
        return QStringLiteral("SELECT category, count(*) FROM articles WHERE deleted IS NULL AND "
                              "category <> '' GROUP BY category COLLATE NOCASE ORDER BY category "
                              "COLLATE NOCASE");
    case SqlStatement::Tags:
        // "deleted" is the row's last column, after the body: read from the
        // table it walks a body's overflow pages for every tag (20–40 ms at
        // 100,000 articles), from this index by id it does not (1–5 ms).
        return QStringLiteral("SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM article_tags "
                              "x JOIN articles a INDEXED BY articles_related_facts ON a.id = "
                              "x.article_id WHERE x.tag_id = t.id AND a.deleted IS NULL) ORDER BY "
                              "t.name COLLATE NOCASE");
    case SqlStatement::HasTags:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM article_tags x JOIN articles a "
                              "INDEXED BY articles_related_facts ON a.id = x.article_id "
                              "WHERE a.deleted IS NULL)");
    case SqlStatement::TranslationsWhere:
        // The group is looked up first: an article without one must not be
        // joined against every other article without one. The unary + keeps
        // the planner on the translation_group index (walking the list
        // indexes in language order read 100,000 rows: half a second).
        return QStringLiteral("a.translation_group = (SELECT translation_group FROM articles "
                              "WHERE uuid = ? AND translation_group <> '') AND a.uuid <> ? AND "
                              "+a.deleted IS NULL ORDER BY +a.language");
    case SqlStatement::AddTag:
        return QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE "
                              "SET name = name RETURNING id");
    }
    return {};
}

} // namespace

const SqlDialect sqliteDialect{Engine::SQLite,
                               QStringLiteral("BEGIN IMMEDIATE"),
                               caseless,
                               caselessKey,
                               QStringLiteral("SELECT value FROM json_each(?)"),
                               QStringLiteral("SELECT value FROM json_each(?)"),
                               statement};

const SqlDialect &dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? serverDialect : sqliteDialect;
}

} // namespace lectern
