#pragma once

// What changed in a body's formatting between two versions, beyond its
// words: paragraphs that became headings, quotes or list items, emphasis and
// links put on or taken off words, tables, pictures and rules, each with the
// place it happened ("in “The delegation visited…”").
#include <QList>
#include <QString>

namespace lectern {

struct FormattingChange
{
    QString where; // translated: the paragraph's opening words, or "table 2"
    QString what;  // translated: "bold added to “union”"

    bool operator==(const FormattingChange &) const = default;
};

// Article HTML as the editor writes it (and as imports store it) is read
// with a small scanner, not a text document: a history of many versions of
// a long article is compared in milliseconds. Two bodies whose markup
// differs but means the same (attribute order, an imported <strong> against
// the editor's <b>) have no changes.
QList<FormattingChange> formattingChanges(const QString &olderHtml, const QString &newerHtml);

} // namespace lectern
