// The university editor: saving (with a revision), the unsaved-changes
// question, website validation, the logo as library media, and the trash.
#include "dialoganswer.h"
#include "editing/universityeditor.h"
#include "editor/richtexteditor.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

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
        QCOMPARE(scalar(store->database(), QStringLiteral("SELECT count(*) FROM media"))->toInt(),
                 1);

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

QTEST_MAIN(UniversityEditorTest)
#include "tst_universityeditor.moc"
