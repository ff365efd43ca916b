#include "spellingmenu.h"

#include "spelling/spellchecker.h"
#include "spelling/spellingwords.h"

#include <QAction>
#include <QMenu>
#include <QPointer>

namespace lectern {

void SpellingMenu::addActions(QMenu *menu, SpellChecker &checker, const QString &language,
                              const QString &word, std::function<void(const QString &)> replace,
                              std::function<void(const QString &)> reportError)
{
    QAction *first = menu->actions().value(0);
    auto *waiting = new QAction(tr("Looking for suggestions…"), menu);
    waiting->setObjectName(QStringLiteral("spellingSuggestionsWaiting"));
    waiting->setEnabled(false);
    menu->insertAction(first, waiting);

    auto *add = new QAction(tr("&Add “%1” to Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("addToDictionary"));
    QObject::connect(add, &QAction::triggered, menu, [&checker, word, reportError] {
        if (Status status = checker.addToDictionary(word); !status && reportError)
            reportError(status.error());
    });
    auto *ignore = new QAction(tr("&Ignore “%1”").arg(word), menu);
    ignore->setObjectName(QStringLiteral("ignoreWord"));
    ignore->setToolTip(tr("Not marked again anywhere until Lectern closes"));
    QObject::connect(ignore, &QAction::triggered, menu, [&checker, word] { checker.ignore(word); });
    menu->insertAction(first, add);
    menu->insertAction(first, ignore);
    if (first)
        menu->insertSeparator(first);

    const QString key = spellingKey(word);
    const QPointer<QAction> placeholder = waiting;
    QObject::connect(&checker, &SpellChecker::suggestionsReady, menu,
                     [menu, placeholder, language, key, replace](const QString &forLanguage,
                                                                 const QString &forWord,
                                                                 const QStringList &suggestions) {
                         if (!placeholder || forLanguage != language || forWord != key)
                             return;
                         if (suggestions.isEmpty()) {
                             placeholder->setText(SpellingMenu::tr("No suggestions"));
                             return;
                         }
                         for (const QString &suggestion : suggestions) {
                             auto *action = new QAction(suggestion, menu);
                             action->setObjectName(QStringLiteral("spellingSuggestion"));
                             QFont font = action->font();
                             font.setBold(true);
                             action->setFont(font);
                             QObject::connect(action, &QAction::triggered, menu,
                                              [replace, suggestion] { replace(suggestion); });
                             menu->insertAction(placeholder, action);
                         }
                         menu->removeAction(placeholder);
                         placeholder->deleteLater();
                     });
    checker.requestSuggestions(language, word);
}

} // namespace lectern
