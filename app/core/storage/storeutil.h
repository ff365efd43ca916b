#pragma once

// Small conversions shared by the store's source files.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include "result.h"

class QSqlDatabase;

namespace lectern {

inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(); // NULL
}

inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A JSON array as compact text, for json_each(?) over a list of values.
inline QString jsonList(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text); // NULL
}

// Stored times have millisecond precision; so must the values handed out.
inline QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QString htmlToPlainText(const QString &html);

struct ArticleFilter;
class SearchIndex;
// The columns summaryFrom-style readers expect, aliased on "a" (articles).
extern const QString articleSummaryColumns;
// WHERE clause for a filter over "articles a": fixed SQL text only, every
// value appended to `values` for its placeholder.
Result<QString> articleFilterClause(const QSqlDatabase &db, const SearchIndex &index,
                                    const ArticleFilter &filter, QVariantList &values);
QString newUuid();

enum class RelatedMode;
// How a manual related link's mode is written, in the library and in
// recovery snapshots alike ("link", "pinned", "excluded").
QString relatedModeKey(RelatedMode mode);
RelatedMode relatedModeFrom(const QString &key);

} // namespace lectern
