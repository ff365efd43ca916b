#include "sitetheme.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace lectern {

namespace {

const QString defaultThemeFolder = QStringLiteral(":/lectern/site-theme");
const QStringList templateNames{QStringLiteral("layout"),    QStringLiteral("home"),
                                QStringLiteral("article"),   QStringLiteral("university"),
                                QStringLiteral("list"),      QStringLiteral("search"),
                                QStringLiteral("notfound"),  QStringLiteral("redirect"),
                                QStringLiteral("languages"), QStringLiteral("feed")};

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{SiteTheme::tr("The theme file “%1” could not be read (%2).")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return file.readAll();
}

// The user's file if the theme folder has one, else the default theme's.
Result<QByteArray> themeFile(const QString &userFolder, const QString &name)
{
    if (!userFolder.isEmpty()) {
        const QString path = QDir(userFolder).filePath(name);
        if (QFileInfo(path).isFile())
            return readFile(path);
    }
    return readFile(defaultThemeFolder + QLatin1Char('/') + name);
}

Result<QJsonObject> stringsOf(const QByteArray &json, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        return Error{SiteTheme::tr("The theme's words in “%1” are not valid JSON (%2).")
                         .arg(QDir::toNativeSeparators(where), error.errorString())};
    }
    return document.object();
}

SiteData dataOf(const QJsonObject &object)
{
    SiteData data;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject())
            data.set(it.key().toStdString(), dataOf(it.value().toObject()));
        else
            data.set(it.key().toStdString(), it.value().toString().toStdString());
    }
    return data;
}

} // namespace

Result<SiteTheme> SiteTheme::load(const QString &userFolder)
{
    if (!userFolder.isEmpty() && !QFileInfo(userFolder).isDir()) {
        return Error{
            tr("The theme folder “%1” does not exist.").arg(QDir::toNativeSeparators(userFolder))};
    }
    SiteTheme theme;
    for (const QString &name : templateNames) {
        const QString file = name + QLatin1String(".mustache");
        const Result<QByteArray> text = themeFile(userFolder, file);
        if (!text)
            return text.failure();
        auto parsed = std::make_shared<kainjow::mustache::mustache>(text->toStdString());
        if (!parsed->is_valid()) {
            return Error{tr("The theme template “%1” has an error: %2")
                             .arg(file, QString::fromStdString(parsed->error_message()))};
        }
        theme.m_templates.emplace(name.toStdString(), std::move(parsed));
    }

    // Words: the default theme's, with the user's on top, key by key.
    const Result<QByteArray> defaults =
        readFile(defaultThemeFolder + QLatin1String("/strings.json"));
    if (!defaults)
        return defaults.failure();
    Result<QJsonObject> strings = stringsOf(defaults.value(), QStringLiteral("strings.json"));
    if (!strings)
        return strings.failure();
    theme.m_strings = strings.value();
    const QString userStrings = userFolder.isEmpty()
                                    ? QString()
                                    : QDir(userFolder).filePath(QStringLiteral("strings.json"));
    if (!userStrings.isEmpty() && QFileInfo(userStrings).isFile()) {
        const Result<QByteArray> text = readFile(userStrings);
        if (!text)
            return text.failure();
        const Result<QJsonObject> user = stringsOf(text.value(), userStrings);
        if (!user)
            return user.failure();
        for (auto language = user->begin(); language != user->end(); ++language) {
            QJsonObject merged = theme.m_strings.value(language.key()).toObject();
            const QJsonObject words = language.value().toObject();
            for (auto word = words.begin(); word != words.end(); ++word)
                merged.insert(word.key(), word.value());
            theme.m_strings.insert(language.key(), merged);
        }
    }
    theme.m_stringData = std::make_shared<std::map<QString, SiteData>>();

    for (const QString &name : {QStringLiteral("style.css"), QStringLiteral("search.js")}) {
        const Result<QByteArray> bytes = themeFile(userFolder, name);
        if (!bytes)
            return bytes.failure();
        theme.m_assets.append({name, bytes.value()});
    }
    // A user theme's own files (fonts, a logo) go to assets/ as they are.
    const QString extra =
        userFolder.isEmpty() ? QString() : QDir(userFolder).filePath(QStringLiteral("assets"));
    if (!extra.isEmpty() && QFileInfo(extra).isDir()) {
        QDirIterator it(extra, QDir::Files, QDirIterator::Subdirectories);
        QList<QPair<QString, QByteArray>> files;
        while (it.hasNext()) {
            const QString path = it.next();
            const Result<QByteArray> bytes = readFile(path);
            if (!bytes)
                return bytes.failure();
            files.append({QDir(extra).relativeFilePath(path), bytes.value()});
        }
        for (const auto &file : std::as_const(files)) {
            bool replaced = false;
            for (auto &asset : theme.m_assets) {
                if (asset.first == file.first) {
                    asset.second = file.second;
                    replaced = true;
                }
            }
            if (!replaced)
                theme.m_assets.append(file);
        }
    }
    std::sort(theme.m_assets.begin(), theme.m_assets.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    // Every language's words, English filling what a language lacks.
    const QJsonObject english = theme.m_strings.value(QStringLiteral("en")).toObject();
    for (const QString &language : theme.m_strings.keys()) {
        QJsonObject words = english;
        const QJsonObject own = theme.m_strings.value(language).toObject();
        for (auto word = own.begin(); word != own.end(); ++word)
            words.insert(word.key(), word.value());
        theme.m_strings.insert(language, words);
    }
    return theme;
}

QByteArray SiteTheme::render(const QString &name, const SiteData &data) const
{
    const auto found = m_templates.find(name.toStdString());
    if (found == m_templates.end())
        return {};
    const std::string text = found->second->render(data);
    return QByteArray(text.data(), qsizetype(text.size()));
}

const SiteData &SiteTheme::strings(const QString &language) const
{
    auto &cache = *m_stringData;
    const auto found = cache.find(language);
    if (found != cache.end())
        return found->second;
    const QJsonObject words = m_strings.contains(language)
                                  ? m_strings.value(language).toObject()
                                  : m_strings.value(QStringLiteral("en")).toObject();
    return cache.emplace(language, dataOf(words)).first->second;
}

QString SiteTheme::string(const QString &language, const QString &key) const
{
    const QJsonObject words = m_strings.contains(language)
                                  ? m_strings.value(language).toObject()
                                  : m_strings.value(QStringLiteral("en")).toObject();
    return words.value(key).toString();
}

QString SiteTheme::countryName(const QString &language, const QString &country) const
{
    const QJsonObject words = m_strings.contains(language)
                                  ? m_strings.value(language).toObject()
                                  : m_strings.value(QStringLiteral("en")).toObject();
    const QString name =
        words.value(QStringLiteral("countries")).toObject().value(country).toString();
    return name.isEmpty() ? country : name;
}

} // namespace lectern
