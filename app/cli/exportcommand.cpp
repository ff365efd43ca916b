// export: articles to PDF, HTML, ODT, Markdown or text files.
#include "command.h"
#include "commandline.h"

#include "exportcontent.h"
#include "exportjob.h"
#include "exportoptions.h"
#include "relatedreading.h"

#include <QDir>
#include <QFileInfo>

namespace lectern::cli {

namespace {

struct Selection
{
    QStringList uuids;
    QString title;
};

// Which articles: exactly one of --article (repeatable), --category, --all,
// --recommended.
Result<Selection> selection(const CommandContext &context, const LibraryStore &store, int &usage)
{
    const QCommandLineParser &parser = context.parser;
    const QStringList articles = parser.values(QStringLiteral("article"));
    const bool byCategory = parser.isSet(QStringLiteral("category"));
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool recommended = parser.isSet(QStringLiteral("recommended"));
    const int chosen = int(!articles.isEmpty()) + int(byCategory) + int(all) + int(recommended);
    if (chosen != 1) {
        usage = ExitUsage;
        return Error{CommandLine::tr("export needs exactly one of --article UUID, --category NAME, "
                                     "--all or --recommended.")};
    }
    if (!articles.isEmpty())
        return Selection{articles, {}};
    if (byCategory) {
        const QString name = parser.value(QStringLiteral("category"));
        Result<QStringList> uuids = ExportContentLoader::category(store, name);
        if (!uuids)
            return uuids.failure();
        return Selection{uuids.value(), name};
    }
    if (recommended) {
        Result<QStringList> uuids = ExportContentLoader::recommendedReading(store);
        if (!uuids)
            return uuids.failure();
        return Selection{uuids.value(), CommandLine::tr("Recommended reading")};
    }
    Result<QStringList> uuids = ExportContentLoader::allArticles(store);
    if (!uuids)
        return uuids.failure();
    if (uuids->isEmpty())
        return Error{CommandLine::tr("The library has no articles to export.")};
    return Selection{uuids.value(), CommandLine::tr("All articles")};
}

} // namespace

int runExport(const CommandContext &context)
{
    const QCommandLineParser &parser = context.parser;
    if (!context.arguments.isEmpty())
        return usageError(
            CommandLine::tr("export takes no arguments; name articles with --article."));
    const std::optional<ExportFormat> format =
        exportFormatFromKey(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(CommandLine::tr("export: --format must be pdf, html, odt, md or txt."));
    const QString destination = parser.value(QStringLiteral("out"));
    if (destination.isEmpty())
        return usageError(CommandLine::tr(
            "export needs --out PATH (a file, or a folder for one file per article)."));

    ExportOptions options;
    options.format = *format;
    options.oneFile = parser.isSet(QStringLiteral("one-file"));
    options.overwrite = parser.isSet(QStringLiteral("force"));
    options.pdf.pdfA = parser.isSet(QStringLiteral("pdfa"));
    options.pdf.relatedReading = parser.isSet(QStringLiteral("related-reading"));
    if (parser.isSet(QStringLiteral("page-size"))) {
        const std::optional<QPageSize> size =
            pageSizeFromName(parser.value(QStringLiteral("page-size")));
        if (!size)
            return usageError(
                CommandLine::tr("export: “%1” is not a page size (try A4, A5 or Letter).")
                    .arg(parser.value(QStringLiteral("page-size"))));
        options.pdf.pageSize = *size;
    }
    if (options.pdf.pdfA && options.format != ExportFormat::Pdf)
        return usageError(CommandLine::tr("export: --pdfa needs --format pdf."));

    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    int usage = 0;
    const Result<Selection> chosen = selection(context, *store.value(), usage);
    if (!chosen)
        return usage == ExitUsage ? usageError(chosen.error()) : fail(chosen.error());
    Result<ExportContent> content =
        ExportContentLoader::load(*store.value(), chosen->uuids, chosen->title);
    if (!content)
        return fail(content.error());
    if (options.pdf.relatedReading) {
        if (Status status = RelatedReading::add(*store.value(), content.value()); !status)
            return fail(status.error());
    }

    ExportJob job(std::move(content).value(), options, destination);
    const QString suffix = QLatin1Char('.') + exportFileSuffix(options.format);
    if (!job.writesOneFile() && destination.endsWith(suffix, Qt::CaseInsensitive) &&
        !QFileInfo(destination).isDir()) {
        // A folder named "all.pdf" is never what was meant.
        return usageError(CommandLine::tr("export: several articles make one file each, so --out "
                                          "must be a folder; add --one-file for a single “%1”.")
                              .arg(QFileInfo(destination).fileName()));
    }
    if (!options.overwrite) {
        const QStringList existing = job.existingTargets();
        if (!existing.isEmpty()) {
            return fail(CommandLine::tr("“%1” already exists; nothing was written. "
                                        "Use --force to replace it.")
                            .arg(QDir::toNativeSeparators(existing.first())));
        }
    }
    const Result<QStringList> written = job.run();
    if (!written)
        return fail(written.error());
    if (context.json) {
        QJsonArray files;
        for (const QString &path : job.targetFiles())
            files.append(QFileInfo(path).absoluteFilePath());
        printJsonObject(QJsonObject{{QStringLiteral("format"), exportFileSuffix(options.format)},
                                    {QStringLiteral("articles"), int(chosen->uuids.size())},
                                    {QStringLiteral("files"), files}});
        return ExitOk;
    }
    for (const QString &path : job.targetFiles())
        out() << QDir::toNativeSeparators(path) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace lectern::cli
