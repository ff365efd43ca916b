#include "librarysession.h"

#include "backupscheduler.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
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

LibrarySession::LibrarySession() = default;

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
    showWindow();
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
