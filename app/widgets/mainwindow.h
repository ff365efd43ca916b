#pragma once

#include "articlehtml.h"
#include "asyncstore.h"
#include "navigationhistory.h"
#include "related/relatedengine.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace lectern {

class ArticleTableModel;
struct PrintSelection;
class UndoNotice;
class BackgroundSearch;
struct SearchHit;
class EditingController;
class HistoryController;
class LibraryFileMenu;
class LibraryStore;
class NoticeBar;
class ReaderView;
class RelatedPanel;
class SearchResultsModel;
class SidebarModel;
class UniversityListModel;

// The reader's window: sidebar of places, the list of what a place holds,
// the reader, and related articles beside it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LibraryStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Shows a page (lectern://home, /article/UUID, /university/UUID).
    void navigate(const QUrl &url);
    QUrl currentUrl() const { return m_history.current(); }
    void goBack();
    void goForward();
    // Shows the list of all articles (the benchmark starts here).
    void showAllArticles();
    QWidget *articleListViewport() const;
    QTreeView *articleList() const { return m_articleList; }
    // Editing: the editor page, its actions and recovery (app/widgets/editing).
    EditingController *editing() const { return m_editing; }
    // Revision history, the trash list, university editing (app/widgets/history).
    HistoryController *historyUi() const { return m_historyUi; }

    NoticeBar *notice() const { return m_notice; }
    // File › New Library…, Open Library…, Open Recent (LibrarySession opens them).
    LibraryFileMenu *libraryMenu() const { return m_libraryMenu; }
    // Asks about unsaved edits; false when the user stays (as closing does).
    bool mayClose();

public Q_SLOTS:
    // Hides every editing action (the setting editing/readOnly, read at start).
    void setReadOnlyMode(bool readOnly);

Q_SIGNALS:
    // For whoever owns the library (LibrarySession): File › Restore from
    // Backup… chose a backup; File › Check Library; the user allowed editing
    // a library on a network drive.
    void restoreRequested(const QString &backupPath);
    void checkRequested();
    void allowNetworkEditingRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class ListPage
    {
        Articles,
        Results,
        Universities,
        Trash,
        Empty
    };

    void createWidgets();
    void createActions();
    void restoreSettings();
    // The first window of all (nothing saved): as large as is comfortable,
    // never larger than the screen; and how narrow each panel may get
    // (mainwindowlayout.cpp).
    void fitFirstWindow();
    void setPanelMinimums();
    void expandSidebar();
    void saveSettings();

    void display(const QUrl &url);
    void showPlace(const QModelIndex &place);
    void showListPage(ListPage page);
    void selectInList(const QUrl &url);
    void updateRelated(const QString &uuid);
    // The title and the status bar say what the reader shows (mainwindowpage.cpp).
    void describePage(const QString &pageTitle);
    void updateFeatureAction();
    void setFeatured(bool featured);
    // Opens the list's row of the page the reader shows, if the list has it
    // (reading further pages of a long list to find it).
    bool selectArticleRow(const QString &uuid);
    void updateHistoryActions();
    void updateStatus();
    void runSearch();
    void showSearchResults(const QString &text, const QList<SearchHit> &hits, const QString &error);
    void openFirstResult();
    void leaveSearch();
    void reportError(const QString &message);
    // What File › Print… prints now: the editor's article, the rows
    // selected in the list, or the article in the reader.
    PrintSelection printSelection();
    // The status bar offers Undo of a move to the trash.
    void offerUndoTrash(const QString &uuid, bool university = false);
    void showReadOnlyNotice();
    void refreshAfterEdit(const QString &uuid, bool trashed);
    void showArticlePage(const QString &uuid, const Result<ArticlePageContent> &page);
    void showUniversityPage(const Result<UniversityPageContent> &page);
    void showRelated(const QString &uuid, const Result<RelatedResult> &related);

    LibraryStore &m_store;
    // Reader pages and related articles are read through it (asyncstore.h).
    AsyncStore m_calls;
    quint64 m_displayRequest = 0;
    quint64 m_relatedRequest = 0;
    NavigationHistory m_history;

    SidebarModel *m_sidebarModel = nullptr;
    ArticleTableModel *m_articles = nullptr;
    SearchResultsModel *m_results = nullptr;
    UniversityListModel *m_universities = nullptr;
    BackgroundSearch *m_search = nullptr;

    QTreeView *m_sidebar = nullptr;
    QDockWidget *m_sidebarDock = nullptr;
    QDockWidget *m_relatedDock = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTreeView *m_articleList = nullptr;
    QListView *m_resultList = nullptr;
    QListView *m_universityList = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    ReaderView *m_reader = nullptr;
    QStackedWidget *m_readerStack = nullptr; // the reader, or the editor page
    EditingController *m_editing = nullptr;
    HistoryController *m_historyUi = nullptr;
    RelatedPanel *m_related = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_statusCount = nullptr;
    UndoNotice *m_undoNotice = nullptr;
    NoticeBar *m_notice = nullptr;
    LibraryFileMenu *m_libraryMenu = nullptr;
    QTimer m_searchDelay;
    QTimer m_relatedDelay;
    bool m_painted = false; // the window's first paint is done
    bool m_openFirstWhenPainted = false;
    bool m_listHiddenForEditor = false; // the editor gets the list's room
    QList<int> m_splitterBeforeEditor;
    QString m_relatedUuid;

    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_featureAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    bool m_readOnly = false;

    ListPage m_listPage = ListPage::Articles;
    ListPage m_pageBeforeSearch = ListPage::Articles;
    bool m_syncingSelection = false;
    bool m_openFirstResult = false; // Enter came before the results
};

} // namespace lectern
