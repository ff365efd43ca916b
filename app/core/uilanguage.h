#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace lectern {

// The languages the interface is translated into, as the suffixes of
// :/i18n/lectern_<language>.qm: "en", "zh_CN", "uk".
QStringList uiLanguages();

// The interface language for a "language" setting: the setting itself when it
// names one of uiLanguages() (or a locale of one, such as "uk_UA" or "zh"),
// otherwise the first of the system's preferred languages that Lectern has,
// otherwise English.
QString chooseUiLanguage(const QString &setting, const QLocale &system);

// chooseUiLanguage() for the "language" key of the application's QSettings
// and the system locale. Needs the organisation and application names set.
QString uiLanguageFromSettings();

// Installs Lectern's and Qt's own translations for language into the running
// application and makes it the default locale, so dates and numbers follow.
// Returns false when Lectern's translation could not be loaded (the
// interface then stays English); Qt's translations are optional because not
// every system ships them.
bool installUiLanguage(const QString &language,
                       const QString &translationsFolder = QStringLiteral(":/i18n"));

// The articles' language code of the running interface ("zh" for zh_CN,
// "uk", "en"): the one Home, lists and suggestions put first.
QString readerLanguage();

} // namespace lectern
