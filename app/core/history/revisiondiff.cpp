#include "history/revisiondiff.h"
#include "semanticcolours.h"

#include "history/formattingdiff.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>

namespace lectern {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString imageText(const QString &sha256)
{
    return sha256.isEmpty() ? QString() : RevisionDiff::tr("Image %1").arg(sha256.left(8));
}

QString universityNames(const QStringList &uuids, const LibraryStore *store)
{
    QStringList names;
    for (const QString &uuid : uuids) {
        const Result<University> university =
            store ? store->university(uuid) : Result<University>(Error{});
        names.append(university ? university->name : uuid);
    }
    return names.join(QStringLiteral(", "));
}

void compare(QList<FieldChange> &changes, const char *key, const QString &label,
             const QString &before, const QString &after, bool prose = false)
{
    if (before != after)
        changes.append({QString::fromLatin1(key), label, before, after, prose, {}});
}

// What changed in the markup beyond the words, listed only when something
// did: an imported body written again by the editor differs in its markup
// alone, and is no change.
void compareFormatting(QList<FieldChange> &changes, const QString &before, const QString &after)
{
    const QList<FormattingChange> formatting = formattingChanges(before, after);
    if (formatting.isEmpty())
        return;
    QStringList details;
    for (const FormattingChange &change : formatting)
        details.append(change.where.isEmpty()
                           ? change.what
                           : RevisionDiff::tr("%1: %2").arg(change.where, change.what));
    changes.append(
        {QStringLiteral("formatting"), RevisionDiff::tr("Formatting"), {}, {}, false, details});
}

qint64 snapshotSize(const QJsonObject &json)
{
    // As the store measures a revision: characters of the compact JSON.
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)).size();
}

const FieldChange *findChange(const QList<FieldChange> &changes, const QString &key)
{
    for (const FieldChange &change : changes) {
        if (change.key == key)
            return &change;
    }
    return nullptr;
}

// From the application's palette, so a dark palette gets dark tints.
QString changeStyle(Meaning meaning)
{
    const QPalette palette = QGuiApplication::palette();
    return QStringLiteral("background-color:%1; color:%2; text-decoration:%3;")
        .arg(cssColour(meaningBackground(palette, meaning)),
             cssColour(meaningText(palette, meaning)),
             meaning == Meaning::Added ? QStringLiteral("none") : QStringLiteral("line-through"));
}

QString mutedStyle()
{
    return QStringLiteral("color:%1;").arg(cssColour(mutedText(QGuiApplication::palette())));
}

QString spanHtml(const DiffSpan &span)
{
    QString text = span.text.toHtmlEscaped();
    text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    switch (span.op) {
    case DiffOp::Added:
        return QLatin1String("<span style=\"") + changeStyle(Meaning::Added) +
               QLatin1String("\">") + text + QLatin1String("</span>");
    case DiffOp::Removed:
        return QLatin1String("<span style=\"") + changeStyle(Meaning::Removed) +
               QLatin1String("\">") + text + QLatin1String("</span>");
    case DiffOp::Same:
        break;
    }
    return text;
}

QString blocksHtml(const TextDiff &diff)
{
    QString html;
    for (const DiffBlock &block : diff.blocks) {
        if (block.kind == DiffBlock::Kind::Skipped) {
            html += (QLatin1String("<p style=\"") + mutedStyle() + QLatin1String("\">")) +
                    RevisionDiff::tr("… %n unchanged paragraph(s) …", nullptr, block.skipped)
                        .toHtmlEscaped() +
                    QLatin1String("</p>");
            continue;
        }
        html += QLatin1String("<p>");
        for (const DiffSpan &span : block.spans)
            html += spanHtml(span);
        html += QLatin1String("</p>");
    }
    if (diff.truncated) {
        html += QLatin1String("<p><b>") +
                RevisionDiff::tr("Too many changes to show them all. %L1 words added, %L2 "
                                 "removed in all.")
                    .arg(diff.wordsAdded)
                    .arg(diff.wordsRemoved)
                    .toHtmlEscaped() +
                QLatin1String("</b></p>");
    }
    return html;
}

QString emptyValue()
{
    return (QLatin1String("<span style=\"") + mutedStyle() + QLatin1String("\">")) +
           RevisionDiff::tr("(empty)").toHtmlEscaped() + QLatin1String("</span>");
}

QString fieldHtml(const FieldChange &change)
{
    if (change.prose && !change.before.isEmpty() && !change.after.isEmpty()) {
        DiffLimits limits;
        limits.contextParagraphs = -1;
        QString html;
        for (const DiffBlock &block : diffText(change.before, change.after, limits).blocks) {
            for (const DiffSpan &span : block.spans)
                html += spanHtml(span);
            html += QLatin1String("<br>");
        }
        html.chop(4);
        return html;
    }
    if (!change.details.isEmpty()) {
        QString html = QStringLiteral("<ul style=\"margin-top:0; margin-bottom:0;\">");
        for (const QString &detail : change.details)
            html += QLatin1String("<li>") + detail.toHtmlEscaped() + QLatin1String("</li>");
        return html + QLatin1String("</ul>");
    }
    const QString before =
        change.before.isEmpty() ? emptyValue() : spanHtml({DiffOp::Removed, change.before});
    const QString after =
        change.after.isEmpty() ? emptyValue() : spanHtml({DiffOp::Added, change.after});
    return before + QStringLiteral(" → ") + after;
}

} // namespace

QList<FieldChange> articleChanges(const Article &older, const Article &newer,
                                  const LibraryStore *store)
{
    QList<FieldChange> changes;
    compare(changes, "title", RevisionDiff::tr("Title"), older.title, newer.title, true);
    compare(changes, "summary", RevisionDiff::tr("Summary"), older.summary, newer.summary, true);
    compare(changes, "author", RevisionDiff::tr("Author"), older.author, newer.author);
    compare(changes, "source", RevisionDiff::tr("Source"), older.source, newer.source);
    compare(changes, "category", RevisionDiff::tr("Category"), older.category, newer.category);
    compare(changes, "tags", RevisionDiff::tr("Tags"), older.tags.join(QStringLiteral(", ")),
            newer.tags.join(QStringLiteral(", ")));
    compare(changes, "status", RevisionDiff::tr("Status"), statusLabel(older.status),
            statusLabel(newer.status));
    compare(changes, "language", RevisionDiff::tr("Language"), languageName(older.language),
            languageName(newer.language));
    compare(changes, "published", RevisionDiff::tr("Published"), timeText(older.published),
            timeText(newer.published));
    compare(changes, "translationGroup", RevisionDiff::tr("Translation group"),
            older.translationGroup, newer.translationGroup);
    compare(changes, "featuredImage", RevisionDiff::tr("Featured image"),
            imageText(older.featuredImage), imageText(newer.featuredImage));
    if (older.universityUuids != newer.universityUuids) {
        changes.append({QStringLiteral("universities"),
                        RevisionDiff::tr("Universities"),
                        universityNames(older.universityUuids, store),
                        universityNames(newer.universityUuids, store),
                        false,
                        {}});
    }
    compareFormatting(changes, older.bodyHtml, newer.bodyHtml);
    if (older.bodyText != newer.bodyText) {
        changes.append({QStringLiteral("body"),
                        RevisionDiff::tr("Text"),
                        older.bodyText,
                        newer.bodyText,
                        true,
                        {}});
    }
    return changes;
}

QList<FieldChange> universityChanges(const University &older, const University &newer)
{
    QList<FieldChange> changes;
    compare(changes, "name", RevisionDiff::tr("Name"), older.name, newer.name, true);
    compare(changes, "country", RevisionDiff::tr("Country"), older.country, newer.country);
    compare(changes, "city", RevisionDiff::tr("City"), older.city, newer.city);
    compare(changes, "founded", RevisionDiff::tr("Founded"),
            older.founded > 0 ? QString::number(older.founded) : QString(),
            newer.founded > 0 ? QString::number(newer.founded) : QString());
    compare(changes, "website", RevisionDiff::tr("Website"), older.website, newer.website);
    compare(changes, "logo", RevisionDiff::tr("Logo"), imageText(older.logo),
            imageText(newer.logo));
    compareFormatting(changes, older.profileHtml, newer.profileHtml);
    if (older.profileText != newer.profileText) {
        changes.append({QStringLiteral("body"),
                        RevisionDiff::tr("Profile"),
                        older.profileText,
                        newer.profileText,
                        true,
                        {}});
    }
    return changes;
}

QString ChangeSummary::text() const
{
    if (fields.isEmpty())
        return RevisionDiff::tr("No changes");
    QString result = fields.join(QStringLiteral(", "));
    if (tooMany)
        result += QLatin1Char(' ') + RevisionDiff::tr("(many changes)");
    else if (wordsAdded > 0 || wordsRemoved > 0)
        result += QLatin1Char(' ') +
                  RevisionDiff::tr("(+%1 −%2 words)").arg(wordsAdded).arg(wordsRemoved);
    return result;
}

ChangeSummary summarize(const QList<FieldChange> &changes, const QString &bodyBefore,
                        const QString &bodyAfter)
{
    ChangeSummary summary;
    for (const FieldChange &change : changes) {
        summary.fields.append(change.label);
        summary.keys.append(change.key);
    }
    if (findChange(changes, QStringLiteral("body"))) {
        DiffLimits limits;
        limits.countOnly = true;
        const TextDiff diff = diffText(bodyBefore, bodyAfter, limits);
        summary.wordsAdded = diff.wordsAdded;
        summary.wordsRemoved = diff.wordsRemoved;
        summary.tooMany = diff.truncated;
    }
    return summary;
}

namespace {

// The rows of a history, for articles and universities alike.
template <typename Item, typename LoadRevision, typename Changes, typename Body>
QList<RevisionEntry> historyRows(const Item &current, const QList<RevisionInfo> &revisions,
                                 int summaryLimit, LoadRevision loadRevision, Changes changesOf,
                                 Body bodyOf)
{
    QList<RevisionEntry> rows;
    RevisionEntry first;
    first.time = current.updated;
    first.size = snapshotSize(current.toJson());
    first.summarized = true;
    rows.append(first);
    Item newer = current;
    for (int i = 0; i < revisions.size(); ++i) {
        const RevisionInfo &info = revisions.at(i);
        RevisionEntry row;
        row.revisionId = info.id;
        row.time = info.saved;
        row.size = info.size;
        if (i < summaryLimit) {
            const Result<Item> older = loadRevision(info.id);
            if (older) {
                if (older->updated.isValid())
                    row.time = older->updated;
                row.changes = summarize(changesOf(older.value(), newer), bodyOf(older.value()),
                                        bodyOf(newer));
                row.summarized = true;
                newer = older.value();
            }
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

Result<QList<RevisionEntry>> articleHistory(const LibraryStore &store, const QString &uuid,
                                            int summaryLimit)
{
    const Result<Article> current = store.article(uuid);
    if (!current)
        return current.failure();
    const Result<QList<RevisionInfo>> revisions = store.articleRevisions(uuid);
    if (!revisions)
        return revisions.failure();
    return historyRows(
        current.value(), revisions.value(), summaryLimit,
        [&store](qint64 id) { return store.articleRevision(id); },
        [](const Article &a, const Article &b) { return articleChanges(a, b); },
        [](const Article &a) { return a.bodyText; });
}

Result<QList<RevisionEntry>> universityHistory(const LibraryStore &store, const QString &uuid,
                                               int summaryLimit)
{
    const Result<University> current = store.university(uuid);
    if (!current)
        return current.failure();
    const Result<QList<RevisionInfo>> revisions = store.universityRevisions(uuid);
    if (!revisions)
        return revisions.failure();
    return historyRows(
        current.value(), revisions.value(), summaryLimit,
        [&store](qint64 id) { return store.universityRevision(id); },
        [](const University &a, const University &b) { return universityChanges(a, b); },
        [](const University &u) { return u.profileText; });
}

QString changesHtml(const QList<FieldChange> &changes, const TextDiff &text,
                    const QString &textLabel)
{
    QString html = QLatin1String("<p>") + spanHtml({DiffOp::Removed, RevisionDiff::tr("Removed")}) +
                   QLatin1String(" &nbsp; ") +
                   spanHtml({DiffOp::Added, RevisionDiff::tr("Added in the current version")}) +
                   QLatin1String("</p>");
    QString rows;
    for (const FieldChange &change : changes) {
        if (change.key == QLatin1String("body"))
            continue;
        rows += QLatin1String("<tr><td valign=\"top\" style=\"padding-right:12px;\"><b>") +
                change.label.toHtmlEscaped() + QLatin1String("</b></td><td>") + fieldHtml(change) +
                QLatin1String("</td></tr>");
    }
    if (rows.isEmpty() && text.identical) {
        return html + QLatin1String("<p>") +
               RevisionDiff::tr("This version is the same as the current version.")
                   .toHtmlEscaped() +
               QLatin1String("</p>");
    }
    if (!rows.isEmpty()) {
        html += QLatin1String("<h3>") + RevisionDiff::tr("Details").toHtmlEscaped() +
                QLatin1String("</h3><table cellspacing=\"0\" cellpadding=\"3\">") + rows +
                QLatin1String("</table>");
    }
    html += QLatin1String("<h3>") + textLabel.toHtmlEscaped() + QLatin1String("</h3>");
    if (text.identical) {
        html +=
            QLatin1String("<p>") +
            RevisionDiff::tr("The text is the same as in the current version.").toHtmlEscaped() +
            QLatin1String("</p>");
    } else {
        html += (QLatin1String("<p style=\"") + mutedStyle() + QLatin1String("\">")) +
                RevisionDiff::tr("%L1 words added, %L2 removed.")
                    .arg(text.wordsAdded)
                    .arg(text.wordsRemoved)
                    .toHtmlEscaped() +
                QLatin1String("</p>") + blocksHtml(text);
    }
    return html;
}

QString articleDiffHtml(const Article &revision, const Article &current, const LibraryStore *store,
                        const DiffLimits &limits)
{
    return changesHtml(articleChanges(revision, current, store),
                       diffText(revision.bodyText, current.bodyText, limits),
                       RevisionDiff::tr("Text"));
}

QString universityDiffHtml(const University &revision, const University &current,
                           const DiffLimits &limits)
{
    return changesHtml(universityChanges(revision, current),
                       diffText(revision.profileText, current.profileText, limits),
                       RevisionDiff::tr("Profile"));
}

} // namespace lectern
