// recovery: the unsaved work the editor kept in the library's recovery area.
#include "command.h"
#include "commandline.h"
#include "editing/articleedit.h"
#include "storeutil.h"

#include <QJsonObject>

namespace lectern::cli {

int runRecovery(const CommandContext &context)
{
    if (!context.arguments.isEmpty())
        return usageError(CommandLine::tr("recovery takes no arguments."));
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    const Result<QList<RecoveryEntry>> entries = store.value()->recoveryEntries();
    if (!entries)
        return fail(entries.error());
    QJsonArray array;
    for (const RecoveryEntry &entry : entries.value()) {
        // A university's profile is its text; an article's, its body.
        const QString title =
            entry.snapshot
                .value(entry.kind == recoveryKindUniversity ? QStringLiteral("name")
                                                            : QStringLiteral("title"))
                .toString();
        const QString html =
            entry.snapshot
                .value(entry.kind == recoveryKindUniversity ? QStringLiteral("profileHtml")
                                                            : QStringLiteral("bodyHtml"))
                .toString();
        const bool saved = entry.kind == recoveryKindUniversity
                               ? store.value()->university(entry.uuid).ok()
                               : store.value()->article(entry.uuid).ok();
        if (context.json) {
            array.append(QJsonObject{{QStringLiteral("kind"), entry.kind},
                                     {QStringLiteral("uuid"), entry.uuid},
                                     {QStringLiteral("saved"), timeText(entry.saved)},
                                     {QStringLiteral("title"), title},
                                     {QStringLiteral("new"), !saved},
                                     {QStringLiteral("text"), htmlToPlainText(html)}});
        } else {
            out() << timeText(entry.saved) << '\t' << entry.kind << '\t' << entry.uuid << '\t'
                  << (saved ? QString() : CommandLine::tr("(never saved) ")) << title << '\n';
        }
    }
    if (context.json)
        printJson(array);
    else if (entries->isEmpty())
        out() << CommandLine::tr("No unsaved changes are waiting in the recovery area.") << '\n';
    out().flush();
    return ExitOk;
}

} // namespace lectern::cli
