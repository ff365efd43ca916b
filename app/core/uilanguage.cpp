#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace lectern {

namespace {

// Qt 6.4's Ukrainian catalogue lacks these, so lectern_uk.ts carries them;
// Lectern's translator is asked after Qt's, so Qt's wins where it has one.
[[maybe_unused]] constexpr const char *qtCatalogueGaps[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help, including generic Qt options."),
};

// Maps any locale name onto one of ours; empty when we have no translation.
QString supportedLanguage(const QString &name)
{
    if (name.isEmpty())
        return {};
    const QLocale locale(name);
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("en");
    // Traditional Chinese readers read Simplified more easily than English.
    case QLocale::Chinese:
        return QStringLiteral("zh_CN");
    case QLocale::Ukrainian:
        return QStringLiteral("uk");
    default:
        return {};
    }
}

bool installTranslator(const QString &fileName, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, folder)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("uk")};
}

QString chooseUiLanguage(const QString &setting, const QLocale &system)
{
    if (const QString chosen = supportedLanguage(setting.trimmed()); !chosen.isEmpty())
        return chosen;
    // uiLanguages() lists the user's preferences in order (LANGUAGE, then LANG).
    const QStringList preferred = system.uiLanguages();
    for (const QString &name : preferred) {
        QString underscored = name;
        underscored.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (const QString chosen = supportedLanguage(underscored); !chosen.isEmpty())
            return chosen;
    }
    return QStringLiteral("en");
}

QString uiLanguageFromSettings()
{
    const QSettings settings;
    return chooseUiLanguage(settings.value(QStringLiteral("language")).toString(),
                            QLocale::system());
}

bool installUiLanguage(const QString &language, const QString &translationsFolder)
{
    QLocale::setDefault(QLocale(language));
    const bool ours = installTranslator(QLatin1String("lectern_") + language, translationsFolder);
    if (language != QLatin1String("en"))
        installTranslator(QLatin1String("qtbase_") + language,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return ours;
}

QString readerLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

} // namespace lectern
