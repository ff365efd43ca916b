#include "librarysession.h"

#include "backupscheduler.h"
#include "demolibrary.h"
#include "libraryfilemenu.h"
#include "mainwindow.h"
#include "recentlibraries.h"
#include "storage/libraryfiles.h"
#include "storage/server/serverlibrary.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace lectern {

namespace {

// Runs `work` on a thread while a dialog says what is happening; the window
// stays painted and the work's `progress` lines reach the dialog.
template <typename Work> auto withProgress(QWidget *parent, const QString &title, Work work)
{
    QProgressDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(title);
    dialog.setRange(0, 0);
    dialog.setCancelButton(nullptr);
    dialog.setMinimumDuration(400);
    dialog.setMinimumWidth(480);
    decltype(work([](const QString &) { return true; })) result = Error{};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = work([&dialog](const QString &message) {
            QMetaObject::invokeMethod(&dialog,
                                      [&dialog, message] { dialog.setLabelText(message); });
            return true;
        });
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace

LibrarySession::LibrarySession()
    : m_pendingTimer(new QTimer(this))
{
    m_pendingTimer->setInterval(250);
    m_pendingTimer->setSingleShot(true);
    connect(m_pendingTimer, &QTimer::timeout, this, &LibrarySession::handlePending);
}

LibrarySession::~LibrarySession()
{
    delete m_backups; // waits for a copy under way, before the store goes
    m_window.reset();
    m_store.reset();
}

Result<std::unique_ptr<LibraryStore>> LibrarySession::openStore(const QString &path,
                                                                const LibraryOpenOptions &options)
{
    if (!LibraryStore::needsUpgrade(path))
        return LibraryStore::open(path, options);
    // An upgrade, or a wait for another program, can take a while: it runs
    // on a thread (its connection is SQLite's own), then the window's
    // connection opens the result at once.
    const Status prepared =
        withProgress(m_window.get(), tr("Opening the library…"),
                     [&](const std::function<bool(const QString &)> &progress) -> Status {
                         LibraryOpenOptions threaded = options;
                         threaded.progress = progress;
                         return LibraryStore::prepare(path, threaded);
                     });
    if (!prepared)
        return prepared.failure();
    return LibraryStore::open(path, options);
}

Status LibrarySession::start(const QString &option)
{
    if (isServerAddress(option))
        return ServerLibrary::cannotOpenYet(option);
    const QString path = libraryLocation(option);
    if (QFileInfo::exists(path) || !isDefaultLibraryLocation(option)) {
        Result<std::unique_ptr<LibraryStore>> store = openOrOffer(path, true);
        if (!store)
            return store.failure();
        adopt(std::move(store).value());
        return success();
    }
    auto store = LibraryStore::create(path);
    if (!store)
        return store.failure();
    if (Status status = fillDemoLibrary(*store.value()); !status)
        return status;
    adopt(std::move(store).value());
    return success();
}

Status LibrarySession::open(const QString &path, const LibraryOpenOptions &options)
{
    Result<std::unique_ptr<LibraryStore>> store = openStore(path, options);
    if (!store)
        return store.failure();
    m_options = options;
    adopt(std::move(store).value());
    return success();
}

void LibrarySession::adopt(std::unique_ptr<LibraryStore> store)
{
    m_store = std::move(store);
    if (!m_store->isInMemory())
        RecentLibraries::add(m_store->location());
    showWindow();
}

bool LibrarySession::isOpen(const QString &path) const
{
    if (!m_store)
        return false;
    const std::optional<FileIdentity> wanted = FileIdentity::of(path);
    return wanted && wanted == FileIdentity::of(m_store->path());
}

LibrarySession::MissingChoice LibrarySession::askAboutMissing(const QString &path, bool atStart)
{
    QMessageBox box(QMessageBox::Question, tr("Open Library"),
                    tr("There is no library at “%1”.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, m_window.get());
    box.setInformativeText(tr("Lectern can create a new, empty library there, or you can open "
                              "another library."));
    QPushButton *create = box.addButton(tr("&Create Library There"), QMessageBox::AcceptRole);
    QPushButton *another = box.addButton(tr("&Open Another…"), QMessageBox::ActionRole);
    box.addButton(atStart ? tr("&Quit") : tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(another);
    box.exec();
    if (box.clickedButton() == create)
        return MissingChoice::Create;
    if (box.clickedButton() == another)
        return MissingChoice::OpenAnother;
    return MissingChoice::Cancel;
}

Result<std::unique_ptr<LibraryStore>> LibrarySession::openOrOffer(const QString &path, bool atStart)
{
    if (QFileInfo::exists(path))
        return openStore(path, {});
    const Error cancelled{tr("No library was opened."), ErrorKind::Cancelled};
    switch (askAboutMissing(path, atStart)) {
    case MissingChoice::Create:
        return LibraryStore::create(path);
    case MissingChoice::OpenAnother: {
        const QString folder = QFileInfo(path).absolutePath();
        const QString chosen = LibraryFileMenu::chooseLibraryToOpen(
            m_window.get(), QFileInfo(folder).isDir() ? folder : QDir::homePath());
        if (chosen.isEmpty() || isOpen(chosen)) // the one shown: nothing to open
            return cancelled;
        return openStore(chosen, {});
    }
    case MissingChoice::Cancel:
        break;
    }
    return cancelled;
}

bool LibrarySession::switchTo(const LibraryLocation &location)
{
    if (isOpen(location.path())) {
        raiseWindow();
        return true;
    }
    if (m_window && !m_window->mayClose())
        return false;
    Result<std::unique_ptr<LibraryStore>> store = openOrOffer(location.path(), false);
    if (!store) {
        if (store.errorKind() != ErrorKind::Cancelled)
            QMessageBox::warning(m_window.get(), tr("Open Library"), store.error());
        return false;
    }
    return replaceWith(std::move(store).value());
}

bool LibrarySession::createLibrary(const QString &path)
{
    if (m_window && !m_window->mayClose())
        return false;
    Result<std::unique_ptr<LibraryStore>> store = LibraryStore::create(path);
    if (!store) {
        QMessageBox::warning(m_window.get(), tr("New Library"), store.error());
        return false;
    }
    return replaceWith(std::move(store).value());
}

bool LibrarySession::replaceWith(std::unique_ptr<LibraryStore> store)
{
    // The other library is open already, so the window closes only once
    // there is one to show; nothing is left unsaved (mayClose() asked).
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    if (!closeWindow())
        return false;
    m_store.reset();
    m_options = {};
    m_store = std::move(store);
    RecentLibraries::add(m_store->location());
    showWindow(geometry);
    m_window->statusBar()->showMessage(
        tr("Opened the library “%1”.").arg(m_store->location().displayLocation()), 10000);
    return true;
}

void LibrarySession::raiseWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

void LibrarySession::requestFromOutside(const std::optional<LibraryLocation> &location)
{
    m_pending = true;
    m_pendingLocation = location;
    raiseWindow();
    handlePending();
}

void LibrarySession::handlePending()
{
    if (!m_pending)
        return;
    // A dialog of the window (a merge, a question) is open, or its event
    // loop has not returned yet: the window must stay until it has.
    if (!m_window || QApplication::activeModalWidget() || QApplication::activePopupWidget() ||
        QThread::currentThread()->loopLevel() > 1) {
        m_pendingTimer->start();
        return;
    }
    m_pending = false;
    if (const std::optional<LibraryLocation> location = std::exchange(m_pendingLocation, {}))
        switchTo(*location);
}

void LibrarySession::showWindow(QByteArray geometry)
{
    m_window = std::make_unique<MainWindow>(*m_store);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    connect(
        m_window.get(), &MainWindow::restoreRequested, this,
        [this](const QString &backup) { restoreBackup(backup); }, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::checkRequested, this, &LibrarySession::checkLibrary);
    // Later: the window goes away, and its menu's signal is still running.
    connect(m_window->libraryMenu(), &LibraryFileMenu::openRequested, this,
            [this](const LibraryLocation &location) {
                QMetaObject::invokeMethod(
                    this, [this, location] { switchTo(location); }, Qt::QueuedConnection);
            });
    connect(
        m_window->libraryMenu(), &LibraryFileMenu::createRequested, this,
        [this](const QString &path) { createLibrary(path); }, Qt::QueuedConnection);
    connect(
        m_window.get(), &MainWindow::allowNetworkEditingRequested, this,
        [this] {
            LibraryOpenOptions allowed = m_options;
            allowed.allowNetworkFileSystem = true;
            reopen(allowed);
        },
        Qt::QueuedConnection);
    m_window->show();
    delete m_backups;
    m_backups = new BackupScheduler(*m_store, this);
    connect(m_backups, &BackupScheduler::finished, this,
            [this](const QString &backup, const QString &note) {
                if (m_window && backup.isEmpty() && !note.isEmpty())
                    m_window->statusBar()->showMessage(note, 15000);
            });
    // The day's first backup, once the window is on the screen and settled.
    QTimer::singleShot(backupDelayMs, m_backups, &BackupScheduler::start);
}

bool LibrarySession::closeWindow()
{
    if (!m_window)
        return true;
    QCloseEvent close;
    QApplication::sendEvent(m_window.get(), &close); // asks about unsaved edits
    if (!close.isAccepted())
        return false;
    delete m_backups; // waits for a copy under way
    m_backups = nullptr;
    m_window->hide();
    m_window.reset();
    return true;
}

bool LibrarySession::reopen(const LibraryOpenOptions &options)
{
    const QString path = m_store->path();
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    if (!closeWindow())
        return false;
    m_store.reset();
    Result<std::unique_ptr<LibraryStore>> store = openStore(path, options);
    if (!store)
        store = openStore(path, m_options); // as it was
    if (!store) {
        QMessageBox::critical(nullptr, tr("Lectern"), store.error());
        QApplication::quit();
        return false;
    }
    m_options = options;
    m_store = std::move(store).value();
    showWindow(geometry);
    return true;
}

bool LibrarySession::restoreBackup(const QString &backupPath)
{
    const QString path = m_store->path();
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    if (!closeWindow())
        return false;
    m_store.reset(); // every connection of this program closed: the restore holds it alone
    const Status restored =
        withProgress(nullptr, tr("Restoring the backup…"),
                     [&](const std::function<bool(const QString &)> &progress) -> Status {
                         LibraryOpenOptions options = m_options;
                         options.progress = progress;
                         options.lockWaitMs = 10'000;
                         return LibraryStore::restore(path, backupPath, options);
                     });
    Result<std::unique_ptr<LibraryStore>> store = openStore(path, m_options);
    if (!store) {
        QMessageBox::critical(nullptr, tr("Lectern"), store.error());
        QApplication::quit();
        return false;
    }
    m_store = std::move(store).value();
    showWindow(geometry);
    if (!restored) {
        QMessageBox::warning(m_window.get(), tr("Restore from Backup"),
                             tr("The backup was not restored: %1").arg(restored.error()));
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Restored from “%1”. The library as it was is kept as a backup.")
            .arg(QDir::toNativeSeparators(backupPath)),
        15000);
    return true;
}

void LibrarySession::checkLibrary()
{
    const LibraryStore &store = *m_store;
    const Result<LibraryCheck> check = withProgress(
        m_window.get(), tr("Checking the library…"),
        [&store](const std::function<bool(const QString &)> &) -> Result<LibraryCheck> {
            auto connection = store.openWorkerConnection();
            if (!connection)
                return store.isInMemory() ? store.check() : connection.failure();
            return connection.value()->check();
        });
    if (!check) {
        QMessageBox::warning(m_window.get(), tr("Check Library"), check.error());
        return;
    }
    if (check->intact) {
        QMessageBox::information(m_window.get(), tr("Check Library"), tr("The library is intact."));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Check Library"), tr("The library is damaged."),
                    QMessageBox::Close, m_window.get());
    box.setInformativeText(check->problems.join(QLatin1Char('\n')) + QLatin1String("\n\n") +
                           tr("File › Restore from Backup… brings back an intact copy."));
    box.setDetailedText(check->details.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace lectern
