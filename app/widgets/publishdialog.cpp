#include "publishdialog.h"

#include "librarystore.h"
#include "sitepublisher.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace lectern {

PublishDialog::PublishDialog(const LibraryStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Publish Website"));
    auto *intro = new QLabel(
        tr("Writes the published articles and the universities as a web site in English, "
           "Chinese, Ukrainian and every other language the articles are in. Drafts, articles "
           "in review, archived articles and the trash are never published. Publishing again "
           "rewrites only what changed."),
        this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("publishFolder"));
    m_chooseButton = new QPushButton(tr("Choose…"), this);
    connect(m_chooseButton, &QPushButton::clicked, this, &PublishDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseButton);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("publishBaseUrl"));
    m_baseUrl->setPlaceholderText(tr("https://example.org/ (optional)"));
    m_baseUrl->setToolTip(tr("The address the site will have on the web, for canonical links, "
                             "feeds and the sitemap. Without it they are relative to the site."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("Site &address:"), m_baseUrl);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publishButton = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_openButton = m_buttons->addButton(tr("&Open in Browser"), QDialogButtonBox::ActionRole);
    m_openButton->setEnabled(false);
    m_publishButton->setDefault(true);
    connect(m_publishButton, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_homePage)); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy)
            m_cancelled = true;
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    QSettings settings;
    settings.beginGroup(settingsGroup());
    m_folder->setText(settings.value(QStringLiteral("folder")).toString());
    m_baseUrl->setText(settings.value(QStringLiteral("baseUrl")).toString());
}

QString PublishDialog::settingsGroup() const
{
    // One group per library file: each library has its own site.
    const QByteArray key =
        QCryptographicHash::hash(QDir::cleanPath(m_store.path()).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QLatin1String("publish/") + QString::fromLatin1(key);
}

void PublishDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void PublishDialog::setBaseUrl(const QString &url)
{
    m_baseUrl->setText(url);
}

void PublishDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Publish the Site Into"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PublishDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_publishButton->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    m_folder->setEnabled(!busy);
    m_baseUrl->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setText(busy ? tr("Cancel") : tr("Close"));
}

bool PublishDialog::publish(bool force)
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_status->setText(tr("Choose a folder to publish the site into."));
        return false;
    }
    const QString baseUrl = m_baseUrl->text().trimmed();
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) ||
            url.host().isEmpty()) {
            m_status->setText(tr("The site's address must be a web address such as "
                                 "https://example.org/news/."));
            return false;
        }
    }
    {
        QSettings settings;
        settings.beginGroup(settingsGroup());
        settings.setValue(QStringLiteral("folder"), folder);
        settings.setValue(QStringLiteral("baseUrl"), baseUrl);
    }
    PublishOptions options;
    options.outFolder = folder;
    options.baseUrl = baseUrl;
    options.force = force;
    m_cancelled = false;
    m_openButton->setEnabled(false);
    setBusy(true);
    m_status->setText(tr("Publishing…"));
    const Result<PublishReport> report = publishOnWorker(options);
    setBusy(false);
    if (!report) {
        const bool foreign = report.errorKind() == ErrorKind::Conflict;
        if (foreign && !force &&
            QMessageBox::question(
                this, tr("Publish Website"),
                tr("“%1” is not empty and was not made by Lectern. Publish the site into it "
                   "anyway? Files Lectern did not make are left alone.")
                    .arg(QDir::toNativeSeparators(folder))) == QMessageBox::Yes)
            return publish(true);
        m_status->setText(foreign ? tr("Nothing was published: the folder is not empty and was "
                                       "not made by Lectern.")
                                  : report.error());
        return false;
    }
    m_homePage = report->homePage;
    m_status->setText(tr("Published %n article(s)", nullptr, report->articles) +
                      QLatin1String(" · ") + tr("%n page(s)", nullptr, report->pages) +
                      QLatin1String(" · ") +
                      tr("%1 files written, %2 unchanged, %3 deleted.")
                          .arg(report->files.written)
                          .arg(report->files.unchanged)
                          .arg(report->files.deleted));
    m_openButton->setEnabled(true);
    m_openButton->setFocus();
    Q_EMIT published(m_homePage);
    return true;
}

Result<PublishReport> PublishDialog::publishOnWorker(const PublishOptions &options)
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    const auto step = [&](int stepDone, int stepTotal) {
        done = stepDone;
        total = stepTotal;
        return !m_cancelled;
    };
    const auto show = [&] {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        if (total > 0)
            m_status->setText(tr("Publishing… %1 of %2 steps").arg(done.load()).arg(total.load()));
    };
    if (m_store.isInMemory()) {
        // No second connection to a library in memory: here, between events.
        return SitePublisher(m_store, options).publish([&](int stepDone, int stepTotal) {
            const bool go = step(stepDone, stepTotal);
            show();
            QApplication::processEvents(); // only Cancel is enabled meanwhile
            return go;
        });
    }
    // A connection of its own, made by the window's store, on a worker
    // thread: the window stays responsive and Cancel is answered at once.
    std::optional<Result<PublishReport>> report;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Result<std::unique_ptr<LibraryStore>> store = m_store.openWorkerConnection();
        if (!store) {
            report = store.failure();
            return;
        }
        report = SitePublisher(*store.value(), options).publish(step);
    }));
    QEventLoop loop;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, show);
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    ticker.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    show();
    return std::move(*report);
}

QString PublishDialog::summary() const
{
    return m_status->text();
}

} // namespace lectern
