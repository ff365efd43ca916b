// How the main window shares its width: the first window fits the screen,
// and on a narrow one the side panels give way before the list and the
// reader do.
#include "mainwindow.h"

#include <QDockWidget>
#include <QResizeEvent>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>

namespace lectern {

namespace {

// Below these (in average character widths) the list shows too little of a
// title and the reader's lines get too short to read.
constexpr int listChars = 24;
constexpr int readerChars = 44;
// The side panels give way down to these.
constexpr int sidebarChars = 12;
constexpr int relatedChars = 16;

} // namespace

void MainWindow::fitFirstWindow()
{
    QSize size(1280, 800);
    if (const QScreen *screen = this->screen()) {
        // The window's frame and the desktop's panels take their share: at
        // 1024 × 700 the window is the whole of what is left.
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(available.size() - QSize(16, 48));
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        return;
    }
    resize(size);
}

void MainWindow::setPanelMinimums()
{
    const int em = fontMetrics().averageCharWidth();
    m_listStack->setMinimumWidth(listChars * em);
    m_readerStack->setMinimumWidth(readerChars * em);
    m_sidebarDock->setMinimumWidth(sidebarChars * em);
    m_relatedDock->setMinimumWidth(relatedChars * em);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Qt takes a narrower window's width from the list and the reader first;
    // the related panel and then the sidebar give theirs first instead.
    const int em = fontMetrics().averageCharWidth();
    const int wanted = (m_listStack->isVisible() ? m_listStack->minimumWidth() + 4 * em : 0) +
                       m_readerStack->minimumWidth() + 8 * em;
    int missing = wanted - centralWidget()->width();
    if (missing <= 0)
        return;
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (QDockWidget *dock : {m_relatedDock, m_sidebarDock}) {
        if (!dock->isVisible() || dock->isFloating() || missing <= 0)
            continue;
        const int spare = dock->width() - dock->minimumWidth();
        const int given = std::clamp(missing, 0, std::max(0, spare));
        docks.append(dock);
        widths.append(dock->width() - given);
        missing -= given;
    }
    if (!docks.isEmpty())
        resizeDocks(docks, widths, Qt::Horizontal);
}

} // namespace lectern
