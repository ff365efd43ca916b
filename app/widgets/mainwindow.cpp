#include "mainwindow.h"

#include "articlehtml.h"
#include "articletablemodel.h"
#include "backgroundsearch.h"
#include "columnchooser.h"
#include "editing/articleeditor.h"
#include "editing/editingcontroller.h"
#include "exportdialog.h"
#include "firstpaintwatcher.h"
#include "frontpage.h"
#include "history/historycontroller.h"
#include "history/trashmodel.h"
#include "history/trashview.h"
#include "homepage.h"
#include "icons.h"
#include "importdialog.h"
#include "libraryexportdialog.h"
#include "libraryfilemenu.h"
#include "librarystore.h"
#include "mergedialog.h"
#include "noticebar.h"
#include "printing.h"
#include "publishdialog.h"
#include "readerview.h"
#include "readinglistspanel.h"
#include "related/relatedengine.h"
#include "relatedpanel.h"
#include "restoredialog.h"
#include "searchquery.h"
#include "searchresultsmodel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "sidebarmodel.h"
#include "singlelinedelegate.h"
#include "snippetdelegate.h"
#include "startuptrace.h"
#include "undonotice.h"
#include "universitylistmodel.h"
#include "userguide.h"
#include "wordstems.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace lectern {

namespace {

// Long enough to skip most keystrokes of a word, short enough to feel live.
constexpr int searchDelayMs = 180;
constexpr int searchLimit = 100;
constexpr int relatedLimit = 8;
constexpr int relatedDelayMs = 60;

} // namespace

MainWindow::MainWindow(LibraryStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_calls(store)
    , m_sidebarModel(new SidebarModel(this))
    , m_articles(new ArticleTableModel(store, this))
    , m_results(new SearchResultsModel(this))
    , m_universities(new UniversityListModel(this))
    , m_search(new BackgroundSearch(store, this))
{
    setWindowTitle(tr("Lectern"));
    traceStartup("window-models");
    createWidgets();
    traceStartup("window-widgets");
    m_editing = new EditingController(store, this);
    connect(m_editing, &EditingController::editorCreated, this,
            [this](QWidget *page) { m_readerStack->addWidget(page); });
    traceStartup("window-editor");
    m_historyUi = new HistoryController(store, this);
    m_listStack->addWidget(m_historyUi->trashView());
    connect(m_historyUi->trashView(), &TrashView::articleSelected, this,
            [this](const QString &uuid) { navigate(articleUrl(uuid)); });
    connect(m_historyUi->trashView(), &TrashView::universitySelected, this,
            [this](const QString &uuid) { navigate(universityUrl(uuid)); });
    createActions();
    traceStartup("window-actions");

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_search, &BackgroundSearch::finished, this,
            [this](quint64, const QString &text, const QList<SearchHit> &hits,
                   const QString &error) { showSearchResults(text, hits, error); });
    // Related articles are worked out once the reader has shown the article,
    // and not at all for articles passed by while arrowing through the list.
    m_relatedDelay.setSingleShot(true);
    m_relatedDelay.setInterval(relatedDelayMs);
    connect(&m_relatedDelay, &QTimer::timeout, this, [this] {
        // Not before the window is on the screen: at start the first
        // article's suggestions would hold up the first paint.
        if (!m_painted && isVisible()) {
            m_relatedDelay.start();
            return;
        }
        updateRelated(m_relatedUuid);
    });

    // Counting reads whole indexes: the counts come once the window is on
    // the screen.
    if (Status status = m_sidebarModel->rebuild(m_store, SidebarModel::Counts::Later); !status)
        reportError(status.error());
    expandSidebar();
    traceStartup("window-sidebar");
    restoreSettings();
    traceStartup("window-settings");
    if (m_store.isReadOnly())
        showReadOnlyNotice();
    new FirstPaintWatcher(m_sidebar->viewport(), [this] {
        // The sidebar paints first; the rest of the window paints in the same
        // pass and its own after-paint work (the benchmark's mark) goes first.
        QTimer::singleShot(0, this, [this] {
            if (Status status = m_sidebarModel->updateCounts(m_store); !status)
                reportError(status.error());
        });
    });
    new FirstPaintWatcher(this, [this] {
        m_painted = true;
        // The Ukrainian dictionary takes a second to load: on a worker, once
        // the window is up, before the first Cyrillic word is saved or searched.
        QTimer::singleShot(1500, this, [] { preloadWordStems(); });
        // The window paints before its children: what they do once painted
        // (the benchmark's mark too) comes first.
        QTimer::singleShot(0, this, [this] {
            if (!m_openFirstWhenPainted)
                return;
            m_openFirstWhenPainted = false;
            if (m_listPage == ListPage::Articles && !m_articleList->currentIndex().isValid() &&
                m_articles->rowCount() > 0) {
                m_articleList->setCurrentIndex(m_articles->index(0, 0));
                traceStartup("reader-filled");
            }
        });
    });
    QTimer::singleShot(0, this, [this] {
        // Start on Home unless a place or a page was opened already.
        if (!m_history.current().isValid() && !m_sidebar->currentIndex().isValid())
            m_sidebar->setCurrentIndex(m_sidebarModel->find(SidebarModel::Kind::Home));
        m_editing->start(); // offers to restore unsaved work after a crash
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_sidebar = new QTreeView(this);
    m_sidebar->setModel(m_sidebarModel);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setAccessibleName(tr("Places"));
    m_sidebarDock = new QDockWidget(tr("Library"), this);
    m_sidebarDock->setObjectName(QStringLiteral("sidebarDock"));
    m_sidebarDock->setWidget(m_sidebar);
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);

    m_articleList = new QTreeView(this);
    m_articleList->setModel(m_articles);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setUniformRowHeights(true);
    m_articleList->setItemDelegate(new SingleLineDelegate(m_articleList));
    // Newest first; the indicator before sorting is enabled, which sorts by
    // it at once (else the list would read a page in title order first).
    m_articleList->header()->setSortIndicator(ArticleTableModel::DateColumn, Qt::DescendingOrder);
    m_articleList->setSortingEnabled(true);
    // Several rows, with Ctrl and Shift, to print them together.
    m_articleList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articleList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setAccessibleName(tr("Articles"));
    m_articleList->header()->setStretchLastSection(false);
    m_articleList->header()->setSectionResizeMode(ArticleTableModel::TitleColumn,
                                                  QHeaderView::Stretch);
    m_articleList->header()->resizeSection(ArticleTableModel::DateColumn, 90);
    // Beside the reader the list has room for the title and two columns;
    // the others are a right-click on the header away.
    new ColumnChooser(m_articleList->header());
    for (int column : {ArticleTableModel::AuthorColumn, ArticleTableModel::StatusColumn,
                       ArticleTableModel::LanguageColumn})
        m_articleList->header()->setSectionHidden(column, true);
    // Sorting reloads the list: the article the reader shows stays highlighted
    // (the view sorts first; this runs after it).
    connect(m_articleList->header(), &QHeaderView::sortIndicatorChanged, this,
            [this] { selectInList(m_history.current()); });

    m_resultList = new QListView(this);
    m_resultList->setModel(m_results);
    m_resultList->setItemDelegate(
        new SnippetDelegate(SearchResultsModel::SnippetRole, m_resultList));
    m_resultList->setUniformItemSizes(true);
    m_resultList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultList->setAccessibleName(tr("Search results"));

    m_universityList = new QListView(this);
    m_universityList->setModel(m_universities);
    m_universityList->setUniformItemSizes(true);
    m_universityList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_universityList->setAccessibleName(tr("Universities"));

    m_emptyState = new QWidget(this);
    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyButton = new QPushButton(tr("Show all articles"), m_emptyState);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_listStack = new QStackedWidget(this);
    m_listStack->setObjectName(QStringLiteral("listStack"));
    m_listStack->addWidget(m_articleList);
    m_listStack->addWidget(m_resultList);
    m_listStack->addWidget(m_universityList);
    m_listStack->addWidget(m_emptyState);

    m_reader = new ReaderView(m_store, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_listStack);
    m_readerStack = new QStackedWidget(this);
    m_readerStack->addWidget(m_reader);
    m_splitter->addWidget(m_readerStack);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    // Lasting news about the library (read-only, say) sits above the content.
    m_notice = new NoticeBar(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_related = new RelatedPanel(this);
    // Reading lists below the suggestions (app/widgets/readinglistspanel.*).
    m_related->setReadingLists(new ReadingListsPanel(m_store, m_related));
    m_relatedDock = new QDockWidget(tr("Related"), this);
    m_relatedDock->setObjectName(QStringLiteral("relatedDock"));
    // Scrolled rather than squeezed: at its narrowest the panel's wrapped
    // texts would otherwise make the window taller than a small screen.
    auto *relatedScroll = new QScrollArea(m_relatedDock);
    relatedScroll->setWidget(m_related);
    relatedScroll->setWidgetResizable(true);
    relatedScroll->setFrameShape(QFrame::NoFrame);
    relatedScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_relatedDock->setWidget(relatedScroll);
    m_relatedDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_relatedDock);

    m_searchField = new QLineEdit(this);
    m_searchField->setPlaceholderText(
        tr("Search: words, stud*, \"phrases\", -exclude, lang:zh, tag:…"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setMinimumWidth(280);
    m_searchField->installEventFilter(this);

    m_statusCount = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCount);
    m_undoNotice = new UndoNotice(statusBar());
    setPanelMinimums();

    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (SidebarModel::kindOf(current) != SidebarModel::Kind::Heading &&
                    !m_editing->leaveEditor()) {
                    const QSignalBlocker blocker(m_sidebar->selectionModel());
                    m_sidebar->setCurrentIndex(previous); // stays in the editor
                    return;
                }
                showPlace(current);
            });
    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncingSelection && current.isValid())
                    navigate(articleUrl(current.data(ArticleTableModel::UuidRole).toString()));
            });
    connect(m_resultList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncingSelection && current.isValid())
                    navigate(articleUrl(current.data(SearchResultsModel::UuidRole).toString()));
            });
    connect(m_universityList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncingSelection && current.isValid())
                    navigate(universityUrl(current.data(UniversityListModel::UuidRole).toString()));
            });
    connect(m_articles, &ArticleTableModel::countsChanged, this, &MainWindow::updateStatus);
    connect(m_articles, &ArticleTableModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_articles, &ArticleTableModel::errorOccurred, this, &MainWindow::reportError);
    connect(m_reader, &ReaderView::internalLinkActivated, this, &MainWindow::navigate);
    connect(m_reader, &ReaderView::backRequested, this, &MainWindow::goBack);
    connect(m_reader, &ReaderView::forwardRequested, this, &MainWindow::goForward);
    connect(m_related, &RelatedPanel::articleActivated, this,
            [this](const QString &uuid) { navigate(articleUrl(uuid)); });
    connect(m_related->readingLists(), &ReadingListsPanel::articleActivated, this,
            [this](const QString &uuid) { navigate(articleUrl(uuid)); });
    connect(m_related->readingLists(), &ReadingListsPanel::errorOccurred, this,
            &MainWindow::reportError);
    connect(m_related->readingLists(), &ReadingListsPanel::listsChanged, this, [this] {
        if (pageKind(m_history.current()) == PageKind::Home)
            display(m_history.current()); // Home shows the recommended reading
    });
    connect(m_searchField, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_searchField, &QLineEdit::returnPressed, this, &MainWindow::openFirstResult);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        m_searchField->clear();
        m_sidebar->setCurrentIndex(m_sidebarModel->find(SidebarModel::Kind::AllArticles));
    });

    setTabOrder(m_sidebar, m_listStack);
    setTabOrder(m_listStack, m_reader);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    // New Library…, Open Library…, Open Recent (app/widgets/librarysession.cpp opens them).
    m_libraryMenu = new LibraryFileMenu(m_store.path(), this);
    m_libraryMenu->addTo(fileMenu);
    QAction *exportArticle = fileMenu->addAction(tr("&Export Article…"), this, [this] {
        if (pageKind(m_history.current()) == PageKind::Article)
            showExportDialog(m_store, {pageUuid(m_history.current())}, this);
        else
            statusBar()->showMessage(tr("Open an article to export it."), 5000);
    });
    exportArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportList = fileMenu->addAction(tr("Export the &List…"), this, [this] {
        const Result<QList<ArticleSummary>> rows = m_store.articles(m_articles->filter());
        if (!rows) {
            reportError(rows.error());
            return;
        }
        QStringList uuids;
        for (const ArticleSummary &row : rows.value())
            uuids.append(row.uuid);
        if (uuids.isEmpty())
            statusBar()->showMessage(tr("The list is empty: nothing to export."), 5000);
        else
            showExportDialog(m_store, uuids, this);
    });
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto *printing = new PrintController(
        m_store, [this] { return printSelection(); }, this);
    connect(printing, &PrintController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    fileMenu->addAction(printing->printAction());
    fileMenu->addSeparator();
    // Import (menu and files dropped on the window), exchange and merge.
    auto *imports = new ImportDropHandler(m_store, this);
    const auto refreshLibrary = [this] {
        const QModelIndex place = m_sidebar->currentIndex();
        const SidebarModel::Kind kind = SidebarModel::kindOf(place);
        const QString value = place.data(SidebarModel::ValueRole).toString();
        {
            const QSignalBlocker blocker(m_sidebar->selectionModel());
            if (Status status = m_sidebarModel->rebuild(m_store); !status)
                reportError(status.error());
            expandSidebar();
            m_sidebar->setCurrentIndex(m_sidebarModel->find(kind, value));
        }
        m_articles->reload();
        if (m_listPage == ListPage::Empty && m_articles->rowCount() > 0)
            showListPage(ListPage::Articles);
        selectInList(m_history.current());
    };
    connect(imports, &ImportDropHandler::libraryChanged, this, refreshLibrary);
    connect(imports, &ImportDropHandler::openArticleRequested, this,
            [this](const QString &uuid) { navigate(articleUrl(uuid)); });
    fileMenu->addAction(tr("&Import…"), imports, [imports] { imports->showImportDialog(); })
        ->setObjectName(QStringLiteral("importAction"));
    fileMenu
        ->addAction(tr("&Merge Library…"), this,
                    [this, refreshLibrary] {
                        if (showMergeDialog(m_store, this))
                            refreshLibrary();
                    })
        ->setObjectName(QStringLiteral("mergeLibraryAction"));
    fileMenu->addAction(tr("Export Li&brary…"), this, [this] {
        QStringList uuids;
        if (const auto rows = m_store.articles(m_articles->filter()); rows) {
            for (const ArticleSummary &row : rows.value())
                uuids.append(row.uuid);
        }
        LibraryExportDialog dialog(m_store, uuids, this);
        dialog.exec();
    });
    fileMenu
        ->addAction(tr("&Publish Website…"), this,
                    [this] {
                        PublishDialog dialog(m_store, this);
                        dialog.exec();
                    })
        ->setObjectName(QStringLiteral("publishWebsiteAction"));
    fileMenu->addSeparator();
    // The library file's safety net (app/widgets/librarysession.cpp acts on these).
    fileMenu
        ->addAction(tr("&Restore from Backup…"), this,
                    [this] {
                        RestoreDialog dialog(m_store.path(), this);
                        if (dialog.exec() == QDialog::Accepted && !dialog.chosenBackup().isEmpty())
                            Q_EMIT restoreRequested(dialog.chosenBackup());
                    })
        ->setObjectName(QStringLiteral("restoreBackupAction"));
    fileMenu->addAction(tr("&Check Library"), this, [this] { Q_EMIT checkRequested(); })
        ->setObjectName(QStringLiteral("checkLibraryAction"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editing->addToMenus(editMenu, menuBar());
    editMenu->addAction(m_related->readingLists()->addCurrentAction());
    m_featureAction = editMenu->addAction(tr("&Feature on Home"), this, &MainWindow::setFeatured);
    m_featureAction->setObjectName(QStringLiteral("featureAction"));
    m_featureAction->setCheckable(true);
    m_featureAction->setToolTip(tr("Pin this article to the top of Home"));
    m_historyUi->addToMenu(editMenu);
    connect(m_historyUi, &HistoryController::libraryChanged, this, [this, refreshLibrary] {
        refreshLibrary();
        if (m_listPage != ListPage::Trash) {
            display(m_history.current()); // a restored version, a renamed university
            return;
        }
        m_historyUi->trashView()->reload();
        m_reader->showPage(QString()); // what it showed may be gone for good
        m_related->clear();
        describePage(QString());
    });
    connect(m_historyUi, &HistoryController::openRequested, this, &MainWindow::navigate);
    connect(m_historyUi, &HistoryController::universityTrashed, this,
            [this](const QString &uuid) { offerUndoTrash(uuid, true); });
    connect(m_historyUi, &HistoryController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_editing, &EditingController::editorShown, this, [this] {
        if (m_readerStack->indexOf(m_editing->editor()) < 0)
            m_readerStack->addWidget(m_editing->editor());
        m_readerStack->setCurrentWidget(m_editing->editor());
        if (m_editing->editor()->isNew()) {
            // Suggestions of the article read before would pass for this one's.
            m_relatedDelay.stop();
            m_related->showUnsaved();
        }
        // Text and metadata side by side need the width: the list steps
        // aside while editing (the sidebar still leaves the editor), and
        // comes back as wide as it was.
        if (m_listStack->isVisible()) {
            m_splitterBeforeEditor = m_splitter->sizes();
            m_listStack->hide();
            m_listHiddenForEditor = true;
        }
    });
    connect(m_editing, &EditingController::readerRequested, this, [this] {
        m_readerStack->setCurrentWidget(m_reader);
        // Out of the stack while reading: its minimum width (text and
        // metadata side by side) would keep the list narrow.
        if (QWidget *editor = m_editing->editor(); m_readerStack->indexOf(editor) >= 0)
            m_readerStack->removeWidget(editor);
        if (m_listHiddenForEditor) {
            m_listStack->show();
            m_splitter->setSizes(m_splitterBeforeEditor);
            m_listHiddenForEditor = false;
        }
        display(m_history.current());
    });
    connect(m_editing, &EditingController::articleSaved, this,
            [this](const QString &uuid) { refreshAfterEdit(uuid, false); });
    connect(m_editing, &EditingController::articleTrashed, this, [this](const QString &uuid) {
        refreshAfterEdit(uuid, true);
        offerUndoTrash(uuid);
    });
    connect(m_editing, &EditingController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_backAction = viewMenu->addAction(themeIcon(QStringLiteral("go-previous")), tr("&Back"), this,
                                       &MainWindow::goBack);
    m_backAction->setShortcut(QKeySequence::Back);
    m_forwardAction = viewMenu->addAction(themeIcon(QStringLiteral("go-next")), tr("&Forward"),
                                          this, &MainWindow::goForward);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    QAction *home = viewMenu->addAction(themeIcon(QStringLiteral("go-home")), tr("&Home"), this,
                                        [this] { navigate(homeUrl()); });
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    viewMenu->addSeparator();
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"), m_reader, &ReaderView::zoomInStep);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), m_reader, &ReaderView::zoomOutStep);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = viewMenu->addAction(tr("&Actual Size"), m_reader, &ReaderView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    viewMenu->addSeparator();
    QAction *find = viewMenu->addAction(tr("&Find…"), this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    // The search's words in the article opened from its results.
    m_findNextAction = viewMenu->addAction(tr("Find &Next"), this, [this] {
        if (!m_reader->findNext())
            statusBar()->showMessage(tr("Search for words to find them in the article."), 5000);
    });
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findPreviousAction = viewMenu->addAction(tr("Find Pre&vious"), this, [this] {
        if (!m_reader->findPrevious())
            statusBar()->showMessage(tr("Search for words to find them in the article."), 5000);
    });
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    QAction *focusList = viewMenu->addAction(tr("Go to &List"), this,
                                             [this] { m_listStack->currentWidget()->setFocus(); });
    focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *focusReader =
        viewMenu->addAction(tr("Go to &Reader"), this, [this] { m_reader->setFocus(); });
    focusReader->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    viewMenu->addSeparator();
    viewMenu->addAction(m_sidebarDock->toggleViewAction());
    viewMenu->addAction(m_relatedDock->toggleViewAction());
    m_sidebarDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_relatedDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guide =
        helpMenu->addAction(themeIcon(QStringLiteral("help-contents")), tr("&User Guide"), this,
                            [this] { navigate(UserGuide::url()); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = helpMenu->addAction(themeIcon(QStringLiteral("input-keyboard")),
                                             tr("&Keyboard Shortcuts"), this, [this] {
                                                 ShortcutsDialog dialog(*this, this);
                                                 dialog.exec();
                                             });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    helpMenu->addSeparator();
    helpMenu->addAction(
        themeIcon(QStringLiteral("help-about")), tr("&About Lectern"), this, [this] {
            QMessageBox::about(
                this, tr("About Lectern"),
                tr("<h3>Lectern %1</h3><p>A reader and editor for the articles of "
                   "the China-Ukraine Education Union.</p><p>Lectern is free software: you can "
                   "redistribute it and modify it under the terms of the GNU General Public "
                   "License, version 3 or (at your option) any later version "
                   "(GPL-3.0-or-later). It comes with no warranty.</p><p>Library: %2</p>")
                    .arg(QCoreApplication::applicationVersion(), m_store.path().toHtmlEscaped()));
        });

    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addAction(home);
    toolbar->addSeparator();
    toolbar->addAction(m_editing->editAction());
    toolbar->addAction(m_editing->saveAction());
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_searchField);
    updateHistoryActions();
    addSettingsAction(this, m_store.path()); // Edit › Preferences…
}

void MainWindow::expandSidebar()
{
    // Tags can be many; they stay folded until asked for (and are never
    // unfolded here: laying out hundreds of rows to fold them again was a
    // measurable part of the start).
    for (int row = 0; row < m_sidebarModel->rowCount(); ++row) {
        const QModelIndex group = m_sidebarModel->index(row, 0);
        const bool tags =
            group.data(SidebarModel::ValueRole).toString() == SidebarModel::tagsHeading;
        m_sidebar->setExpanded(group, !tags);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        fitFirstWindow();
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_articleList->header()->restoreState(
        settings.value(QStringLiteral("mainWindow/listHeader")).toByteArray());
    // The saved state brings back the columns and their widths, and set its
    // sort indicator without telling the list (which stayed newest first
    // under an indicator saying otherwise): every start opens newest first.
    m_articleList->header()->setSortIndicator(ArticleTableModel::DateColumn, Qt::DescendingOrder);
    m_articleList->sortByColumn(ArticleTableModel::DateColumn, Qt::DescendingOrder);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/listHeader"),
                      m_articleList->header()->saveState());
}

bool MainWindow::mayClose()
{
    return m_editing->leaveEditor() && m_historyUi->closeEditors();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            leaveSearch();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_listPage == ListPage::Results) {
            m_resultList->setFocus();
            if (!m_resultList->currentIndex().isValid() && m_results->rowCount() > 0)
                m_resultList->setCurrentIndex(m_results->index(0));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::navigate(const QUrl &url)
{
    if (pageKind(url) == PageKind::None)
        return;
    if (!m_editing->leaveEditor()) {
        selectInList(m_history.current());
        return;
    }
    m_history.visit(url);
    display(url);
}

void MainWindow::showAllArticles()
{
    m_sidebar->setCurrentIndex(m_sidebarModel->find(SidebarModel::Kind::AllArticles));
}

QWidget *MainWindow::articleListViewport() const
{
    return m_articleList->viewport();
}

void MainWindow::goBack()
{
    if (m_history.canGoBack() && m_editing->leaveEditor())
        display(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward() && m_editing->leaveEditor())
        display(m_history.forward());
}

void MainWindow::display(const QUrl &url)
{
    // Pages are read through m_calls: a later page asked for wins over an
    // earlier answer still on its way.
    const quint64 request = ++m_displayRequest;
    const QString uuid = pageUuid(url);
    m_related->readingLists()->setCurrentArticle(pageKind(url) == PageKind::Article ? uuid
                                                                                    : QString());
    switch (pageKind(url)) {
    case PageKind::Home: {
        const Result<FrontPage> home = selectFrontPage(m_store);
        if (!home) {
            reportError(home.error());
            break;
        }
        m_listStack->hide();
        m_reader->showHome(home.value());
        m_relatedDelay.stop();
        m_related->clear();
        const QSignalBlocker blocker(m_sidebar->selectionModel());
        m_sidebar->setCurrentIndex(m_sidebarModel->find(SidebarModel::Kind::Home));
        describePage(QString());
        break;
    }
    case PageKind::Article:
        m_calls.read<ArticlePageContent>(
            this, [uuid](const LibraryStore &store) { return loadArticlePage(store, uuid); },
            [this, request, uuid](Result<ArticlePageContent> page) {
                if (request == m_displayRequest)
                    showArticlePage(uuid, page);
            });
        break;
    case PageKind::University:
        m_calls.read<UniversityPageContent>(
            this, [uuid](const LibraryStore &store) { return loadUniversityPage(store, uuid); },
            [this, request](Result<UniversityPageContent> page) {
                if (request == m_displayRequest)
                    showUniversityPage(page);
            });
        break;
    case PageKind::Guide: {
        const Result<QString> page = UserGuide::pageHtml(url);
        if (!page) {
            reportError(page.error());
            break;
        }
        m_listStack->hide();
        m_reader->showPage(page.value());
        setWindowTitle(tr("%1 — Lectern").arg(UserGuide::title(page.value())));
        m_relatedDelay.stop();
        m_related->clear();
        {
            const QSignalBlocker blocker(m_sidebar->selectionModel());
            m_sidebar->selectionModel()->clear(); // the guide is no place of the library
        }
        m_sidebar->viewport()->update();
        break;
    }
    case PageKind::None:
        break;
    }
    selectInList(url);
    updateHistoryActions();
    updateFeatureAction();
    m_historyUi->pageChanged(url);
}

void MainWindow::showArticlePage(const QString &uuid, const Result<ArticlePageContent> &page)
{
    if (!page) {
        reportError(page.error());
        return;
    }
    if (m_listStack->isHidden() && !m_editing->isEditing()) {
        // From Home: the list of all articles comes back beside the reader
        // (not while the editor has its room: a save shows the article).
        const QSignalBlocker blocker(m_sidebar->selectionModel());
        m_sidebar->setCurrentIndex(m_sidebarModel->find(SidebarModel::Kind::AllArticles));
        m_articles->setFilter({});
        showListPage(m_articles->rowCount() > 0 ? ListPage::Articles : ListPage::Empty);
        m_listStack->show();
    }
    m_reader->showPage(articlePageHtml(page.value()));
    // Opened from search results: the search's words are marked (F3
    // goes from one to the next).
    m_reader->setHighlightedWords(m_listPage == ListPage::Results &&
                                          !m_searchField->text().trimmed().isEmpty()
                                      ? SearchQuery::parse(m_searchField->text()).highlightTerms()
                                      : QStringList());
    describePage(page->article.title);
    m_relatedUuid = uuid;
    m_relatedDelay.start();
}

void MainWindow::showUniversityPage(const Result<UniversityPageContent> &page)
{
    if (!page) {
        reportError(page.error());
        return;
    }
    if ((m_listPage != ListPage::Universities && m_listPage != ListPage::Trash) ||
        m_listStack->isHidden()) {
        const QString country = page->university.country;
        const QSignalBlocker blocker(m_sidebar->selectionModel());
        m_sidebar->setCurrentIndex(
            m_sidebarModel->find(SidebarModel::Kind::UniversityCountry, country));
        const auto list = m_store.universities(country);
        m_universities->setUniversities(list ? list.value() : QList<University>());
        showListPage(ListPage::Universities);
        m_listStack->show();
    }
    m_reader->showPage(universityPageHtml(page.value()));
    describePage(page->university.name);
    m_relatedDelay.stop();
    m_related->clear();
}

void MainWindow::selectInList(const QUrl &url)
{
    m_syncingSelection = true;
    const QString uuid = pageUuid(url);
    if (m_listPage == ListPage::Articles && pageKind(url) == PageKind::Article) {
        if (!selectArticleRow(uuid)) {
            m_articleList->clearSelection();
            m_articleList->setCurrentIndex({});
        }
    } else if (m_listPage == ListPage::Universities && pageKind(url) == PageKind::University) {
        const int row = m_universities->rowOf(uuid);
        if (row >= 0)
            m_universityList->setCurrentIndex(m_universities->index(row));
    }
    m_syncingSelection = false;
}

void MainWindow::showPlace(const QModelIndex &place)
{
    const SidebarModel::Kind kind = SidebarModel::kindOf(place);
    switch (kind) {
    case SidebarModel::Kind::Heading:
        return;
    case SidebarModel::Kind::Home:
        navigate(homeUrl());
        return;
    case SidebarModel::Kind::UniversityCountry: {
        const auto list = m_store.universities(place.data(SidebarModel::ValueRole).toString());
        if (!list)
            reportError(list.error());
        m_universities->setUniversities(list ? list.value() : QList<University>());
        m_listStack->show();
        if (m_universities->rowCount() == 0) {
            m_emptyText->setText(tr("No affiliate universities from %1 yet.")
                                     .arg(place.data(Qt::DisplayRole).toString()));
            m_emptyButton->hide();
            showListPage(ListPage::Empty);
            m_reader->showPage(QString());
            m_related->clear();
            describePage(QString());
        } else {
            showListPage(ListPage::Universities);
            m_universityList->setCurrentIndex(m_universities->index(0));
        }
        return;
    }
    case SidebarModel::Kind::Trash: // articles and universities, with Restore and Delete
        m_historyUi->trashView()->reload();
        m_listStack->show();
        showListPage(ListPage::Trash);
        m_reader->showPage(QString());
        m_related->clear();
        describePage(QString());
        return;
    default:
        break;
    }
    m_articles->setFilter(SidebarModel::filterFor(place));
    m_listStack->show();
    if (m_articles->rowCount() == 0) {
        const bool trash = kind == SidebarModel::Kind::Trash;
        m_emptyText->setText(trash ? tr("The trash is empty.")
                                   : tr("No articles match — clear filters to see them all."));
        m_emptyButton->setVisible(!trash && kind != SidebarModel::Kind::AllArticles);
        showListPage(ListPage::Empty);
        m_reader->showPage(QString());
        m_related->clear();
        describePage(QString());
    } else {
        showListPage(ListPage::Articles);
        if (!isVisible() && !m_painted) {
            // The window is still being set up: the list paints first and
            // its first article opens right after (laying out the article
            // would hold up the whole window by a fifth).
            m_openFirstWhenPainted = true;
            return;
        }
        m_articleList->setCurrentIndex(m_articles->index(0, 0));
    }
}

void MainWindow::showListPage(ListPage page)
{
    m_listPage = page;
    switch (page) {
    case ListPage::Articles:
        m_listStack->setCurrentWidget(m_articleList);
        break;
    case ListPage::Results:
        m_listStack->setCurrentWidget(m_resultList);
        break;
    case ListPage::Universities:
        m_listStack->setCurrentWidget(m_universityList);
        break;
    case ListPage::Trash:
        m_listStack->setCurrentWidget(m_historyUi->trashView());
        break;
    case ListPage::Empty:
        m_listStack->setCurrentWidget(m_emptyState);
        break;
    }
    updateStatus();
}

void MainWindow::updateRelated(const QString &uuid)
{
    const quint64 request = ++m_relatedRequest;
    m_calls.read<RelatedResult>(
        this,
        [uuid](const LibraryStore &store) { return relatedArticles(store, uuid, relatedLimit); },
        [this, request, uuid](Result<RelatedResult> related) {
            if (request == m_relatedRequest)
                showRelated(uuid, related);
        });
}

void MainWindow::showRelated(const QString &uuid, const Result<RelatedResult> &related)
{
    if (!related) {
        m_related->clear();
        reportError(related.error());
        return;
    }
    QList<RelatedPanel::Translation> translations;
    for (const ArticleSummary &t : related->translations)
        translations.append({t.uuid, t.language});
    QList<RelatedPanel::Suggestion> suggestions;
    QList<FrontPageRelated> lines;
    for (const RelatedSuggestion &s : related->suggestions) {
        suggestions.append({s.uuid, s.title, s.explanation});
        lines.append({s.uuid, s.title, s.language, s.explanation});
    }
    m_related->showSuggestions(translations, suggestions);
    // And at the end of the article, as on the union's page.
    if (pageKind(m_history.current()) == PageKind::Article && pageUuid(m_history.current()) == uuid)
        m_reader->showClosingSection(relatedSectionHtml(lines));
}

void MainWindow::updateHistoryActions()
{
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::updateStatus()
{
    if (m_listStack->isHidden() && pageKind(m_history.current()) == PageKind::Home) {
        m_statusCount->setText(
            tr("Home · %L1 articles in the library").arg(m_articles->liveCount()));
        return;
    }
    switch (m_listPage) {
    case ListPage::Results:
        m_statusCount->setText(tr("%n result(s)", nullptr, m_results->rowCount()));
        break;
    case ListPage::Universities:
        m_statusCount->setText(tr("%n university(ies)", nullptr, m_universities->rowCount()));
        break;
    case ListPage::Trash:
        m_statusCount->setText(
            tr("%n item(s) in the trash", nullptr, m_historyUi->trashView()->model()->rowCount()));
        break;
    case ListPage::Articles:
    case ListPage::Empty:
        m_statusCount->setText(tr("%L1 of %L2 articles shown")
                                   .arg(m_articles->matchingCount())
                                   .arg(m_articles->liveCount()));
        break;
    }
}

void MainWindow::runSearch()
{
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty()) {
        leaveSearch();
        return;
    }
    m_search->request(text, searchLimit);
}

void MainWindow::showSearchResults(const QString &text, const QList<SearchHit> &hits,
                                   const QString &error)
{
    if (m_searchField->text().trimmed() != text)
        return; // the field changed (or was cleared) while this ran
    if (!error.isEmpty())
        m_openFirstResult = false;
    if (m_listPage != ListPage::Results)
        m_pageBeforeSearch = m_listPage;
    // The results are no place of the sidebar: none is highlighted (the
    // current one comes back with Esc).
    m_sidebar->selectionModel()->clearSelection();
    m_syncingSelection = true;
    m_results->setHits(hits);
    m_syncingSelection = false;
    m_listStack->show();
    if (hits.isEmpty()) {
        // A query that cannot be run (too long, an unknown status) says why
        // where its results would be.
        m_emptyText->setText(!error.isEmpty()
                                 ? error
                                 : tr("Nothing matches “%1”. Check the spelling, or remove a "
                                      "word or a filter.")
                                       .arg(text));
        m_emptyButton->hide();
        showListPage(ListPage::Empty);
        m_listPage = ListPage::Results;
        m_listStack->setCurrentWidget(m_emptyState);
        updateStatus();
    } else {
        showListPage(ListPage::Results);
    }
    if (std::exchange(m_openFirstResult, false))
        openFirstResult();
}

void MainWindow::openFirstResult()
{
    if (m_searchDelay.isActive()) {
        m_searchDelay.stop();
        runSearch();
    }
    if (m_search->isBusy()) {
        m_openFirstResult = true; // when the answer comes
        return;
    }
    if (m_listPage != ListPage::Results || m_results->rowCount() == 0)
        return;
    m_resultList->setCurrentIndex(m_results->index(0));
    m_reader->setFocus();
}

void MainWindow::leaveSearch()
{
    m_searchDelay.stop();
    m_searchField->clear();
    if (m_listPage == ListPage::Results) {
        showListPage(m_pageBeforeSearch == ListPage::Results ? ListPage::Articles
                                                             : m_pageBeforeSearch);
        if (m_listPage == ListPage::Articles && m_articles->rowCount() == 0)
            showListPage(ListPage::Empty);
        // The list highlights what the reader shows, not what it had before.
        selectInList(m_history.current());
        m_sidebar->selectionModel()->select(m_sidebar->currentIndex(),
                                            QItemSelectionModel::ClearAndSelect);
    }
    m_reader->setHighlightedWords({});
    m_listStack->currentWidget()->setFocus();
}

void MainWindow::setReadOnlyMode(bool readOnly)
{
    // A library that cannot be written stays read-only whatever the setting.
    readOnly = readOnly || m_store.isReadOnly();
    m_readOnly = readOnly;
    updateFeatureAction();
    m_editing->setReadOnly(readOnly);
    m_related->readingLists()->setReadOnly(readOnly);
    for (const char *name : {"importAction", "mergeLibraryAction", "restoreBackupAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setVisible(!readOnly);
    }
    if (auto *imports = findChild<ImportDropHandler *>())
        imports->setAccepting(!readOnly);
}

void MainWindow::showReadOnlyNotice()
{
    setReadOnlyMode(true);
    const QString text = tr("This library can only be read: %1. Reading, searching and exporting "
                            "work; editing is off.")
                             .arg(m_store.readOnlyReason());
    if (m_store.readOnlyKind() != ReadOnlyReason::NetworkFileSystem) {
        m_notice->showNotice(text);
        return;
    }
    m_notice->showNotice(text, tr("Allow &Editing…"), [this] {
        QMessageBox question(QMessageBox::Warning, tr("Allow Editing"),
                             tr("Edit a library on a network drive only if no other computer "
                                "has it open while you do."),
                             QMessageBox::Cancel, this);
        question.setInformativeText(tr("Lectern cannot tell when another computer writes to it: "
                                       "if two do at once, the library can be damaged. Lectern "
                                       "keeps a backup each day it is opened."));
        QPushButton *allow = question.addButton(tr("Allow Editing"), QMessageBox::AcceptRole);
        question.exec();
        if (question.clickedButton() == allow)
            Q_EMIT allowNetworkEditingRequested();
    });
}

void MainWindow::refreshAfterEdit(const QString &uuid, bool trashed)
{
    m_related->readingLists()->reload(); // titles, or an article gone to the trash
    const QModelIndex place = m_sidebar->currentIndex();
    const SidebarModel::Kind kind = SidebarModel::kindOf(place);
    const QString value = place.data(SidebarModel::ValueRole).toString();
    const int row = m_articleList->currentIndex().row();
    {
        const QSignalBlocker blocker(m_sidebar->selectionModel());
        if (Status status = m_sidebarModel->rebuild(m_store); !status)
            reportError(status.error());
        expandSidebar();
        m_sidebar->setCurrentIndex(m_sidebarModel->find(kind, value));
    }
    m_syncingSelection = true;
    m_articles->reload();
    m_syncingSelection = false;
    if (m_listPage == ListPage::Empty && m_articles->rowCount() > 0)
        showListPage(ListPage::Articles);
    if (!trashed) {
        const QUrl url = articleUrl(uuid);
        if (m_history.current() != url)
            m_history.visit(url);
        display(url); // the reader behind the editor shows what was saved
        return;
    }
    // The next article in the list takes the trashed one's place.
    if (m_listPage == ListPage::Articles && m_articles->rowCount() > 0) {
        m_articleList->setCurrentIndex(
            m_articles->index(qBound(0, row, m_articles->rowCount() - 1), 0));
    } else {
        if (m_articles->rowCount() == 0)
            showListPage(ListPage::Empty);
        navigate(homeUrl());
    }
}

PrintSelection MainWindow::printSelection()
{
    PrintSelection selection;
    if (m_editing->isEditing()) { // what the editor shows, saved or not
        selection.editing = m_editing->editor()->currentEdit().article;
        return selection;
    }
    if (m_listPage == ListPage::Articles && m_listStack->isVisible()) {
        QModelIndexList rows = m_articleList->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        if (rows.size() > 1) {
            for (const QModelIndex &row : std::as_const(rows))
                selection.uuids.append(row.data(ArticleTableModel::UuidRole).toString());
            return selection;
        }
    }
    if (pageKind(m_history.current()) == PageKind::Article)
        selection.uuids.append(pageUuid(m_history.current()));
    return selection;
}

void MainWindow::offerUndoTrash(const QString &uuid, bool university)
{
    QString title = uuid;
    if (const Result<Article> article = m_store.article(uuid); article && !university)
        title = article->title;
    if (const Result<University> profile = m_store.university(uuid); profile && university)
        title = profile->name;
    // A long title is cut, so that the message and its Undo stay in view.
    title = fontMetrics().elidedText(title, Qt::ElideRight, 360);
    m_undoNotice->offer(tr("Moved “%1” to the trash.").arg(title), [this, uuid, title, university] {
        const Status status =
            university ? m_store.restoreUniversity(uuid) : m_store.restoreArticle(uuid);
        if (!status) {
            reportError(tr("“%1” could not be restored: %2").arg(title, status.error()));
            return;
        }
        if (university) {
            const QSignalBlocker blocker(m_sidebar->selectionModel());
            if (Status rebuilt = m_sidebarModel->rebuild(m_store); !rebuilt)
                reportError(rebuilt.error());
            expandSidebar();
        }
        m_historyUi->trashView()->reload();
        if (university)
            navigate(universityUrl(uuid));
        else
            refreshAfterEdit(uuid, false); // back in the list, and shown again
        statusBar()->showMessage(tr("Restored “%1”.").arg(title), 5000);
    });
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

} // namespace lectern
