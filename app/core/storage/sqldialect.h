#pragma once

// What differs between the two engines a library lives on: a library file
// (SQLite) and a team library (PostgreSQL). The rest of the store's SQL is
// written once, in the SQL both engines speak, with positional placeholders
// (?). Each engine's text lives with it: sqlitedialect.cpp and
// server/serverdialect.cpp.
#include <QString>

class QSqlDatabase;

namespace lectern {

enum class Engine
{
    SQLite,
    PostgreSQL
};

// Whole statements that differ (indexes named for SQLite's planner, totals
// its triggers keep, case folding in grouping).
enum class SqlStatement
{
    LiveArticleTotal,    // → the number of live articles
    TrashedArticleTotal, // → the number of articles in the trash
    Categories,          // → each category once whatever its case, in order
    CategoryCounts,      // → (category, live articles), in order
    Tags,                // → the tags of live articles, in order
    HasTags,             // → whether any live article has a tag
    TranslationsWhere,   // (uuid, uuid) the condition and order of the other live
                         // articles of its translation group
    AddTag,              // (name) → the id of the tag, made if new
};

struct SqlDialect
{
    Engine engine;
    // Opens a transaction that will write (SQLite takes the write lock at
    // once, so that it never fails half-way on a lock).
    QString beginWrite;
    // `expression` compared and sorted without regard to case.
    QString (*caseless)(const QString &expression);
    // A value compared with caseless(column), where the column's side
    // decides the comparison in SQLite but not in PostgreSQL.
    QString (*caselessKey)(const QString &value);
    // The integers, and the texts, of a JSON array bound to one placeholder,
    // as a sub-select: "id IN (" + integersIn + ")".
    QString integersIn;
    QString textsIn;
    QString (*statement)(SqlStatement statement);
};

extern const SqlDialect sqliteDialect; // sqlitedialect.cpp
extern const SqlDialect serverDialect; // server/serverdialect.cpp

// The dialect of the connection's engine.
const SqlDialect &dialectOf(const QSqlDatabase &db);

} // namespace lectern
