// The main window, offscreen: places, list, reader, search, history, universities.
#include "articlehtml.h"
#include "articletablemodel.h"
#include "backgroundsearch.h"
#include "columnchooser.h"
#include "demolibrary.h"
#include "editing/articleeditor.h"
#include "editing/editingcontroller.h"
#include "editing/mediaimages.h"
#include "mainwindow.h"
#include "readerview.h"
#include "relatedpanel.h"
#include "searchquery.h"
#include "sidebarmodel.h"
#include "snippetdelegate.h"
#include "keysupport.h"
#include "testsupport.h"
#include "textpictures.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QThread>
#include <QTreeView>

using namespace lectern;
using namespace lectern::test;

namespace {

// A picture of one colour stored in `store` as `format` ("PNG", "JPEG");
// its media hash, or empty.
QString storedPicture(LibraryStore &store, QSize size, const QColor &colour, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        return {};
    const Result<QString> sha =
        store.addMedia(bytes, QStringLiteral("image/") + QString::fromLatin1(format).toLower());
    return sha ? sha.value() : QString();
}

template <typename T> T *byName(MainWindow &window, const QString &accessibleName)
{
    for (T *widget : window.findChildren<T *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_sidebar = nullptr;
    QTreeView *m_list = nullptr;
    ReaderView *m_reader = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_results = nullptr;
    QListView *m_universities = nullptr;

    void selectPlace(SidebarModel::Kind kind, const QString &value = {})
    {
        auto *model = qobject_cast<SidebarModel *>(m_sidebar->model());
        // Tags are listed with the counts, once the window has painted.
        QTRY_VERIFY(model->find(kind, value).isValid());
        m_sidebar->setCurrentIndex(model->find(kind, value));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = memoryStore();
        QVERIFY(fillDemoLibrary(*m_store));
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->currentUrl().isValid()); // Home comes once the window is up
        m_sidebar = byName<QTreeView>(*m_window, QStringLiteral("Places"));
        m_list = byName<QTreeView>(*m_window, QStringLiteral("Articles"));
        m_reader = m_window->findChild<ReaderView *>();
        m_search = byName<QLineEdit>(*m_window, QStringLiteral("Search"));
        m_results = byName<QListView>(*m_window, QStringLiteral("Search results"));
        m_universities = byName<QListView>(*m_window, QStringLiteral("Universities"));
        QVERIFY(m_sidebar && m_list && m_reader && m_search && m_results && m_universities);
    }

    void startsOnHomeLikeTheUnionsPage()
    {
        QCOMPARE(pageKind(m_window->currentUrl()), PageKind::Home);
        const QString text = m_reader->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Latest articles")));
        QVERIFY(text.contains(QStringLiteral("Recommended reading")));
        QVERIFY(text.contains(QStringLiteral("Affiliate universities (Ukraine)")));
        QVERIFY(text.contains(QStringLiteral("Affiliate universities (China)")));
        QVERIFY(text.contains(QStringLiteral("Hunan University is located in Changsha")));
        QVERIFY(text.contains(QStringLiteral("Ambassador Zhang Xiao")));
    }

    void selectingAnArticleShowsItInTheReader()
    {
        selectPlace(SidebarModel::Kind::AllArticles);
        QVERIFY(m_list->isVisible());
        QVERIFY(m_list->model()->rowCount() >= 16);
        const QModelIndex second = m_list->model()->index(1, 0);
        m_list->setCurrentIndex(second);
        QCOMPARE(pageKind(m_window->currentUrl()), PageKind::Article);
        QVERIFY(m_reader->toPlainText().startsWith(second.data().toString()));
        // Arrow keys move through the list and the reader follows.
        m_list->setFocus();
        QTest::keyClick(m_list, Qt::Key_Down);
        const QString third = m_list->model()->index(2, 0).data().toString();
        QVERIFY(m_reader->toPlainText().startsWith(third));
    }

    void sidebarFiltersChangeTheList()
    {
        selectPlace(SidebarModel::Kind::Category, QStringLiteral("Interviews"));
        QCOMPARE(m_list->model()->rowCount(), 1);
        QVERIFY(m_list->model()->index(0, 0).data().toString().startsWith(
            QStringLiteral("Ambassador")));
        selectPlace(SidebarModel::Kind::Tag, QStringLiteral("搜索"));
        QVERIFY(m_list->model()->rowCount() >= 1);
        selectPlace(SidebarModel::Kind::Status, QStringLiteral("draft"));
        // No drafts in the demo library: an empty state that says what to do.
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("listStack"));
        QVERIFY(stack);
        QVERIFY(stack->currentWidget() != m_list);
        bool sawHint = false;
        for (QLabel *label : stack->currentWidget()->findChildren<QLabel *>())
            sawHint = sawHint || label->text().contains(QStringLiteral("clear filters"));
        QVERIFY(sawHint);
        selectPlace(SidebarModel::Kind::AllArticles);
        QCOMPARE(stack->currentWidget(), m_list);
    }

    void searchShowsRankedResultsAndOpensOne()
    {
        m_search->setFocus();
        typeText(m_search, QStringLiteral("西安"));
        QTRY_VERIFY(m_results->isVisible());
        QVERIFY(m_results->model()->rowCount() >= 3);
        QVERIFY(m_results->model()
                    ->index(0, 0)
                    .data(Qt::UserRole + 2)
                    .toString()
                    .contains(QStringLiteral("<b>西安</b>")));
        const QString first = m_results->model()->index(0, 0).data().toString();
        QTest::keyClick(m_search, Qt::Key_Return);
        QCOMPARE(pageKind(m_window->currentUrl()), PageKind::Article);
        QVERIFY(m_reader->toPlainText().startsWith(first));
        // Esc returns to the list.
        m_search->setFocus();
        QTest::keyClick(m_search, Qt::Key_Escape);
        QVERIFY(m_search->text().isEmpty());
        QVERIFY(m_list->isVisible());
    }

    void searchWithNoResultsSaysSo()
    {
        m_search->setFocus();
        QTest::keyClicks(m_search, QStringLiteral("zzzqqq"));
        QTRY_VERIFY(!m_results->isVisible() && m_search->text() == QStringLiteral("zzzqqq"));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("listStack"));
        QTRY_VERIFY(stack->currentWidget() != m_list);
        bool said = false;
        for (QLabel *label : stack->currentWidget()->findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("zzzqqq"));
        QVERIFY(said);
        QTest::keyClick(m_search, Qt::Key_Escape);
    }

    void searchPastTheBoundsSaysWhy()
    {
        // A query of too many words is refused at once, and the message is
        // where the results would be, under the search box.
        QStringList words;
        for (int i = 0; i <= SearchQuery::maxTerms; ++i)
            words.append(QStringLiteral("w%1").arg(i));
        m_search->setFocus();
        QTest::keyClicks(m_search, words.join(QLatin1Char(' ')));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("listStack"));
        const auto says = [&](const QString &text) {
            for (QLabel *label : stack->currentWidget()->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(text))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(says(QStringLiteral("at most 64")));
        QVERIFY(!m_results->isVisible());
        // A one-letter prefix too; then a good query shows results again.
        m_search->clear();
        QTest::keyClicks(m_search, QStringLiteral("a*"));
        QTRY_VERIFY(says(QStringLiteral("“a*”")));
        m_search->clear();
        QTest::keyClicks(m_search, QStringLiteral("pomegran*"));
        QTRY_VERIFY(m_results->isVisible());
        QTest::keyClick(m_search, Qt::Key_Escape);
    }

    void backAndForward()
    {
        selectPlace(SidebarModel::Kind::AllArticles);
        m_list->setCurrentIndex(m_list->model()->index(2, 0));
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
        const QUrl first = m_window->currentUrl();
        const QString firstText = m_reader->toPlainText();
        m_list->setCurrentIndex(m_list->model()->index(3, 0));
        const QUrl second = m_window->currentUrl();
        QVERIFY(first != second);
        QVERIFY(m_reader->toPlainText() != firstText);
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_window->currentUrl(), first);
        QCOMPARE(m_reader->toPlainText(), firstText);
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_window->currentUrl(), second);
        // Links between pages navigate inside the app and join the history.
        m_window->navigate(homeUrl());
        m_window->goBack();
        QCOMPARE(m_window->currentUrl(), second);
    }

    void universitySelectionShowsItsArticles()
    {
        // Link an article to Shihezi so its profile lists it.
        const auto shihezi = m_store->universities(QStringLiteral("China"))->at(1);
        QCOMPARE(shihezi.name, QStringLiteral("Shihezi University"));
        Article article =
            m_store
                ->article(
                    m_store->search(QStringLiteral("\"Ambassador Zhang Xiao\""))->first().uuid)
                .value();
        article.universityUuids = {shihezi.uuid};
        QVERIFY(m_store->saveArticle(article));

        selectPlace(SidebarModel::Kind::UniversityCountry, QStringLiteral("China"));
        QVERIFY(m_universities->isVisible());
        QCOMPARE(m_universities->model()->rowCount(), 2);
        m_universities->setCurrentIndex(m_universities->model()->index(1, 0));
        const QString text = m_reader->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Shihezi University")));
        QVERIFY(text.contains(QStringLiteral("In 1949")));
        QVERIFY(text.contains(QStringLiteral("Articles that mention Shihezi University")));
        QVERIFY(text.contains(article.title));

        selectPlace(SidebarModel::Kind::UniversityCountry, QStringLiteral("Ukraine"));
        QVERIFY(!m_universities->isVisible()); // empty state instead
    }

    void relatedPanelExplainsAndListsTranslations()
    {
        const auto welcome = m_store->search(QStringLiteral("Welcome lang:en"));
        m_window->navigate(articleUrl(welcome->first().uuid));
        auto *panel = m_window->findChild<RelatedPanel *>();
        QVERIFY(panel);
        const auto sawAlsoIn = [panel] {
            for (QLabel *label : panel->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(QStringLiteral("中文")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(sawAlsoIn()); // filled in just after the article is shown
        QTRY_VERIFY(panel->list()->model()->rowCount() >= 1);
        QVERIFY(!panel->list()->model()->index(0, 0).data(Qt::UserRole + 2).toString().isEmpty());
    }

    void zoomChangesTheReaderFont()
    {
        const qreal before = m_reader->document()->defaultFont().pointSizeF();
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(m_reader->document()->defaultFont().pointSizeF() > before);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_reader->document()->defaultFont().pointSizeF(), before);
    }

    void readerLoadsOnlyLibraryMedia()
    {
        const QString sha = storedPicture(*m_store, QSize(3000, 2000), Qt::darkCyan, "PNG");
        QVERIFY(!sha.isEmpty());
        const QUrl url(mediaUrl(sha));
        const MediaImages &images = m_reader->mediaImages();
        const auto load = [this, &url] {
            return m_reader->loadResource(QTextDocument::ImageResource, url);
        };
        // At once a blank of the size it is shown at (read from the file's
        // header), while the picture is decoded on a worker.
        const QVariant standIn = load();
        QVERIFY(images.isStandIn(standIn));
        QCOMPARE(standIn.value<QPixmap>().width(), 1000);
        QVERIFY(qAbs(standIn.value<QPixmap>().height() - 667) <= 1);
        // A huge image is decoded at a display size, not at full resolution.
        QTRY_VERIFY(!images.isStandIn(load()));
        const QPixmap loaded = load().value<QPixmap>();
        QCOMPARE(loaded.size(), standIn.value<QPixmap>().size());
        QCOMPARE(loaded.toImage().pixelColor(10, 10), QColor(Qt::darkCyan));
        // Kept: the same picture again is the same decoded copy.
        QCOMPARE(load().value<QPixmap>().cacheKey(), loaded.cacheKey());
        // Never the network, never arbitrary files, never a missing item.
        QVERIFY(!m_reader
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("https://example.com/a.png")))
                     .isValid());
        QVERIFY(!m_reader
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("file:///etc/hostname")))
                     .isValid());
        QVERIFY(!m_reader
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("lectern-media:0000")))
                     .isValid());
    }

    void readerShowsPhotosUpright()
    {
        QByteArray jpeg = sidewaysJpeg();
        QBuffer check(&jpeg);
        QCOMPARE(QImageReader(&check).transformation(), QImageIOHandler::TransformationRotate90);
        const auto sha = m_store->addMedia(jpeg, QStringLiteral("image/jpeg"));
        QVERIFY(sha);
        const QUrl url(mediaUrl(sha.value()));
        const auto load = [this, &url] {
            return m_reader->loadResource(QTextDocument::ImageResource, url);
        };
        QCOMPARE(load().value<QPixmap>().size(), QSize(200, 400)); // the stand-in is upright too
        QTRY_VERIFY(!m_reader->mediaImages().isStandIn(load()));
        QCOMPARE(load().value<QPixmap>().size(), QSize(200, 400));
    }

    void readerPhotosArriveWithoutMovingTheText()
    {
        const QString sha = storedPicture(*m_store, QSize(1600, 1200), Qt::darkMagenta, "JPEG");
        QVERIFY(!sha.isEmpty());
        const QUrl url(mediaUrl(sha));
        m_reader->showPage(QStringLiteral("<p>Before</p><p><img src=\"%1\" width=\"600\"></p>"
                                          "<p>After</p>")
                               .arg(url.toString()));
        const qreal height = m_reader->document()->size().height();
        const auto shown = [this, &url] {
            return m_reader->document()->resource(QTextDocument::ImageResource, url);
        };
        QVERIFY(m_reader->mediaImages().isStandIn(shown()));
        // The decoded photo takes the stand-in's place in the page itself.
        QTRY_VERIFY(!m_reader->mediaImages().isStandIn(shown()));
        // Dark magenta, give or take JPEG.
        const QColor colour = shown().value<QPixmap>().toImage().pixelColor(20, 20);
        QVERIFY2(qAbs(colour.red() - 128) < 20 && colour.green() < 20 &&
                     qAbs(colour.blue() - 128) < 20,
                 qPrintable(colour.name()));
        QCOMPARE(m_reader->document()->size().height(), height);
    }

    void readerFitsWidePhotosToTheColumn()
    {
        const QString sha = storedPicture(*m_store, QSize(1600, 1200), Qt::darkYellow, "PNG");
        QVERIFY(!sha.isEmpty());
        const QString page = QStringLiteral("<p>An imported page with a photo of no set size:</p>"
                                            "<p><img src=\"%1\"></p><p>After it.</p>")
                                 .arg(mediaUrl(sha));
        const QSize before = m_window->size();
        m_window->resize(900, 800);
        QCoreApplication::processEvents();
        m_reader->showPage(page);
        const auto imageWidth = [this] {
            for (QTextBlock block = m_reader->document()->begin(); block.isValid();
                 block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().charFormat().isImageFormat())
                        return FittedImageHandler::shownSize(
                                   m_reader->document(), it.fragment().charFormat().toImageFormat())
                            .width();
                }
            }
            return -1.0;
        };
        const auto column = [this] {
            const QTextFrameFormat frame = m_reader->document()->rootFrame()->frameFormat();
            return m_reader->viewport()->width() - frame.leftMargin() - frame.rightMargin();
        };
        const qreal narrow = column();
        QVERIFY2(narrow < 1000, qPrintable(QString::number(narrow))); // narrower than the photo
        QCOMPARE(imageWidth(), narrow);
        QCOMPARE(m_reader->horizontalScrollBar()->maximum(), 0); // no sideways scrolling
        // Its paragraph is as tall as the photo: the text's 125 % line height
        // would leave a quarter of it blank underneath.
        const QTextBlock photoLine = m_reader->document()->findBlockByNumber(1);
        QVERIFY(photoLine.text().contains(QChar::ObjectReplacementCharacter));
        QCOMPARE(photoLine.blockFormat().lineHeight(), 100.0);
        QCOMPARE(m_reader->document()->findBlockByNumber(0).blockFormat().lineHeight(), 125.0);
        // A wider window widens the column (up to the reading measure), and
        // the photo with it.
        m_window->resize(1800, 900);
        QCoreApplication::processEvents();
        QTRY_VERIFY(column() > narrow);
        QTRY_COMPARE(imageWidth(), qMin(column(), 1000.0));
        m_window->resize(before);
        QCoreApplication::processEvents();
    }

    void listColumnsAreChosenFromTheHeader()
    {
        QHeaderView *header = m_list->header();
        // Beside the reader: the title, the date and the category.
        QVERIFY(!header->isSectionHidden(ArticleTableModel::TitleColumn));
        QVERIFY(!header->isSectionHidden(ArticleTableModel::DateColumn));
        QVERIFY(!header->isSectionHidden(ArticleTableModel::CategoryColumn));
        QVERIFY(header->isSectionHidden(ArticleTableModel::AuthorColumn));
        QVERIFY(header->isSectionHidden(ArticleTableModel::StatusColumn));
        QVERIFY(header->isSectionHidden(ArticleTableModel::LanguageColumn));
        auto *chooser = header->findChild<ColumnChooser *>();
        QVERIFY(chooser);
        QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
        std::unique_ptr<QMenu> menu(chooser->makeMenu(nullptr));
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), int(ArticleTableModel::ColumnCount));
        QCOMPARE(actions.at(ArticleTableModel::AuthorColumn)->text(),
                 m_list->model()->headerData(ArticleTableModel::AuthorColumn, Qt::Horizontal));
        QVERIFY(!actions.at(ArticleTableModel::TitleColumn)->isEnabled()); // always shown
        QVERIFY(actions.at(ArticleTableModel::DateColumn)->isChecked());
        QVERIFY(!actions.at(ArticleTableModel::AuthorColumn)->isChecked());
        actions.at(ArticleTableModel::AuthorColumn)->trigger();
        QVERIFY(!header->isSectionHidden(ArticleTableModel::AuthorColumn));
        actions.at(ArticleTableModel::DateColumn)->trigger();
        QVERIFY(header->isSectionHidden(ArticleTableModel::DateColumn));
        // Kept with the header's saved state, as the user left it.
        const QByteArray state = header->saveState();
        actions.at(ArticleTableModel::AuthorColumn)->trigger();
        actions.at(ArticleTableModel::DateColumn)->trigger();
        QVERIFY(header->restoreState(state));
        QVERIFY(!header->isSectionHidden(ArticleTableModel::AuthorColumn));
        QVERIFY(header->isSectionHidden(ArticleTableModel::DateColumn));
        // Back to the defaults for the other tests.
        header->setSectionHidden(ArticleTableModel::AuthorColumn, true);
        header->setSectionHidden(ArticleTableModel::DateColumn, false);
    }

    void searchSnippetsShowTwoWholeLines()
    {
        QTextDocument snippet;
        snippet.setDocumentMargin(0);
        snippet.setHtml(QStringLiteral("…Chinese is written without spaces between words, yet "
                                       "two-character words such as <b>西安</b> (Xi'an) or 峰会 "
                                       "(summit) are found wherever they stand in a sentence…"));
        snippet.setTextWidth(220);
        (void)snippet.size();
        const QTextLayout *layout = snippet.begin().layout();
        QVERIFY(layout->lineCount() >= 3);
        const auto bottomOf = [layout](int line) {
            return layout->position().y() + layout->lineAt(line).y() +
                   layout->lineAt(line).height();
        };
        // Two lines at most, however much room there is.
        QCOMPARE(SnippetDelegate::visibleHeight(snippet, 1000), bottomOf(1));
        // Room for one and a half: the half line is not drawn.
        QCOMPARE(SnippetDelegate::visibleHeight(snippet, (bottomOf(0) + bottomOf(1)) / 2),
                 bottomOf(0));
    }

    void findShortcutFocusesSearch()
    {
        m_list->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_search->hasFocus());
    }

    void statusBarCountsArticles()
    {
        selectPlace(SidebarModel::Kind::Category, QStringLiteral("Interviews"));
        bool found = false;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            found = found || label->text().contains(QStringLiteral("1 of 18"));
        QVERIFY(found);
    }

    void sidebarCountsComeOnceTheWindowIsUp()
    {
        auto *model = qobject_cast<SidebarModel *>(m_sidebar->model());
        QTRY_COMPARE(model->find(SidebarModel::Kind::AllArticles).data().toString(),
                     QStringLiteral("All articles (18)"));
        QTRY_VERIFY(model->find(SidebarModel::Kind::Category, QStringLiteral("Interviews"))
                        .data()
                        .toString()
                        .endsWith(QStringLiteral("(1)")));
        QVERIFY(model->find(SidebarModel::Kind::Trash)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("(0)")));
    }

    void listPaintsBeforeItsFirstArticleOpens()
    {
        // A list chosen before the window is up (as the start-up benchmark
        // does) paints first; its first article opens right after.
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        MainWindow window(*store);
        window.showAllArticles();
        auto *reader = window.findChild<ReaderView *>();
        QVERIFY(reader);
        QVERIFY(!window.currentUrl().isValid());
        QVERIFY(reader->toPlainText().isEmpty());
        window.show();
        QTRY_COMPARE(pageKind(window.currentUrl()), PageKind::Article);
        QVERIFY(!reader->toPlainText().isEmpty());
        // It stays on the list it was given, not on Home.
        auto *list = byName<QTreeView>(window, QStringLiteral("Articles"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->currentIndex().row(), 0);
    }

    // Not a check: a picture of the list and the reader for people to look
    // at (set LECTERN_SCREENSHOT_DIR).
    void screenshotOfTheList()
    {
        const QString folder = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set LECTERN_SCREENSHOT_DIR to take a screenshot");
        selectPlace(SidebarModel::Kind::AllArticles);
        m_list->setFocus();
        QTest::qWait(300);
        const QString path = QDir(folder).filePath(QStringLiteral("mainwindow-list.png"));
        QVERIFY(m_window->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void editorPageIsMadeOnFirstEdit()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Reading only: no editor page, and no Format menu, at start.
        QVERIFY(!window.findChild<ArticleEditor *>());
        const auto menuTitles = [&window] {
            QStringList titles;
            for (QAction *action : window.menuBar()->actions())
                titles.append(action->text());
            return titles;
        };
        QVERIFY(!menuTitles().contains(QStringLiteral("F&ormat")));
        const QStringList before = menuTitles();

        const QString uuid = store->articles()->first().uuid;
        window.showAllArticles();
        window.navigate(articleUrl(uuid));
        window.editing()->editAction()->trigger();
        auto *editor = window.findChild<ArticleEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->uuid(), uuid);
        QTRY_VERIFY(editor->isVisible()); // in the reader's place
        // Its Format menu comes right after Edit, its text actions in Edit.
        const QStringList after = menuTitles();
        QCOMPARE(after.size(), before.size() + 1);
        const int edit = int(after.indexOf(QStringLiteral("&Edit")));
        QVERIFY(edit >= 0);
        QCOMPARE(after.at(edit + 1), QStringLiteral("F&ormat"));
        auto *editMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
        QVERIFY(editMenu);
        QStringList editItems;
        for (QAction *action : editMenu->actions())
            editItems.append(action->text());
        const int trash = int(editItems.indexOf(QStringLiteral("Move to &Trash")));
        QVERIFY2(trash >= 0, qPrintable(editItems.join(QLatin1Char('|'))));
        // Undo and its companions follow the article actions, before the rest.
        QVERIFY2(editItems.at(trash + 2).contains(QStringLiteral("Undo")),
                 qPrintable(editItems.join(QLatin1Char('|'))));
        // The list steps aside while editing and comes back, as it was.
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("listStack"));
        QVERIFY(stack);
        QVERIFY(!stack->isVisible());
        QVERIFY(window.editing()->leaveEditor());
        QVERIFY(!editor->isVisible());
        QVERIFY(stack->isVisible());
        QCOMPARE(pageKind(window.currentUrl()), PageKind::Article);
    }

    void searchRunsOffTheGuiThreadOnALibraryFile()
    {
        QTemporaryDir dir;
        auto store = LibraryStore::create(dir.filePath(QStringLiteral("file.lectern")));
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(fillDemoLibrary(*store.value()));
        MainWindow window(*store.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<BackgroundSearch *>();
        QVERIFY(search);
        QSignalSpy threads(search, &BackgroundSearch::searchedOn);
        auto *field = byName<QLineEdit>(window, QStringLiteral("Search"));
        field->setFocus();
        typeText(field, QStringLiteral("西安"));
        // Enter before the answer: the first result opens when it comes.
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(pageKind(window.currentUrl()), PageKind::Article);
        QCOMPARE(threads.size(), 1); // the keystrokes before Enter asked nothing
        QVERIFY(threads.first().first().value<QThread *>() != QThread::currentThread());
        auto *reader = window.findChild<ReaderView *>();
        QVERIFY(reader->toPlainText().contains(QStringLiteral("西安")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
