// related: the articles the relevance engine suggests beside one article.
#include "command.h"
#include "commandline.h"

#include "related/relatedengine.h"

#include <QJsonObject>

namespace lectern::cli {

int runRelated(const CommandContext &context)
{
    if (context.arguments.size() != 1)
        return usageError(CommandLine::tr("related needs one article UUID."));
    bool limitOk = false;
    const int limit = context.parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usageError(CommandLine::tr("--limit needs a whole number of 1 or more."));
    Result<std::unique_ptr<LibraryStore>> store = openLibrary(context);
    if (!store)
        return fail(store.error());
    const Result<RelatedResult> related =
        relatedArticles(*store.value(), context.arguments.first(), limit);
    if (!related)
        return fail(related.error());
    if (context.json) {
        QJsonArray array;
        for (const RelatedSuggestion &suggestion : related->suggestions) {
            array.append(QJsonObject{
                {QStringLiteral("uuid"), suggestion.uuid},
                {QStringLiteral("title"), suggestion.title},
                {QStringLiteral("score"), suggestion.score},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(suggestion.reasons)}});
        }
        printJson(array);
        return ExitOk;
    }
    for (const RelatedSuggestion &suggestion : related->suggestions) {
        out() << suggestion.uuid << '\t' << QString::number(suggestion.score, 'f', 3) << '\t'
              << suggestion.title << '\n'
              << "    " << suggestion.explanation << '\n';
    }
    if (!related->translations.isEmpty())
        out() << related->alsoIn() << '\n';
    out().flush();
    return ExitOk;
}

} // namespace lectern::cli
