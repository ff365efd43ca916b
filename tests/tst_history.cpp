// Revision history: the diff of texts (words, CJK characters, paragraphs,
// limits) and of metadata, the history list, restoring a revision, and the
// dialog that shows them.
#include "dialoganswer.h"
#include "history/formattingdiff.h"
#include "history/revisiondiff.h"
#include "history/revisionhistorydialog.h"
#include "history/textdiff.h"
#include "semanticcolours.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace lectern;
using namespace lectern::test;

namespace {

QString spansOf(const TextDiff &diff, DiffOp op)
{
    QStringList parts;
    for (const DiffBlock &block : diff.blocks) {
        for (const DiffSpan &span : block.spans) {
            if (span.op == op)
                parts.append(span.text);
        }
    }
    return parts.join(QLatin1Char('|'));
}

int blocksOf(const TextDiff &diff, DiffBlock::Kind kind)
{
    int count = 0;
    for (const DiffBlock &block : diff.blocks)
        count += block.kind == kind ? 1 : 0;
    return count;
}

QString paragraphText(int i)
{
    return QStringLiteral("Paragraph %1 tells of the union's exchange programme, year %2.")
        .arg(i)
        .arg(2000 + i % 25);
}

QString manyParagraphs(int count, const std::function<QString(int)> &paragraph = paragraphText)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines.append(paragraph(i));
    return lines.join(QLatin1Char('\n'));
}

Article savedArticle(LibraryStore &store, const Article &article)
{
    const Result<Article> saved = store.saveArticle(article);
    if (!saved)
        qFatal("cannot save: %s", qPrintable(saved.error()));
    return saved.value();
}

} // namespace

class HistoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tokensAreWordsSpacesAndCjkCharacters()
    {
        QCOMPARE(diffTokens(QStringLiteral("Don't stop, п'ять")),
                 (QStringList{QStringLiteral("Don't"), QStringLiteral(" "), QStringLiteral("stop"),
                              QStringLiteral(","), QStringLiteral(" "), QStringLiteral("п'ять")}));
        QCOMPARE(diffTokens(QStringLiteral("我们在西安")),
                 (QStringList{QStringLiteral("我"), QStringLiteral("们"), QStringLiteral("在"),
                              QStringLiteral("西"), QStringLiteral("安")}));
        // A character outside the Basic Multilingual Plane stays whole.
        QCOMPARE(diffTokens(QStringLiteral("a𠀀b")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("𠀀"), QStringLiteral("b")}));
        QCOMPARE(countWords(QStringLiteral("Xi'an 大学, 2024!")), 4);
        QCOMPARE(countWords(QString()), 0);
    }

    void wordDiffOfProse()
    {
        const TextDiff diff = diffText(QStringLiteral("The quick brown fox sleeps."),
                                       QStringLiteral("The quick red fox sleeps today."));
        QVERIFY(!diff.identical);
        QVERIFY(!diff.truncated);
        QCOMPARE(spansOf(diff, DiffOp::Removed), QStringLiteral("brown"));
        QCOMPARE(spansOf(diff, DiffOp::Added), QStringLiteral("red| today"));
        QCOMPARE(diff.wordsAdded, 2);
        QCOMPARE(diff.wordsRemoved, 1);
        // The unchanged words are kept, in order.
        QCOMPARE(spansOf(diff, DiffOp::Same), QStringLiteral("The quick | fox sleeps|."));
    }

    void replacedPhraseReadsAsOneChange()
    {
        const TextDiff diff = diffText(QStringLiteral("We met in Kyiv on Monday."),
                                       QStringLiteral("We met in Xi'an last week."));
        QCOMPARE(spansOf(diff, DiffOp::Removed), QStringLiteral("Kyiv on Monday"));
        QCOMPARE(spansOf(diff, DiffOp::Added), QStringLiteral("Xi'an last week"));
    }

    void cjkDiffByCharacter()
    {
        const TextDiff diff =
            diffText(QStringLiteral("我们在西安开会。"), QStringLiteral("我们在北京开会。"));
        QCOMPARE(spansOf(diff, DiffOp::Removed), QStringLiteral("西安"));
        QCOMPARE(spansOf(diff, DiffOp::Added), QStringLiteral("北京"));
        QCOMPARE(diff.wordsAdded, 2);
        QCOMPARE(diff.wordsRemoved, 2);
        QCOMPARE(spansOf(diff, DiffOp::Same), QStringLiteral("我们在|开会。"));
    }

    void identicalTextsHaveNoChanges()
    {
        const TextDiff diff =
            diffText(QStringLiteral("Same.\nText."), QStringLiteral("Same.\nText."));
        QVERIFY(diff.identical);
        QVERIFY(diff.blocks.isEmpty());
        QCOMPARE(diff.wordsAdded + diff.wordsRemoved, 0);
    }

    void unchangedParagraphsAreFolded()
    {
        const QString before = manyParagraphs(40);
        QString after = before;
        after.replace(QStringLiteral("Paragraph 20 tells"),
                      QStringLiteral("Paragraph 20 now tells"));
        const TextDiff diff = diffText(before, after);
        QCOMPARE(blocksOf(diff, DiffBlock::Kind::Changed), 1);
        QCOMPARE(blocksOf(diff, DiffBlock::Kind::Context), 2); // one on each side
        QCOMPARE(blocksOf(diff, DiffBlock::Kind::Skipped), 2);
        QCOMPARE(diff.blocks.first().skipped, 19);
        QCOMPARE(diff.blocks.last().skipped, 18);
        QCOMPARE(spansOf(diff, DiffOp::Added), QStringLiteral("now "));
        QCOMPARE(diff.wordsAdded, 1);
        QCOMPARE(diff.wordsRemoved, 0);

        DiffLimits all;
        all.contextParagraphs = -1;
        const TextDiff full = diffText(before, after, all);
        QCOMPARE(blocksOf(full, DiffBlock::Kind::Skipped), 0);
        QCOMPARE(blocksOf(full, DiffBlock::Kind::Context), 39);
    }

    void addedAndRemovedParagraphs()
    {
        const TextDiff diff = diffText(QStringLiteral("One.\nTwo.\nThree."),
                                       QStringLiteral("One.\nThree.\nFour new words here."));
        QCOMPARE(spansOf(diff, DiffOp::Removed), QStringLiteral("Two."));
        QCOMPARE(spansOf(diff, DiffOp::Added), QStringLiteral("Four new words here."));
        QCOMPARE(diff.wordsRemoved, 1);
        QCOMPARE(diff.wordsAdded, 4);
    }

    void bigBodyWithFewChangesStaysSmall()
    {
        // About 1 MB of text with two edits: only the two paragraphs are
        // compared word by word.
        const QString before = manyParagraphs(16000);
        QVERIFY(before.size() > 900000);
        QString after = before;
        after.replace(QStringLiteral("Paragraph 100 tells"), QStringLiteral("Paragraph 100 says"));
        after.replace(QStringLiteral("Paragraph 15000 tells"),
                      QStringLiteral("Paragraph 15000 tells again"));
        const TextDiff diff = diffText(before, after);
        QVERIFY(!diff.truncated);
        QCOMPARE(blocksOf(diff, DiffBlock::Kind::Changed), 2);
        QCOMPARE(diff.wordsAdded, 2);
        QCOMPARE(diff.wordsRemoved, 1);
    }

    void tooManyChangesAreCappedAndSaid()
    {
        // Every paragraph rewritten: beyond the paragraph limit nothing is
        // compared, and the diff says so.
        const QString before = manyParagraphs(8000);
        const QString after = manyParagraphs(
            8000, [](int i) { return QStringLiteral("Completely different line %1.").arg(i); });
        const TextDiff rewritten = diffText(before, after);
        QVERIFY(rewritten.truncated);
        QVERIFY(rewritten.wordsAdded > 0);

        // Many scattered changes: the first blocks are shown, the rest counted.
        QString scattered = before;
        for (int i = 0; i < 8000; i += 40) {
            scattered.replace(QStringLiteral("Paragraph %1 tells").arg(i),
                              QStringLiteral("Paragraph %1 told").arg(i));
        }
        DiffLimits limits;
        limits.maxChangedBlocks = 50;
        const TextDiff capped = diffText(before, scattered, limits);
        QVERIFY(capped.truncated);
        QCOMPARE(blocksOf(capped, DiffBlock::Kind::Changed), 50);
        QCOMPARE(capped.wordsAdded, 200);
        QCOMPARE(capped.wordsRemoved, 200);
        const QString html = changesHtml({}, capped, QStringLiteral("Text"));
        QVERIFY(html.contains(QStringLiteral("Too many changes to show")));
    }

    void movedParagraphsAreBounded()
    {
        // Every paragraph moved: few "changed" paragraphs, but the diff
        // algorithm's worst case. It gives up within its budget and says so.
        QStringList lines;
        for (int i = 0; i < 3000; ++i)
            lines.append(paragraphText(i));
        QStringList reversed = lines;
        std::reverse(reversed.begin(), reversed.end());
        const TextDiff diff =
            diffText(lines.join(QLatin1Char('\n')), reversed.join(QLatin1Char('\n')));
        QVERIFY(diff.truncated);
        QVERIFY(!diff.identical);
        // With a budget big enough it is worked out exactly.
        DiffLimits generous;
        generous.maxComparisons = 100'000'000;
        const TextDiff small = diffText(lines.mid(0, 40).join(QLatin1Char('\n')),
                                        reversed.mid(2960).join(QLatin1Char('\n')), generous);
        QVERIFY(!small.truncated);
    }

    void metadataChanges()
    {
        auto store = memoryStore();
        Article older = makeArticle(QStringLiteral("Summit in Kyiv"), QStringLiteral("Body."));
        older.tags = {QStringLiteral("visa")};
        older.author = QStringLiteral("Olena");
        older.bodyText = QStringLiteral("Body."); // as the store would have it
        Article newer = older;
        newer.title = QStringLiteral("Summit in Xi'an");
        newer.tags = {QStringLiteral("visa"), QStringLiteral("exchange")};
        newer.status = ArticleStatus::Published;
        newer.bodyText = QStringLiteral("Body, longer.");
        const QList<FieldChange> changes = articleChanges(older, newer, store.get());
        QStringList keys;
        for (const FieldChange &change : changes)
            keys.append(change.key);
        QCOMPARE(keys, (QStringList{QStringLiteral("title"), QStringLiteral("tags"),
                                    QStringLiteral("status"), QStringLiteral("body")}));
        QCOMPARE(changes.at(1).before, QStringLiteral("visa"));
        QCOMPARE(changes.at(1).after, QStringLiteral("visa, exchange"));
        QCOMPARE(changes.at(2).after, statusLabel(ArticleStatus::Published));

        Article formatted = older;
        formatted.bodyHtml = QStringLiteral("<p><b>Body.</b></p>");
        const QList<FieldChange> formatting = articleChanges(older, formatted);
        QCOMPARE(formatting.size(), 1);
        QCOMPARE(formatting.first().key, QStringLiteral("formatting"));
        QVERIFY(articleChanges(older, older).isEmpty());

        const ChangeSummary summary = summarize(changes, older.bodyText, newer.bodyText);
        QCOMPARE(summary.wordsAdded, 1);
        QCOMPARE(summary.wordsRemoved, 0);
        QVERIFY(summary.text().contains(QStringLiteral("Title")));
        QVERIFY(summary.text().contains(QStringLiteral("+1")));

        // Removed in red and struck through, added in green.
        const QString html = articleDiffHtml(older, newer, store.get());
        QVERIFY(html.contains(QStringLiteral("line-through")));
        QVERIFY(html.contains(QStringLiteral("Kyiv")));
        QVERIFY(html.contains(QStringLiteral("Xi&#x27;an")) ||
                html.contains(QStringLiteral("Xi'an")));
        // Added and removed backgrounds, tints of the palette.
        const QPalette palette = QGuiApplication::palette();
        QVERIFY(html.contains(cssColour(meaningBackground(palette, Meaning::Added))));
        QVERIFY(html.contains(cssColour(meaningBackground(palette, Meaning::Removed))));
    }

    void formattingChangesSayWhatAndWhere()
    {
        const auto changesOf = [](const QString &before, const QString &after) {
            QStringList lines;
            for (const FormattingChange &change : formattingChanges(before, after))
                lines.append(change.where + QStringLiteral(": ") + change.what);
            return lines;
        };
        const QString body = QStringLiteral(
            "<h2>Exchange programmes</h2><p>The union signed in Xi'an.</p>"
            "<p>First point</p><p>Second point</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td>Year</td>"
            "<td>Students</td></tr><tr><td>2024</td><td>120</td></tr></table>"
            "<p><img src=\"lectern-media:abc\" width=\"460\"></p><p>The end.</p>");
        // Bold on a word, a list, a heading level, a link.
        QString after = body;
        after.replace(QStringLiteral("signed in"), QStringLiteral("<b>signed</b> in"));
        after.replace(QStringLiteral("<p>First point</p><p>Second point</p>"),
                      QStringLiteral("<ul><li>First point</li><li>Second point</li></ul>"));
        after.replace(QStringLiteral("<h2>Exchange programmes</h2>"),
                      QStringLiteral("<h3>Exchange programmes</h3>"));
        after.replace(QStringLiteral("in Xi'an"),
                      QStringLiteral("in <a href=\"https://www.xjtu.edu.cn\">Xi'an</a>"));
        QCOMPARE(changesOf(body, after),
                 (QStringList{
                     QStringLiteral("“Exchange programmes”: became a heading 3 (was a heading 2)"),
                     QStringLiteral("“The union signed in Xi'an.”: bold added to “signed”"),
                     QStringLiteral("“The union signed in Xi'an.”: link to "
                                    "https://www.xjtu.edu.cn added on “Xi'an”"),
                     QStringLiteral("“First point” and the 1 paragraph(s) after it: became a "
                                    "bulleted list item (were body text)")}));
        // Tables: a row, merged cells, widths; pictures: resized, removed.
        QString table = body;
        table.replace(QStringLiteral("<tr><td>2024</td><td>120</td></tr>"),
                      QStringLiteral("<tr><td>2024</td><td>120</td></tr><tr><td colspan=\"2\">"
                                     "2025</td></tr>"));
        table.replace(QStringLiteral("width=\"460\""), QStringLiteral("width=\"240\""));
        QCOMPARE(changesOf(body, table),
                 (QStringList{QStringLiteral("table 1 (“Year”): rows: 2 → 3"),
                              QStringLiteral("table 1 (“Year”): cells merged"),
                              QStringLiteral("near “The end.”: picture resized: 460 px wide → "
                                             "240 px wide")}));
        QString noPicture = body;
        noPicture.replace(QStringLiteral("<p><img src=\"lectern-media:abc\" width=\"460\"></p>"),
                          QString());
        QCOMPARE(changesOf(body, noPicture),
                 QStringList{QStringLiteral("near “The end.”: picture removed")});
        // Centred, and emphasis taken off.
        QCOMPARE(changesOf(QStringLiteral("<p>Some <i>words</i> here.</p>"),
                           QStringLiteral("<p align=\"center\">Some words here.</p>")),
                 (QStringList{QStringLiteral("“Some words here.”: now centred"),
                              QStringLiteral("“Some words here.”: italic removed from “words”")}));
        // Markup that means the same is no change: lines between paragraphs,
        // <strong> for <b>, attribute quotes, entities, a heading's own bold.
        QVERIFY(changesOf(QStringLiteral("<p>A <b>bold</b> &amp; plain.</p>\n<p>Two</p>\n"
                                         "<h2>Head</h2>"),
                          QStringLiteral("<p>A <strong>bold</strong> &#38; plain.</p><p>Two</p>"
                                         "<h2><b>Head</b></h2>"))
                    .isEmpty());
        // A text edit alone is not a formatting change, even beside emphasis.
        QVERIFY(changesOf(QStringLiteral("<p>The <b>union</b> met.</p>"),
                          QStringLiteral("<p>The <b>union</b> met in Kyiv.</p>"))
                    .isEmpty());
        // Changed words and changed emphasis: only the emphasis is listed here.
        QCOMPARE(changesOf(QStringLiteral("<p>The union met.</p>"),
                           QStringLiteral("<p>The <b>union</b> met in Kyiv.</p>")),
                 QStringList{QStringLiteral("“The union met in Kyiv.”: bold added to “union”")});

        // In the history and the diff view.
        Article older = makeArticle(QStringLiteral("T"), QStringLiteral("x"));
        older.bodyHtml = body;
        Article newer = older;
        newer.bodyHtml = after;
        const QList<FieldChange> fields = articleChanges(older, newer);
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().key, QStringLiteral("formatting"));
        QCOMPARE(fields.first().details.size(), 4);
        const QString html = articleDiffHtml(older, newer);
        QVERIFY(html.contains(QStringLiteral("bold added to “signed”")));
        QVERIFY(!html.contains(QStringLiteral("Changed")));
    }

    void formattingOfALongArticleIsComparedQuickly()
    {
        // No time limit (QBENCHMARK prints the time); this checks the answer
        // at the size of a 1 MB article.
        QString body;
        for (int i = 0; i < 16000; ++i)
            body += QStringLiteral("<p>Paragraph %1 of the union's <i>long</i> report, with "
                                   "<a href=\"https://cueu.org/%1\">a link</a>.</p>")
                        .arg(i);
        QString after = body;
        after.replace(QStringLiteral("<p>Paragraph 4321 of"),
                      QStringLiteral("<p><b>Paragraph</b> 4321 of"));
        QVERIFY(body.toUtf8().size() > 1000000);
        QList<FormattingChange> changes;
        QBENCHMARK_ONCE
        {
            changes = formattingChanges(body, after);
        }
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().what, QStringLiteral("bold added to “Paragraph”"));
        QVERIFY(changes.first().where.contains(QStringLiteral("4321")));
    }

    void universityChangesAndRevisions()
    {
        auto store = memoryStore();
        University u;
        u.name = QStringLiteral("Hunan University");
        u.country = QStringLiteral("China");
        u.founded = 1926;
        u.profileHtml = QStringLiteral("<p>In Changsha.</p>");
        const Result<University> first = store->saveUniversity(u);
        QVERIFY(first);
        University second = first.value();
        second.city = QStringLiteral("Changsha");
        second.website = QStringLiteral("https://www.hnu.edu.cn");
        QVERIFY(store->saveUniversity(second));
        const auto revisions = store->universityRevisions(first->uuid);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 1);
        const Result<University> old = store->universityRevision(revisions->first().id);
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old->city, QString());
        QCOMPARE(old->name, u.name);
        QVERIFY(!store->universityRevision(987654));

        const auto rows = universityHistory(*store, first->uuid);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).changes.keys,
                 (QStringList{QStringLiteral("city"), QStringLiteral("website")}));
    }

    void historyListsWhatEachSaveChanged()
    {
        auto store = memoryStore();
        Article v1 = savedArticle(
            *store, makeArticle(QStringLiteral("First title"), QStringLiteral("One two three.")));
        Article v2 = v1;
        v2.bodyHtml = QStringLiteral("<p>One two three four five.</p>");
        v2 = savedArticle(*store, v2);
        Article v3 = v2;
        v3.title = QStringLiteral("Second title");
        v3.tags = {QStringLiteral("news")};
        v3 = savedArticle(*store, v3);

        const Result<QList<RevisionEntry>> rows = articleHistory(*store, v1.uuid);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).revisionId, 0); // the current version
        // Revision of v2: the next save changed the title and tags.
        QCOMPARE(rows->at(1).changes.keys,
                 (QStringList{QStringLiteral("title"), QStringLiteral("tags")}));
        // Revision of v1: the next save added two words.
        QCOMPARE(rows->at(2).changes.keys, QStringList{QStringLiteral("body")});
        QCOMPARE(rows->at(2).changes.wordsAdded, 2);
        QCOMPARE(rows->at(2).changes.wordsRemoved, 0);
        QVERIFY(rows->at(1).size > 0);
        QVERIFY(rows->at(1).time.isValid());
        QVERIFY(!articleHistory(*store, QStringLiteral("no-such-uuid")));
    }

    void dialogListsAndShowsDiff()
    {
        auto store = memoryStore();
        Article v1 = savedArticle(*store, makeArticle(QStringLiteral("Visit to Kharkiv"),
                                                      QStringLiteral("Delegates met in spring.")));
        Article v2 = v1;
        v2.title = QStringLiteral("Visit to Kharkiv and Lviv");
        v2.bodyHtml = QStringLiteral("<p>Delegates met in autumn.</p>");
        savedArticle(*store, v2);

        RevisionHistoryDialog dialog(*store, RevisionHistoryDialog::Kind::Article, v1.uuid);
        QTreeWidget *list = dialog.revisionList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Current version"));
        QVERIFY(list->topLevelItem(1)->text(2).contains(QStringLiteral("Title")));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Kharkiv and Lviv")));
        // The newest earlier version is selected, and its diff shown.
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        QVERIFY(dialog.restoreButton()->isEnabled());
        const QString shown = dialog.diffView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("spring")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("autumn")));
        QVERIFY(dialog.diffView()->toHtml().contains(QStringLiteral("line-through")));
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(!dialog.restoreButton()->isEnabled());
    }

    void restoreCreatesRevisionAndRestoresFieldsExactly()
    {
        auto store = memoryStore();
        Article original =
            makeArticle(QStringLiteral("Original title"), QStringLiteral("The original body."));
        original.summary = QStringLiteral("Original summary");
        original.tags = {QStringLiteral("alpha"), QStringLiteral("beta")};
        original.author = QStringLiteral("Ірина");
        original.category = QStringLiteral("News");
        original.language = QStringLiteral("uk");
        const Article v1 = savedArticle(*store, original);
        Article edited = v1;
        edited.title = QStringLiteral("Edited title");
        edited.summary.clear();
        edited.tags = {QStringLiteral("gamma")};
        edited.status = ArticleStatus::Published;
        edited.bodyHtml = QStringLiteral("<p>An edited body.</p>");
        savedArticle(*store, edited);
        QCOMPARE(store->articleRevisions(v1.uuid)->size(), 1);

        RevisionHistoryDialog dialog(*store, RevisionHistoryDialog::Kind::Article, v1.uuid);
        QSignalSpy restored(&dialog, &RevisionHistoryDialog::restored);
        dialog.revisionList()->setCurrentItem(dialog.revisionList()->topLevelItem(1));

        // Cancel changes nothing.
        auto cancelled = answerNextMessageBox(QMessageBox::RejectRole);
        QVERIFY(!dialog.restoreSelected());
        QVERIFY(cancelled->asked);
        QCOMPARE(store->articleRevisions(v1.uuid)->size(), 1);
        QCOMPARE(store->article(v1.uuid)->title, QStringLiteral("Edited title"));

        auto accepted = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(dialog.restoreSelected());
        QVERIFY(accepted->asked);
        QCOMPARE(restored.size(), 1);
        const Article now = store->article(v1.uuid).value();
        QCOMPARE(now.title, v1.title);
        QCOMPARE(now.summary, v1.summary);
        QCOMPARE(now.bodyHtml, v1.bodyHtml);
        QCOMPARE(now.bodyText, v1.bodyText);
        QCOMPARE(now.tags, v1.tags);
        QCOMPARE(now.status, v1.status);
        QCOMPARE(now.author, v1.author);
        QCOMPARE(now.category, v1.category);
        QCOMPARE(now.language, v1.language);
        QCOMPARE(now.published, v1.published);
        QCOMPARE(now.created, v1.created);
        // The edited version it replaced is kept as a revision too.
        const auto revisions = store->articleRevisions(v1.uuid);
        QCOMPARE(revisions->size(), 2);
        QCOMPARE(store->articleRevision(revisions->first().id)->title,
                 QStringLiteral("Edited title"));
        // The dialog shows the new revision.
        QCOMPARE(dialog.revisionList()->topLevelItemCount(), 3);
        // The search index follows the restored text.
        QCOMPARE(hitTitles(store->search(QStringLiteral("original"))),
                 QStringList{QStringLiteral("Original title")});
        QVERIFY(hitTitles(store->search(QStringLiteral("edited"))).isEmpty());
    }

    void restoreUniversityFromDialog()
    {
        auto store = memoryStore();
        University u;
        u.name = QStringLiteral("Kyiv Polytechnic");
        u.country = QStringLiteral("Ukraine");
        u.website = QStringLiteral("https://kpi.ua");
        const University v1 = store->saveUniversity(u).value();
        University v2 = v1;
        v2.name = QStringLiteral("Igor Sikorsky Kyiv Polytechnic Institute");
        v2.founded = 1898;
        QVERIFY(store->saveUniversity(v2));

        RevisionHistoryDialog dialog(*store, RevisionHistoryDialog::Kind::University, v1.uuid);
        QCOMPARE(dialog.revisionList()->topLevelItemCount(), 2);
        QVERIFY(dialog.diffView()->toPlainText().contains(QStringLiteral("Founded")));
        auto accepted = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(dialog.restoreSelected());
        const University now = store->university(v1.uuid).value();
        QCOMPARE(now.name, v1.name);
        QCOMPARE(now.founded, 0);
        QCOMPARE(store->universityRevisions(v1.uuid)->size(), 2);
    }

    // Timings for docs/benchmarks.md (QBENCHMARK prints them; nothing is
    // asserted about time).
    void benchmarkDiffOf1MbArticle_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("two edits") << QStringLiteral("edits");
        QTest::newRow("rewritten") << QStringLiteral("rewritten");
        QTest::newRow("paragraphs moved") << QStringLiteral("moved");
    }

    void benchmarkDiffOf1MbArticle()
    {
        QFETCH(QString, change);
        const QString before = manyParagraphs(16000);
        QString after;
        if (change == QLatin1String("edits")) {
            after = before;
            after.replace(QStringLiteral("Paragraph 100 tells"),
                          QStringLiteral("Paragraph 100 says"));
            after.replace(QStringLiteral("Paragraph 15000 tells"),
                          QStringLiteral("Paragraph 15000 tells again"));
        } else if (change == QLatin1String("rewritten")) {
            after = manyParagraphs(16000, [](int i) {
                return QStringLiteral("Completely different line %1.").arg(i);
            });
        } else {
            QStringList lines = before.split(QLatin1Char('\n'));
            std::reverse(lines.begin(), lines.end());
            after = lines.join(QLatin1Char('\n'));
        }
        TextDiff diff;
        QBENCHMARK
        {
            diff = diffText(before, after);
        }
        QCOMPARE(diff.truncated, change != QLatin1String("edits"));
    }

    void benchmarkHistoryOf50Revisions()
    {
        // A 5,000-word article saved 51 times, a sentence changed each time:
        // the list works out what every save changed.
        auto store = memoryStore();
        QStringList paragraphs;
        for (int i = 0; i < 250; ++i)
            paragraphs.append(QStringLiteral("<p>%1</p>").arg(paragraphText(i).repeated(2)));
        Article article = makeArticle(QStringLiteral("Long article"), QString());
        article.bodyHtml = paragraphs.join(QString());
        article = savedArticle(*store, article);
        for (int i = 0; i < 50; ++i) {
            paragraphs[(i * 37) % paragraphs.size()] =
                QStringLiteral("<p>Edit %1 rewrote this paragraph.</p>").arg(i);
            article.bodyHtml = paragraphs.join(QString());
            article = savedArticle(*store, article);
        }
        QVERIFY(countWords(article.bodyText) > 4000);
        Result<QList<RevisionEntry>> rows = QList<RevisionEntry>();
        QBENCHMARK
        {
            rows = articleHistory(*store, article.uuid);
        }
        QVERIFY(rows);
        QCOMPARE(rows->size(), 51);
        QBENCHMARK
        {
            RevisionHistoryDialog dialog(*store, RevisionHistoryDialog::Kind::Article,
                                         article.uuid);
            QCOMPARE(dialog.revisionList()->topLevelItemCount(), 51);
        }
    }

    // Not a check: pictures for people to look at, when asked for with
    // LECTERN_SCREENSHOTS=folder.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("LECTERN_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set LECTERN_SCREENSHOTS to a folder to write screenshots");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("uk")}) {
            if (language != QLatin1String("en"))
                installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR));
            auto store = memoryStore();
            Article v1 = makeArticle(
                QStringLiteral("China-Ukraine Education Union signs exchange agreement"),
                QStringLiteral("Delegates from twelve universities met in Xi'an in spring to "
                               "discuss student exchanges."));
            v1.tags = {QStringLiteral("exchange"), QStringLiteral("Xi'an")};
            v1.author = QStringLiteral("Olena Kovalenko");
            v1 = savedArticle(*store, v1);
            Article v2 = v1;
            v2.bodyHtml = QStringLiteral(
                "<p>Delegates from fifteen universities met in Xi'an in spring to discuss "
                "student exchanges and joint degrees.</p><p>中乌教育联盟在西安签署协议。</p>");
            v2 = savedArticle(*store, v2);
            Article v3 = v2;
            v3.title = QStringLiteral("Education Union signs agreement in Xi'an");
            v3.tags = {QStringLiteral("exchange"), QStringLiteral("agreement")};
            v3.status = ArticleStatus::Published;
            v3.bodyHtml = QStringLiteral(
                "<p>Delegates from fifteen universities met in Xi'an in April to discuss "
                "student exchanges and joint degrees.</p><p>中乌教育联盟在北京签署协议。</p>");
            savedArticle(*store, v3);
            RevisionHistoryDialog dialog(*store, RevisionHistoryDialog::Kind::Article, v1.uuid);
            dialog.revisionList()->setCurrentItem(dialog.revisionList()->topLevelItem(2));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(
                QDir(folder).filePath(QStringLiteral("history-%1.png").arg(language))));
        }
        installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR));
    }
};

QTEST_MAIN(HistoryTest)
#include "tst_history.moc"
