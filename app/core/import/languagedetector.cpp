// Language and date guesses for imported pages.
#include "importedpage.h"

namespace lectern {

QString detectLanguage(const QString &text)
{
    qsizetype han = 0;
    qsizetype cyrillic = 0;
    qsizetype ukrainian = 0;
    qsizetype latin = 0;
    const qsizetype limit = qMin<qsizetype>(text.size(), 200000);
    for (qsizetype i = 0; i < limit; ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
            ++han;
        else if (c >= 0x0400 && c <= 0x04FF) {
            ++cyrillic;
            ukrainian += c == u'і' || c == u'ї' || c == u'є' || c == u'ґ' || c == u'І' ||
                         c == u'Ї' || c == u'Є' || c == u'Ґ';
        } else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            ++latin;
    }
    // One Chinese character carries about as much as a short word.
    if (han * 3 >= qMax(cyrillic, latin) && han > 0)
        return QStringLiteral("zh");
    if (cyrillic > latin)
        return ukrainian > 0 ? QStringLiteral("uk") : QStringLiteral("ru");
    return QStringLiteral("en");
}

QString normalizeLanguage(const QString &tag)
{
    QString primary = tag.trimmed().toLower().section(QLatin1Char('-'), 0, 0);
    primary = primary.section(QLatin1Char('_'), 0, 0);
    if (primary == QLatin1String("ua"))
        return QStringLiteral("uk");
    if (primary.size() < 2 || primary.size() > 3)
        return {};
    for (const QChar c : std::as_const(primary)) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return {};
    }
    return primary;
}

QDateTime parsePageDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
        if (date.isValid())
            time = date.startOfDay(Qt::UTC);
    }
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace lectern
