#include "exportjob.h"

#include "documentexporter.h"
#include "exportfilenames.h"
#include "htmlexporter.h"
#include "pdfexporter.h"
#include "stagedfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <memory>
#include <vector>

namespace lectern {

ExportJob::ExportJob(ExportContent content, ExportOptions options, QString destination)
    : m_content(std::move(content))
    , m_options(std::move(options))
    , m_destination(std::move(destination))
{
    plan();
}

bool ExportJob::writesOneFile() const
{
    return m_options.oneFile || m_content.articles.size() <= 1;
}

void ExportJob::plan()
{
    const QString suffix = exportFileSuffix(m_options.format);
    if (writesOneFile()) {
        QString path = m_destination;
        if (QFileInfo(path).isDir()) {
            const QString title = m_content.articles.size() == 1
                                      ? m_content.articles.first().title
                                      : PagedLayout::collectionTitle(m_content, m_options.pdf);
            path = QDir(path).filePath(safeFileName(title, suffix));
        }
        Unit unit{QDir::cleanPath(QFileInfo(path).absoluteFilePath()), {}};
        for (int i = 0; i < m_content.articles.size(); ++i)
            unit.articles.append(i);
        m_units.append(unit);
        return;
    }
    QStringList titles;
    const bool html = m_options.format == ExportFormat::Html;
    if (html)
        titles.append(QStringLiteral("index")); // keeps the name free for the index page
    for (const Article &article : std::as_const(m_content.articles))
        titles.append(article.title);
    QStringList names = uniqueFileNames(titles, suffix);
    if (html)
        names.removeFirst();
    const QDir folder(QFileInfo(m_destination).absoluteFilePath());
    for (int i = 0; i < m_content.articles.size(); ++i)
        m_units.append({QDir::cleanPath(folder.filePath(names[i])), {i}});
    if (html)
        m_units.append({QDir::cleanPath(folder.filePath(QStringLiteral("index.html"))), {}});
}

QStringList ExportJob::targetFiles() const
{
    QStringList paths;
    for (const Unit &unit : m_units)
        paths.append(unit.path);
    return paths;
}

QStringList ExportJob::existingTargets() const
{
    QStringList existing;
    for (const Unit &unit : m_units) {
        if (QFileInfo::exists(unit.path))
            existing.append(unit.path);
    }
    return existing;
}

Result<QByteArray> ExportJob::render(const Unit &unit,
                                     const std::function<void(int)> &articleDone) const
{
    if (unit.articles.isEmpty()) {
        QStringList names;
        for (const Unit &other : m_units) {
            if (!other.articles.isEmpty())
                names.append(QFileInfo(other.path).fileName());
        }
        return HtmlExporter::indexPage(m_content, names, m_options.pdf).toUtf8();
    }
    // The part of the content this file holds; images are shared, not copied.
    ExportContent part;
    part.media = m_content.media;
    part.title = m_content.title;
    part.relatedReading = m_content.relatedReading; // issue 7: "Related reading" sections
    for (const int index : unit.articles)
        part.articles.append(m_content.articles[index]);

    if (m_options.format == ExportFormat::Pdf) {
        LayoutProgress progress;
        progress.cancel = &m_cancel;
        progress.articleLaidOut = [&](int i) {
            articleDone(unit.articles[i]);
        };
        return PdfExporter::render(part, m_options.pdf, progress);
    }
    if (m_options.format == ExportFormat::Html && part.articles.size() == 1 && !writesOneFile()) {
        // Links between articles of a folder export go to the other files.
        const ArticleLinkTarget otherFile = [&](int index) {
            return QString::fromLatin1(
                QUrl::toPercentEncoding(QFileInfo(m_units[index].path).fileName()));
        };
        const QByteArray page =
            HtmlExporter::articlePage(part.articles.first(), m_content, m_options.pdf, otherFile)
                .toUtf8();
        articleDone(unit.articles.first());
        return page;
    }
    Result<QByteArray> bytes = DocumentExporter::render(m_options.format, part, m_options.pdf);
    for (const int index : unit.articles)
        articleDone(index);
    return bytes;
}

Status ExportJob::write(const QString &path, const QByteArray &bytes)
{
    if (m_cancel.load())
        return Error{tr("The export was cancelled."), ErrorKind::Cancelled};
    // Staged beside the destination; renamed into place only when the whole
    // batch is written, so a failure or a cancel leaves every file as it was.
    QMutexLocker lock(&m_mutex);
    if (Status staged = m_files.stage(path, bytes, m_options.overwrite); !staged)
        return staged;
    m_written.append(path);
    return success();
}

Result<QStringList> ExportJob::run(const std::function<void(const ExportProgress &)> &progress)
{
    if (m_content.articles.isEmpty())
        return Error{tr("There is no article to export.")};
    if (!m_options.overwrite) {
        const QStringList existing = existingTargets();
        if (!existing.isEmpty())
            return Error{tr("“%1” already exists; it was not replaced.")
                             .arg(QDir::toNativeSeparators(existing.first())),
                         ErrorKind::Conflict};
    }
    // An open library, its log or backups, or any database, is never a
    // destination (by any name: links are followed).
    for (const Unit &unit : std::as_const(m_units)) {
        if (Status allowed = StagedFiles::checkDestination(unit.path, m_options.overwrite);
            !allowed)
            return allowed.failure();
    }
    // Folders are made before any work starts, so a bad destination fails at once.
    QStringList createdFolders;
    for (const Unit &unit : std::as_const(m_units)) {
        const QString folder = QFileInfo(unit.path).absolutePath();
        if (QFileInfo(folder).isDir())
            continue;
        if (!QDir().mkpath(folder))
            return Error{
                tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(folder))};
        createdFolders.append(folder);
    }

    const int total = int(m_content.articles.size());
    int done = 0;
    std::atomic_int next{0};
    std::atomic_bool failed{false};
    Error firstError;
    const auto report = [&](int articleIndex) {
        if (!progress)
            return;
        QMutexLocker lock(&m_mutex);
        ++done;
        progress({done, total, m_content.articles[articleIndex].title});
    };
    const auto work = [&]() {
        for (int i = next++; i < m_units.size(); i = next++) {
            if (m_cancel.load() || failed.load())
                return;
            const Unit &unit = m_units[i];
            Result<QByteArray> bytes = render(unit, report);
            Status status = bytes ? write(unit.path, bytes.value()) : Status(bytes.failure());
            if (!status) {
                QMutexLocker lock(&m_mutex);
                if (!failed.exchange(true))
                    firstError = status.failure();
                return;
            }
        }
    };

    const int cores = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    const int workers = qBound(1, qMin(cores, int(m_units.size())), 64);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 1; t < workers; ++t) {
        threads.emplace_back(QThread::create(work));
        threads.back()->start();
    }
    work(); // this thread is a worker too
    for (const auto &thread : threads)
        thread->wait();

    Status outcome = m_cancel.load()
                         ? Status(Error{tr("The export was cancelled."), ErrorKind::Cancelled})
                     : failed.load() ? Status(firstError)
                                     : m_files.commit();
    if (!outcome) {
        // Leave the destination as it was: nothing of this batch stays.
        m_files.discard();
        for (auto it = createdFolders.crbegin(); it != createdFolders.crend(); ++it)
            QDir().rmdir(*it); // only if empty
        m_written.clear();
        return outcome.failure();
    }
    return m_written;
}

} // namespace lectern
