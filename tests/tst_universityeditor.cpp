// The university editor: saving (with a revision), the unsaved-changes
// question, website validation, the logo as library media, and the trash.
#include "dialoganswer.h"
#include "editing/articleedit.h"
#include "editing/editingcontroller.h"
#include "editing/recoverydialog.h"
#include "editing/universityeditor.h"
#include "editor/findreplacebar.h"
#include "editor/richtexteditor.h"
#include "history/revisiondiff.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextEdit>

using namespace lectern;
using namespace lectern::test;

namespace {

University storedUniversity(LibraryStore &store)
{
    University u;
    u.name = QStringLiteral("Taras Shevchenko National University of Kyiv");
    u.country = QStringLiteral("Ukraine");
    u.city = QStringLiteral("Kyiv");
    u.founded = 1834;
    u.website = QStringLiteral("https://knu.ua");
    u.profileHtml = QStringLiteral("<p>The oldest university of Kyiv.</p>");
    const Result<University> saved = store.saveUniversity(u);
    if (!saved)
        qFatal("cannot save: %s", qPrintable(saved.error()));
    return saved.value();
}

QString writeImage(const QTemporaryDir &dir, const QString &name, Qt::GlobalColor color)
{
    QImage image(64, 40, QImage::Format_RGB32);
    image.fill(color);
    const QString path = dir.filePath(name);
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<RecoveryEntry> recovery(const LibraryStore &store)
{
    const auto entries = store.recoveryEntries();
    return entries ? entries.value() : QList<RecoveryEntry>();
}

void typeInProfile(UniversityEditor &editor, const QString &text)
{
    QTextEdit *edit = editor.profileEditor()->textEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.movePosition(QTextCursor::End);
    edit->setTextCursor(cursor);
    QTest::keyClicks(edit, text);
}

UniversityEditor *openEditorOf(QWidget &window, const QString &uuid)
{
    for (UniversityEditor *editor : window.findChildren<UniversityEditor *>()) {
        if (editor->isVisible() && editor->uuid() == uuid)
            return editor;
    }
    return nullptr;
}

} // namespace

class UniversityEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newUniversitySavesAndLaterSavesKeepRevisions()
    {
        auto store = memoryStore();
        UniversityEditor editor(*store);
        QVERIFY(editor.isNew());
        QVERIFY(!editor.isModified());
        QSignalSpy saved(&editor, &UniversityEditor::saved);
        editor.nameField()->setText(QStringLiteral("Xi'an Jiaotong University"));
        editor.countryField()->setCurrentIndex(
            editor.countryField()->findData(QStringLiteral("China")));
        editor.cityField()->setText(QStringLiteral("Xi'an"));
        editor.foundedField()->setValue(1896);
        editor.websiteField()->setText(QStringLiteral("www.xjtu.edu.cn"));
        QVERIFY(editor.isModified());
        QVERIFY(editor.save());
        QCOMPARE(saved.size(), 1);
        QVERIFY(!editor.isNew());
        QVERIFY(!editor.isModified());

        const Result<University> stored = store->university(editor.uuid());
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->name, QStringLiteral("Xi'an Jiaotong University"));
        QCOMPARE(stored->country, QStringLiteral("China"));
        QCOMPARE(stored->city, QStringLiteral("Xi'an"));
        QCOMPARE(stored->founded, 1896);
        QCOMPARE(stored->website, QStringLiteral("https://www.xjtu.edu.cn")); // made followable
        QCOMPARE(store->universityRevisions(editor.uuid())->size(), 0);

        editor.cityField()->setText(QStringLiteral("Xi'an, Shaanxi"));
        QVERIFY(editor.isModified());
        QVERIFY(editor.save());
        const auto revisions = store->universityRevisions(editor.uuid());
        QCOMPARE(revisions->size(), 1);
        QCOMPARE(store->universityRevision(revisions->first().id)->city, QStringLiteral("Xi'an"));
        QCOMPARE(store->university(editor.uuid())->city, QStringLiteral("Xi'an, Shaanxi"));
    }

    void openShowsEveryField()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        UniversityEditor editor(*store);
        QVERIFY(editor.openUniversity(u.uuid));
        QCOMPARE(editor.nameField()->text(), u.name);
        QCOMPARE(editor.cityField()->text(), u.city);
        QCOMPARE(editor.foundedField()->value(), 1834);
        QCOMPARE(editor.websiteField()->text(), u.website);
        QCOMPARE(editor.currentUniversity().country, QStringLiteral("Ukraine"));
        QVERIFY(editor.profileEditor()->plainText().contains(QStringLiteral("oldest")));
        QVERIFY(!editor.isModified());
        QVERIFY(!editor.openUniversity(QStringLiteral("no-such-uuid")));
    }

    void fitsAShortScreen()
    {
        // A screen 700 pixels high (main() below): what fits there fits a
        // 900-pixel laptop screen with room to spare.
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        QWidget window;
        auto *editor = new UniversityEditor(*store, &window);
        editor->setWindowFlag(Qt::Window); // as the main window opens it
        QVERIFY(editor->openUniversity(u.uuid));
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        const QRect screen = editor->screen()->availableGeometry();
        QCOMPARE(screen.height(), 700);
        QVERIFY2(editor->frameGeometry().height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(editor->frameGeometry().height())
                                .arg(screen.height())));
        QVERIFY(editor->minimumSizeHint().height() <= screen.height());
        QVERIFY(screen.contains(editor->frameGeometry()));
        // Every field and the profile's text are there to use.
        QTextEdit *profile = editor->profileEditor()->textEdit();
        QVERIFY2(profile->height() >= 100, qPrintable(QString::number(profile->height())));
        for (QWidget *field :
             {static_cast<QWidget *>(editor->nameField()),
              static_cast<QWidget *>(editor->websiteField()), static_cast<QWidget *>(profile)}) {
            const QRect shown(field->mapTo(editor, QPoint(0, 0)), field->size());
            QVERIFY2(editor->rect().contains(shown.topLeft()), qPrintable(field->objectName()));
        }
    }

    void escapeAndCtrlWCloseAskingFirst()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        QWidget window;
        auto *editor = new UniversityEditor(*store, &window);
        editor->setWindowFlag(Qt::Window);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        const QPointer<UniversityEditor> alive = editor;
        QVERIFY(editor->openUniversity(u.uuid));
        editor->show();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        editor->cityField()->setFocus();
        QTest::keyClicks(editor->cityField(), QStringLiteral(" (centre)"));
        int asked = 0;
        editor->setUnsavedPrompt([&asked](const QString &) {
            ++asked;
            return UniversityEditor::UnsavedAnswer::Cancel;
        });
        QTest::keyClick(editor->cityField(), Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(alive && editor->isVisible()); // Cancel: still editing
        QTest::keyClick(editor->cityField(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(asked, 2);
        QVERIFY(alive && editor->isVisible());
        // Esc in the profile's find bar closes only the bar.
        editor->profileEditor()->textEdit()->setFocus();
        QTest::keyClick(editor->profileEditor()->textEdit(), Qt::Key_F, Qt::ControlModifier);
        QWidget *findBar = editor->profileEditor()->findBar();
        QVERIFY(findBar->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!findBar->isVisible());
        QCOMPARE(asked, 2);
        // Discard: closed, the change gone.
        editor->setUnsavedPrompt([&asked](const QString &) {
            ++asked;
            return UniversityEditor::UnsavedAnswer::Discard;
        });
        QTest::keyClick(editor->profileEditor()->textEdit(), Qt::Key_Escape);
        QCOMPARE(asked, 3);
        QTRY_VERIFY(!alive);
        QCOMPARE(store->university(u.uuid)->city, QStringLiteral("Kyiv"));
        // With nothing to save it closes without asking.
        auto *clean = new UniversityEditor(*store, &window);
        clean->setWindowFlag(Qt::Window);
        clean->setAttribute(Qt::WA_DeleteOnClose);
        const QPointer<UniversityEditor> cleanAlive = clean;
        QVERIFY(clean->openUniversity(u.uuid));
        clean->show();
        QVERIFY(QTest::qWaitForWindowActive(clean));
        clean->nameField()->setFocus();
        QTest::keyClick(clean->nameField(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!cleanAlive);
        QCOMPARE(asked, 3);
    }

    void onlyTheCityChangedIsAllHistorySays()
    {
        // A profile as the demo and imports store it (a line between
        // paragraphs), which the editor would write without them.
        auto store = memoryStore();
        University u = storedUniversity(*store);
        u.profileHtml = QStringLiteral("<p>The oldest university of Kyiv.</p>\n<p>Founded in "
                                       "<b>1834</b>.</p>\n");
        u = store->saveUniversity(u).value();
        UniversityEditor editor(*store);
        QVERIFY(editor.openUniversity(u.uuid));
        editor.cityField()->setText(QStringLiteral("Kyiv, Ukraine"));
        QVERIFY(editor.save());
        const Result<QList<RevisionEntry>> history = universityHistory(*store, u.uuid);
        QVERIFY(history);
        QCOMPARE(history->at(1).changes.keys, QStringList{QStringLiteral("city")});
        QCOMPARE(history->at(1).changes.text(), QStringLiteral("City"));
        QCOMPARE(store->university(u.uuid)->profileHtml, u.profileHtml);
    }

    void unsavedChangesPrompt()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        UniversityEditor editor(*store);
        QVERIFY(editor.openUniversity(u.uuid));
        QVERIFY(editor.confirmLeave()); // nothing to lose: no question
        editor.cityField()->setText(QStringLiteral("Kyiv, Ukraine"));
        QVERIFY(editor.isModified());

        int asked = 0;
        editor.setUnsavedPrompt([&asked](const QString &name) {
            ++asked;
            Q_UNUSED(name)
            return UniversityEditor::UnsavedAnswer::Cancel;
        });
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.close()); // Cancel: stays open with the edits
        QCOMPARE(asked, 1);
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.cityField()->text(), QStringLiteral("Kyiv, Ukraine"));

        editor.setUnsavedPrompt(
            [](const QString &) { return UniversityEditor::UnsavedAnswer::Discard; });
        QVERIFY(editor.confirmLeave());
        QCOMPARE(editor.cityField()->text(), QStringLiteral("Kyiv"));
        QVERIFY(!editor.isModified());
        QCOMPARE(store->universityRevisions(u.uuid)->size(), 0);

        editor.cityField()->setText(QStringLiteral("Kyiv (Kiev)"));
        editor.setUnsavedPrompt(
            [](const QString &) { return UniversityEditor::UnsavedAnswer::Save; });
        QVERIFY(editor.close());
        QCOMPARE(store->university(u.uuid)->city, QStringLiteral("Kyiv (Kiev)"));
        QCOMPARE(store->universityRevisions(u.uuid)->size(), 1);
    }

    void defaultPromptIsAMessageBox()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        UniversityEditor editor(*store);
        QVERIFY(editor.openUniversity(u.uuid));
        editor.nameField()->setText(QStringLiteral("KNU"));
        auto answer = answerNextMessageBox(QMessageBox::RejectRole);
        QVERIFY(!editor.confirmLeave());
        QVERIFY(answer->asked);
        QVERIFY2(answer->text.contains(QStringLiteral("KNU")), qPrintable(answer->text));
        QVERIFY(editor.isModified());
    }

    void invalidWebsiteIsRejectedWithAMessage()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        UniversityEditor editor(*store);
        QVERIFY(editor.openUniversity(u.uuid));
        editor.show();
        for (const QString &bad :
             {QStringLiteral("not a web address"), QStringLiteral("javascript:alert(1)"),
              QStringLiteral("ftp://knu.ua"), QStringLiteral("http://"), QStringLiteral("knu")}) {
            editor.websiteField()->setText(bad);
            QVERIFY2(!editor.save(), qPrintable(bad));
            QVERIFY(editor.lastError().contains(QStringLiteral("not a web address")));
            QVERIFY(editor.lastError().contains(bad));
            QVERIFY(editor.messageBar()->isVisible());
            QVERIFY(editor.isModified()); // the edit stays in the form
        }
        QCOMPARE(store->university(u.uuid)->website, QStringLiteral("https://knu.ua"));
        QCOMPARE(store->universityRevisions(u.uuid)->size(), 0);

        editor.websiteField()->setText(QStringLiteral("https://knu.ua/en/"));
        QVERIFY(editor.save());
        QVERIFY(!editor.messageBar()->isVisible());
        QCOMPARE(store->university(u.uuid)->website, QStringLiteral("https://knu.ua/en/"));

        QCOMPARE(UniversityEditor::normalizedWebsite(QStringLiteral(" kpi.ua ")),
                 QStringLiteral("https://kpi.ua"));
        QCOMPARE(UniversityEditor::normalizedWebsite(QStringLiteral("HTTP://Example.EDU/a?b=1")),
                 QStringLiteral("http://example.edu/a?b=1"));
        QVERIFY(UniversityEditor::normalizedWebsite(QStringLiteral("https://.edu")).isEmpty());
    }

    void nameIsRequired()
    {
        auto store = memoryStore();
        UniversityEditor editor(*store);
        editor.cityField()->setText(QStringLiteral("Harbin"));
        QVERIFY(!editor.save());
        QVERIFY(editor.lastError().contains(QStringLiteral("name")));
        QVERIFY(store->universities()->isEmpty());
    }

    void logoIsStoredAsMedia()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = writeImage(dir, QStringLiteral("logo.png"), Qt::darkBlue);
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        UniversityEditor editor(*store);
        QVERIFY(editor.openUniversity(u.uuid));
        const Status set = editor.setLogoFile(png);
        QVERIFY2(set, qPrintable(set.error()));
        QVERIFY(editor.isModified());
        QVERIFY(editor.save());
        const QString logo = store->university(u.uuid)->logo;
        QVERIFY(!logo.isEmpty());
        const Result<MediaItem> media = store->media(logo);
        QVERIFY2(media, qPrintable(media.error()));
        QCOMPARE(media->data, fileBytes(png));
        QCOMPARE(media->mime, QStringLiteral("image/png"));
        QCOMPARE(store->universityRevisions(u.uuid)->size(), 1);

        // The same picture for another university is stored once.
        UniversityEditor second(*store);
        second.nameField()->setText(QStringLiteral("Another"));
        QVERIFY(second.setLogoFile(png));
        QVERIFY(second.save());
        QCOMPARE(store->university(second.uuid())->logo, logo);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM media"))->toInt(), 1);

        // Not an image: refused, naming the file.
        const QString text = dir.filePath(QStringLiteral("notes.png"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a picture");
        file.close();
        const Status refused = editor.setLogoFile(text);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("notes.png")));
        QVERIFY(!editor.setLogoFile(dir.filePath(QStringLiteral("missing.png"))));

        editor.removeLogo();
        QVERIFY(editor.save());
        QVERIFY(store->university(u.uuid)->logo.isEmpty());
    }

    void moveToTrashAsksFirst()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        UniversityEditor editor(*store);
        QVERIFY(editor.openUniversity(u.uuid));
        QSignalSpy trashed(&editor, &UniversityEditor::trashed);
        editor.setConfirmation([](const QString &) { return false; });
        QVERIFY(!editor.moveToTrash());
        QCOMPARE(store->trashCount().value(), 0);
        QString question;
        editor.setConfirmation([&question](const QString &text) {
            question = text;
            return true;
        });
        QVERIFY(editor.moveToTrash());
        QVERIFY(question.contains(u.name));
        QCOMPARE(trashed.size(), 1);
        QCOMPARE(store->trashCount().value(), 1);
        QVERIFY(store->universities()->isEmpty());
    }

    void autosaveKeepsUnsavedEditsWithoutRevisions()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        UniversityEditor editor(*store);
        QCOMPARE(editor.autosaveTimer()->interval(), UniversityEditor::defaultAutosaveDelayMs);
        QVERIFY(editor.openUniversity(u.uuid));
        QVERIFY(!editor.autosaveTimer()->isActive()); // opening is not an edit
        editor.cityField()->setText(QStringLiteral("Kyiv, Volodymyrska 60"));
        QVERIFY(editor.autosaveTimer()->isActive()); // armed, not written per keystroke
        QVERIFY(recovery(*store).isEmpty());
        editor.setAutosaveDelay(20);
        typeInProfile(editor, QStringLiteral(" Founded by imperial decree."));
        QTRY_COMPARE(recovery(*store).size(), 1);
        RecoveryEntry entry = recovery(*store).first();
        QCOMPARE(entry.kind, recoveryKindUniversity);
        QCOMPARE(entry.uuid, u.uuid);
        QTRY_VERIFY(recovery(*store)
                        .first()
                        .snapshot.value(QStringLiteral("profileHtml"))
                        .toString()
                        .contains(QStringLiteral("imperial decree.")));
        entry = recovery(*store).first();
        QCOMPARE(entry.snapshot.value(QStringLiteral("city")).toString(),
                 QStringLiteral("Kyiv, Volodymyrska 60"));
        // Nothing was saved: no revision, the library still has the old version.
        QCOMPARE(store->universityRevisions(u.uuid)->size(), 0);
        QCOMPARE(store->university(u.uuid)->city, QStringLiteral("Kyiv"));

        // Saving clears it.
        QVERIFY(editor.save());
        QVERIFY(recovery(*store).isEmpty());
        QCOMPARE(store->universityRevisions(u.uuid)->size(), 1);
        // Without changes there is nothing to keep.
        QVERIFY(editor.writeRecovery());
        QVERIFY(recovery(*store).isEmpty());

        // Discarding clears it.
        editor.nameField()->setText(QStringLiteral("KNU"));
        QVERIFY(editor.writeRecovery());
        QCOMPARE(recovery(*store).size(), 1);
        editor.setUnsavedPrompt(
            [](const QString &) { return UniversityEditor::UnsavedAnswer::Discard; });
        QVERIFY(editor.confirmLeave());
        QVERIFY(recovery(*store).isEmpty());
        QVERIFY(!editor.autosaveTimer()->isActive());

        // A failed save keeps the edits for recovery.
        editor.foundedField()->setValue(1835);
        QVERIFY(execSql(*store, QStringLiteral("PRAGMA query_only = 1")));
        QVERIFY(!editor.save());
        QVERIFY(execSql(*store, QStringLiteral("PRAGMA query_only = 0")));
        QVERIFY(editor.isModified());
        QVERIFY(editor.writeRecovery());
        QCOMPARE(recovery(*store).size(), 1);

        // Moving to the trash clears it.
        editor.setConfirmation([](const QString &) { return true; });
        QVERIFY(editor.moveToTrash());
        QVERIFY(recovery(*store).isEmpty());
    }

    void savingClearsTheRecoveryEntryInTheSameTransaction()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        QJsonObject snapshot = u.toJson();
        snapshot.insert(QStringLiteral("city"), QStringLiteral("Lviv"));
        QVERIFY(store->saveRecovery(recoveryKindUniversity, u.uuid, snapshot));
        QVERIFY(store->saveRecovery(recoveryKindArticle, u.uuid, snapshot)); // another kind

        // A save that fails keeps autosave's copy: it is all the user has.
        University edited = u;
        edited.city = QStringLiteral("Lviv");
        QVERIFY(execSql(*store, QStringLiteral("PRAGMA query_only = 1")));
        QVERIFY(!store->saveUniversity(edited));
        QVERIFY(execSql(*store, QStringLiteral("PRAGMA query_only = 0")));
        QCOMPARE(recovery(*store).size(), 2);

        // The store's save itself removes it, so no crash between the two
        // steps can offer to "restore" what is already saved.
        QVERIFY(store->saveUniversity(edited));
        const QList<RecoveryEntry> left = recovery(*store);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().kind, recoveryKindArticle);
    }

    void newUniversityIsKeptWithItsLogo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = writeImage(dir, QStringLiteral("logo.png"), Qt::darkRed);
        auto store = memoryStore();
        UniversityEditor editor(*store);
        QVERIFY(editor.isNew());
        QVERIFY(!editor.uuid().isEmpty()); // so that autosave can keep it
        QVERIFY(editor.writeRecovery());   // nothing typed: nothing kept
        QVERIFY(recovery(*store).isEmpty());
        editor.nameField()->setText(QStringLiteral("Xi'an Jiaotong University"));
        QVERIFY(editor.setLogoFile(png));
        QVERIFY(editor.writeRecovery());
        const QList<RecoveryEntry> entries = recovery(*store);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().uuid, editor.uuid());
        const QString logo = entries.first().snapshot.value(QStringLiteral("logo")).toString();
        QVERIFY(!logo.isEmpty());
        QCOMPARE(store->media(logo)->data, fileBytes(png));
        QVERIFY(store->universities()->isEmpty()); // not saved
        QVERIFY(editor.isNew());
        QVERIFY(editor.isModified());
        const QString uuid = editor.uuid();
        QVERIFY(editor.save());
        QCOMPARE(editor.uuid(), uuid);
        QCOMPARE(store->university(uuid)->logo, logo);
        QVERIFY(recovery(*store).isEmpty());
    }

    void recoveryIsOfferedAfterACrashAndRestored()
    {
        auto store = memoryStore();
        const University u = storedUniversity(*store);
        QString fresh;
        {
            // A session that "crashed": the editors go without a close or a question.
            auto *editor = new UniversityEditor(*store);
            QVERIFY(editor->openUniversity(u.uuid));
            editor->cityField()->setText(QStringLiteral("Kyiv, Podil"));
            typeInProfile(*editor, QStringLiteral(" Home of the echidna collection."));
            QVERIFY(editor->writeRecovery());
            auto *created = new UniversityEditor(*store);
            created->nameField()->setText(QStringLiteral("Never saved university"));
            typeInProfile(*created, QStringLiteral("About platypuses."));
            QVERIFY(created->writeRecovery());
            fresh = created->uuid();
            delete editor;
            delete created;
        }
        QCOMPARE(recovery(*store).size(), 2);

        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditingController *editing = window.editing();
        QTRY_VERIFY(editing->recoveryDialog() != nullptr);
        RecoveryDialog *dialog = editing->recoveryDialog();
        QCOMPARE(dialog->count(), 2);
        QString shown;
        int savedRow = -1;
        for (int row = 0; row < dialog->count(); ++row) {
            dialog->list()->setCurrentRow(row);
            shown += dialog->details()->toPlainText();
            if (dialog->list()->item(row)->text().startsWith(u.name))
                savedRow = row;
        }
        QVERIFY2(shown.contains(u.name), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("echidna collection")));
        QVERIFY(shown.contains(QStringLiteral("city")));
        QVERIFY(shown.contains(QStringLiteral("profile")));
        QVERIFY(shown.contains(QStringLiteral("Never saved university")));
        QVERIFY(shown.contains(QStringLiteral("never saved")));
        QVERIFY(savedRow >= 0);

        // Restore the saved one: its editor opens with the edits, modified.
        dialog->list()->setCurrentRow(savedRow);
        dialog->restoreButton()->click();
        UniversityEditor *editor = openEditorOf(window, u.uuid);
        QVERIFY(editor);
        QVERIFY(!editor->isNew());
        QVERIFY(editor->isModified());
        QCOMPARE(editor->cityField()->text(), QStringLiteral("Kyiv, Podil"));
        QVERIFY(editor->profileEditor()->plainText().contains(QStringLiteral("echidna")));
        QVERIFY(editor->save());
        QCOMPARE(store->university(u.uuid)->city, QStringLiteral("Kyiv, Podil"));
        QCOMPARE(store->universityRevisions(u.uuid)->size(), 1);
        QCOMPARE(recovery(*store).size(), 1);
        QTRY_VERIFY(editing->recoveryDialog() == nullptr);

        // Next time the other is offered again; restored, it is a new university.
        editing->checkRecovery();
        QTRY_VERIFY(editing->recoveryDialog() != nullptr);
        QCOMPARE(editing->recoveryDialog()->count(), 1);
        editing->recoveryDialog()->restoreButton()->click();
        UniversityEditor *created = openEditorOf(window, fresh);
        QVERIFY(created);
        QVERIFY(created->isNew());
        QVERIFY(created->isModified());
        QCOMPARE(created->nameField()->text(), QStringLiteral("Never saved university"));
        QVERIFY(created->save());
        QCOMPARE(store->university(fresh)->name, QStringLiteral("Never saved university"));
        QVERIFY(recovery(*store).isEmpty());
        for (UniversityEditor *open : window.findChildren<UniversityEditor *>())
            open->setUnsavedPrompt(
                [](const QString &) { return UniversityEditor::UnsavedAnswer::Discard; });
    }

    // Not a check: pictures for people to look at, when asked for with
    // LECTERN_SCREENSHOTS=folder.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("LECTERN_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set LECTERN_SCREENSHOTS to a folder to write screenshots");
        QTemporaryDir dir;
        const QString png = writeImage(dir, QStringLiteral("logo.png"), Qt::darkBlue);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("uk")}) {
            installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR));
            auto store = memoryStore();
            const University u = storedUniversity(*store);
            UniversityEditor editor(*store);
            QVERIFY(editor.openUniversity(u.uuid));
            QVERIFY(editor.setLogoFile(png));
            editor.websiteField()->setText(QStringLiteral("knu ua"));
            QVERIFY(!editor.save());
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            QVERIFY(editor.grab().save(
                QDir(folder).filePath(QStringLiteral("university-editor-%1.png").arg(language))));
        }
        installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR));
    }
};

// On a screen of the smallest size the window must fit (1024 × 700), which
// the offscreen platform takes from a file.
int main(int argc, char **argv)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen")
        qputenv("QT_QPA_PLATFORM",
                "offscreen:configfile=" LECTERN_FIXTURES "/screen-1024x700.json");
    QApplication app(argc, argv);
    UniversityEditorTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_universityeditor.moc"
