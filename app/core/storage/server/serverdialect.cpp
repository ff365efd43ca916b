// The SQL a team library's engine (PostgreSQL 15) speaks where it differs
// from a library file's; see sqldialect.h. The tables are those of
// resources/server-migrations/, reached through the search path "lectern".
#include "sqldialect.h"

namespace lectern {

namespace {

// lower() matches the expression indexes of the server's schema.
QString caseless(const QString &expression)
{
    return QStringLiteral("lower(%1)").arg(expression);
}

QString statement(SqlStatement statement)
{
    switch (statement) {
    case SqlStatement::LiveArticleTotal:
        // No row of totals that every writer updates: twenty editors would
        // queue on it. Counting uses the live-articles index.
        return QStringLiteral("SELECT count(*) FROM articles WHERE deleted IS NULL");
    case SqlStatement::TrashedArticleTotal:
        return QStringLiteral("SELECT count(*) FROM articles WHERE deleted IS NOT NULL");
    case SqlStatement::Categories:
        return QStringLiteral("SELECT min(category) FROM articles WHERE deleted IS NULL AND "
                              "category <> '' GROUP BY lower(category) ORDER BY lower(category)");
    case SqlStatement::CategoryCounts:
        return QStringLiteral("SELECT min(category), count(*) FROM articles WHERE deleted IS NULL "
                              "AND category <> '' GROUP BY lower(category) ORDER BY "
                              "lower(category)");
    case SqlStatement::Tags:
        return QStringLiteral("SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM article_tags "
                              "x JOIN articles a ON a.id = x.article_id WHERE x.tag_id = t.id AND "
                              "a.deleted IS NULL) ORDER BY lower(t.name)");
    case SqlStatement::HasTags:
        return QStringLiteral("SELECT EXISTS (SELECT 1 FROM article_tags x JOIN articles a ON "
                              "a.id = x.article_id WHERE a.deleted IS NULL)");
    case SqlStatement::TranslationsWhere:
        return QStringLiteral("a.translation_group = (SELECT translation_group FROM articles "
                              "WHERE uuid = ? AND translation_group <> '') AND a.uuid <> ? AND "
                              "a.deleted IS NULL ORDER BY a.language");
    case SqlStatement::AddTag:
        // A tag is one tag whatever its case (the unique index on lower(name)).
        return QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT ((lower(name))) DO "
                              "UPDATE SET name = tags.name RETURNING id");
    }
    return {};
}

} // namespace

const SqlDialect serverDialect{
    Engine::PostgreSQL,
    QStringLiteral("BEGIN"),
    caseless,
    caseless,
    QStringLiteral("SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST(? AS json)) "
                   "AS value"),
    QStringLiteral("SELECT value FROM json_array_elements_text(CAST(? AS json)) AS value"),
    statement};

} // namespace lectern
