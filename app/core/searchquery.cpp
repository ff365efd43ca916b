#include "searchquery.h"
#include "article.h"
#include "searchtokenizer.h"

namespace lectern {

namespace {

// The columns a plain word is looked for in; lang and status are filters only.
const QString textColumns = QStringLiteral("{title summary body tags author category}");

struct Piece
{
    QString key; // filter name, lower case; empty for a term
    QString value;
    bool negated = false;
};

QList<Piece> split(const QString &text)
{
    QList<Piece> pieces;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto readValue = [&]() {
        QString value;
        if (i < n && text[i] == QLatin1Char('"')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('"'))
                value.append(text[i++]);
            ++i; // closing quote (or past the end when it is missing)
        } else {
            while (i < n && !text[i].isSpace())
                value.append(text[i++]);
        }
        return value;
    };
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Piece piece;
        if (text[i] == QLatin1Char('-') && i + 1 < n && !text[i + 1].isSpace()) {
            piece.negated = true;
            ++i;
        }
        if (text[i] != QLatin1Char('"')) {
            const qsizetype colon = text.indexOf(QLatin1Char(':'), i);
            qsizetype space = i;
            while (space < n && !text[space].isSpace())
                ++space;
            if (colon > i && colon < space - 1) {
                const QString key = text.mid(i, colon - i).toLower();
                static const QStringList filters{QStringLiteral("lang"), QStringLiteral("status"),
                                                 QStringLiteral("tag"), QStringLiteral("author"),
                                                 QStringLiteral("category")};
                if (filters.contains(key)) {
                    piece.key = key;
                    i = colon + 1;
                }
            }
        }
        piece.value = readValue().trimmed();
        if (!piece.value.isEmpty())
            pieces.append(piece);
    }
    return pieces;
}

bool hasTokens(const QString &text)
{
    return !searchTokens(text.toUtf8(), TokenizeMode::Query).isEmpty();
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    for (const Piece &piece : split(text)) {
        if (piece.key.isEmpty()) {
            (piece.negated ? query.excluded : query.terms).append(piece.value);
        } else if (piece.key == QLatin1String("lang")) {
            query.language = piece.value.toLower();
        } else if (piece.key == QLatin1String("status")) {
            query.status = piece.value.toLower();
        } else if (piece.key == QLatin1String("tag")) {
            query.tags.append(piece.value);
        } else if (piece.key == QLatin1String("author")) {
            query.author = piece.value;
        } else if (piece.key == QLatin1String("category")) {
            query.category = piece.value;
        }
    }
    return query;
}

bool SearchQuery::isEmpty() const
{
    return terms.isEmpty() && excluded.isEmpty() && language.isEmpty() && status.isEmpty() &&
           tags.isEmpty() && author.isEmpty() && category.isEmpty();
}

Result<QString> SearchQuery::matchExpression(Scope scope) const
{
    QStringList required;
    const QString termColumns = scope == TitleFirst ? QStringLiteral("{title}") : textColumns;
    for (const QString &term : terms) {
        if (hasTokens(term))
            required.append(termColumns + QLatin1String(" : ") + quoted(term));
    }
    if (scope == TitleFirst && required.isEmpty())
        return QString();
    if (!language.isEmpty())
        required.append(QLatin1String("lang : ") + quoted(language));
    if (!status.isEmpty()) {
        const std::optional<ArticleStatus> known = statusFromKey(status);
        if (!known) {
            return Error{
                tr("“%1” is not a status; use draft, review, published or archived.").arg(status)};
        }
        required.append(QLatin1String("status : ") + quoted(statusKey(*known)));
    }
    for (const QString &tag : tags) {
        if (hasTokens(tag))
            required.append(QLatin1String("tags : ") + quoted(tag));
    }
    if (hasTokens(author))
        required.append(QLatin1String("author : ") + quoted(author));
    if (hasTokens(category))
        required.append(QLatin1String("category : ") + quoted(category));

    QStringList negatives;
    for (const QString &term : excluded) {
        if (hasTokens(term))
            negatives.append(textColumns + QLatin1String(" : ") + quoted(term));
    }
    if (required.isEmpty()) {
        if (negatives.isEmpty())
            return QString();
        // FTS5 has no bare NOT: every live article has one of the statuses.
        required.append(QStringLiteral("status : (draft OR review OR published OR archived)"));
    }
    QString expression =
        QLatin1Char('(') + required.join(QLatin1String(" AND ")) + QLatin1Char(')');
    for (const QString &negative : negatives)
        expression += QLatin1String(" NOT (") + negative + QLatin1Char(')');
    return expression;
}

} // namespace lectern
