#pragma once

// Small measures every benchmark shares.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace lectern::bench {

// Where every benchmark writes its Markdown: one stream, so their lines
// never interleave out of order.
inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The machine is shared: the load (1, 5, 15 minutes) says how far to trust
// the times.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QStringList fields = QString::fromLatin1(file.readAll()).split(QLatin1Char(' '));
    return fields.mid(0, 3).join(QStringLiteral(" / "));
}

// A benchmark that cannot go on says why on standard error; exit status 1.
inline int fail(const QString &message)
{
    QTextStream(stderr) << "lectern-bench: " << message << Qt::endl;
    return 1;
}

// Nanoseconds as milliseconds, for the tables.
inline QString millis(qint64 nanoseconds, int decimals = 2)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', decimals);
}

// Nearest rank, as `lectern-bench search`: always a value that was measured.
template <typename T> T percentile(QList<T> values, double fraction)
{
    if (values.isEmpty())
        return T{};
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

// The resident set now (not the peak), in KiB; -1 where /proc is missing.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace lectern::bench
