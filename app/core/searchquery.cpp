#include "searchquery.h"
#include "article.h"
#include "searchtokenizer.h"

#include <algorithm>

namespace lectern {

namespace {

// The columns a plain word is looked for in; lang and status are filters only.
const QString textColumns = QStringLiteral("{title summary body tags author category}");

struct Piece
{
    QString key; // filter name, lower case; empty for a term
    QString value;
    bool negated = false;
    bool quoted = false;
    bool prefix = false; // ends with * (stud*, "higher edu"*)
};

QList<Piece> split(const QString &text)
{
    QList<Piece> pieces;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto readValue = [&](Piece &piece) {
        QString value;
        if (i < n && text[i] == QLatin1Char('"')) {
            piece.quoted = true;
            ++i;
            while (i < n && text[i] != QLatin1Char('"'))
                value.append(text[i++]);
            ++i; // closing quote (or past the end when it is missing)
            if (i < n && text[i] == QLatin1Char('*')) {
                piece.prefix = true;
                ++i;
            }
        } else {
            while (i < n && !text[i].isSpace())
                value.append(text[i++]);
            if (value.endsWith(QLatin1Char('*'))) {
                piece.prefix = true;
                while (value.endsWith(QLatin1Char('*')))
                    value.chop(1);
            }
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
        piece.value = readValue(piece).trimmed();
        if (!piece.value.isEmpty())
            pieces.append(piece);
    }
    return pieces;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool isIdeographic(QChar c)
{
    return c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana ||
           c.script() == QChar::Script_Katakana;
}

// Chinese is indexed as character pairs, and a word already matches inside
// longer ones: 西安* is the same search as 西安.
TermForm formOf(const Piece &piece)
{
    if (piece.prefix) {
        const QString letters = piece.value.trimmed();
        if (!letters.isEmpty() && !isIdeographic(letters.back()))
            return TermForm::Prefix;
    }
    return piece.quoted ? TermForm::Exact : TermForm::Inflected;
}

void addOnce(QList<SearchTerm> &terms, SearchTerm term)
{
    if (!terms.contains(term))
        terms.append(std::move(term));
}

// A term's phrase with the column filter it is looked for in; empty when the
// term has no words (only punctuation).
QString termExpression(const QString &columns, const SearchTerm &term)
{
    const QueryPositions positions = queryTokens(term.text, term.form);
    if (positions.isEmpty())
        return {};
    return columns + QLatin1String(" : ") + fts5Phrase(positions) +
           (term.form == TermForm::Prefix ? QLatin1String(" *") : QLatin1String());
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    query.m_characters = int(input.size());
    // Control characters never belong to a search, and the expression's own
    // encoding (fts5Phrase) uses one.
    QString text = input;
    for (QChar &c : text) {
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    }
    for (const Piece &piece : split(text)) {
        if (piece.key.isEmpty()) {
            addOnce(piece.negated ? query.excluded : query.terms,
                    SearchTerm{piece.value, formOf(piece)});
        } else if (piece.key == QLatin1String("lang")) {
            query.language = piece.value.toLower();
        } else if (piece.key == QLatin1String("status")) {
            query.status = piece.value.toLower();
        } else if (piece.key == QLatin1String("tag")) {
            if (!query.tags.contains(piece.value))
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
    QList<SearchTerm> all = terms + excluded;
    for (const QString &value : tags)
        all.append(SearchTerm{value, TermForm::Exact});
    for (const QString &value : {author, category}) {
        if (!value.isEmpty())
            all.append(SearchTerm{value, TermForm::Exact});
    }
    if (all.size() > maxTerms) {
        return Error{tr("The search has %1 different words and phrases; Lectern searches at most "
                        "%2 at once. Remove some of them.")
                         .arg(all.size())
                         .arg(maxTerms)};
    }
    const qsizetype prefixes = std::count_if(all.cbegin(), all.cend(), [](const SearchTerm &term) {
        return term.form == TermForm::Prefix;
    });
    if (prefixes > maxPrefixes) {
        return Error{tr("The search has %1 word beginnings (such as stud*); Lectern searches at "
                        "most %2 at once. Write some of the words out.")
                         .arg(prefixes)
                         .arg(maxPrefixes)};
    }
    qsizetype words = 0;
    for (const SearchTerm &term : std::as_const(all)) {
        const QueryPositions positions = queryTokens(term.text, TermForm::Exact);
        words += positions.size();
        if (term.form == TermForm::Prefix && !positions.isEmpty() &&
            QString::fromUtf8(positions.back().first()).size() < shortestPrefix) {
            return Error{tr("“%1*” is too short to search for the words it begins: give at least "
                            "%2 letters before the *.")
                             .arg(term.text)
                             .arg(shortestPrefix)};
        }
    }
    if (words > maxWords) {
        return Error{tr("The search has %1 words in all; Lectern searches at most %2 at once. "
                        "Shorten its phrases or remove some words.")
                         .arg(words)
                         .arg(maxWords)};
    }
    if (m_characters > maxCharacters) {
        return Error{tr("The search is %1 characters long; Lectern searches at most %2 at once. "
                        "Shorten it to its most telling words.")
                         .arg(m_characters)
                         .arg(maxCharacters)};
    }

    QStringList required;
    const QString termColumns = scope == TitleFirst ? QStringLiteral("{title}") : textColumns;
    for (const SearchTerm &term : terms) {
        if (const QString expression = termExpression(termColumns, term); !expression.isEmpty())
            required.append(expression);
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
    const auto exact = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        if (const QString expression = termExpression(column, SearchTerm{value, TermForm::Exact});
            !expression.isEmpty())
            required.append(expression);
    };
    for (const QString &tag : tags)
        exact(QStringLiteral("tags"), tag);
    exact(QStringLiteral("author"), author);
    exact(QStringLiteral("category"), category);

    QStringList negatives;
    for (const SearchTerm &term : excluded) {
        if (const QString expression = termExpression(textColumns, term); !expression.isEmpty())
            negatives.append(expression);
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
