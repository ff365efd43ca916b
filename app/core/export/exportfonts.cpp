#include "exportfonts.h"

#include "cjktypography.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <optional>
#include <vector>

namespace lectern {

namespace {

bool inCheckedRange(char32_t c)
{
    // CJK symbols, kana, ideographs and full-width forms: what Chinese text uses.
    return (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFFEF);
}

// For each glyph of the font, the lowest BMP code point that maps to it: the
// code point Qt's PDF engine writes into the ToUnicode map. Indexed by glyph
// (TrueType and CFF glyph ids fit in 16 bits); 0 where no code point maps.
std::vector<char16_t> lowestCodePoints(const QRawFont &font)
{
    QString all(0xFFFF, QChar(u' '));
    for (char32_t c = 1; c < 0x10000; ++c) {
        if (!QChar::isSurrogate(c))
            all[qsizetype(c - 1)] = QChar(c);
    }
    const QList<quint32> glyphs = font.glyphIndexesForString(all);
    std::vector<char16_t> lowest(0x10000, 0);
    for (qsizetype i = 0; i < glyphs.size() && i < all.size(); ++i) {
        const char32_t c = char32_t(i + 1);
        const quint32 glyph = glyphs[i];
        if (glyph != 0 && glyph < lowest.size() && !QChar::isSurrogate(c) && lowest[glyph] == 0)
            lowest[glyph] = char16_t(c);
    }
    return lowest;
}

char32_t lowestFor(const std::vector<char16_t> &lowest, quint32 glyph)
{
    return glyph < lowest.size() ? lowest[glyph] : 0;
}

QRawFont rawFont(const QString &family)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
        return {}; // not installed: the system would substitute another font
    return raw;
}

// Earlier verdicts on CJK fonts, by a hash of the font's cmap table (the
// verdict depends on nothing else): the check reads every code point of the
// font, a good part of a one-article export, and fonts rarely change.
class FontVerdictCache
{
public:
    FontVerdictCache()
        : m_path(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                 QStringLiteral("/print-font-check.txt"))
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 2 && fields[0].size() == 40)
                m_verdicts.insert(fields[0], fields[1] == "1");
        }
    }

    std::optional<bool> find(const QByteArray &key) const
    {
        const auto it = m_verdicts.constFind(key);
        return it == m_verdicts.cend() ? std::nullopt : std::optional<bool>(*it);
    }

    void insert(const QByteArray &key, bool faithful)
    {
        m_verdicts.insert(key, faithful);
        // A cache: when it cannot be written, the next run checks again.
        if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
            return;
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return;
        for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it)
            file.write(it.key() + (it.value() ? " 1\n" : " 0\n"));
        file.commit();
    }

private:
    QString m_path;
    QHash<QByteArray, bool> m_verdicts;
};

// A CJK font is faithful when no ideograph or CJK symbol shares its glyph
// with a lower code point (a radical, say).
bool checkFaithfulCjkFont(const QRawFont &raw)
{
    const std::vector<char16_t> lowest = lowestCodePoints(raw);
    QString checked;
    for (char32_t c = 0x3000; c <= 0xFFEF; ++c) {
        if (inCheckedRange(c))
            checked.append(QChar(c));
    }
    const QList<quint32> glyphs = raw.glyphIndexesForString(checked);
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        if (glyphs[i] != 0 && lowestFor(lowest, glyphs[i]) != checked[i].unicode())
            return false;
    }
    return true;
}

bool isFaithfulCjkFont(const QString &family, FontVerdictCache &cache)
{
    const QRawFont raw = rawFont(family);
    if (!raw.isValid())
        return false;
    const QByteArray cmap = raw.fontTable("cmap");
    if (cmap.isEmpty())
        return checkFaithfulCjkFont(raw);
    const QByteArray key = QCryptographicHash::hash(cmap, QCryptographicHash::Sha1).toHex();
    if (const std::optional<bool> known = cache.find(key))
        return *known;
    const bool faithful = checkFaithfulCjkFont(raw);
    cache.insert(key, faithful);
    return faithful;
}

QStringList installed(const QStringList &families)
{
    const QStringList available = QFontDatabase::families();
    QStringList result;
    for (const QString &family : families) {
        if (available.contains(family, Qt::CaseInsensitive))
            result.append(family);
    }
    return result;
}

PrintFonts choosePrintFonts()
{
    // Serif CJK first for body text, then sans; Noto CJK comes after, for
    // systems with nothing else, and the check rejects it while its cmap
    // shares glyphs with the radicals. Two faithful fonts are enough.
    QStringList cjk;
    FontVerdictCache cache;
    for (const QString &family :
         {QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Zen Hei"),
          QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
          QStringLiteral("Droid Sans Fallback")}) {
        if (cjk.size() < 2 && isFaithfulCjkFont(family, cache))
            cjk.append(family);
    }
    QStringList cjkSans = cjk;
    if (cjkSans.removeAll(QStringLiteral("WenQuanYi Zen Hei")) > 0)
        cjkSans.prepend(QStringLiteral("WenQuanYi Zen Hei"));

    PrintFonts fonts;
    fonts.serif = installed({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif")}) + cjk;
    fonts.sans = installed({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")}) + cjkSans;
    fonts.mono =
        installed({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Mono")}) + cjkSans;
    return fonts;
}

bool looksMonospace(const QTextCharFormat &format)
{
    if (format.fontFixedPitch())
        return true;
    for (const QString &family : format.fontFamilies().toStringList()) {
        if (family.contains(QLatin1String("mono"), Qt::CaseInsensitive) ||
            family.contains(QLatin1String("courier"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

const PrintFonts &printFonts()
{
    static const PrintFonts fonts = choosePrintFonts(); // thread-safe static initialisation
    return fonts;
}

QString unfaithfulCharacters(const QString &family, const QString &text)
{
    const QRawFont raw = rawFont(family);
    if (!raw.isValid())
        return {};
    const std::vector<char16_t> lowest = lowestCodePoints(raw);
    QString wrong;
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x10000)
            continue;
        const QList<quint32> glyphs = raw.glyphIndexesForString(QString(QChar(c)));
        if (!glyphs.isEmpty() && glyphs[0] != 0 && lowestFor(lowest, glyphs[0]) != c &&
            !wrong.contains(QChar(c)))
            wrong.append(QChar(c));
    }
    return wrong;
}

QFont printFont(const QStringList &families, qreal points, QFont::Weight weight)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setLetterSpacing(QFont::AbsoluteSpacing, ligatureBreakingSpacing);
    font.setKerning(true);
    // Print wants the outlines as designed: hinting only distorts them for a
    // pixel grid the PDF does not have, and running the hinting bytecode for
    // every glyph was a third of the export time.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void applyPrintFonts(QTextDocument &document, qreal basePoints)
{
    const PrintFonts &fonts = printFonts();
    document.setDefaultFont(printFont(fonts.serif, basePoints));

    struct Span
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Span> spans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const bool heading = block.blockFormat().headingLevel() > 0;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            QTextCharFormat format;
            const QTextCharFormat current = fragment.charFormat();
            format.setFontFamilies(looksMonospace(current) ? fonts.mono
                                   : heading               ? fonts.sans
                                                           : fonts.serif);
            format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
            format.setFontLetterSpacing(ligatureBreakingSpacing);
            format.setFontHintingPreference(QFont::PreferNoHinting);
            spans.append({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(&document);
    for (const Span &span : std::as_const(spans)) {
        cursor.setPosition(span.position);
        cursor.setPosition(span.position + span.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(span.format);
    }
    keepChineseUpright(document); // no slanted ideographs in an italic summary
}

} // namespace lectern
