// Spell checking: the words checked, Debian's hunspell dictionaries, the
// personal word list, and the underlines and context menu of the editor,
// an article's title and summary, and a university profile.
#include "editing/articleeditor.h"
#include "editing/metadatapanel.h"
#include "editing/universityeditor.h"
#include "editor/editortextedit.h"
#include "editor/fieldspelling.h"
#include "editor/richtexteditor.h"
#include "editor/spellhighlighter.h"
#include "spelling/personalwords.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingdictionary.h"
#include "spelling/spellingwords.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace lectern;
using namespace lectern::test;

namespace {

QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const SpellingWord &word : spellingWords(text))
        words.append(text.mid(word.start, word.length));
    return words;
}

// The words the editor underlines now.
QStringList underlined(QTextDocument *document)
{
    QStringList words;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words.append(block.text().mid(range.start, range.length));
        }
    }
    return words;
}

// Until the highlighter has worked through its document.
bool checked(SpellHighlighter *highlighter)
{
    return QTest::qWaitFor([highlighter] { return highlighter->isDone(); }, 20000);
}

QAction *namedAction(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

class SpellingTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibraryStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(SpellChecker::enabledSettingsKey());
        QFile::remove(PersonalWords::defaultPath());
        m_store = memoryStore();
        // Debian's dictionaries, which .ci/setup installs.
        QVERIFY2(findDictionary(QStringLiteral("en"), defaultDictionaryFolders()).isValid(),
                 "hunspell-en-us is not installed");
        QVERIFY2(findDictionary(QStringLiteral("uk"), defaultDictionaryFolders()).isValid(),
                 "hunspell-uk is not installed");
    }

    void cleanup() { SpellChecker::shared().setEnabled(true); }

    void wordsWorthChecking()
    {
        QCOMPARE(wordsOf(QStringLiteral("Don't stop: п'ять п’ять пʼять, well-known.")),
                 (QStringList{QStringLiteral("Don't"), QStringLiteral("stop"),
                              QStringLiteral("п'ять"), QStringLiteral("п’ять"),
                              QStringLiteral("пʼять"), QStringLiteral("well-known")}));
        // Not prose: abbreviations, digits, addresses, single letters, Chinese.
        QCOMPARE(wordsOf(QStringLiteral("CUEU PDF 2nd COVID19 A4 a https://cueu.org/x "
                                        "info@cueu.org www.hnu.edu.cn 西安交通大学 ok")),
                 QStringList{QStringLiteral("ok")});
        QCOMPARE(spellingKey(QStringLiteral("п’ять")), QStringLiteral("п'ять"));
        QCOMPARE(spellingKey(QStringLiteral("пʼять")), QStringLiteral("п'ять"));
        QCOMPARE(spellingKey(QStringLiteral("приві\u0301т")), QStringLiteral("привіт"));
        QCOMPARE(spellingScript(QStringLiteral("слово")), QChar::Script_Cyrillic);
    }

    void dictionariesForArticleLanguages()
    {
        const QStringList folders = defaultDictionaryFolders();
        QCOMPARE(findDictionary(QStringLiteral("en"), folders).name, QStringLiteral("en_US"));
        QCOMPARE(findDictionary(QStringLiteral("en-US"), folders).name, QStringLiteral("en_US"));
        QCOMPARE(findDictionary(QStringLiteral("uk"), folders).name, QStringLiteral("uk_UA"));
        QVERIFY(!findDictionary(QStringLiteral("zh"), folders).isValid());
        QVERIFY(!findDictionary(QStringLiteral("zh_CN"), folders).isValid());
        QVERIFY(!findDictionary(QStringLiteral("xx"), folders).isValid());
        // Any other language with a dictionary in the folders is checked too.
        QTemporaryDir dir;
        for (const char *name : {"de_AT.aff", "de_AT.dic"})
            QVERIFY(QFile::copy(QStringLiteral("/usr/share/hunspell/en_US.") +
                                    QString::fromLatin1(name).section(QLatin1Char('.'), 1),
                                dir.filePath(QString::fromLatin1(name))));
        QCOMPARE(findDictionary(QStringLiteral("de"), {dir.path()}).name, QStringLiteral("de_AT"));
        QVERIFY(dictionaryScripts(findDictionary(QStringLiteral("uk"), folders).affPath)
                    .contains(QChar::Script_Cyrillic));
        QVERIFY(dictionaryScripts(findDictionary(QStringLiteral("en"), folders).affPath)
                    .contains(QChar::Script_Latin));
    }

    void checkerAnswersOffTheWindowsThread()
    {
        QTemporaryDir dir;
        SpellChecker checker({defaultDictionaryFolders(), dir.filePath(QStringLiteral("w.txt"))});
        QSignalSpy answered(&checker, &SpellChecker::wordsChecked);
        // Not known yet: asked, never waited for.
        QCOMPARE(checker.check(QStringLiteral("en"), u"teh"), SpellChecker::Verdict::Pending);
        QCOMPARE(checker.check(QStringLiteral("en"), u"university"),
                 SpellChecker::Verdict::Pending);
        QVERIFY(answered.wait(20000));
        QTRY_VERIFY(!checker.isBusy());
        QCOMPARE(checker.check(QStringLiteral("en"), u"teh"), SpellChecker::Verdict::Misspelt);
        QCOMPARE(checker.check(QStringLiteral("en"), u"university"),
                 SpellChecker::Verdict::Correct);
        // Chinese is never checked; other alphabets are not the dictionary's.
        QCOMPARE(checker.check(QStringLiteral("zh"), u"teh"), SpellChecker::Verdict::Correct);
        QCOMPARE(checker.check(QStringLiteral("en"), u"слово"), SpellChecker::Verdict::Correct);
        QVERIFY(checker.dictionaryName(QStringLiteral("zh")).isEmpty());
        QCOMPARE(checker.languageFor({QStringLiteral("en"), QStringLiteral("uk")}, u"слово"),
                 QStringLiteral("uk"));
        // Suggestions come later too.
        QSignalSpy suggested(&checker, &SpellChecker::suggestionsReady);
        checker.requestSuggestions(QStringLiteral("en"), QStringLiteral("teh"));
        QVERIFY(suggested.count() == 1 || suggested.wait(20000));
        QVERIFY(suggested.first().at(2).toStringList().contains(QStringLiteral("the")));
    }

    void ukrainianApostrophesAreAllAccepted()
    {
        QTemporaryDir dir;
        SpellChecker checker({defaultDictionaryFolders(), dir.filePath(QStringLiteral("w.txt"))});
        const QStringList words{QStringLiteral("п'ять"),       QStringLiteral("п’ять"),
                                QStringLiteral("пʼять"),       QStringLiteral("м'ясо"),
                                QStringLiteral("м’ясо"),       QStringLiteral("мʼясо"),
                                QStringLiteral("університет"), QStringLiteral("пяьть")};
        for (const QString &word : words)
            (void)checker.check(QStringLiteral("uk"), word);
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isBusy(), 30000); // the dictionary takes 2 s to load
        for (const QString &word : words.mid(0, 7))
            QVERIFY2(checker.check(QStringLiteral("uk"), word) == SpellChecker::Verdict::Correct,
                     qPrintable(word));
        QCOMPARE(checker.check(QStringLiteral("uk"), u"пяьть"), SpellChecker::Verdict::Misspelt);
    }

    void personalWordsAreWrittenSafelyAndShared()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/spelling/personal-words.txt"));
        {
            SpellChecker checker({defaultDictionaryFolders(), path});
            (void)checker.check(QStringLiteral("en"), u"Shihezi");
            QTRY_VERIFY_WITH_TIMEOUT(!checker.isBusy(), 20000);
            QCOMPARE(checker.check(QStringLiteral("en"), u"Shihezi"),
                     SpellChecker::Verdict::Misspelt);
            QSignalSpy changed(&checker, &SpellChecker::wordListChanged);
            QVERIFY(checker.addToDictionary(QStringLiteral("Shihezi")));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(checker.check(QStringLiteral("en"), u"Shihezi"),
                     SpellChecker::Verdict::Correct);
            // One word list for every language.
            QCOMPARE(checker.check(QStringLiteral("uk"), u"Shihezi"),
                     SpellChecker::Verdict::Correct);
        }
        // In the file, and nothing left beside it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("Shihezi\n"));
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("personal-words.txt")});
        // A word another Lectern added meanwhile stays.
        PersonalWords other(path);
        QVERIFY(other.load());
        PersonalWords mine(path);
        QVERIFY(mine.load());
        QVERIFY(other.add(QStringLiteral("Xinjiang")));
        QVERIFY(mine.add(QStringLiteral("lectern")));
        PersonalWords reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.words(), (QStringList{QStringLiteral("Shihezi"), QStringLiteral("Xinjiang"),
                                              QStringLiteral("lectern")}));
        // A word added in small letters accepts its capitals, not the reverse.
        QVERIFY(reread.contains(QStringLiteral("Lectern")));
        QVERIFY(!reread.contains(QStringLiteral("shihezi")));
        // A folder that cannot be written: a message, and the list as it was.
        QFile blocker(dir.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        PersonalWords blocked(dir.filePath(QStringLiteral("blocked/words.txt")));
        const Status status = blocked.add(QStringLiteral("word"));
        QVERIFY(!status);
        QVERIFY2(status.error().contains(QStringLiteral("blocked")), qPrintable(status.error()));
    }

    void editorUnderlinesMisspeltWordsAsTheyAreTyped()
    {
        RichTextEditor editor(*m_store);
        editor.setSpellingLanguages({QStringLiteral("en")});
        editor.resize(800, 500);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setBodyHtml(QStringLiteral("<p>The <a href=\"https://x.org\">zzlink</a> and "
                                          "<code>qqcode</code> are fine.</p>"));
        QVERIFY(checked(editor.spelling()));
        QVERIFY(underlined(editor.textEdit()->document()).isEmpty());
        QTextEdit *edit = editor.textEdit();
        edit->setFocus();
        QTextCursor end = edit->textCursor();
        end.movePosition(QTextCursor::End);
        edit->setTextCursor(end);
        // The word being typed is left alone until it is finished.
        QTest::keyClicks(edit, QStringLiteral(" Teh"));
        QVERIFY(checked(editor.spelling()));
        QVERIFY(underlined(edit->document()).isEmpty());
        QTest::keyClicks(edit, QStringLiteral(" univercity "));
        QVERIFY(checked(editor.spelling()));
        QTRY_COMPARE(underlined(edit->document()),
                     (QStringList{QStringLiteral("Teh"), QStringLiteral("univercity")}));
        // Checking is no edit: the article is as it was, and stays unsaved-clean.
        editor.setModified(false);
        editor.setBodyHtml(QStringLiteral("<p>Three wrods here.</p>"));
        QVERIFY(checked(editor.spelling()));
        QCOMPARE(underlined(edit->document()), QStringList{QStringLiteral("wrods")});
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Three wrods here.</p>"));

        // The toggle turns it off (and is remembered), and on again.
        QAction *toggle = editor.editorAction(QStringLiteral("checkSpelling"));
        QVERIFY(toggle && toggle->isChecked());
        QVERIFY(editor.formatMenu()->actions().contains(toggle));
        toggle->trigger();
        QVERIFY(!SpellChecker::shared().isEnabled());
        QCOMPARE(QSettings().value(SpellChecker::enabledSettingsKey()).toBool(), false);
        QVERIFY(checked(editor.spelling()));
        QVERIFY(underlined(edit->document()).isEmpty());
        toggle->trigger();
        QVERIFY(checked(editor.spelling()));
        QCOMPARE(underlined(edit->document()), QStringList{QStringLiteral("wrods")});
        // Read-only text is not checked.
        editor.setReadOnly(true);
        QVERIFY(checked(editor.spelling()));
        QVERIFY(underlined(edit->document()).isEmpty());
    }

    void contextMenuSuggestsAddsAndIgnores()
    {
        RichTextEditor editor(*m_store);
        editor.setSpellingLanguages({QStringLiteral("en")});
        editor.resize(800, 500);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setBodyHtml(QStringLiteral("<p>A <b>recieve</b> and Lecternia and Quuxland.</p>"));
        QVERIFY(checked(editor.spelling()));
        auto *edit = static_cast<EditorTextEdit *>(editor.textEdit());
        const auto pointAt = [edit](const QString &word) {
            QTextCursor cursor = edit->document()->find(word);
            cursor.setPosition(cursor.selectionStart() + 2);
            return edit->cursorRect(cursor).center();
        };
        std::unique_ptr<QMenu> menu(edit->contextMenuAt(pointAt(QStringLiteral("recieve"))));
        QVERIFY(namedAction(menu.get(), QStringLiteral("addToDictionary")));
        QTRY_VERIFY_WITH_TIMEOUT(namedAction(menu.get(), QStringLiteral("spellingSuggestion")),
                                 20000);
        QAction *suggestion = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QLatin1String("receive"))
                suggestion = action;
        }
        QVERIFY(suggestion);
        suggestion->trigger();
        // Replaced in place, keeping its bold, in one undo step.
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p>A <b>receive</b> and Lecternia and Quuxland.</p>"));
        edit->undo();
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p>A <b>recieve</b> and Lecternia and Quuxland.</p>"));

        // Add to Dictionary: into the user's word list, unmarked everywhere.
        menu.reset(edit->contextMenuAt(pointAt(QStringLiteral("Lecternia"))));
        namedAction(menu.get(), QStringLiteral("addToDictionary"))->trigger();
        QVERIFY(checked(editor.spelling()));
        QVERIFY(!underlined(edit->document()).contains(QStringLiteral("Lecternia")));
        QFile words(PersonalWords::defaultPath());
        QVERIFY(words.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(words.readAll()).contains(QStringLiteral("Lecternia")));
        // Ignore: unmarked until Lectern closes, not written anywhere.
        menu.reset(edit->contextMenuAt(pointAt(QStringLiteral("Quuxland"))));
        namedAction(menu.get(), QStringLiteral("ignoreWord"))->trigger();
        QVERIFY(checked(editor.spelling()));
        QCOMPARE(underlined(edit->document()), QStringList{QStringLiteral("recieve")});
        words.seek(0);
        QVERIFY(!QString::fromUtf8(words.readAll()).contains(QStringLiteral("Quuxland")));
        // A correct word gets Qt's menu only.
        menu.reset(edit->contextMenuAt(pointAt(QStringLiteral("and"))));
        QVERIFY(!namedAction(menu.get(), QStringLiteral("addToDictionary")));
    }

    void articleLanguageTitleAndSummaryAreChecked()
    {
        ArticleEditor editor(*m_store);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        ArticleEdit edit;
        edit.article.title = QStringLiteral("Студенти з Украни");
        edit.article.summary = QStringLiteral("Коротко про програму обмну.");
        edit.article.language = QStringLiteral("uk");
        edit.article.bodyHtml =
            QStringLiteral("<p>Делегація обговорила проєкти, п’ять угод і пʼять програм; "
                           "помилкка тут. English words are left alone.</p>");
        editor.startNew(edit);
        RichTextEditor *text = editor.textEditor();
        QCOMPARE(text->spelling()->languages(), QStringList{QStringLiteral("uk")});
        QVERIFY(checked(text->spelling()));
        QCOMPARE(underlined(text->textEdit()->document()), QStringList{QStringLiteral("помилкка")});
        MetadataPanel *panel = editor.metadata();
        QTRY_COMPARE(panel->titleSpelling()->markedWords(), QStringList{QStringLiteral("Украни")});
        QTRY_COMPARE(panel->summarySpelling()->markedWords(), QStringList{QStringLiteral("обмну")});
        // Checking changes nothing the article would save.
        QVERIFY(!editor.isModified());
        // The title's underline is drawn: red under the word, none under the others.
        const QImage title = panel->titleEdit()->grab().toImage();
        int red = 0;
        for (int y = title.height() / 2; y < title.height(); ++y) {
            for (int x = 0; x < title.width(); ++x) {
                const QColor c = title.pixelColor(x, y);
                red += c.red() - qMax(c.green(), c.blue()) > 50; // the wave, antialiased
            }
        }
        QVERIFY2(red > 5, qPrintable(QString::number(red)));

        // Another language: checked again in it. Chinese is not checked.
        panel->languageCombo()->setCurrentIndex(
            panel->languageCombo()->findData(QStringLiteral("zh")));
        QVERIFY(checked(text->spelling()));
        QVERIFY(underlined(text->textEdit()->document()).isEmpty());
        QVERIFY(panel->titleSpelling()->markedWords().isEmpty());
        QVERIFY(panel->summarySpelling()->markedWords().isEmpty());
        panel->languageCombo()->setCurrentIndex(
            panel->languageCombo()->findData(QStringLiteral("en")));
        QVERIFY(checked(text->spelling()));
        QVERIFY(underlined(text->textEdit()->document()).isEmpty()); // Cyrillic is not English
        // The title's context menu offers the same.
        panel->titleEdit()->setText(QStringLiteral("Scholarhips in Ukraine"));
        QTRY_COMPARE(panel->titleSpelling()->markedWords(),
                     QStringList{QStringLiteral("Scholarhips")});
        std::unique_ptr<QMenu> menu(panel->titleSpelling()->contextMenuAt(
            QPoint(panel->titleEdit()->fontMetrics().horizontalAdvance(QStringLiteral("Scho")) + 4,
                   panel->titleEdit()->height() / 2)));
        QTRY_VERIFY_WITH_TIMEOUT(namedAction(menu.get(), QStringLiteral("spellingSuggestion")),
                                 20000);
        for (QAction *action : menu->actions()) {
            if (action->text() == QLatin1String("Scholarships")) {
                action->trigger();
                break;
            }
        }
        QCOMPARE(panel->titleEdit()->text(), QStringLiteral("Scholarships in Ukraine"));
        QTRY_VERIFY(panel->titleSpelling()->markedWords().isEmpty());
    }

    void universityProfileIsCheckedByAlphabet()
    {
        UniversityEditor editor(*m_store);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.profileEditor()->setBodyHtml(QStringLiteral(
            "<p>The universty in the capital. Унiверситет у Києві, найстаріший.</p>"));
        QVERIFY(checked(editor.profileEditor()->spelling()));
        QTRY_COMPARE(underlined(editor.profileEditor()->textEdit()->document()),
                     (QStringList{QStringLiteral("universty"), QStringLiteral("Унiверситет")}));
    }
};

QTEST_MAIN(SpellingTest)
#include "tst_spelling.moc"
