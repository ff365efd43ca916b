#pragma once

// Small conversions shared by the store's source files.
#include <QDateTime>
#include <QVariant>

namespace lectern {

inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(); // NULL
}

inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
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
QString newUuid();

} // namespace lectern
