// history: the versions of an article or a university, and what each next
// save changed.
#include "command.h"
#include "commandline.h"

#include "history/revisiondiff.h"

#include <QJsonObject>

namespace lectern::cli {

int runHistory(const CommandContext &context)
{
    if (context.arguments.size() != 1)
        return usageError(CommandLine::tr("history needs one article or university UUID."));
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    const QString uuid = context.arguments.first();
    Result<QList<RevisionEntry>> rows = articleHistory(*store.value(), uuid);
    if (!rows) {
        // Not an article: perhaps a university.
        Result<QList<RevisionEntry>> universityRows = universityHistory(*store.value(), uuid);
        if (!universityRows)
            return fail(
                CommandLine::tr("There is no article or university %1 in this library.").arg(uuid));
        rows = std::move(universityRows);
    }
    if (context.json) {
        QJsonArray array;
        for (const RevisionEntry &row : rows.value()) {
            QJsonObject object{{QStringLiteral("current"), row.revisionId == 0},
                               {QStringLiteral("saved"), timeText(row.time)},
                               {QStringLiteral("size"), row.size}};
            object.insert(QStringLiteral("revision"),
                          row.revisionId == 0 ? QJsonValue() : QJsonValue(row.revisionId));
            if (row.revisionId != 0 && row.summarized) {
                object.insert(QStringLiteral("changedNext"),
                              QJsonArray::fromStringList(row.changes.keys));
                object.insert(QStringLiteral("wordsAdded"), row.changes.wordsAdded);
                object.insert(QStringLiteral("wordsRemoved"), row.changes.wordsRemoved);
            }
            array.append(object);
        }
        printJson(array);
        return ExitOk;
    }
    for (const RevisionEntry &row : rows.value()) {
        out() << (row.revisionId == 0 ? CommandLine::tr("current")
                                      : QString::number(row.revisionId))
              << '\t' << timeText(row.time) << '\t' << row.size << '\t';
        if (row.revisionId != 0 && row.summarized)
            out() << row.changes.text();
        out() << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace lectern::cli
