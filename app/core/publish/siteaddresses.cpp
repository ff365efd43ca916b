#include "siteaddresses.h"

#include <QHash>

namespace lectern {

namespace {

constexpr int maxSlugLength = 60;

// Ukraine's official romanisation (2010), with Russian's extra letters.
const QHash<QChar, QString> &cyrillic()
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const char16_t *letters[][2] = {
            {u"а", u"a"},  {u"б", u"b"},  {u"в", u"v"},  {u"г", u"h"},  {u"ґ", u"g"},
            {u"д", u"d"},  {u"е", u"e"},  {u"є", u"ie"}, {u"ж", u"zh"}, {u"з", u"z"},
            {u"и", u"y"},  {u"і", u"i"},  {u"ї", u"i"},  {u"й", u"i"},  {u"к", u"k"},
            {u"л", u"l"},  {u"м", u"m"},  {u"н", u"n"},  {u"о", u"o"},  {u"п", u"p"},
            {u"р", u"r"},  {u"с", u"s"},  {u"т", u"t"},  {u"у", u"u"},  {u"ф", u"f"},
            {u"х", u"kh"}, {u"ц", u"ts"}, {u"ч", u"ch"}, {u"ш", u"sh"}, {u"щ", u"shch"},
            {u"ь", u""},   {u"ю", u"iu"}, {u"я", u"ia"}, {u"ё", u"e"},  {u"ы", u"y"},
            {u"э", u"e"},  {u"ъ", u""}};
        for (const auto &pair : letters)
            t.insert(QChar(pair[0][0]), QString::fromUtf16(pair[1]));
        return t;
    }();
    return table;
}

} // namespace

QString slugFromTitle(const QString &title)
{
    QString slug;
    bool hyphen = false;
    const auto append = [&](const QString &part) {
        if (hyphen && !slug.isEmpty())
            slug += QLatin1Char('-');
        hyphen = false;
        slug += part;
    };
    for (const QChar c : title.toLower()) {
        // Cyrillic before decomposing: й is not и with a breve here.
        if (const auto found = cyrillic().constFind(c); found != cyrillic().cend()) {
            append(found.value());
            continue;
        }
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC))
            continue; // "Xi'an" → "xian"
        QString ascii;
        for (const QChar part : QString(c).normalized(QString::NormalizationForm_KD)) {
            if ((part >= QLatin1Char('a') && part <= QLatin1Char('z')) ||
                (part >= QLatin1Char('0') && part <= QLatin1Char('9')))
                ascii += part;
        }
        if (ascii.isEmpty())
            hyphen = true; // a space, a sign, a letter with no Latin form
        else
            append(ascii);
    }
    if (slug.size() > maxSlugLength) {
        const qsizetype cut = slug.lastIndexOf(QLatin1Char('-'), maxSlugLength);
        slug.truncate(cut > maxSlugLength / 2 ? cut : maxSlugLength);
    }
    return slug;
}

QString uniqueSlug(const QString &title, const QString &uuid, QSet<QString> &taken)
{
    QString base = slugFromTitle(title);
    if (base.isEmpty())
        base = uuid.left(8).toLower();
    QString slug = base;
    for (int n = 2; taken.contains(slug); ++n)
        slug = base + QLatin1Char('-') + QString::number(n);
    taken.insert(slug);
    return slug;
}

} // namespace lectern
