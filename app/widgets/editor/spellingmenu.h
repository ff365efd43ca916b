#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMenu;

namespace lectern {

class SpellChecker;

// The spelling part of a text field's context menu.
class SpellingMenu
{
    Q_DECLARE_TR_FUNCTIONS(SpellingMenu)

public:
    // Puts at the top of `menu`, for the misspelt `word` of `language`: its
    // suggestions (filled in as hunspell finds them, which can take half a
    // second), "Add to Dictionary" and "Ignore". `replace` puts a suggestion
    // in the word's place; `reportError` says why the word list could not
    // be written. Actions are named spellingSuggestion, addToDictionary and
    // ignoreWord.
    static void addActions(QMenu *menu, SpellChecker &checker, const QString &language,
                           const QString &word, std::function<void(const QString &)> replace,
                           std::function<void(const QString &)> reportError);
};

} // namespace lectern
