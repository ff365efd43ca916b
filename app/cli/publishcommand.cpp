// publish: the library as a static web site.
#include "command.h"
#include "commandline.h"

#include "sitepublisher.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::cli {

int runPublish(const CommandContext &context)
{
    const QCommandLineParser &parser = context.parser;
    if (!context.arguments.isEmpty())
        return usageError(
            CommandLine::tr("publish takes no arguments; name the folder with --out."));
    PublishOptions options;
    options.outFolder = parser.value(QStringLiteral("out"));
    if (options.outFolder.isEmpty())
        return usageError(
            CommandLine::tr("publish needs --out FOLDER, where the site is written."));
    options.baseUrl = parser.value(QStringLiteral("base-url"));
    if (!options.baseUrl.isEmpty()) {
        const QUrl base(options.baseUrl, QUrl::StrictMode);
        if (!base.isValid() ||
            (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")) ||
            base.host().isEmpty())
            return usageError(CommandLine::tr("publish: --base-url must be the site's address, "
                                              "such as https://example.org/news/."));
    }
    options.themeFolder = parser.value(QStringLiteral("theme"));
    options.force = parser.isSet(QStringLiteral("force"));

    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    SitePublisher publisher(*store.value(), options);
    const Result<PublishReport> report = publisher.publish();
    if (!report)
        return fail(report.error());
    if (context.json) {
        out() << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("folder"), QDir(options.outFolder).absolutePath()},
                    {QStringLiteral("home"), report->homePage},
                    {QStringLiteral("articles"), report->articles},
                    {QStringLiteral("universities"), report->universities},
                    {QStringLiteral("pages"), report->pages},
                    {QStringLiteral("pictures"), report->pictures},
                    {QStringLiteral("languages"), QJsonArray::fromStringList(report->languages)},
                    {QStringLiteral("written"), report->files.written},
                    {QStringLiteral("unchanged"), report->files.unchanged},
                    {QStringLiteral("deleted"), report->files.deleted},
                    {QStringLiteral("searchFiles"), report->searchFiles},
                    {QStringLiteral("searchBytes"), report->searchBytes}})
                .toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }
    out() << CommandLine::tr("Published %1 articles and %2 universities in %3 languages (%4): "
                             "%5 pages.")
                 .arg(report->articles)
                 .arg(report->universities)
                 .arg(report->languages.size())
                 .arg(report->languages.join(QStringLiteral(", ")))
                 .arg(report->pages)
          << '\n'
          << CommandLine::tr("Files: %1 written, %2 unchanged, %3 deleted.")
                 .arg(report->files.written)
                 .arg(report->files.unchanged)
                 .arg(report->files.deleted)
          << '\n'
          << QDir::toNativeSeparators(report->homePage) << '\n';
    if (options.baseUrl.isEmpty())
        out() << CommandLine::tr("No --base-url: canonical links, feeds and the sitemap use "
                                 "addresses relative to the site.")
              << '\n';
    out().flush();
    return ExitOk;
}

} // namespace lectern::cli
