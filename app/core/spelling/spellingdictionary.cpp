#include "spelling/spellingdictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>

#include <algorithm>

namespace lectern {

namespace {

class SpellingDictionaryText
{
    Q_DECLARE_TR_FUNCTIONS(SpellingDictionary)
};

// The region a language is usually written with when the article does not
// say (Debian names dictionaries language_REGION).
QString usualRegion(const QString &language)
{
    static const QHash<QString, QString> regions = {
        {QStringLiteral("en"), QStringLiteral("US")}, {QStringLiteral("uk"), QStringLiteral("UA")},
        {QStringLiteral("ru"), QStringLiteral("RU")}, {QStringLiteral("de"), QStringLiteral("DE")},
        {QStringLiteral("fr"), QStringLiteral("FR")}, {QStringLiteral("es"), QStringLiteral("ES")},
        {QStringLiteral("pt"), QStringLiteral("PT")}, {QStringLiteral("it"), QStringLiteral("IT")},
        {QStringLiteral("pl"), QStringLiteral("PL")}, {QStringLiteral("cs"), QStringLiteral("CZ")},
        {QStringLiteral("be"), QStringLiteral("BY")}, {QStringLiteral("kk"), QStringLiteral("KZ")},
        {QStringLiteral("el"), QStringLiteral("GR")}, {QStringLiteral("sv"), QStringLiteral("SE")},
        {QStringLiteral("da"), QStringLiteral("DK")}, {QStringLiteral("nl"), QStringLiteral("NL")},
    };
    return regions.value(language);
}

} // namespace

QStringList defaultDictionaryFolders()
{
    const QString configured = qEnvironmentVariable("LECTERN_DICTIONARY_PATH");
    if (!configured.isEmpty())
        return configured.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell"),
            QStringLiteral("/usr/share/myspell/dicts")};
}

DictionaryFile findDictionary(const QString &language, const QStringList &folders)
{
    QString code = language.trimmed();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString base = code.section(QLatin1Char('_'), 0, 0).toLower();
    if (base.isEmpty() || base == QLatin1String("zh") || base == QLatin1String("ja") ||
        base == QLatin1String("ko"))
        return {};
    const QString region = code.section(QLatin1Char('_'), 1, 1).toUpper();
    QStringList wanted;
    if (!region.isEmpty())
        wanted.append(base + QLatin1Char('_') + region);
    if (const QString usual = usualRegion(base); !usual.isEmpty())
        wanted.append(base + QLatin1Char('_') + usual);
    wanted.append(base);
    QStringList others; // any region of the language, in name order
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &aff :
             dir.entryList({QStringLiteral("*.aff")}, QDir::Files, QDir::Name)) {
            const QString name = aff.chopped(4);
            if (!QFileInfo::exists(dir.filePath(name + QStringLiteral(".dic"))))
                continue;
            if (name.startsWith(base + QLatin1Char('_')))
                others.append(dir.filePath(aff));
        }
    }
    for (const QString &name : std::as_const(wanted)) {
        for (const QString &folder : folders) {
            const QDir dir(folder);
            const QString aff = dir.filePath(name + QStringLiteral(".aff"));
            if (QFileInfo::exists(aff) &&
                QFileInfo::exists(dir.filePath(name + QStringLiteral(".dic"))))
                return {name, aff};
        }
    }
    if (!others.isEmpty())
        return {QFileInfo(others.first()).completeBaseName(), others.first()};
    return {};
}

QList<QChar::Script> dictionaryScripts(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray encoding;
    QByteArray tryLine;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("SET "))
            encoding = line.mid(4).trimmed();
        else if (line.startsWith("TRY "))
            tryLine = line.mid(4).trimmed();
        if (!encoding.isEmpty() && !tryLine.isEmpty())
            break;
    }
    QString letters;
    if (encoding.isEmpty() || encoding.toUpper() == "UTF-8") {
        letters = QString::fromUtf8(tryLine);
    } else {
        QStringDecoder decoder(encoding.constData());
        letters = decoder.isValid() ? QString(decoder(tryLine)) : QString::fromLatin1(tryLine);
    }
    QList<QChar::Script> scripts;
    for (const QChar c : std::as_const(letters)) {
        const QChar::Script script = c.script();
        if (c.isLetter() && script != QChar::Script_Common && script != QChar::Script_Inherited &&
            !scripts.contains(script))
            scripts.append(script);
    }
    return scripts;
}

Result<std::unique_ptr<SpellingDictionary>> SpellingDictionary::load(const DictionaryFile &file)
{
    const QString dicPath = file.affPath.chopped(4) + QStringLiteral(".dic");
    for (const QString &path : {file.affPath, dicPath}) {
        QFile check(path);
        if (!check.open(QIODevice::ReadOnly) || check.size() == 0)
            return Error{SpellingDictionaryText::tr("The spelling dictionary %1 cannot be read.")
                             .arg(QDir::toNativeSeparators(path)),
                         ErrorKind::CannotOpen};
    }
    std::unique_ptr<SpellingDictionary> dictionary(new SpellingDictionary);
    dictionary->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(file.affPath).constData(),
                                                        QFile::encodeName(dicPath).constData());
    const QByteArray encoding =
        QByteArray::fromStdString(dictionary->m_hunspell->get_dict_encoding()).trimmed();
    if (!encoding.isEmpty() && encoding.toUpper() != "UTF-8") {
        if (!QStringEncoder(encoding.constData()).isValid())
            return Error{SpellingDictionaryText::tr("The spelling dictionary %1 is written in %2, "
                                                    "which Lectern cannot read.")
                             .arg(file.name, QString::fromLatin1(encoding)),
                         ErrorKind::ForeignFile};
        dictionary->m_encoding = encoding;
    }
    return dictionary;
}

SpellingDictionary::~SpellingDictionary() = default;

std::string SpellingDictionary::encode(const QString &text) const
{
    if (m_encoding.isEmpty())
        return text.toStdString();
    QStringEncoder encoder(m_encoding.constData());
    const QByteArray bytes = encoder(text);
    // A word with letters the dictionary's encoding lacks is not in it.
    return encoder.hasError() ? std::string() : bytes.toStdString();
}

QString SpellingDictionary::decode(const std::string &text) const
{
    if (m_encoding.isEmpty())
        return QString::fromStdString(text);
    QStringDecoder decoder(m_encoding.constData());
    return decoder(QByteArrayView(text.data(), qsizetype(text.size())));
}

bool SpellingDictionary::isCorrect(const QString &word) const
{
    const std::string encoded = encode(word);
    return !encoded.empty() && m_hunspell->spell(encoded);
}

QStringList SpellingDictionary::suggestions(const QString &word, int limit) const
{
    const std::string encoded = encode(word);
    if (encoded.empty())
        return {};
    QStringList result;
    for (const std::string &suggestion : m_hunspell->suggest(encoded)) {
        const QString text = decode(suggestion);
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
        if (result.size() >= limit)
            break;
    }
    return result;
}

} // namespace lectern
