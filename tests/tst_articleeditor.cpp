// Editing articles: the editor page with its metadata, one-transaction saves,
// unsaved-changes questions, autosave to the recovery area and recovery after
// a crash (also with the real binary killed by SIGKILL), failed saves and
// read-only mode.
#include "articlehtml.h"
#include "articletablemodel.h"
#include "demolibrary.h"
#include "editing/articleedit.h"
#include "editing/articleeditor.h"
#include "editing/editingcontroller.h"
#include "editing/metadatapanel.h"
#include "editing/recoverydialog.h"
#include "editor/richtexteditor.h"
#include "editor/spellhighlighter.h"
#include "mainwindow.h"
#include "relatedpanel.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace lectern;
using namespace lectern::test;

namespace {

using Answer = ArticleEditor::UnsavedAnswer;

void typeAtEnd(ArticleEditor *editor, const QString &text)
{
    QTextEdit *edit = editor->textEditor()->textEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.movePosition(QTextCursor::End);
    edit->setTextCursor(cursor);
    edit->insertPlainText(text);
}

int revisionCount(const LibraryStore &store, const QString &uuid)
{
    const auto revisions = store.articleRevisions(uuid);
    return revisions ? int(revisions->size()) : -1;
}

QList<RecoveryEntry> recovery(const LibraryStore &store)
{
    const auto entries = store.recoveryEntries();
    return entries ? entries.value() : QList<RecoveryEntry>();
}

QString recoveredBody(const RecoveryEntry &entry)
{
    return entry.snapshot.value(QStringLiteral("bodyHtml")).toString();
}

QPushButton *buttonText(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment processEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LECTERN_LIBRARY"));
    environment.remove(QStringLiteral("LECTERN_TEST_EDIT_SCRIPT"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QLatin1String("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

Run runLectern(const QStringList &arguments, const QString &home, const QString &script = {})
{
    QProcess process;
    QProcessEnvironment environment = processEnvironment(home);
    if (!script.isEmpty())
        environment.insert(QStringLiteral("LECTERN_TEST_EDIT_SCRIPT"), script);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class ArticleEditorTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A library with three articles and a university, and the window on it.
    struct Fixture
    {
        std::unique_ptr<LibraryStore> store;
        QString first, second, third, university;
    };

    Fixture fixture(const QString &path = {})
    {
        Fixture f;
        if (path.isEmpty()) {
            f.store = memoryStore();
        } else {
            auto created = LibraryStore::create(path);
            if (!created)
                qFatal("cannot create %s", qPrintable(created.error()));
            f.store = std::move(created).value();
        }
        Article a = makeArticle(QStringLiteral("Scholarships in Kyiv"),
                                QStringLiteral("Grants for students from China."));
        a.category = QStringLiteral("News");
        a.tags = {QStringLiteral("scholarships"), QStringLiteral("Kyiv")};
        f.first = f.store->saveArticle(a)->uuid;
        f.second = f.store
                       ->saveArticle(makeArticle(QStringLiteral("Visa guide"),
                                                 QStringLiteral("How to apply.")))
                       ->uuid;
        Article c = makeArticle(QStringLiteral("在西安学习"), QStringLiteral("西安的大学"),
                                QStringLiteral("zh"));
        c.category = QStringLiteral("Study");
        f.third = f.store->saveArticle(c)->uuid;
        University u;
        u.name = QStringLiteral("Taras Shevchenko National University of Kyiv");
        u.country = QStringLiteral("UA");
        f.university = f.store->saveUniversity(u)->uuid;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(EditingController::readOnlySettingsKey());
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QSettings().remove(EditingController::readOnlySettingsKey()); }

    void metadataRoundTripsThroughSaveAndReopen()
    {
        Fixture f = fixture();
        const QString imagePath = m_dir.filePath(QStringLiteral("featured.png"));
        QImage image(64, 40, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(imagePath));

        ArticleEditor editor(*f.store);
        QVERIFY(editor.openArticle(f.second));
        QVERIFY(!editor.isModified());
        MetadataPanel *panel = editor.metadata();
        QVERIFY(panel->categoryCombo()->findText(QStringLiteral("News")) >= 0); // existing ones
        panel->titleEdit()->setText(QStringLiteral("Visa guide 2025"));
        QVERIFY(editor.isModified());
        panel->summaryEdit()->setPlainText(QStringLiteral("All the steps, in order."));
        panel->authorEdit()->setText(QStringLiteral("Olena Kovalenko"));
        panel->sourceEdit()->setText(QStringLiteral("https://example.org/visa"));
        panel->publishedCheck()->setChecked(true);
        panel->publishedEdit()->setDate(QDate(2024, 5, 17));
        panel->categoryCombo()->setCurrentText(QStringLiteral("Guides"));
        panel->tagsEdit()->setText(QStringLiteral("visa, Kyiv , , students"));
        panel->languageCombo()->setCurrentIndex(
            panel->languageCombo()->findData(QStringLiteral("uk")));
        panel->statusCombo()->setCurrentIndex(
            panel->statusCombo()->findData(statusKey(ArticleStatus::InReview)));
        QCOMPARE(panel->universityList()->count(), 1);
        panel->universityList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(panel->linkTranslation(f.first));
        QVERIFY(!panel->linkTranslation(f.second)); // not of itself
        QVERIFY(panel->addRelatedArticle(f.first));
        QVERIFY(panel->addRelatedArticle(f.third));
        QVERIFY(!panel->addRelatedArticle(f.third));  // not twice
        QVERIFY(!panel->addRelatedArticle(f.second)); // not itself
        // Reorder (third first), pin it, and never suggest the other.
        panel->relatedList()->setCurrentRow(1);
        buttonText(panel, QStringLiteral("Up"))->click();
        buttonText(panel, QStringLiteral("Pin"))->click();
        panel->relatedList()->setCurrentRow(1);
        buttonText(panel, QStringLiteral("Never Suggest"))->click();
        QVERIFY(!panel->setFeaturedImageFile(m_dir.filePath(QStringLiteral("missing.png"))));
        QVERIFY(panel->setFeaturedImageFile(imagePath));
        panel->recommendedCheck()->setChecked(true);

        const int revisionsBefore = revisionCount(*f.store, f.second);
        QVERIFY(editor.save());
        QVERIFY(!editor.isModified());
        QCOMPARE(revisionCount(*f.store, f.second), revisionsBefore + 1);

        const Article saved = f.store->article(f.second).value();
        QCOMPARE(saved.title, QStringLiteral("Visa guide 2025"));
        QCOMPARE(saved.summary, QStringLiteral("All the steps, in order."));
        QCOMPARE(saved.author, QStringLiteral("Olena Kovalenko"));
        QCOMPARE(saved.source, QStringLiteral("https://example.org/visa"));
        QCOMPARE(saved.published.date(), QDate(2024, 5, 17));
        QCOMPARE(saved.category, QStringLiteral("Guides"));
        QCOMPARE(saved.tags, (QStringList{QStringLiteral("visa"), QStringLiteral("Kyiv"),
                                          QStringLiteral("students")}));
        QCOMPARE(saved.language, QStringLiteral("uk"));
        QCOMPARE(saved.status, ArticleStatus::InReview);
        QCOMPARE(saved.universityUuids, QStringList{f.university});
        QVERIFY(!saved.featuredImage.isEmpty());
        QVERIFY(f.store->media(saved.featuredImage));
        const auto links = f.store->relatedLinks(f.second);
        QCOMPARE(links.value(), (QList<RelatedLink>{{f.third, RelatedMode::Pinned},
                                                    {f.first, RelatedMode::Excluded}}));
        QVERIFY(f.store->isRecommended(f.second).value());
        // Linking joined the other article to the same translation group.
        const auto translations = f.store->translations(f.second);
        QCOMPARE(translations->size(), 1);
        QCOMPARE(translations->first().uuid, f.first);

        // Reopening shows exactly what was saved.
        ArticleEditor reopened(*f.store);
        QVERIFY(reopened.openArticle(f.second));
        const ArticleEdit edit = reopened.currentEdit();
        QCOMPARE(edit.article.title, saved.title);
        QCOMPARE(edit.article.tags, saved.tags);
        QCOMPARE(edit.article.published, saved.published);
        QCOMPARE(edit.article.universityUuids, saved.universityUuids);
        QCOMPARE(edit.article.translationGroup, saved.translationGroup);
        QCOMPARE(edit.article.featuredImage, saved.featuredImage);
        QCOMPARE(edit.relatedLinks, links.value());
        QVERIFY(edit.recommended);
        QVERIFY(reopened.metadata()->titleEdit()->text() == saved.title);
        QVERIFY(!reopened.isModified());

        // Leaving recommended reading and unlinking are saved too.
        reopened.metadata()->recommendedCheck()->setChecked(false);
        buttonText(reopened.metadata(), QStringLiteral("Unlink"))->click();
        QVERIFY(reopened.save());
        QVERIFY(!f.store->isRecommended(f.second).value());
        QVERIFY(f.store->translations(f.second)->isEmpty());
    }

    void ctrlSSavesOneRevisionAndTheSearchIndex()
    {
        Fixture f = fixture();
        MainWindow window(*f.store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigate(articleUrl(f.first));
        EditingController *editing = window.editing();
        QVERIFY(editing->editAction()->isVisible());
        editing->editAction()->trigger();
        QVERIFY(editing->isEditing());
        QVERIFY(editing->editor()->isVisible());
        QVERIFY(!window.isWindowModified());

        const int revisionsBefore = revisionCount(*f.store, f.first);
        QVERIFY(f.store->search(QStringLiteral("quokkaphrase"))->isEmpty());
        typeAtEnd(editing->editor(), QStringLiteral(" quokkaphrase"));
        QTRY_VERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Scholarships in Kyiv")));

        QTest::keySequence(&window, QKeySequence::Save);
        QCOMPARE(revisionCount(*f.store, f.first), revisionsBefore + 1);
        QCOMPARE(hitTitles(f.store->search(QStringLiteral("quokkaphrase"))),
                 QStringList{QStringLiteral("Scholarships in Kyiv")});
        QVERIFY(!window.isWindowModified());
        QVERIFY(editing->isEditing()); // saving does not leave the editor
        // Saving with nothing changed still works and the list shows it.
        QVERIFY(window.articleList()->model()->rowCount() == 3);

        // Edit again is the one action back to reading.
        editing->editAction()->trigger();
        QVERIFY(!editing->isEditing());
        QVERIFY(!editing->editor()->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Scholarships in Kyiv")));
    }

    void ctrlSKeepsTheEditorLayoutAndTheListComesBackAsItWas()
    {
        Fixture f = fixture();
        MainWindow window(*f.store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAllArticles();
        QTRY_VERIFY(window.articleList()->isVisible());
        window.articleList()->setCurrentIndex(window.articleList()->model()->index(0, 0));
        QCoreApplication::processEvents();
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QHeaderView *header = window.articleList()->header();
        // The columns are fitted to the list once it is laid out (later on a
        // busy machine).
        QTRY_VERIFY_WITH_TIMEOUT(header->sectionSize(ArticleTableModel::TitleColumn) > 100, 30000);
        const QList<int> listAndReader = splitter->sizes();
        const int titleWidth = header->sectionSize(ArticleTableModel::TitleColumn);
        QVERIFY2(titleWidth > 100, qPrintable(QStringLiteral("%1 %2 %3")
                                                  .arg(titleWidth)
                                                  .arg(listAndReader.value(0))
                                                  .arg(listAndReader.value(1))));

        EditingController *editing = window.editing();
        editing->editAction()->trigger();
        QVERIFY(editing->isEditing());
        QVERIFY(!window.articleList()->isVisible()); // the editor has the list's room
        QTextEdit *text = editing->editor()->textEditor()->textEdit();
        QToolBar *toolBar = editing->editor()->textEditor()->toolBar();
        QCoreApplication::processEvents();
        const int textWidth = text->width();
        const auto hiddenButtons = [toolBar] {
            auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbarext_button"));
            return more && more->isVisible();
        };
        const bool hiddenBefore = hiddenButtons();
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("x"));
        QTRY_VERIFY(window.isWindowModified());
        QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window.isWindowModified()); // saved
        QCoreApplication::processEvents();
        // As it was while editing: no list, the text as wide, no buttons behind ».
        QVERIFY(editing->isEditing());
        QVERIFY(!window.articleList()->isVisible());
        QCOMPARE(text->width(), textWidth);
        QCOMPARE(hiddenButtons(), hiddenBefore);

        // Leaving the editor: the list as it was, its title column too.
        editing->editAction()->trigger();
        QVERIFY(!editing->isEditing());
        QCoreApplication::processEvents();
        QVERIFY(window.articleList()->isVisible());
        QCOMPARE(splitter->sizes(), listAndReader);
        QCOMPARE(header->sectionSize(ArticleTableModel::TitleColumn), titleWidth);
    }

    void searchEntryIsRewrittenOnlyWhenItsTextChanges()
    {
        Fixture f = fixture();
        const LibraryStore &db = *f.store;
        const auto segments = [&db] {
            return scalar(db, QStringLiteral("SELECT count(*) FROM article_search_data"))->toInt();
        };
        const auto indexIsConsistent = [&db] {
            // FTS5 compares the index with the articles it was built from.
            return bool(execSql(db, QStringLiteral("INSERT INTO article_search (article_search) "
                                                   "VALUES ('integrity-check')")));
        };
        ArticleEditor editor(*f.store);
        QVERIFY(editor.openArticle(f.first));
        const int revisions = revisionCount(*f.store, f.first);

        // Only fields the search does not index: a revision, but no new index data.
        const int before = segments();
        editor.metadata()->sourceEdit()->setText(QStringLiteral("https://example.org/grants"));
        QVERIFY(editor.save());
        QCOMPARE(segments(), before);
        QCOMPARE(revisionCount(*f.store, f.first), revisions + 1);
        QCOMPARE(f.store->article(f.first)->source, QStringLiteral("https://example.org/grants"));
        QVERIFY(indexIsConsistent());
        QCOMPARE(hitTitles(f.store->search(QStringLiteral("grants"))),
                 QStringList{QStringLiteral("Scholarships in Kyiv")});

        // Each indexed field is found by its new value, and no longer by the old one.
        editor.metadata()->titleEdit()->setText(QStringLiteral("Wombat scholarships"));
        QVERIFY(editor.save());
        QVERIFY(indexIsConsistent());
        QCOMPARE(hitTitles(f.store->search(QStringLiteral("wombat"))),
                 QStringList{QStringLiteral("Wombat scholarships")});
        editor.metadata()->tagsEdit()->setText(QStringLiteral("scholarships, numbat"));
        QVERIFY(editor.save());
        QCOMPARE(hitTitles(f.store->search(QStringLiteral("tag:numbat"))),
                 QStringList{QStringLiteral("Wombat scholarships")});
        QVERIFY(f.store->search(QStringLiteral("tag:kyiv"))->isEmpty());
        editor.metadata()->authorEdit()->setText(QStringLiteral("Bilby Author"));
        QVERIFY(editor.save());
        QCOMPARE(hitTitles(f.store->search(QStringLiteral("bilby"))),
                 QStringList{QStringLiteral("Wombat scholarships")});
        typeAtEnd(&editor, QStringLiteral(" quollword"));
        QVERIFY(editor.save());
        QCOMPARE(hitTitles(f.store->search(QStringLiteral("quollword"))),
                 QStringList{QStringLiteral("Wombat scholarships")});
        QVERIFY(f.store->article(f.first)->bodyText.contains(QStringLiteral("quollword")));
        QVERIFY(indexIsConsistent());

        // A trashed article stays out of the search after a save.
        QVERIFY(f.store->trashArticle(f.first));
        Article trashed = f.store->article(f.first).value();
        trashed.summary = QStringLiteral("potoroo");
        QVERIFY(f.store->saveArticle(trashed));
        QVERIFY(f.store->search(QStringLiteral("potoroo"))->isEmpty());
        QVERIFY(indexIsConsistent());
    }

    void savesAreCopiedIntoTheFileOffTheSavingThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("checkpoints.lectern"));
        Fixture f = fixture(path);
        // SQLite's own checkpoints (inside a commit) are off; a thread does them.
        QCOMPARE(scalar(*f.store, QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt(), 0);
        ArticleEditor editor(*f.store);
        QVERIFY(editor.openArticle(f.first));
        typeAtEnd(&editor, QStringLiteral(" dugongword"));
        QVERIFY(editor.save());
        // The file itself (not only its log) has the save soon after; SQLite
        // alone would leave so small a write in the log.
        const auto inFile = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains("dugongword");
        };
        QTRY_VERIFY_WITH_TIMEOUT(inFile(), 10000);
        // A library in memory has no log to copy.
        auto memory = memoryStore();
        QVERIFY(scalar(*memory, QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt() != 0);
    }

    void leavingWithUnsavedChangesAsks()
    {
        Fixture f = fixture();
        MainWindow window(*f.store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigate(articleUrl(f.first));
        EditingController *editing = window.editing();
        ArticleEditor *editor = editing->editor();
        QStringList asked;
        Answer answer = Answer::Cancel;
        editor->setUnsavedPrompt([&](const QString &title) {
            asked.append(title);
            return answer;
        });
        editing->startEditing();
        typeAtEnd(editor, QStringLiteral(" wombatword"));

        // Cancel: still editing, the edit kept, nothing saved.
        window.navigate(articleUrl(f.second));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first(), QStringLiteral("Scholarships in Kyiv"));
        QVERIFY(editing->isEditing());
        QCOMPARE(window.currentUrl(), articleUrl(f.first));
        QVERIFY(editor->textEditor()->plainText().contains(QStringLiteral("wombatword")));
        QVERIFY(!window.close());
        QCOMPARE(asked.size(), 2);
        QVERIFY(window.isVisible());
        editing->newArticle();
        QCOMPARE(asked.size(), 3);
        QCOMPARE(editor->uuid(), f.first);

        // Discard: leaves, nothing saved, no recovery left.
        QVERIFY(editor->writeRecovery());
        QCOMPARE(recovery(*f.store).size(), 1);
        answer = Answer::Discard;
        const int revisions = revisionCount(*f.store, f.first);
        window.navigate(articleUrl(f.second));
        QVERIFY(!editing->isEditing());
        QCOMPARE(window.currentUrl(), articleUrl(f.second));
        QCOMPARE(revisionCount(*f.store, f.first), revisions);
        QVERIFY(!f.store->article(f.first)->bodyText.contains(QStringLiteral("wombatword")));
        QVERIFY(recovery(*f.store).isEmpty());

        // Save: leaves after saving.
        editing->startEditing();
        typeAtEnd(editor, QStringLiteral(" numbatword"));
        answer = Answer::Save;
        window.navigate(articleUrl(f.third));
        QVERIFY(!editing->isEditing());
        QVERIFY(f.store->article(f.second)->bodyText.contains(QStringLiteral("numbatword")));
        QCOMPARE(window.currentUrl(), articleUrl(f.third));

        // The real question box, answered as a person would: Cancel.
        editor->setUnsavedPrompt({});
        editing->startEditing();
        typeAtEnd(editor, QStringLiteral(" dingoword"));
        bool sawBox = false;
        QTimer::singleShot(0, this, [&sawBox] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            sawBox = box->objectName() == QLatin1String("unsavedChangesBox") &&
                     box->text().contains(QStringLiteral("在西安学习"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.close());
        QVERIFY(sawBox);
        QVERIFY(editing->isEditing());
        editor->setUnsavedPrompt([](const QString &) { return Answer::Discard; });
        QVERIFY(window.close());
    }

    void wordCountIsShownAsSoonAsAnArticleOpens()
    {
        Fixture f = fixture();
        Article long_ = makeArticle(QStringLiteral("Counted"), QString());
        long_.bodyHtml = QStringLiteral("<p>One two three four five.</p><p>Шість сім.</p>"
                                        "<p>西安交通大学</p>");
        const QString uuid = f.store->saveArticle(long_)->uuid;
        const QString expected = QStringLiteral("13 words · 40 characters");

        // In the window, as F2 opens it: no keystroke, no waiting for one.
        MainWindow window(*f.store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigate(articleUrl(uuid));
        EditingController *editing = window.editing();
        editing->startEditing();
        QVERIFY(editing->isEditing());
        RichTextEditor *text = editing->editor()->textEditor();
        QCOMPARE(text->countLabel()->text(), expected);
        QTest::qWait(400); // longer than the pause after which counts are refreshed
        QCOMPARE(text->countLabel()->text(), expected);

        // Another article replaces the count at once; a new one shows zero.
        QVERIFY(editing->leaveEditor());
        window.navigate(articleUrl(f.second));
        editing->startEditing();
        QCOMPARE(text->countLabel()->text(), QStringLiteral("%1 words · %2 characters")
                                                 .arg(text->counts().words)
                                                 .arg(text->counts().characters));
        QVERIFY(text->counts().words > 0);
        QVERIFY(editing->leaveEditor());
        editing->newArticle();
        QCOMPARE(text->countLabel()->text(), QStringLiteral("0 words · 0 characters"));
    }

    void relatedPanelWaitsForANewArticleToBeSaved()
    {
        Fixture f = fixture();
        MainWindow window(*f.store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<RelatedPanel *>();
        QVERIFY(panel);
        const QString unsaved =
            QStringLiteral("Related articles are suggested once this article is saved.");
        window.navigate(articleUrl(f.first));
        QTRY_VERIFY(panel->emptyText()->text() != QStringLiteral("Open an article to see "
                                                                 "related articles."));
        EditingController *editing = window.editing();
        editing->newArticle();
        QVERIFY(editing->isEditing());
        // Not the suggestions of the article read before, not even later.
        QCOMPARE(panel->emptyText()->text(), unsaved);
        QVERIFY(panel->emptyText()->isVisible());
        QCOMPARE(panel->list()->model()->rowCount(), 0);
        QTest::qWait(300);
        QCOMPARE(panel->emptyText()->text(), unsaved);

        // Saved, it is an article like any other.
        editing->editor()->metadata()->titleEdit()->setText(QStringLiteral("Scholarships 2027"));
        typeAtEnd(editing->editor(), QStringLiteral("Scholarships in Kyiv for students."));
        QVERIFY(editing->save());
        QTRY_VERIFY(panel->emptyText()->text() != unsaved);
    }

    void recoveryIsStoredAsTextInAnyLanguage()
    {
        auto store = memoryStore();
        const QString body = QStringLiteral("<p>Київ — 北京 — Kyiv \"quoted\" \\ tab\t</p>");
        QJsonObject snapshot;
        snapshot.insert(QStringLiteral("bodyHtml"), body);
        QVERIFY(store->saveRecovery(recoveryKindArticle, QStringLiteral("u-1"), snapshot));
        snapshot.insert(QStringLiteral("title"), QStringLiteral("Університет 大学"));
        QVERIFY(store->saveRecovery(recoveryKindArticle, QStringLiteral("u-1"), snapshot));
        const auto rows = sqlRows(*store, QStringLiteral("SELECT typeof(snapshot), "
                                                         "json_extract(snapshot, '$.title') FROM "
                                                         "recovery"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1); // the second write replaced the first
        QCOMPARE(rows->first().at(0).toString(), QStringLiteral("text")); // readable by any tool
        QCOMPARE(rows->first().at(1).toString(), QStringLiteral("Університет 大学"));
        const QList<RecoveryEntry> entries = recovery(*store);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().snapshot.value(QStringLiteral("bodyHtml")).toString(), body);
    }

    void autosaveWritesRecoveryWithoutRevisions()
    {
        Fixture f = fixture();
        ArticleEditor editor(*f.store);
        QCOMPARE(editor.autosaveTimer()->interval(), ArticleEditor::defaultAutosaveDelayMs);
        QVERIFY(editor.openArticle(f.first));
        const int revisions = revisionCount(*f.store, f.first);
        typeAtEnd(&editor, QStringLiteral(" pangolinword"));
        QTRY_VERIFY(editor.autosaveTimer()->isActive()); // armed, not written per keystroke
        QVERIFY(recovery(*f.store).isEmpty());
        editor.setAutosaveDelay(20);
        typeAtEnd(&editor, QStringLiteral("!"));
        QTRY_COMPARE(recovery(*f.store).size(), 1);
        const RecoveryEntry entry = recovery(*f.store).first();
        QCOMPARE(entry.kind, QStringLiteral("article"));
        QCOMPARE(entry.uuid, f.first);
        QVERIFY(recoveredBody(entry).contains(QStringLiteral("pangolinword!")));
        QCOMPARE(revisionCount(*f.store, f.first), revisions);
        QVERIFY(!f.store->article(f.first)->bodyText.contains(QStringLiteral("pangolinword")));
        // Metadata edits are autosaved as well.
        editor.metadata()->titleEdit()->setText(QStringLiteral("Retitled"));
        QTRY_COMPARE(recovery(*f.store).first().snapshot.value(QStringLiteral("title")).toString(),
                     QStringLiteral("Retitled"));
        // Saving clears it, in the same transaction.
        QVERIFY(editor.save());
        QVERIFY(recovery(*f.store).isEmpty());
        QCOMPARE(revisionCount(*f.store, f.first), revisions + 1);
        // Without changes there is nothing to keep.
        QVERIFY(editor.writeRecovery());
        QVERIFY(recovery(*f.store).isEmpty());
    }

    void recoveryIsOfferedShownAndRestored()
    {
        Fixture f = fixture();
        {
            // A session that "crashed": autosaved and never saved.
            ArticleEditor editor(*f.store);
            QVERIFY(editor.openArticle(f.first));
            typeAtEnd(&editor, QStringLiteral("\nA paragraph about echidnas."));
            editor.metadata()->statusCombo()->setCurrentIndex(
                editor.metadata()->statusCombo()->findData(statusKey(ArticleStatus::Published)));
            QVERIFY(editor.writeRecovery());
            ArticleEditor fresh(*f.store);
            fresh.startNew();
            fresh.metadata()->titleEdit()->setText(QStringLiteral("Never saved draft"));
            typeAtEnd(&fresh, QStringLiteral("Draft text about platypuses."));
            QVERIFY(fresh.writeRecovery());
        }
        QCOMPARE(recovery(*f.store).size(), 2);

        MainWindow window(*f.store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditingController *editing = window.editing();
        QTRY_VERIFY(editing->recoveryDialog() != nullptr);
        RecoveryDialog *dialog = editing->recoveryDialog();
        QCOMPARE(dialog->count(), 2);
        // It shows what would come back, and how it differs from the saved version.
        QString shown;
        for (int row = 0; row < dialog->count(); ++row) {
            dialog->list()->setCurrentRow(row);
            shown += dialog->details()->toPlainText();
        }
        QVERIFY2(shown.contains(QStringLiteral("Scholarships in Kyiv")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("A paragraph about echidnas.")));
        QVERIFY(shown.contains(QStringLiteral("status")));
        QVERIFY(shown.contains(QStringLiteral("Never saved draft")));
        QVERIFY(shown.contains(QStringLiteral("never saved")));
        QVERIFY(shown.contains(QStringLiteral("platypuses")));

        // Discard one: it is gone from the library.
        for (int row = 0; row < dialog->count(); ++row) {
            if (dialog->list()->item(row)->text().startsWith(QStringLiteral("Never saved"))) {
                dialog->list()->setCurrentRow(row);
                break;
            }
        }
        dialog->discardButton()->click();
        QCOMPARE(recovery(*f.store).size(), 1);
        QCOMPARE(recovery(*f.store).first().uuid, f.first);

        // Restore the other: the editor opens with it, marked modified.
        dialog->list()->setCurrentRow(0);
        dialog->restoreButton()->click();
        QVERIFY(editing->isEditing());
        ArticleEditor *editor = editing->editor();
        QCOMPARE(editor->uuid(), f.first);
        QVERIFY(editor->isModified());
        QVERIFY(window.isWindowModified());
        QVERIFY(editor->textEditor()->plainText().contains(QStringLiteral("echidnas")));
        QCOMPARE(editor->metadata()->statusCombo()->currentData().toString(),
                 statusKey(ArticleStatus::Published));
        QVERIFY(editor->save());
        QVERIFY(f.store->article(f.first)->bodyText.contains(QStringLiteral("echidnas")));
        QVERIFY(recovery(*f.store).isEmpty());
        QTRY_VERIFY(editing->recoveryDialog() == nullptr); // closed and deleted
    }

    void failedSaveKeepsEditsAndRecovery_data()
    {
        QTest::addColumn<QString>("pragma");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("disk full") << QStringLiteral("max_page_count") << QStringLiteral("is full");
        QTest::newRow("read-only")
            << QStringLiteral("query_only") << QStringLiteral("cannot be written");
    }

    void failedSaveKeepsEditsAndRecovery()
    {
        QFETCH(QString, pragma);
        QFETCH(QString, explanation);
        const QString path = m_dir.filePath(QStringLiteral("full-%1.lectern").arg(pragma));
        Fixture f = fixture(path);
        ArticleEditor editor(*f.store);
        QVERIFY(editor.openArticle(f.first));
        // Enough new text that saving needs new pages (revision, body, index).
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral(" kangaroo%1").arg(i);
        typeAtEnd(&editor, text);
        QVERIFY(editor.writeRecovery());
        const LibraryStore &db = *f.store;
        if (pragma == QLatin1String("max_page_count")) {
            const int pages = scalar(db, QStringLiteral("PRAGMA page_count")).value().toInt();
            QVERIFY(execSql(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        } else {
            QVERIFY(execSql(db, QStringLiteral("PRAGMA query_only = ON")));
        }
        const int revisions = revisionCount(*f.store, f.first);

        QVERIFY(!editor.save());
        QVERIFY2(editor.lastError().contains(QStringLiteral("could not be saved")),
                 qPrintable(editor.lastError()));
        QVERIFY2(editor.lastError().contains(explanation), qPrintable(editor.lastError()));
        QVERIFY(!editor.messageBar()->isHidden());
        QCOMPARE(editor.messageBar()->text(), editor.lastError());
        QVERIFY(editor.isModified());
        QVERIFY(editor.textEditor()->plainText().contains(QStringLiteral("kangaroo2999")));
        // Nothing half-saved.
        QCOMPARE(revisionCount(*f.store, f.first), revisions);
        QVERIFY(!f.store->article(f.first)->bodyText.contains(QStringLiteral("kangaroo")));
        // The recovery area still holds the edits.
        const QList<RecoveryEntry> entries = recovery(*f.store);
        QCOMPARE(entries.size(), 1);
        QVERIFY(recoveredBody(entries.first()).contains(QStringLiteral("kangaroo2999")));

        // Once there is room again, the same edits save.
        QVERIFY(execSql(db, pragma == QLatin1String("max_page_count")
                                ? QStringLiteral("PRAGMA max_page_count = 1073741823")
                                : QStringLiteral("PRAGMA query_only = OFF")));
        QVERIFY(editor.save());
        QVERIFY(editor.lastError().isEmpty());
        QVERIFY(editor.messageBar()->isHidden());
        QVERIFY(f.store->article(f.first)->bodyText.contains(QStringLiteral("kangaroo2999")));
        QVERIFY(recovery(*f.store).isEmpty());
    }

    void readOnlyModeHidesEditing()
    {
        Fixture f = fixture();
        QSettings().setValue(EditingController::readOnlySettingsKey(), true);
        MainWindow window(*f.store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditingController *editing = window.editing();
        QVERIFY(editing->isReadOnly());
        const QList<QAction *> actions{editing->editAction(),  editing->saveAction(),
                                       editing->newAction(),   editing->duplicateAction(),
                                       editing->trashAction(), editing->revertAction()};
        for (QAction *action : actions)
            QVERIFY(!action->isVisible());
        window.navigate(articleUrl(f.first));
        editing->startEditing();
        QVERIFY(!editing->isEditing());
        QTest::keyClick(&window, Qt::Key_F2);
        QVERIFY(!editing->isEditing());

        // The settings dialog's slot turns it off and on while running.
        QVERIFY(QMetaObject::invokeMethod(&window, "setReadOnlyMode", Q_ARG(bool, false)));
        QVERIFY(editing->editAction()->isVisible());
        editing->editAction()->trigger();
        QVERIFY(editing->isEditing());
        window.setReadOnlyMode(true);
        QVERIFY(!editing->isEditing());
        for (QAction *action : actions)
            QVERIFY(!action->isVisible());
    }

    void newDuplicateAndTrash()
    {
        Fixture f = fixture();
        MainWindow window(*f.store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAllArticles();
        QAbstractItemModel *list = window.articleList()->model();
        QCOMPARE(list->rowCount(), 3);
        EditingController *editing = window.editing();

        QTest::keySequence(&window, QKeySequence::New);
        QVERIFY(editing->isEditing());
        QVERIFY(editing->editor()->isNew());
        QVERIFY(!window.isWindowModified());
        editing->editor()->metadata()->titleEdit()->setText(QStringLiteral("Fresh news"));
        typeAtEnd(editing->editor(), QStringLiteral("Brand new text."));
        QTRY_VERIFY(window.isWindowModified());
        QVERIFY(editing->save());
        const QString fresh = editing->editor()->uuid();
        QVERIFY(f.store->article(fresh));
        QCOMPARE(revisionCount(*f.store, fresh), 0); // a first save keeps no older version
        QCOMPARE(list->rowCount(), 4);
        QCOMPARE(window.currentUrl(), articleUrl(fresh));

        editing->duplicateAction()->trigger();
        QVERIFY(editing->isEditing());
        const QString copy = editing->editor()->uuid();
        QVERIFY(copy != fresh);
        QCOMPARE(f.store->article(copy)->title, QStringLiteral("Fresh news (copy)"));
        QCOMPARE(f.store->article(copy)->bodyText, f.store->article(fresh)->bodyText);
        QCOMPARE(list->rowCount(), 5);

        editing->trashAction()->trigger();
        QVERIFY(!editing->isEditing());
        QVERIFY(!f.store->article(copy) || f.store->articleTrashedTime(copy)->isValid());
        QCOMPARE(list->rowCount(), 4);
        QVERIFY(window.currentUrl() != articleUrl(copy));

        // A new article that is dropped never reaches the library.
        editing->newAction()->trigger();
        editing->editor()->setUnsavedPrompt([](const QString &) { return Answer::Discard; });
        typeAtEnd(editing->editor(), QStringLiteral("scratch"));
        const QString scratch = editing->editor()->uuid();
        QVERIFY(editing->editor()->writeRecovery());
        editing->editAction()->trigger();
        QVERIFY(!editing->isEditing());
        QVERIFY(!f.store->article(scratch));
        QVERIFY(recovery(*f.store).isEmpty());
        QCOMPARE(list->rowCount(), 4);
    }

    void recoveryAfterSigkillEndToEnd()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        const QString library = m_dir.filePath(QStringLiteral("crash.lectern"));
        const Run init = runLectern({QStringLiteral("--library"), library, QStringLiteral("init"),
                                     QStringLiteral("--demo")},
                                    home);
        QCOMPARE(init.exitCode, 0);
        const Run list = runLectern({QStringLiteral("--library"), library, QStringLiteral("list"),
                                     QStringLiteral("--json")},
                                    home);
        const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(!articles.isEmpty());
        const QString uuid = articles.first().toObject().value(QStringLiteral("uuid")).toString();
        const Run none = runLectern({QStringLiteral("--library"), library,
                                     QStringLiteral("recovery"), QStringLiteral("--json")},
                                    home);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());

        // The real window edits, autosaves after the idle delay, and is killed.
        QProcess lectern;
        QProcessEnvironment environment = processEnvironment(home);
        environment.insert(QStringLiteral("LECTERN_TEST_EDIT_SCRIPT"),
                           QStringLiteral("type:%1: axolotlcrash").arg(uuid));
        lectern.setProcessEnvironment(environment);
        lectern.start(QStringLiteral(LECTERN_BINARY), {QStringLiteral("--library"), library});
        QVERIFY(lectern.waitForStarted());
        {
            bool found = false;
            for (int i = 0; i < 600 && !found && lectern.state() == QProcess::Running; ++i) {
                const auto count =
                    sqlRowsOnFile(library, QStringLiteral("SELECT count(*) FROM recovery WHERE "
                                                          "snapshot LIKE '%axolotlcrash%'"));
                found = count && count->size() == 1 && count->first().first().toInt() == 1;
                if (!found)
                    QTest::qWait(100);
            }
            QVERIFY2(found, qPrintable(QString::fromUtf8(lectern.readAllStandardError())));
        }
        // No revision was made by autosave.
        lectern.kill(); // SIGKILL
        QVERIFY(lectern.waitForFinished());
        QCOMPARE(lectern.exitStatus(), QProcess::CrashExit);

        const Run listed = runLectern({QStringLiteral("--library"), library,
                                       QStringLiteral("recovery"), QStringLiteral("--json")},
                                      home);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("uuid")).toString(), uuid);
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("article"));
        QVERIFY(!entry.value(QStringLiteral("new")).toBool());
        QVERIFY(entry.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("axolotlcrash")));
        const Run text =
            runLectern({QStringLiteral("--library"), library, QStringLiteral("recovery")}, home);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(uuid));
        const Run before = runLectern({QStringLiteral("--library"), library, QStringLiteral("show"),
                                       uuid, QStringLiteral("--format"), QStringLiteral("text")},
                                      home);
        QVERIFY(!before.out.contains(QStringLiteral("axolotlcrash")));

        // The next start offers it; restoring and saving puts it in the article.
        const Run restored = runLectern({QStringLiteral("--library"), library}, home,
                                        QStringLiteral("restore-save-quit"));
        QVERIFY2(restored.err.contains(QStringLiteral("recovery offered=1")),
                 qPrintable(restored.err));
        QVERIFY2(restored.err.contains(QStringLiteral("restored=1 saved=1")),
                 qPrintable(restored.err));
        QCOMPARE(restored.exitCode, 0);
        const Run after = runLectern({QStringLiteral("--library"), library, QStringLiteral("show"),
                                      uuid, QStringLiteral("--format"), QStringLiteral("text")},
                                     home);
        QVERIFY(after.out.contains(QStringLiteral("axolotlcrash")));
        const Run empty = runLectern({QStringLiteral("--library"), library,
                                      QStringLiteral("recovery"), QStringLiteral("--json")},
                                     home);
        QVERIFY(QJsonDocument::fromJson(empty.out.toUtf8()).array().isEmpty());
    }

    // Not a check: pictures of the page for people to look at, in English
    // and Ukrainian (LECTERN_SCREENSHOT_DIR, LECTERN_QM_DIR=build directory).
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set LECTERN_SCREENSHOT_DIR to take screenshots");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("uk")}) {
            QVERIFY(installUiLanguage(language, qEnvironmentVariable("LECTERN_QM_DIR")));
            Fixture f = fixture();
            QVERIFY(fillDemoLibrary(*f.store));
            MainWindow window(*f.store);
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.navigate(articleUrl(f.second));
            window.editing()->startEditing();
            MetadataPanel *panel = window.editing()->editor()->metadata();
            QVERIFY(panel->linkTranslation(f.first));
            QVERIFY(panel->addRelatedArticle(f.third));
            QVERIFY(panel->addRelatedArticle(f.first));
            panel->universityList()->item(0)->setCheckState(Qt::Checked);
            typeAtEnd(window.editing()->editor(), QStringLiteral(" More text."));
            QTest::qWait(50);
            QVERIFY(window.grab().save(folder + QStringLiteral("/editor-%1.png").arg(language)));
            QVERIFY(panel->grab().save(folder + QStringLiteral("/metadata-%1.png").arg(language)));
            RecoveryDialog dialog(
                *f.store,
                {RecoveryEntry{QStringLiteral("article"), f.first, QDateTime::currentDateTimeUtc(),
                               window.editing()->editor()->currentEdit().toJson()}});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(folder + QStringLiteral("/recovery-%1.png").arg(language)));
            window.editing()->editor()->setUnsavedPrompt(
                [](const QString &) { return Answer::Discard; });
        }
        QVERIFY(installUiLanguage(QStringLiteral("en"), qEnvironmentVariable("LECTERN_QM_DIR")));
    }

    // Not a check: the editor in each interface language at the smallest and
    // a large screen size, with a table and a misspelt word
    // (LECTERN_SCREENSHOT_DIR; LECTERN_QM_DIR=build directory):
    // editor-<language>-<width>x<height>.png.
    void editorScreenshotsAtTwoSizes()
    {
        const QString folder = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set LECTERN_SCREENSHOT_DIR to take screenshots");
        const struct
        {
            QString ui;
            QString name;
            QString title;
            QString typo;
            QStringList cells;
        } pages[] = {
            {QStringLiteral("en"),
             QStringLiteral("en"),
             QStringLiteral("Editing, revisions and trash"),
             QStringLiteral("Universities recieve students from both countries."),
             {QStringLiteral("Year"), QStringLiteral("Students"), QStringLiteral("Universities"),
              QStringLiteral("2024"), QStringLiteral("120"), QStringLiteral("14")}},
            {QStringLiteral("zh_CN"),
             QStringLiteral("zh"),
             QStringLiteral("编辑、修订与回收站"),
             QStringLiteral("两国的大学互相接收留学生。"),
             {QStringLiteral("年份"), QStringLiteral("学生"), QStringLiteral("大学"),
              QStringLiteral("2024"), QStringLiteral("120"), QStringLiteral("14")}},
            {QStringLiteral("uk"),
             QStringLiteral("uk"),
             QStringLiteral("Редагування, редакції та кошик"),
             QStringLiteral("Університети обох країн приймають студентв з обміну."),
             {QStringLiteral("Рік"), QStringLiteral("Студенти"), QStringLiteral("Університети"),
              QStringLiteral("2024"), QStringLiteral("120"), QStringLiteral("14")}},
        };
        for (const auto &page : pages) {
            QVERIFY(installUiLanguage(page.ui, qEnvironmentVariable("LECTERN_QM_DIR")));
            for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
                Fixture f;
                f.store = memoryStore();
                QVERIFY(fillDemoLibrary(*f.store));
                QString uuid;
                for (const ArticleSummary &row : f.store->articles({}).value()) {
                    if (row.title == page.title)
                        uuid = row.uuid;
                }
                QVERIFY2(!uuid.isEmpty(), qPrintable(page.title));
                MainWindow window(*f.store);
                window.resize(size);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                window.navigate(articleUrl(uuid));
                window.editing()->startEditing();
                RichTextEditor *text = window.editing()->editor()->textEditor();
                QTextEdit *edit = text->textEdit();
                QTextCursor cursor(edit->document()->findBlockByNumber(2));
                cursor.movePosition(QTextCursor::EndOfBlock);
                edit->setTextCursor(cursor);
                edit->insertPlainText(QLatin1Char(' ') + page.typo);
                QTest::keyClick(edit, Qt::Key_Return);
                text->insertTable(2, 3);
                for (const QString &cell : page.cells) {
                    QTest::keyClicks(edit, QString()); // keeps the cursor where Tab put it
                    edit->insertPlainText(cell);
                    QTest::keyClick(edit, Qt::Key_Tab);
                }
                edit->undo(); // the row the last Tab added
                edit->setTextCursor(cursor);
                edit->ensureCursorVisible();
                QVERIFY(QTest::qWaitFor([text] { return text->spelling()->isDone(); }, 30000));
                QTest::qWait(300);
                QVERIFY(window.grab().save(folder + QStringLiteral("/editor-%1-%2x%3.png")
                                                        .arg(page.name)
                                                        .arg(size.width())
                                                        .arg(size.height())));
                window.editing()->editor()->setUnsavedPrompt(
                    [](const QString &) { return Answer::Discard; });
            }
        }
        QVERIFY(installUiLanguage(QStringLiteral("en"), qEnvironmentVariable("LECTERN_QM_DIR")));
    }

    void recoveryCommandRejectsArguments()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        const Run run = runLectern({QStringLiteral("--library"),
                                    m_dir.filePath(QStringLiteral("crash.lectern")),
                                    QStringLiteral("recovery"), QStringLiteral("extra")},
                                   home);
        QCOMPARE(run.exitCode, 2);
        const Run missing = runLectern({QStringLiteral("--library"),
                                        m_dir.filePath(QStringLiteral("nothing.lectern")),
                                        QStringLiteral("recovery")},
                                       home);
        QCOMPARE(missing.exitCode, 1);
    }
};

QTEST_MAIN(ArticleEditorTest)
#include "tst_articleeditor.moc"
