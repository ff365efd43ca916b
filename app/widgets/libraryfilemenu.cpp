#include "libraryfilemenu.h"

#include "icons.h"
#include "recentlibraries.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace lectern {

namespace {

QString libraryFilter()
{
    return LibraryFileMenu::tr("Lectern libraries (*.lectern)") + QStringLiteral(";;") +
           LibraryFileMenu::tr("All files (*)");
}

// "~/Documents" for a menu: where a library is, short.
QString shortFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString home = QDir::homePath();
    if (folder == home || folder.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(QLatin1Char('~') + folder.mid(home.size()));
    return QDir::toNativeSeparators(folder);
}

} // namespace

LibraryFileMenu::LibraryFileMenu(const QString &currentPath, QWidget *window)
    : QObject(window)
    , m_currentPath(currentPath)
    , m_window(window)
{
    m_new = new QAction(themeIcon(QStringLiteral("document-new")), tr("&New Library…"), this);
    m_new->setObjectName(QStringLiteral("newLibraryAction"));
    m_new->setStatusTip(tr("Create an empty library file and open it."));
    connect(m_new, &QAction::triggered, this, [this] {
        const QString path = chooseNewLibrary(m_window, folder());
        if (!path.isEmpty())
            Q_EMIT createRequested(path);
    });
    m_open = new QAction(themeIcon(QStringLiteral("document-open")), tr("&Open Library…"), this);
    m_open->setObjectName(QStringLiteral("openLibraryAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open another library file in this window."));
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = chooseLibraryToOpen(m_window, folder());
        if (!path.isEmpty())
            Q_EMIT openRequested(LibraryLocation::file(path));
    });
    m_recent = new QMenu(tr("Open &Recent"), window);
    m_recent->setObjectName(QStringLiteral("recentLibrariesMenu"));
    m_recent->setIcon(themeIcon(QStringLiteral("document-open-recent")));
    m_recent->setToolTipsVisible(true);
    connect(m_recent, &QMenu::aboutToShow, this, &LibraryFileMenu::fillRecent);
    fillRecent(); // so that its actions are there before it is first shown
}

void LibraryFileMenu::addTo(QMenu *fileMenu)
{
    QAction *first = fileMenu->actions().value(0);
    fileMenu->insertAction(first, m_new);
    fileMenu->insertAction(first, m_open);
    fileMenu->insertMenu(first, m_recent);
    fileMenu->insertSeparator(first);
}

QString LibraryFileMenu::folder() const
{
    return QFileInfo(m_currentPath).absolutePath();
}

void LibraryFileMenu::fillRecent()
{
    m_recent->clear();
    const LibraryLocation current = LibraryLocation::file(m_currentPath);
    int number = 0;
    for (const LibraryLocation &location : RecentLibraries::list()) {
        if (location == current)
            continue;
        ++number;
        // &1 … &9, then 1&0: a key for each.
        const QString key = number < 10 ? QStringLiteral("&%1").arg(number) : QStringLiteral("1&0");
        QString text =
            tr("%1 %2 — %3")
                .arg(key, location.displayName().replace(QLatin1Char('&'), QStringLiteral("&&")),
                     shortFolder(location.path()));
        QAction *action = m_recent->addAction(text);
        action->setData(location.toString());
        if (location.exists()) {
            action->setToolTip(location.displayLocation());
            connect(action, &QAction::triggered, this,
                    [this, location] { Q_EMIT openRequested(location); });
        } else {
            // Kept: the disk it is on may only be away for now.
            action->setText(tr("%1 (not found)").arg(text));
            action->setEnabled(false);
            action->setToolTip(tr("There is no library at “%1” now: it was moved, renamed or "
                                  "deleted, or its disk is not connected.")
                                   .arg(location.displayLocation()));
        }
    }
    if (number == 0)
        m_recent->addAction(tr("No other library opened yet"))->setEnabled(false);
    m_recent->addSeparator();
    QAction *clear = m_recent->addAction(tr("&Clear List"), this, [] { RecentLibraries::clear(); });
    clear->setObjectName(QStringLiteral("clearRecentLibrariesAction"));
    clear->setEnabled(number > 0);
}

QString LibraryFileMenu::chooseLibraryToOpen(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Library"), folder, libraryFilter());
}

QString LibraryFileMenu::chooseNewLibrary(QWidget *parent, const QString &folder)
{
    // Lectern never replaces a file with a new library: LibraryStore::create
    // refuses, and says so, instead of the dialog asking to overwrite.
    QString path = QFileDialog::getSaveFileName(
        parent, tr("New Library"), QDir(folder).filePath(tr("New library") + u".lectern"),
        libraryFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".lectern");
    return path;
}

} // namespace lectern
