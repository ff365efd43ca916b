#include "server/servermatch.h"

#include "article.h"

namespace lectern {

namespace {

constexpr SearchColumns textColumns =
    TitleColumn | SummaryColumn | BodyColumn | TagsColumn | AuthorColumn | CategoryColumn;

// The weights of one vector's columns among `columns`; "ABCD" is all of them.
QString weightsOf(SearchColumns columns, bool byline)
{
    QString weights;
    const char letters[] = {'A', 'B', 'C', 'D'};
    for (char letter : letters) {
        if (columns & searchColumnOf(byline, letter))
            weights.append(QLatin1Char(letter));
    }
    return weights;
}

// The phrase as a tsquery of one vector: its positions one after another
// (<->), the alternatives at each or'd, each lexeme kept to the weights.
QString tsquery(const ServerPhrase &phrase, const QString &weights)
{
    const QString labels = weights == QLatin1String("ABCD") ? QString() : weights;
    QStringList steps;
    for (qsizetype i = 0; i < phrase.positions.size(); ++i) {
        const bool prefix = phrase.prefix && i == phrase.positions.size() - 1;
        QStringList alternatives;
        for (const QByteArray &token : phrase.positions[i]) {
            QString lexeme = quotedLexeme(QString::fromUtf8(token));
            if (prefix || !labels.isEmpty())
                lexeme +=
                    QLatin1Char(':') + (prefix ? QLatin1String("*") : QLatin1String()) + labels;
            alternatives.append(lexeme);
        }
        steps.append(alternatives.size() == 1
                         ? alternatives.first()
                         : QLatin1Char('(') + alternatives.join(QLatin1String(" | ")) +
                               QLatin1Char(')'));
    }
    return steps.join(QLatin1String(" <-> "));
}

} // namespace

SearchColumn searchColumnOf(bool byline, char weight)
{
    static const SearchColumn document[] = {TitleColumn, SummaryColumn, TagsColumn, BodyColumn};
    static const SearchColumn bylineColumns[] = {AuthorColumn, CategoryColumn, LanguageColumn,
                                                 StatusColumn};
    const int index = qBound(0, weight - 'A', 3);
    return byline ? bylineColumns[index] : document[index];
}

QString quotedLexeme(const QString &lexeme)
{
    QString text = lexeme;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString phraseCondition(const ServerPhrase &phrase, QVariantList &values)
{
    QStringList either;
    for (const bool byline : {false, true}) {
        const QString weights = weightsOf(phrase.columns, byline);
        if (weights.isEmpty())
            continue;
        either.append(byline ? QStringLiteral("s.byline @@ CAST(? AS tsquery)")
                             : QStringLiteral("s.document @@ CAST(? AS tsquery)"));
        values.append(tsquery(phrase, weights));
    }
    return either.size() == 1
               ? either.first()
               : QLatin1Char('(') + either.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

Result<ServerMatch> serverMatch(const SearchQuery &query, SearchQuery::Scope scope)
{
    // The same bounds and errors as a library file's search.
    const Result<QString> expression = query.matchExpression(scope);
    if (!expression)
        return expression.failure();
    ServerMatch match;
    if (expression->isEmpty())
        return match;

    QStringList required;
    const auto add = [&](const SearchTerm &term, SearchColumns columns, QStringList *into) {
        ServerPhrase phrase{queryTokens(term.text, term.form), term.form == TermForm::Prefix,
                            columns};
        if (phrase.positions.isEmpty())
            return;
        if (into)
            into->append(phraseCondition(phrase, match.values));
        match.phrases.append(phrase);
    };
    const SearchColumns termColumns =
        scope == SearchQuery::TitleFirst ? SearchColumns(TitleColumn) : textColumns;
    for (const SearchTerm &term : query.terms)
        add(term, termColumns, &required);
    if (!query.language.isEmpty())
        add(SearchTerm{query.language, TermForm::Exact}, LanguageColumn, &required);
    if (!query.status.isEmpty()) {
        // matchExpression() refused an unknown status.
        add(SearchTerm{statusKey(statusFromKey(query.status).value_or(ArticleStatus::Draft)),
                       TermForm::Exact},
            StatusColumn, &required);
    }
    for (const QString &tag : query.tags)
        add(SearchTerm{tag, TermForm::Exact}, TagsColumn, &required);
    if (!query.author.isEmpty())
        add(SearchTerm{query.author, TermForm::Exact}, AuthorColumn, &required);
    if (!query.category.isEmpty())
        add(SearchTerm{query.category, TermForm::Exact}, CategoryColumn, &required);
    QStringList negatives;
    for (const SearchTerm &term : query.excluded)
        add(term, textColumns, &negatives);
    // Only exclusions: every indexed article, less those.
    QString condition =
        required.isEmpty() ? QStringLiteral("true") : required.join(QLatin1String(" AND "));
    for (const QString &negative : std::as_const(negatives))
        condition += QLatin1String(" AND NOT ") + negative;
    match.condition = condition;
    return match;
}

} // namespace lectern
