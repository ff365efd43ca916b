// import, exchange-export and merge.
#include "command.h"
#include "commandline.h"

#include "exchange/libraryexchange.h"
#include "exchange/merge.h"
#include "import/importjob.h"

#include <QDir>
#include <QJsonObject>

namespace lectern::cli {

namespace {

QString outcomeKey(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return QStringLiteral("imported");
    case ImportOutcome::Updated:
        return QStringLiteral("updated");
    case ImportOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case ImportOutcome::Skipped:
        return QStringLiteral("skipped");
    case ImportOutcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString choiceKey(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::KeepMine:
        return QStringLiteral("kept-mine");
    case ConflictChoice::TakeTheirs:
        return QStringLiteral("took-theirs");
    case ConflictChoice::KeepBoth:
        return QStringLiteral("kept-both");
    case ConflictChoice::Unresolved:
        break;
    }
    return QStringLiteral("unresolved");
}

QDateTime parseSince(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay(Qt::UTC);
    }
    return time;
}

} // namespace

int runImport(const CommandContext &context)
{
    if (context.arguments.isEmpty())
        return usageError(CommandLine::tr("import needs at least one file or folder."));
    ImportOptions options;
    const QString format = context.parser.value(QStringLiteral("format")).toLower();
    if (format == QLatin1String("html") || format == QLatin1String("htm"))
        options.format = ImportFormat::Html;
    else if (format == QLatin1String("md") || format == QLatin1String("markdown"))
        options.format = ImportFormat::Markdown;
    else if (format == QLatin1String("txt") || format == QLatin1String("text"))
        options.format = ImportFormat::Text;
    else if (!format.isEmpty())
        return usageError(
            CommandLine::tr("import reads --format html, md or txt, not “%1”.").arg(format));
    const bool update = context.parser.isSet(QStringLiteral("update"));
    if (update && context.parser.isSet(QStringLiteral("skip-existing")))
        return usageError(CommandLine::tr("Choose either --update or --skip-existing."));
    options.duplicates = update ? DuplicatePolicy::Update : DuplicatePolicy::Skip;

    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context, Access::Write);
    if (!store)
        return fail(store.error());
    ImportJob job(*store.value(), options);
    QTextStream err(stderr);
    job.setProgress([&](int done, int total, const QString &path) {
        if (!context.json && total > 1 && !path.isEmpty())
            err << QStringLiteral("[%1/%2] %3")
                       .arg(done + 1)
                       .arg(total)
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        return true;
    });
    const ImportSummary summary = job.run(context.arguments);

    const int failed = summary.count(ImportOutcome::Failed);
    if (context.json) {
        QJsonArray items;
        for (const ImportItem &item : summary.items) {
            items.append(
                QJsonObject{{QStringLiteral("path"), item.path},
                            {QStringLiteral("outcome"), outcomeKey(item.outcome)},
                            {QStringLiteral("uuid"), item.uuid},
                            {QStringLiteral("title"), item.title},
                            {QStringLiteral("reason"), item.reason},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(item.notes)},
                            {QStringLiteral("encoding"), item.encoding},
                            {QStringLiteral("declaredEncoding"), item.declaredEncoding},
                            {QStringLiteral("remoteImages"), item.remoteImages},
                            {QStringLiteral("invalidBytes"), item.replacements}});
        }
        printJsonObject(
            QJsonObject{{QStringLiteral("imported"), summary.count(ImportOutcome::Imported)},
                        {QStringLiteral("updated"), summary.count(ImportOutcome::Updated)},
                        {QStringLiteral("unchanged"), summary.count(ImportOutcome::Unchanged)},
                        {QStringLiteral("skipped"), summary.count(ImportOutcome::Skipped)},
                        {QStringLiteral("failed"), failed},
                        {QStringLiteral("remoteImagesNotDownloaded"), summary.remoteImages()},
                        {QStringLiteral("items"), items}});
        return failed > 0 ? ExitFailure : ExitOk;
    }
    for (const ImportItem &item : summary.items) {
        // A file that could not be imported is an error: standard error.
        QTextStream &stream = item.outcome == ImportOutcome::Failed ? err : out();
        stream << outcomeKey(item.outcome) << '\t' << item.uuid << '\t'
               << QDir::toNativeSeparators(item.path) << '\t'
               << (item.outcome == ImportOutcome::Failed || item.outcome == ImportOutcome::Skipped
                       ? item.reason
                       : item.title)
               << '\n';
        for (const QString &note : item.notes)
            stream << "\t\t" << note << '\n';
    }
    err.flush();
    out() << CommandLine::tr("Imported %1, updated %2, unchanged %3, skipped %4, failed %5.")
                 .arg(summary.count(ImportOutcome::Imported))
                 .arg(summary.count(ImportOutcome::Updated))
                 .arg(summary.count(ImportOutcome::Unchanged))
                 .arg(summary.count(ImportOutcome::Skipped))
                 .arg(failed)
          << '\n';
    if (summary.remoteImages() > 0) {
        out() << CommandLine::tr("%n remote image(s) were not downloaded; they are kept as links.",
                                 nullptr, summary.remoteImages())
              << '\n';
    }
    out().flush();
    return failed > 0 ? ExitFailure : ExitOk;
}

int runExchangeExport(const CommandContext &context)
{
    if (!context.arguments.isEmpty())
        return usageError(CommandLine::tr("exchange-export takes no arguments; use --out FILE."));
    const QString file = context.parser.value(QStringLiteral("out"));
    if (file.isEmpty())
        return usageError(CommandLine::tr("exchange-export needs --out FILE."));
    ExportSelection selection;
    selection.articleUuids = context.parser.values(QStringLiteral("article"));
    selection.all = context.parser.isSet(QStringLiteral("all"));
    const QString since = context.parser.value(QStringLiteral("since"));
    const int chosen =
        int(!selection.articleUuids.isEmpty()) + int(selection.all) + int(!since.isEmpty());
    if (chosen != 1)
        return usageError(CommandLine::tr("Choose one of --article UUID, --all or --since DATE."));
    if (!since.isEmpty()) {
        selection.since = parseSince(since);
        if (!selection.since.isValid())
            return usageError(CommandLine::tr("“%1” is not a date like 2024-05-31.").arg(since));
    }
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    const Result<ExportReport> report = LibraryExchange::exportLibrary(
        *store.value(), file, selection, context.parser.isSet(QStringLiteral("force")));
    if (!report)
        return fail(report.error());
    if (context.json) {
        printJsonObject(QJsonObject{{QStringLiteral("file"), file},
                                    {QStringLiteral("articles"), report->articles},
                                    {QStringLiteral("revisions"), report->revisions},
                                    {QStringLiteral("universities"), report->universities},
                                    {QStringLiteral("media"), report->media}});
        return ExitOk;
    }
    // Each count is its own plural ("1 article", "2 статті", "5 статей").
    out() << CommandLine::tr("Wrote %1 (%2, %3, %4) to %5")
                 .arg(CommandLine::tr("%n article(s)", nullptr, report->articles),
                      CommandLine::tr("%n earlier version(s)", nullptr, report->revisions),
                      CommandLine::tr("%n university(ies)", nullptr, report->universities),
                      CommandLine::tr("%n image(s)", nullptr, report->media),
                      QDir::toNativeSeparators(file))
          << Qt::endl;
    return ExitOk;
}

int runMerge(const CommandContext &context)
{
    if (context.arguments.size() != 1)
        return usageError(CommandLine::tr("merge needs one library file."));
    const bool theirs = context.parser.isSet(QStringLiteral("theirs"));
    const bool mine = context.parser.isSet(QStringLiteral("mine"));
    const bool both = context.parser.isSet(QStringLiteral("both"));
    if (int(theirs) + int(mine) + int(both) > 1)
        return usageError(CommandLine::tr("Choose at most one of --theirs, --mine and --both."));
    const ConflictChoice choice = theirs ? ConflictChoice::TakeTheirs
                                  : mine ? ConflictChoice::KeepMine
                                  : both ? ConflictChoice::KeepBoth
                                         : ConflictChoice::Unresolved;
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context, Access::Write);
    if (!store)
        return fail(store.error());
    const Result<MergeReport> report =
        LibraryMerge::merge(*store.value(), context.arguments.first(), choice);
    if (!report)
        return fail(report.error());

    if (context.json) {
        QJsonArray conflicts;
        for (const MergeConflict &conflict : report->conflicts) {
            const auto side = [](const Article &a, bool trashed) {
                return QJsonObject{{QStringLiteral("title"), a.title},
                                   {QStringLiteral("updated"), timeText(a.updated)},
                                   {QStringLiteral("trashed"), trashed}};
            };
            conflicts.append(QJsonObject{
                {QStringLiteral("uuid"), conflict.uuid},
                {QStringLiteral("mine"), side(conflict.mine, conflict.mineTrashed)},
                {QStringLiteral("theirs"), side(conflict.theirs, conflict.theirsTrashed)},
                {QStringLiteral("resolution"), choiceKey(conflict.resolution)},
                {QStringLiteral("copy"), conflict.copyUuid}});
        }
        printJsonObject(QJsonObject{
            {QStringLiteral("added"), QJsonArray::fromStringList(report->added)},
            {QStringLiteral("taken"), QJsonArray::fromStringList(report->taken)},
            {QStringLiteral("kept"), QJsonArray::fromStringList(report->kept)},
            {QStringLiteral("unchanged"), QJsonArray::fromStringList(report->unchanged)},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("mediaAdded"), report->mediaAdded},
            {QStringLiteral("universitiesAdded"), report->universitiesAdded}});
        return ExitOk;
    }
    for (const QString &uuid : report->added)
        out() << "added\t" << uuid << '\n';
    for (const QString &uuid : report->taken)
        out() << "taken\t" << uuid << '\n';
    for (const QString &uuid : report->kept)
        out() << "kept\t" << uuid << '\n';
    for (const MergeConflict &conflict : report->conflicts)
        out() << "conflict\t" << conflict.uuid << '\t' << choiceKey(conflict.resolution) << '\t'
              << conflict.mine.title << '\n';
    out() << CommandLine::tr("Added %1, taken %2, kept %3, unchanged %4, conflicts %5.")
                 .arg(report->added.size())
                 .arg(report->taken.size())
                 .arg(report->kept.size())
                 .arg(report->unchanged.size())
                 .arg(report->conflicts.size())
          << '\n';
    if (!report->conflicts.isEmpty() && choice == ConflictChoice::Unresolved) {
        out() << CommandLine::tr("Conflicting articles were left as they are here; merge again "
                                 "with --mine, --theirs or --both to resolve them.")
              << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace lectern::cli
