// The window always tells the truth: its title, the sidebar, the list's
// highlighted row and the status bar describe what the reader shows, after
// Back, Esc, sorting and restoring from the trash; the list opens newest
// first; a search's words are marked in the article it opens, F3 goes from
// one to the next; and the first window fits the screen.
#include "articlehtml.h"
#include "articletablemodel.h"
#include "demolibrary.h"
#include "history/historycontroller.h"
#include "history/trashmodel.h"
#include "history/trashview.h"
#include "mainwindow.h"
#include "readerview.h"
#include "sidebarmodel.h"
#include "keysupport.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>

using namespace lectern;
using namespace lectern::test;

namespace {

template <typename T> T *byName(QWidget &window, const QString &accessibleName)
{
    for (T *widget : window.findChildren<T *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

QString statusText(MainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(QLatin1Char(' '));
}

} // namespace

class WindowTruthTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_sidebar = nullptr;
    QTreeView *m_list = nullptr;
    ReaderView *m_reader = nullptr;
    QLineEdit *m_search = nullptr;

    void selectPlace(SidebarModel::Kind kind, const QString &value = {})
    {
        auto *model = qobject_cast<SidebarModel *>(m_sidebar->model());
        QTRY_VERIFY(model->find(kind, value).isValid());
        m_sidebar->setCurrentIndex(model->find(kind, value));
    }

    QString listUuid() const
    {
        return m_list->currentIndex().data(ArticleTableModel::UuidRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_store = memoryStore();
        QVERIFY(fillDemoLibrary(*m_store));
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->currentUrl().isValid());
        m_sidebar = byName<QTreeView>(*m_window, QStringLiteral("Places"));
        m_list = byName<QTreeView>(*m_window, QStringLiteral("Articles"));
        m_reader = m_window->findChild<ReaderView *>();
        m_search = byName<QLineEdit>(*m_window, QStringLiteral("Search"));
        QVERIFY(m_sidebar && m_list && m_reader && m_search);
    }

    // Back to Home after a university: the title and the status bar are
    // Home's, not the university's.
    void backToHomeDescribesHome()
    {
        m_window->navigate(homeUrl());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Lectern"));
        selectPlace(SidebarModel::Kind::UniversityCountry, QStringLiteral("China"));
        QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("Hunan University")));
        QVERIFY(statusText(*m_window).contains(QStringLiteral("universit")));
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier); // Back
        QCOMPARE(pageKind(m_window->currentUrl()), PageKind::Home);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Lectern"));
        QVERIFY2(!statusText(*m_window).contains(QStringLiteral("universit")),
                 qPrintable(statusText(*m_window)));
        QVERIFY2(statusText(*m_window).contains(QStringLiteral("Home")),
                 qPrintable(statusText(*m_window)));
        auto *model = qobject_cast<SidebarModel *>(m_sidebar->model());
        QCOMPARE(m_sidebar->currentIndex(), model->find(SidebarModel::Kind::Home));
        // And forward again: the university's.
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Hunan University")));
    }

    // Esc from search: the list highlights the article the reader shows
    // (the one opened from the results), not the one highlighted before.
    void escapeFromSearchHighlightsTheReadersArticle()
    {
        selectPlace(SidebarModel::Kind::AllArticles);
        // The oldest article, a guide page that does not name Tokayev (the
        // newest articles may, and the newest match comes first).
        m_list->setCurrentIndex(m_list->model()->index(m_list->model()->rowCount() - 1, 0));
        const QString before = listUuid();
        m_search->setFocus();
        typeText(m_search, QStringLiteral("Tokayev"));
        auto *results = byName<QListView>(*m_window, QStringLiteral("Search results"));
        QTRY_VERIFY(results->isVisible() && results->model()->rowCount() > 0);
        // The results are no place of the sidebar.
        QVERIFY(!m_sidebar->selectionModel()->hasSelection());
        const QString firstTitle = results->model()->index(0, 0).data().toString();
        QTest::keyClick(m_search, Qt::Key_Return);
        const QString shown = pageUuid(m_window->currentUrl());
        QVERIFY(shown != before);
        m_search->setFocus();
        QTest::keyClick(m_search, Qt::Key_Escape);
        QVERIFY(m_list->isVisible());
        QVERIFY(m_sidebar->selectionModel()->isSelected(m_sidebar->currentIndex()));
        QCOMPARE(listUuid(), shown);
        QCOMPARE(pageUuid(m_window->currentUrl()), shown);
        QVERIFY2(m_window->windowTitle().startsWith(firstTitle.section(QLatin1Char('\n'), 0, 0)),
                 qPrintable(m_window->windowTitle() + QLatin1String(" / ") + firstTitle));
    }

    // Sorting reloads the list; the open article stays highlighted.
    void sortingKeepsTheOpenArticleHighlighted()
    {
        selectPlace(SidebarModel::Kind::AllArticles);
        m_list->setCurrentIndex(m_list->model()->index(3, 0));
        const QString open = pageUuid(m_window->currentUrl());
        QCOMPARE(listUuid(), open);
        m_list->header()->setSortIndicator(ArticleTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(pageUuid(m_window->currentUrl()), open);
        QCOMPARE(listUuid(), open);
        m_list->header()->setSortIndicator(ArticleTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(listUuid(), open);
    }

    // Search words are marked in the article opened from the results, and F3
    // (Shift+F3) goes to the next (previous) one.
    void searchWordsAreMarkedAndFindNextGoesThroughThem()
    {
        m_search->setFocus();
        m_search->selectAll();
        typeText(m_search, QStringLiteral("Kazakhstan"));
        auto *results = byName<QListView>(*m_window, QStringLiteral("Search results"));
        QTRY_VERIFY(results->isVisible() && results->model()->rowCount() > 0);
        QTest::keyClick(m_search, Qt::Key_Return);
        QCOMPARE(m_reader->highlightedWords(), QStringList{QStringLiteral("Kazakhstan")});
        QVERIFY(m_reader->highlightCount() > 5);
        m_reader->setFocus();
        QTest::keyClick(m_reader, Qt::Key_F3);
        const QTextCursor first = m_reader->textCursor();
        QCOMPARE(first.selectedText().toLower(), QStringLiteral("kazakhstan"));
        QTest::keyClick(m_reader, Qt::Key_F3);
        const QTextCursor second = m_reader->textCursor();
        QCOMPARE(second.selectedText().toLower(), QStringLiteral("kazakhstan"));
        QVERIFY(second.selectionStart() > first.selectionStart());
        QTest::keyClick(m_reader, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_reader->textCursor().selectionStart(), first.selectionStart());
        // Out of the search, nothing is marked any more.
        m_search->setFocus();
        QTest::keyClick(m_search, Qt::Key_Escape);
        QCOMPARE(m_reader->highlightCount(), 0);
        // Ukrainian in any case; Chinese words inside a run of characters.
        m_reader->setHighlightedWords({QStringLiteral("СТАТТ"), QStringLiteral("西安")});
        m_reader->showPage(QStringLiteral("<p>Статті й статтю; 在西安市举行</p>"));
        QCOMPARE(m_reader->highlightCount(), 3);
        m_reader->setHighlightedWords({});
    }

    // Restoring from the trash: the list's highlight and the reader agree.
    void restoringFromTheTrashLeavesNoStaleSelection()
    {
        const auto all = m_store->articles().value();
        QVERIFY(m_store->trashArticle(all.at(1).uuid));
        QVERIFY(m_store->trashArticle(all.at(2).uuid));
        selectPlace(SidebarModel::Kind::Trash);
        TrashView *trash = m_window->historyUi()->trashView();
        auto *view = trash->findChild<QAbstractItemView *>();
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_COMPARE(pageKind(m_window->currentUrl()), PageKind::Article);
        QVERIFY(trash->restoreSelected());
        QTRY_COMPARE(view->model()->rowCount(), 1);
        // Either nothing is highlighted and nothing is shown, or what is
        // highlighted is what is shown.
        const QModelIndex current = view->currentIndex();
        if (current.isValid() && view->selectionModel()->isSelected(current)) {
            QCOMPARE(pageUuid(m_window->currentUrl()),
                     current.data(TrashModel::UuidRole).toString());
        } else {
            QVERIFY2(m_reader->toPlainText().trimmed().isEmpty(),
                     qPrintable(m_reader->toPlainText()));
            QCOMPARE(m_window->windowTitle(), QStringLiteral("Lectern"));
        }
        for (const TrashedItem &left : m_store->trashedItems().value())
            QVERIFY(m_store->restoreArticle(left.uuid));
    }

    // The list opens newest first whatever order the last session left in
    // the saved header, and among articles of the same date the reader's
    // language comes first.
    void listOpensNewestFirstReaderLanguageFirst()
    {
        {
            QHeaderView header(Qt::Horizontal);
            ArticleTableModel model(*m_store);
            header.setModel(&model);
            header.setSortIndicator(ArticleTableModel::TitleColumn, Qt::AscendingOrder);
            QSettings().setValue(QStringLiteral("mainWindow/listHeader"), header.saveState());
        }
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        {
            MainWindow window(*m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showAllArticles();
            auto *list = byName<QTreeView>(window, QStringLiteral("Articles"));
            QCOMPARE(list->header()->sortIndicatorSection(), int(ArticleTableModel::DateColumn));
            QCOMPARE(list->header()->sortIndicatorOrder(), Qt::DescendingOrder);
            QAbstractItemModel *model = list->model();
            // The demo publishes the interview last, then its two news
            // pieces, then each guide's three languages together: the
            // Chinese reader's version first.
            QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("Ambassador")));
            QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("欢迎使用 Lectern"));
            QCOMPARE(model->index(6, 0).data().toString(), QStringLiteral("查找文章"));
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().remove(QStringLiteral("mainWindow/listHeader"));
    }

    // The first window ever fits the screen it opens on; on a narrow one the
    // side panels give way before the list and the reader do.
    void firstWindowFitsTheScreen()
    {
        QSettings().clear();
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.frameGeometry().width() <= available.width() &&
                     window.frameGeometry().height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
        window.resize(1024, 700);
        window.showAllArticles();
        QTest::qWait(50);
        auto *list = byName<QTreeView>(window, QStringLiteral("Articles"));
        const int em = window.fontMetrics().averageCharWidth();
        QVERIFY2(list->width() >= 22 * em, qPrintable(QString::number(list->width() / em)));
        auto *reader = window.findChild<ReaderView *>();
        QVERIFY2(reader->width() >= 42 * em, qPrintable(QString::number(reader->width() / em)));
        // Narrower still: the docks gave way, the list and reader kept their room.
        window.resize(900, 700);
        QTest::qWait(50);
        QVERIFY(list->width() >= 22 * em);
        QVERIFY(reader->width() >= 42 * em);
    }
};

QTEST_MAIN(WindowTruthTest)
#include "tst_windowtruth.moc"
