// featured, feature and unfeature: the articles editors pin to the top of Home.
#include "command.h"
#include "commandline.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lectern::cli {

namespace {

int setFeatured(const CommandContext &context, bool featured, const QString &name)
{
    if (context.arguments.isEmpty())
        return usageError(CommandLine::tr("%1 needs the UUID of an article.").arg(name));
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context, Access::Write);
    if (!store)
        return fail(store.error());
    QJsonArray changed;
    for (const QString &uuid : context.arguments) {
        const Result<Article> article = store.value()->article(uuid);
        if (!article)
            return fail(article.error());
        if (Status status = store.value()->setFeatured(uuid, featured); !status)
            return fail(status.error());
        if (context.json) {
            changed.append(QJsonObject{{QStringLiteral("uuid"), uuid},
                                       {QStringLiteral("title"), article->title},
                                       {QStringLiteral("featured"), featured}});
            continue;
        }
        out() << (featured ? CommandLine::tr("Featured on Home: %1")
                           : CommandLine::tr("No longer featured on Home: %1"))
                     .arg(article->title)
              << Qt::endl;
    }
    if (context.json)
        printJson(changed);
    return ExitOk;
}

} // namespace

int runFeatured(const CommandContext &context)
{
    if (!context.arguments.isEmpty())
        return usageError(CommandLine::tr("featured takes no arguments."));
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    const Result<QList<ArticleSummary>> rows = store.value()->featuredArticles();
    if (!rows)
        return fail(rows.error());
    if (context.json) {
        QJsonArray array;
        for (const ArticleSummary &row : rows.value()) {
            array.append(QJsonObject{{QStringLiteral("uuid"), row.uuid},
                                     {QStringLiteral("title"), row.title},
                                     {QStringLiteral("language"), row.language},
                                     {QStringLiteral("status"), statusKey(row.status)}});
        }
        printJson(array);
        return ExitOk;
    }
    for (const ArticleSummary &row : rows.value())
        out() << row.uuid << '\t' << row.language << '\t' << statusKey(row.status) << '\t'
              << row.title << '\n';
    out().flush();
    return ExitOk;
}

int runFeature(const CommandContext &context)
{
    return setFeatured(context, true, QStringLiteral("feature"));
}

int runUnfeature(const CommandContext &context)
{
    return setFeatured(context, false, QStringLiteral("unfeature"));
}

} // namespace lectern::cli
