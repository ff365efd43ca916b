#include "encodingdetector.h"

#include <QStringDecoder>

#include <array>

namespace lectern {

namespace {

// Letters that make up most of running Ukrainian and Russian text, in lower
// case: read with the wrong Cyrillic code page they come out as capitals or
// box-drawing characters instead.
const QString commonCyrillic = QStringLiteral("оаеинтірсвлкудпмяьгзбчйхжєїшю");

// The most frequent Chinese characters, simplified and traditional: bytes in
// another encoding read as GB18030 or Big5 give rare characters instead.
const QString commonChinese = QStringLiteral(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
    "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内"
    "数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
    "直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计"
    "別這們為個國來時會對學說經發動過於樣與關後當從體點現實無實將頭電線間務數長開還進種員區內"
    "教育大学合作校际留授课研究院联盟");

int countReplacements(const QString &text)
{
    return int(text.count(QChar(QChar::ReplacementCharacter)));
}

struct Candidate
{
    const char *name;
    const QString *common;
};

QString decodeWith(const char *name, QByteArrayView bytes, int *replacements)
{
    QStringDecoder decoder(name);
    QString text = decoder.decode(bytes);
    *replacements = countReplacements(text);
    return text;
}

double plausibility(const QString &text, const QString &common, int replacements)
{
    qsizetype nonAscii = 0;
    qsizetype hits = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++nonAscii;
        if (common.contains(c))
            ++hits;
    }
    if (nonAscii == 0)
        return 0;
    return double(hits) / double(nonAscii) - 4.0 * double(replacements) / double(nonAscii);
}

// UTF-16 without a byte-order mark shows as a zero byte in every other
// position for the Latin and Cyrillic ranges.
const char *utf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return nullptr;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 > pairs * 6 && evenZeros * 10 < pairs)
        return "UTF-16LE";
    if (evenZeros * 10 > pairs * 6 && oddZeros * 10 < pairs)
        return "UTF-16BE";
    return nullptr;
}

} // namespace

QString normalizedEncoding(const QString &label)
{
    const QString name = label.trimmed().toLower();
    if (name.isEmpty())
        return {};
    // GB2312 and GBK pages routinely use characters only their supersets
    // have; browsers read all three as GB18030, and so do we.
    if (name == QLatin1String("gb2312") || name == QLatin1String("gbk") ||
        name == QLatin1String("x-gbk") || name == QLatin1String("gb_2312-80") ||
        name == QLatin1String("cp936") || name == QLatin1String("gb18030"))
        return QStringLiteral("GB18030");
    if (name == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    // A page that says UTF-16 in a <meta> was decoded as ASCII-compatible to
    // read that, so it cannot be UTF-16; browsers treat it as UTF-8.
    if (name.startsWith(QLatin1String("utf-16")))
        return QStringLiteral("UTF-8");
    const QByteArray latin = name.toLatin1();
    QStringDecoder probe(latin.constData());
    if (!probe.isValid())
        return {};
    return probe.name() ? QString::fromLatin1(probe.name()) : name;
}

DecodedText decodeText(const QByteArray &bytes, const QString &declared)
{
    DecodedText result;
    const QByteArrayView view(bytes);
    // Byte-order marks first: they are unambiguous.
    struct Bom
    {
        QByteArrayView mark;
        const char *name;
    };
    static const std::array<Bom, 3> boms{
        {{"\xEF\xBB\xBF", "UTF-8"}, {"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"}}};
    for (const Bom &bom : boms) {
        if (view.startsWith(bom.mark)) {
            result.text = decodeWith(bom.name, view.sliced(bom.mark.size()), &result.replacements);
            result.encoding = QString::fromLatin1(bom.name);
            result.reason = QStringLiteral("BOM");
            return result;
        }
    }
    if (const char *utf16 = utf16WithoutBom(view)) {
        result.text = decodeWith(utf16, view, &result.replacements);
        result.encoding = QString::fromLatin1(utf16);
        result.reason = QStringLiteral("detected");
        return result;
    }

    const QString declaredName = normalizedEncoding(declared);
    if (!declaredName.isEmpty()) {
        const QByteArray latin = declaredName.toLatin1();
        result.text = decodeWith(latin.constData(), view, &result.replacements);
        if (declaredName == QLatin1String("UTF-8"))
            result.replacements -= int(bytes.count(QByteArrayView("\xEF\xBF\xBD")));
        result.encoding = declaredName;
        result.reason = QStringLiteral("declared");
        return result;
    }

    // Valid UTF-8 (which includes plain ASCII) is almost never an accident.
    int utf8Errors = 0;
    QString utf8 = decodeWith("UTF-8", view, &utf8Errors);
    utf8Errors -= int(bytes.count(QByteArrayView("\xEF\xBF\xBD")));
    qsizetype highBytes = 0;
    for (const char c : bytes)
        highBytes += (uchar(c) & 0x80) != 0;
    // A few damaged sequences in otherwise valid UTF-8 are damage, not
    // another encoding: legacy text is almost never valid UTF-8 by chance.
    if (utf8Errors == 0 || qsizetype(utf8Errors) * 50 < highBytes) {
        result.text = std::move(utf8);
        result.encoding = QStringLiteral("UTF-8");
        result.replacements = utf8Errors;
        result.reason = QStringLiteral("detected");
        return result;
    }

    static const std::array<Candidate, 4> candidates{{{"windows-1251", &commonCyrillic},
                                                      {"KOI8-U", &commonCyrillic},
                                                      {"GB18030", &commonChinese},
                                                      {"Big5", &commonChinese}}};
    double best = 0.15; // below this, nothing looked like real text
    for (const Candidate &candidate : candidates) {
        int replacements = 0;
        QString text = decodeWith(candidate.name, view, &replacements);
        const double score = plausibility(text, *candidate.common, replacements);
        if (score > best) {
            best = score;
            result.text = std::move(text);
            result.encoding = QString::fromLatin1(candidate.name);
            result.replacements = replacements;
        }
    }
    if (!result.encoding.isEmpty()) {
        result.reason = QStringLiteral("detected");
        return result;
    }
    // Mostly UTF-8 with some damage: keep what is readable and mark the rest.
    result.text = std::move(utf8);
    result.encoding = QStringLiteral("UTF-8");
    result.replacements = utf8Errors;
    result.reason = QStringLiteral("default");
    return result;
}

} // namespace lectern
