// What the main window says about the page the reader shows: its title, the
// status bar and the highlighted row, and Home's featured pin for it.
#include "articlehtml.h"
#include "articletablemodel.h"
#include "librarystore.h"
#include "mainwindow.h"

#include <QAction>
#include <QStatusBar>
#include <QTreeView>

namespace lectern {

namespace {

// How far the list reads on to find the open article's row (pages of
// ArticleTableModel::pageSize): enough for any list a person scrolls, never a
// whole library of 100,000.
constexpr int maxPagesToFindRow = 25;

} // namespace

void MainWindow::describePage(const QString &pageTitle)
{
    // Home, an empty list or the trash: the window is Lectern's; a page: its own.
    setWindowTitle(pageTitle.isEmpty() ? tr("Lectern") : tr("%1 — Lectern").arg(pageTitle));
    statusBar()->clearMessage(); // a message about the page before
    updateStatus();
}

bool MainWindow::selectArticleRow(const QString &uuid)
{
    int row = m_articles->rowOf(uuid);
    for (int page = 0; row < 0 && page < maxPagesToFindRow && m_articles->canFetchMore({});
         ++page) {
        const int before = m_articles->rowCount();
        m_articles->fetchMore({});
        if (m_articles->rowCount() == before)
            break;
        row = m_articles->rowOf(uuid);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_articles->index(row, 0);
    m_articleList->setCurrentIndex(index);
    m_articleList->scrollTo(index);
    return true;
}

void MainWindow::updateFeatureAction()
{
    if (!m_featureAction)
        return;
    const bool article = pageKind(m_history.current()) == PageKind::Article;
    m_featureAction->setVisible(!m_readOnly);
    m_featureAction->setEnabled(article && !m_readOnly);
    const QSignalBlocker blocker(m_featureAction);
    const Result<bool> featured =
        article ? m_store.isFeatured(pageUuid(m_history.current())) : Result<bool>(false);
    m_featureAction->setChecked(featured && featured.value());
}

void MainWindow::setFeatured(bool featured)
{
    const QUrl url = m_history.current();
    if (pageKind(url) != PageKind::Article)
        return;
    if (Status status = m_store.setFeatured(pageUuid(url), featured); !status) {
        reportError(status.error());
        updateFeatureAction();
        return;
    }
    statusBar()->showMessage(featured ? tr("Featured on Home.") : tr("No longer featured on Home."),
                             5000);
}

} // namespace lectern
