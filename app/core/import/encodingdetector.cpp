#include "encodingdetector.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet.h>

#include <memory>
#include <type_traits>

#include <array>

namespace lectern {

namespace {

int countReplacements(const QString &text)
{
    return int(text.count(QChar(QChar::ReplacementCharacter)));
}

QString decodeWith(const char *name, QByteArrayView bytes, int *replacements)
{
    QStringDecoder decoder(name);
    QString text = decoder.decode(bytes);
    *replacements = countReplacements(text);
    return text;
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

// uchardet's verdict, as a name Qt decodes; empty when it has none.
QString detectedByUchardet(QByteArrayView bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    if (!detector)
        return {};
    // A megabyte is plenty to tell, and keeps a 64 MB file cheap.
    const QByteArrayView sample = bytes.first(qMin<qsizetype>(bytes.size(), 1 << 20));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QString name = QString::fromLatin1(uchardet_get_charset(detector.get())).toLower();
    if (name.isEmpty() || name == QLatin1String("ascii"))
        return {};
    // Browsers read Latin-1 as its superset windows-1252, and so do we.
    if (name == QLatin1String("iso-8859-1"))
        return QStringLiteral("windows-1252");
    return normalizedEncoding(name);
}

// KOI8-U is KOI8-R with є і ї ґ (and their capitals) in eight places where
// KOI8-R has box-drawing characters, which running text never holds; uchardet
// knows only KOI8-R, so those bytes decide.
bool hasUkrainianKoi8Letters(QByteArrayView bytes)
{
    for (const char c : bytes) {
        switch (uchar(c)) {
        case 0xA4:
        case 0xA6:
        case 0xA7:
        case 0xAD:
        case 0xB4:
        case 0xB6:
        case 0xB7:
        case 0xBD:
            return true;
        default:
            break;
        }
    }
    return false;
}

struct Utf8Check
{
    int errors = 0;           // invalid sequences (a literal U+FFFD in the file is not one)
    qsizetype highBytes = 0;  // bytes outside ASCII
    qsizetype characters = 0; // characters outside ASCII read from valid sequences
    QString text;
    // Valid UTF-8 (which includes plain ASCII) is almost never an accident;
    // a few damaged sequences in otherwise valid UTF-8 are damage, not
    // another encoding.
    bool isUtf8() const { return errors == 0 || qsizetype(errors) * 50 < highBytes; }
};

Utf8Check checkUtf8(const QByteArray &bytes)
{
    Utf8Check check;
    check.text = decodeWith("UTF-8", bytes, &check.errors);
    check.errors -= int(bytes.count(QByteArrayView("\xEF\xBF\xBD")));
    for (const char c : bytes)
        check.highBytes += (uchar(c) & 0x80) != 0;
    for (const QChar c : std::as_const(check.text))
        check.characters += c.unicode() >= 0x80 && c != QChar(QChar::ReplacementCharacter);
    return check;
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

    Utf8Check utf8 = checkUtf8(bytes);
    const QString declaredName = normalizedEncoding(declared);
    const bool declaresUtf8 = declaredName == QLatin1String("UTF-8");
    if (!declaredName.isEmpty()) {
        // A declaration the bytes contradict is a mistake of whoever saved
        // the page: text in UTF-8 under a legacy label, or the reverse.
        if (!declaresUtf8 && utf8.highBytes > 0 && utf8.errors == 0) {
            result.text = std::move(utf8.text);
            result.encoding = QStringLiteral("UTF-8");
            result.reason = QStringLiteral("contradicted");
            result.note = QCoreApplication::translate(
                              "EncodingDetector",
                              "The page says it is in %1, but its bytes are UTF-8: read as UTF-8.")
                              .arg(declaredName);
            return result;
        }
        // A UTF-8 page with some damaged bytes stays UTF-8, the damage marked;
        // only one with no UTF-8 in it at all and much text in another
        // encoding is read as that encoding.
        const bool noUtf8AtAll = utf8.characters == 0 && utf8.highBytes >= 32;
        if (!declaresUtf8 || utf8.isUtf8() || !noUtf8AtAll) {
            const QByteArray latin = declaredName.toLatin1();
            result.text = decodeWith(latin.constData(), view, &result.replacements);
            if (declaresUtf8)
                result.replacements = utf8.errors;
            result.encoding = declaredName;
            result.reason = QStringLiteral("declared");
            return result;
        }
    } else if (utf8.isUtf8()) {
        result.text = std::move(utf8.text);
        result.encoding = QStringLiteral("UTF-8");
        result.replacements = utf8.errors;
        result.reason = QStringLiteral("detected");
        return result;
    }

    QString detected = detectedByUchardet(view);
    if (detected == QLatin1String("KOI8-R") && hasUkrainianKoi8Letters(view))
        detected = QStringLiteral("KOI8-U");
    if (!detected.isEmpty() && detected != QLatin1String("UTF-8")) {
        const QByteArray latin = detected.toLatin1();
        result.text = decodeWith(latin.constData(), view, &result.replacements);
        result.encoding = detected;
        result.reason = QStringLiteral("detected");
        if (declaresUtf8) {
            result.reason = QStringLiteral("contradicted");
            result.note = QCoreApplication::translate("EncodingDetector",
                                                      "The page says it is in UTF-8, but its "
                                                      "bytes are not: read as %1, detected.")
                              .arg(detected);
        }
        return result;
    }
    // Mostly UTF-8 with some damage: keep what is readable and mark the rest.
    result.text = std::move(utf8.text);
    result.encoding = QStringLiteral("UTF-8");
    result.replacements = utf8.errors;
    result.reason = QStringLiteral("default");
    return result;
}

} // namespace lectern
