#include "byline.h"

#include "importedpage.h"

#include <QRegularExpression>
#include <QStringList>

namespace lectern {

namespace {

// Month names as they stand in a date: English, and Ukrainian in the
// genitive ("12 травня") and the nominative ("травень 2024").
int monthNumber(const QString &word)
{
    static const QStringList english{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList ukrainian{
        QStringLiteral("січ"),  QStringLiteral("лют"),    QStringLiteral("берез"),
        QStringLiteral("квіт"), QStringLiteral("трав"),   QStringLiteral("черв"),
        QStringLiteral("лип"),  QStringLiteral("серп"),   QStringLiteral("верес"),
        QStringLiteral("жовт"), QStringLiteral("листоп"), QStringLiteral("груд")};
    const QString lower = word.toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower.size() >= 3 && lower.startsWith(english.at(i)))
            return i + 1;
        if (lower.startsWith(ukrainian.at(i)))
            return i + 1;
    }
    return 0;
}

QDateTime dayStart(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() && year >= 1900 && year <= 2200 ? date.startOfDay(Qt::UTC) : QDateTime();
}

// Words that introduce an author, and those that introduce a date.
const QRegularExpression &authorLead()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:written by|posted by|by|authors|author|авторка|автори|автор|"
                       "текст|作者|撰文|记者)(?:\\s*[:：]\\s*|\\s+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &dateLead()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:posted on|published on|posted|published|updated|on|date|дата|"
                       "опубліковано|оприлюднено|发布时间|发布日期|发表时间|更新时间|日期|时间)"
                       "(?:\\s*[:：]\\s*|\\s+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool looksLikeName(const QString &text)
{
    if (text.isEmpty() || text.size() > 80)
        return false;
    if (text.count(QLatin1Char(' ')) > 5)
        return false;
    // A name has no sentence punctuation and starts with a letter.
    if (text.contains(QRegularExpression(QStringLiteral("[.!?;。！？]$"))))
        return false;
    return text.at(0).isLetter();
}

} // namespace

QDateTime parseWrittenDate(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};
    if (const QDateTime iso = parsePageDate(text); iso.isValid() && text.size() <= 30)
        return iso;
    static const QRegularExpression chinese(
        QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    if (const auto m = chinese.match(text); m.hasMatch())
        return dayStart(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression dayMonthYear(
        QStringLiteral("\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,})\\.?,?\\s+(\\d{4})"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = dayMonthYear.match(text); m.hasMatch()) {
        if (const int month = monthNumber(m.captured(2)))
            return dayStart(m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    static const QRegularExpression monthDayYear(
        QStringLiteral("\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = monthDayYear.match(text); m.hasMatch()) {
        if (const int month = monthNumber(m.captured(1)))
            return dayStart(m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    static const QRegularExpression numeric(
        QStringLiteral("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b"));
    if (const auto m = numeric.match(text); m.hasMatch())
        return dayStart(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression isoDay(
        QStringLiteral("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"));
    if (const auto m = isoDay.match(text); m.hasMatch())
        return dayStart(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

Byline readByline(const QString &input)
{
    const QString text = input.simplified();
    Byline byline;
    if (text.isEmpty() || text.size() > 160)
        return byline;
    // "Posted on May 12, 2024 by X" and "By X on May 12, 2024", as blogs write them.
    static const QRegularExpression postedOnBy(
        QStringLiteral("^(?:posted|published)(?:\\s+on)?\\s+(.+?)\\s+by\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = postedOnBy.match(text); m.hasMatch()) {
        const QDateTime date = parseWrittenDate(m.captured(1));
        if (date.isValid() && looksLikeName(m.captured(2).trimmed()))
            return {m.captured(2).trimmed(), date};
    }
    // The parts of a byline: "By X · May 12, 2024", "Автор: X | 12 травня".
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:[·•|｜/]|\\s[—–-]\\s|\\s{2,}|,\\s(?=\\p{L}+\\s\\d)|\\son\\s)\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString spaced = text;
    // Chinese bylines often run the fields together: "作者：王芳 发布时间：…".
    spaced.replace(QRegularExpression(QStringLiteral("\\s+(?=(?:发布时间|发布日期|发表时间|日期|"
                                                     "时间|来源|更新时间)[:：])")),
                   QStringLiteral(" | "));
    const QStringList parts = spaced.split(separators, Qt::SkipEmptyParts);
    bool sawLead = false;
    int unread = 0;
    for (const QString &raw : parts) {
        QString part = raw.trimmed();
        if (const auto m = authorLead().match(part); m.hasMatch() && m.capturedLength() > 0) {
            const QString name = part.mid(m.capturedLength()).trimmed();
            if (!byline.author.isEmpty() || !looksLikeName(name))
                return {};
            byline.author = name;
            sawLead = true;
            continue;
        }
        QString datePart = part;
        if (const auto m = dateLead().match(part); m.hasMatch() && m.capturedLength() > 0) {
            datePart = part.mid(m.capturedLength());
            sawLead = true;
        }
        if (const QDateTime date = parseWrittenDate(datePart);
            date.isValid() && !byline.date.isValid()) {
            byline.date = date;
            continue;
        }
        // "来源：新华社" and similar: a field of the byline we do not keep.
        if (part.contains(QRegularExpression(QStringLiteral("^(?:来源|source|джерело)\\s*[:：]"),
                                             QRegularExpression::CaseInsensitiveOption)))
            continue;
        ++unread;
    }
    // Everything in the block must be byline, or it is text that stays.
    if (!sawLead || unread > 0)
        return {};
    return byline;
}

} // namespace lectern
