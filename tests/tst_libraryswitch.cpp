// File › New Library…, Open Library… and Open Recent: the window switches to
// another library (asking about unsaved edits first), keeps the one it shows
// when the other cannot be opened, offers to create a missing library or to
// open another, and never holds two stores of one file.
#include "articlehtml.h"
#include "dialoganswer.h"
#include "editing/articleeditor.h"
#include "editing/editingcontroller.h"
#include "editing/metadatapanel.h"
#include "libraryfilemenu.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "recentlibraries.h"
#include "storage/libraryfiles.h"
#include "testsupport.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace lectern;
using namespace lectern::test;

namespace {

QString makeLibrary(const QString &path, const QStringList &titles)
{
    auto store = LibraryStore::create(path);
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error()));
    for (const QString &title : titles)
        (void)store.value()->saveArticle(makeArticle(title, QStringLiteral("text")));
    return path;
}

// What the window's article list shows.
QStringList titlesShown(MainWindow &window)
{
    window.showAllArticles();
    QStringList titles;
    const QAbstractItemModel *model = window.articleList()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row, 0).data().toString());
    titles.sort();
    return titles;
}

QStringList recentPaths()
{
    QStringList paths;
    for (const LibraryLocation &location : RecentLibraries::list())
        paths.append(location.path());
    return paths;
}

QMenu *recentMenu(MainWindow &window)
{
    QMenu *menu = window.libraryMenu()->recentMenu();
    Q_EMIT menu->aboutToShow(); // filled as when it opens
    return menu;
}

QAction *recentEntry(MainWindow &window, const QString &path)
{
    for (QAction *action : recentMenu(window)->actions()) {
        if (action->data().toString() == LibraryLocation::file(path).toString())
            return action;
    }
    return nullptr;
}

QAction *fileMenuAction(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

} // namespace

class LibrarySwitchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_first = makeLibrary(path(QStringLiteral("first.lectern")),
                              {QStringLiteral("Kyiv"), QStringLiteral("Lviv")});
        m_second = makeLibrary(
            path(QStringLiteral("second.lectern")),
            {QStringLiteral("Xi'an"), QStringLiteral("Harbin"), QStringLiteral("Wuhan")});
    }

    void init() { RecentLibraries::clear(); }

    void opensASecondLibraryFromOpenRecent()
    {
        RecentLibraries::add(LibraryLocation::file(m_second));
        LibrarySession session;
        QVERIFY(session.open(m_first));
        MainWindow *window = session.window();
        QCOMPARE(titlesShown(*window),
                 (QStringList{QStringLiteral("Kyiv"), QStringLiteral("Lviv")}));
        // The open library is not offered; the other one is, first.
        QVERIFY(!recentEntry(*window, m_first));
        QAction *entry = recentEntry(*window, m_second);
        QVERIFY(entry);
        QVERIFY(entry->isEnabled());
        QVERIFY2(entry->text().contains(QStringLiteral("second.lectern")),
                 qPrintable(entry->text()));
        QVERIFY2(entry->text().startsWith(QStringLiteral("&1 ")), qPrintable(entry->text()));
        entry->trigger();
        QTRY_COMPARE(session.store()->path(), m_second);
        QCOMPARE(titlesShown(*session.window()),
                 (QStringList{QStringLiteral("Harbin"), QStringLiteral("Wuhan"),
                              QStringLiteral("Xi'an")}));
        QVERIFY(session.window()->isVisible());
        // The first library is closed: this process holds only the second.
        QVERIFY(!LiveLibraries::isOpen(m_first));
        QVERIFY(LiveLibraries::isOpen(m_second));
        QCOMPARE(recentPaths(), (QStringList{m_second, m_first}));
    }

    void opensALibraryThroughOpenLibrary()
    {
        LibrarySession session;
        QVERIFY(session.open(m_first));
        QAction *open = fileMenuAction(*session.window(), "openLibraryAction");
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        const auto answer = answerNextFileDialog(m_second);
        open->trigger();
        QVERIFY(answer->asked);
        QTRY_COMPARE(session.store()->path(), m_second);
        QCOMPARE(session.window()->articleList()->model()->rowCount(), 3);
        // Cancelled: the window stays as it is.
        MainWindow *window = session.window();
        const auto cancelled = answerNextFileDialog(QString());
        fileMenuAction(*window, "openLibraryAction")->trigger();
        QVERIFY(cancelled->asked);
        QTest::qWait(50);
        QCOMPARE(session.window(), window);
        QCOMPARE(session.store()->path(), m_second);
    }

    void unsavedEditsAreAskedAboutFirst()
    {
        LibrarySession session;
        QVERIFY(session.open(m_first));
        const ArticleSummary shown = session.store()->articles()->first();
        const QString uuid = shown.uuid;
        MainWindow *window = session.window();
        window->navigate(articleUrl(uuid));
        EditingController *editing = window->editing();
        editing->startEditing();
        QVERIFY(editing->isEditing());
        editing->editor()->metadata()->titleEdit()->setText(QStringLiteral("Retitled"));
        QVERIFY(editing->editor()->isModified());
        QStringList asked;
        ArticleEditor::UnsavedAnswer answer = ArticleEditor::UnsavedAnswer::Cancel;
        editing->editor()->setUnsavedPrompt([&](const QString &title) {
            asked.append(title);
            return answer;
        });
        // Cancel: the window stays on its library, the edit kept.
        QVERIFY(!session.switchTo(LibraryLocation::file(m_second)));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(session.window(), window);
        QCOMPARE(session.store()->path(), m_first);
        QVERIFY(editing->isEditing());
        QCOMPARE(editing->editor()->metadata()->titleEdit()->text(), QStringLiteral("Retitled"));
        // Save: saved in the first library, then the second is shown.
        answer = ArticleEditor::UnsavedAnswer::Save;
        QVERIFY(session.switchTo(LibraryLocation::file(m_second)));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(session.store()->path(), m_second);
        auto first = LibraryStore::open(m_first);
        QVERIFY(first);
        QCOMPARE(first.value()->article(uuid)->title, QStringLiteral("Retitled"));
        first.value().reset();
        // Put back for the other tests.
        QVERIFY(session.switchTo(LibraryLocation::file(m_first)));
        Article article = session.store()->article(uuid).value();
        article.title = shown.title;
        QVERIFY(session.store()->saveArticle(article));
    }

    void theLibraryShownIsNotOpenedAgain()
    {
        LibrarySession session;
        QVERIFY(session.open(m_first));
        LibraryStore *store = session.store();
        MainWindow *window = session.window();
        // By another name too (a symbolic link): the same file.
        const QString link = path(QStringLiteral("link-to-first.lectern"));
        QVERIFY(QFile::link(m_first, link));
        QVERIFY(session.switchTo(LibraryLocation::file(link)));
        QVERIFY(session.switchTo(LibraryLocation::file(m_first)));
        QCOMPARE(session.store(), store);
        QCOMPARE(session.window(), window);
        QFile::remove(link);
    }

    void aRecentLibraryThatIsGoneIsMarked()
    {
        const QString gone = makeLibrary(path(QStringLiteral("gone.lectern")), {});
        RecentLibraries::add(LibraryLocation::file(gone));
        RecentLibraries::add(LibraryLocation::file(m_second));
        QVERIFY(QFile::remove(gone));
        LibrarySession session;
        QVERIFY(session.open(m_first));
        QAction *entry = recentEntry(*session.window(), gone);
        QVERIFY(entry);
        QVERIFY(!entry->isEnabled());
        QVERIFY2(entry->text().contains(QStringLiteral("not found")), qPrintable(entry->text()));
        QVERIFY2(entry->toolTip().contains(gone), qPrintable(entry->toolTip()));
        QVERIFY(recentEntry(*session.window(), m_second)->isEnabled());
        // Opened anyway (a request from outside): the choice for a missing library.
        const auto answer = answerNextMessageBox(QMessageBox::RejectRole);
        QVERIFY(!session.switchTo(LibraryLocation::file(gone)));
        QVERIFY(answer->asked);
        QVERIFY2(answer->text.contains(QStringLiteral("There is no library")),
                 qPrintable(answer->text));
        QCOMPARE(session.store()->path(), m_first);
        QVERIFY(!QFile::exists(gone));
        // Clear List empties it, but for the library shown when it is next opened.
        QAction *clear = fileMenuAction(*session.window(), "clearRecentLibrariesAction");
        QVERIFY(clear && clear->isEnabled());
        clear->trigger();
        QVERIFY(RecentLibraries::list().isEmpty());
        QVERIFY(!recentEntry(*session.window(), m_second));
    }

    void whatCannotBeOpenedLeavesTheWindowAsItWas_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << "text"
                                   << "not a Lectern library";
        QTest::newRow("foreign database") << "foreign"
                                          << "not a Lectern library";
        QTest::newRow("newer library") << "newer"
                                       << "newer version";
        QTest::newRow("damaged library") << "damaged"
                                         << "damaged";
        QTest::newRow("folder") << "folder"
                                << "folder";
    }

    void whatCannotBeOpenedLeavesTheWindowAsItWas()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString bad = path(kind + QStringLiteral(".lectern"));
        if (kind == QLatin1String("text")) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("Notes, not a library. ").repeated(20));
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(bad));
        } else if (kind == QLatin1String("damaged")) {
            makeLibrary(bad, {QStringLiteral("Soon unreadable")});
            QByteArray bytes = fileBytes(bad);
            for (qsizetype i = 4096; i < bytes.size(); i += 7)
                bytes[i] = char(0x5a);
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        } else {
            if (kind == QLatin1String("newer"))
                makeLibrary(bad, {QStringLiteral("From the future")});
            QVERIFY(execSqlOnFile(bad, {kind == QLatin1String("newer")
                                            ? QStringLiteral("PRAGMA user_version = 9999")
                                            : QStringLiteral("CREATE TABLE notes (text TEXT)")}));
        }
        const QByteArray before = fileBytes(bad);
        LibrarySession session;
        QVERIFY(session.open(m_first));
        MainWindow *window = session.window();
        const auto answer = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(!session.switchTo(LibraryLocation::file(bad)));
        QVERIFY(answer->asked);
        QVERIFY2(answer->text.contains(message, Qt::CaseInsensitive), qPrintable(answer->text));
        QCOMPARE(session.window(), window);
        QCOMPARE(session.store()->path(), m_first);
        QCOMPARE(titlesShown(*window),
                 (QStringList{QStringLiteral("Kyiv"), QStringLiteral("Lviv")}));
        QCOMPARE(fileBytes(bad), before); // not touched
        QVERIFY(!recentPaths().contains(bad));
    }

    void aMissingLibraryCanBeCreatedThere()
    {
        const QString wanted = path(QStringLiteral("new/folder/made.lectern"));
        LibrarySession session;
        QVERIFY(session.open(m_first));
        const auto answer = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(session.switchTo(LibraryLocation::file(wanted)));
        QVERIFY(answer->asked);
        QCOMPARE(session.store()->path(), wanted);
        QCOMPARE(session.store()->articleCount().value(), 0);
        QVERIFY(QFileInfo(wanted).isFile());
        QCOMPARE(recentPaths().first(), wanted);
    }

    void aMissingLibraryCanBeReplacedByAnother()
    {
        LibrarySession session;
        QVERIFY(session.open(m_first));
        const auto question = answerNextMessageBox(QMessageBox::ActionRole); // Open Another…
        const auto chosen = answerNextFileDialog(m_second);
        QVERIFY(session.switchTo(LibraryLocation::file(path(QStringLiteral("nowhere.lectern")))));
        QVERIFY(question->asked);
        QVERIFY(chosen->asked);
        QCOMPARE(session.store()->path(), m_second);
        QVERIFY(!QFile::exists(path(QStringLiteral("nowhere.lectern"))));
    }

    void theStartOffersTheSameChoiceForAMissingLibrary()
    {
        const QString wanted = path(QStringLiteral("started.lectern"));
        {
            LibrarySession session;
            const auto quit = answerNextMessageBox(QMessageBox::RejectRole);
            const Status status = session.start(wanted);
            QVERIFY(quit->asked);
            QVERIFY(!status);
            QCOMPARE(status.errorKind(), ErrorKind::Cancelled);
            QVERIFY(!session.window());
            QVERIFY(!QFile::exists(wanted));
        }
        LibrarySession session;
        const auto create = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(session.start(wanted));
        QVERIFY(create->asked);
        QCOMPARE(session.store()->path(), wanted);
        QVERIFY(session.window()->isVisible());
    }

    void newLibraryCreatesAnEmptyOneAndShowsIt()
    {
        LibrarySession session;
        QVERIFY(session.open(m_first));
        QAction *create = fileMenuAction(*session.window(), "newLibraryAction");
        QVERIFY(create);
        const QString wanted = path(QStringLiteral("brand-new")); // the suffix is added
        const auto answer = answerNextFileDialog(wanted);
        create->trigger();
        QVERIFY(answer->asked);
        QTRY_COMPARE(session.store()->path(), wanted + QStringLiteral(".lectern"));
        QCOMPARE(session.store()->articleCount().value(), 0);
        // Never over an existing file: it says so, and the window stays.
        MainWindow *window = session.window();
        const QByteArray second = fileBytes(m_second);
        const auto refused = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(!session.createLibrary(m_second));
        QVERIFY(refused->asked);
        QVERIFY2(refused->text.contains(QStringLiteral("already exists")),
                 qPrintable(refused->text));
        QCOMPARE(session.window(), window);
        QCOMPARE(fileBytes(m_second), second);
    }

    void aRequestFromOutsideWaitsForTheWindowsDialog()
    {
        LibrarySession session;
        QVERIFY(session.open(m_first));
        auto *dialog = new QDialog(session.window()); // goes with its window
        dialog->setModal(true);
        dialog->show();
        QTRY_COMPARE(QApplication::activeModalWidget(), dialog);
        session.requestFromOutside(LibraryLocation::file(m_second));
        QTest::qWait(400);
        QCOMPARE(session.store()->path(), m_first); // the dialog's window stays
        dialog->accept();
        QTRY_COMPARE(session.store()->path(), m_second);
        // Only "show the window": nothing else changes.
        MainWindow *window = session.window();
        session.requestFromOutside(std::nullopt);
        QTest::qWait(50);
        QCOMPARE(session.window(), window);
        QCOMPARE(session.store()->path(), m_second);
    }
};

QTEST_MAIN(LibrarySwitchTest)
#include "tst_libraryswitch.moc"
