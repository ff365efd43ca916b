#include "exportfilenames.h"

#include <QSet>

namespace lectern {

namespace {

bool isForbidden(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
        return true; // control characters
    if (c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return true; // direction overrides that disguise a name
    switch (c) {
    case '/':
    case '\\':
    case ':':
    case '*':
    case '?':
    case '"':
    case '<':
    case '>':
    case '|':
        return true;
    default:
        return false;
    }
}

bool isReservedOnWindows(const QString &stem)
{
    static const QSet<QString> reserved = [] {
        QSet<QString> names{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                            QStringLiteral("NUL")};
        for (int i = 1; i <= 9; ++i) {
            names.insert(QStringLiteral("COM%1").arg(i));
            names.insert(QStringLiteral("LPT%1").arg(i));
        }
        return names;
    }();
    return reserved.contains(stem.section(QLatin1Char('.'), 0, 0).trimmed().toUpper());
}

QString capToBytes(const QString &text, int maxBytes)
{
    QString result;
    int bytes = 0;
    for (const char32_t c : text.toUcs4()) {
        const int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        result += QString::fromUcs4(&c, 1);
    }
    return result;
}

QString cleanStem(const QString &title)
{
    QString stem;
    for (const char32_t c : title.toUcs4())
        stem += isForbidden(c) ? QStringLiteral(" ") : QString::fromUcs4(&c, 1);
    stem = stem.simplified();
    stem = capToBytes(stem, maxFileNameBytes).trimmed();
    // Windows drops trailing dots and spaces; leading dots hide files on Unix.
    while (stem.endsWith(QLatin1Char('.')) || stem.endsWith(QLatin1Char(' ')))
        stem.chop(1);
    while (stem.startsWith(QLatin1Char('.')) || stem.startsWith(QLatin1Char(' ')))
        stem.remove(0, 1);
    if (stem.isEmpty())
        stem = QStringLiteral("article");
    if (isReservedOnWindows(stem))
        stem += QLatin1Char('_');
    return stem;
}

} // namespace

QString safeFileName(const QString &title, const QString &suffix)
{
    return cleanStem(title) + QLatin1Char('.') + suffix;
}

QStringList uniqueFileNames(const QStringList &titles, const QString &suffix)
{
    QStringList names;
    QSet<QString> taken;
    for (const QString &title : titles) {
        const QString stem = cleanStem(title);
        QString name = stem + QLatin1Char('.') + suffix;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = stem + QStringLiteral(" (%1).").arg(n) + suffix;
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

} // namespace lectern
