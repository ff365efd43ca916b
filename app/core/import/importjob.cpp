#include "importjob.h"

#include "storage/libraryfiles.h"

#include "htmlimporter.h"
#include "librarywriter.h"
#include "markdownimporter.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace lectern {

namespace {

const QStringList htmlSuffixes{QStringLiteral("html"), QStringLiteral("htm"),
                               QStringLiteral("xhtml"), QStringLiteral("shtml")};
const QStringList markdownSuffixes{QStringLiteral("md"), QStringLiteral("markdown"),
                                   QStringLiteral("mdown"), QStringLiteral("mkd")};
const QStringList textSuffixes{QStringLiteral("txt"), QStringLiteral("text")};

bool importableName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return htmlSuffixes.contains(suffix) || markdownSuffixes.contains(suffix) ||
           textSuffixes.contains(suffix);
}

QString notRegularFile()
{
    return ImportJob::tr("It is not a regular file (a device, a pipe or a socket): not read.");
}

// Reads a regular file, and nothing else: a pipe or a device put where a
// page was expected would block the import or never end. The file is opened
// without blocking and checked through its descriptor, so a file swapped for
// a pipe after the folder was listed is refused too.
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes)
{
    // The open library (by any name) is never read outside SQLite: closing
    // the descriptor would drop the locks its connections hold.
    if (Status allowed = LiveLibraries::refuseIfLive(path); !allowed)
        return allowed.failure();
    QFile file;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return Error{ImportJob::tr("The file cannot be read: %1.")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return Error{notRegularFile()};
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{ImportJob::tr("The file cannot be read: %1.").arg(file.errorString())};
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ImportJob::tr("The file cannot be read: %1.").arg(file.errorString())};
#endif
    if (file.size() > maxBytes)
        return Error{ImportJob::tr("The file is larger than %1 MB.").arg(maxBytes >> 20)};
    return file.read(maxBytes + 1);
}

} // namespace

int ImportSummary::count(ImportOutcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [&](const ImportItem &item) { return item.outcome == outcome; }));
}

int ImportSummary::remoteImages() const
{
    int total = 0;
    for (const ImportItem &item : items)
        total += item.remoteImages;
    return total;
}

ImportJob::ImportJob(LibraryStore &store, ImportOptions options)
    : m_store(store)
    , m_options(options)
{
}

ImportFormat ImportJob::formatOf(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (htmlSuffixes.contains(suffix))
        return ImportFormat::Html;
    if (markdownSuffixes.contains(suffix))
        return ImportFormat::Markdown;
    if (textSuffixes.contains(suffix))
        return ImportFormat::Text;
    const QByteArray start = head.left(1024).trimmed().toLower();
    if (start.startsWith('<') || start.contains("<html") || start.contains("<body"))
        return ImportFormat::Html;
    return ImportFormat::Text;
}

Result<ImportedPage> ImportJob::convert(const QByteArray &bytes, ImportFormat format,
                                        const PageContext &context)
{
    switch (format) {
    case ImportFormat::Markdown:
        return MarkdownImporter::importMarkdown(bytes, context);
    case ImportFormat::Text:
        return TextImporter::importText(bytes, context);
    case ImportFormat::Html:
    case ImportFormat::Auto:
        break;
    }
    return HtmlImporter::importPage(bytes, context);
}

QList<ImportJob::Source> ImportJob::collect(const QStringList &paths,
                                            QList<ImportItem> &refused) const
{
    QList<Source> sources;
    const auto refuse = [&](const QString &path, const QString &reason) {
        ImportItem item;
        item.path = path;
        item.outcome = ImportOutcome::Skipped;
        item.reason = reason;
        refused.append(item);
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QString root = info.absoluteFilePath();
            const QString canonicalRoot = info.canonicalFilePath() + QLatin1Char('/');
            // The Source shown names the file from the imported folder on
            // ("site/news/index.html"): many folders have an index.html.
            const QDir shownFrom(QFileInfo(root).absolutePath());
            QStringList files;
            // System too: pipes and devices are listed to be reported, not read.
            QDirIterator it(root, QDir::Files | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (m_options.format == ImportFormat::Auto && !importableName(file))
                    continue;
                files.append(file);
            }
            files.sort(); // the same order on every run and every platform
            for (const QString &file : std::as_const(files)) {
                const QFileInfo entry(file);
                const QString target = entry.canonicalFilePath();
                if (entry.isSymLink() && !target.startsWith(canonicalRoot)) {
                    // The rule images follow: nothing outside the folder is read.
                    refuse(file, target.isEmpty()
                                     ? tr("It is a link to a file that does not exist.")
                                     : tr("It is a link to a file outside the imported folder "
                                          "(%1): not read.")
                                           .arg(QDir::toNativeSeparators(target)));
                } else if (!entry.isFile()) {
                    refuse(file, notRegularFile());
                } else {
                    sources.append({file, root, shownFrom.relativeFilePath(file), target});
                }
            }
        } else if (info.isFile()) {
            sources.append({info.absoluteFilePath(), info.absolutePath(), info.fileName(),
                            info.canonicalFilePath()});
        } else if (info.exists()) {
            refuse(path, notRegularFile());
        } else {
            ImportItem item;
            item.path = path;
            item.reason = tr("There is no such file or folder.");
            refused.append(item);
        }
    }
    return sources;
}

ImportSummary ImportJob::run(const QStringList &paths)
{
    ImportSummary summary;
    const QList<Source> sources = collect(paths, summary.items);
    for (int i = 0; i < sources.size(); ++i) {
        if (m_progress && !m_progress(i, int(sources.size()), sources[i].path)) {
            summary.cancelled = true;
            break;
        }
        summary.items.append(importFile(sources[i]));
    }
    if (m_progress && !summary.cancelled)
        m_progress(int(sources.size()), int(sources.size()), QString());
    return summary;
}

ImportItem ImportJob::importFile(const Source &source)
{
    ImportItem item;
    item.path = source.path;
    const Result<QByteArray> bytes = readRegularFile(source.path, m_options.maxFileBytes);
    if (!bytes) {
        item.reason = bytes.error();
        return item;
    }
    const ImportFormat format = m_options.format != ImportFormat::Auto
                                    ? m_options.format
                                    : formatOf(source.path, bytes.value());
    PageContext context;
    context.filePath = source.path;
    context.rootFolder = source.root;
    context.maxImageBytes = m_options.maxImageBytes;
    context.progress = m_fileProgress;
    context.reportProgress(10);
    Result<ImportedPage> converted = convert(bytes.value(), format, context);
    if (!converted) {
        item.reason = converted.error();
        return item;
    }
    const ImportedPage &page = converted.value();
    item.title = page.title;
    item.encoding = page.encoding;
    item.declaredEncoding = page.declaredEncoding;
    if (!page.encodingNote.isEmpty())
        item.notes.append(page.encodingNote);
    item.notes.append(page.notes);
    // The HTML importer says this itself; text and Markdown only count them.
    if (page.replacements > 0 && !page.notes.join(QString()).contains(QChar(0xFFFD))) {
        item.notes.append(
            QCoreApplication::translate("HtmlImporter",
                                        "%n invalid byte sequence(s) (read as %1) are shown as �.",
                                        nullptr, page.replacements)
                .arg(page.encoding));
    }
    item.remoteImages = page.remoteImages;
    item.replacements = page.replacements;
    context.reportProgress(75);
    item = store(source, bytes.value(), page, item);
    context.reportProgress(100);
    return item;
}

ImportItem ImportJob::store(const Source &source, const QByteArray &bytes, const ImportedPage &page,
                            ImportItem item)
{
    const QString identity = source.identity.isEmpty() ? source.path : source.identity;
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    // "Imported before?" and the insert are one step: the write lock is
    // taken first, so a second import of the same folder waits here and
    // then finds this one's article. A page that fails leaves nothing.
    const Status written = m_store.write([&](LibraryWriter &writer) -> Status {
        item = storeIn(writer, source, page, identity, hash, item);
        return item.outcome == ImportOutcome::Failed ? Status(Error{item.reason}) : success();
    });
    // The write may fail before the work ran (the library was busy) or
    // after it (the commit): either way the item says why.
    if (!written && (item.outcome != ImportOutcome::Failed || item.reason.isEmpty())) {
        item.outcome = ImportOutcome::Failed;
        item.reason = written.error();
    }
    return item;
}

ImportItem ImportJob::storeIn(LibraryWriter &writer, const Source &source, const ImportedPage &page,
                              const QString &identity, const QString &hash, ImportItem item)
{
    const Result<ImportRecord> existing = writer.importedArticle(identity, hash, page.source);
    if (!existing) {
        item.reason = existing.error();
        return item;
    }
    Article article;
    if (!existing->uuid.isEmpty()) {
        item.uuid = existing->uuid;
        if (m_options.duplicates == DuplicatePolicy::Skip) {
            item.outcome = ImportOutcome::Skipped;
            item.reason = tr("It was imported before, as article %1.").arg(existing->uuid);
            return item;
        }
        if (existing->contentSha256 == hash) {
            item.outcome = ImportOutcome::Unchanged;
            return item;
        }
        const Result<Article> current = writer.store().article(existing->uuid);
        if (!current) {
            item.reason = current.error();
            return item;
        }
        article = current.value();
    }
    const Article before = article;
    article.title = page.title;
    article.bodyHtml = page.bodyHtml;
    article.language = page.language;
    article.source = page.source.isEmpty() ? source.shown : page.source;
    if (!page.author.isEmpty() || article.author.isEmpty())
        article.author = page.author;
    if (!page.category.isEmpty())
        article.category = page.category;
    if (!page.tags.isEmpty())
        article.tags = page.tags;
    if (page.date.isValid())
        article.published = page.date;
    // New bytes that say the same (a page saved again) change nothing.
    if (!existing->uuid.isEmpty() && article.title == before.title.trimmed() &&
        article.bodyHtml == before.bodyHtml && article.language == before.language &&
        article.source == before.source && article.author == before.author &&
        article.category == before.category && article.tags == before.tags &&
        article.published == before.published) {
        item.outcome = ImportOutcome::Unchanged;
        return item;
    }

    for (const MediaItem &media : page.media) {
        if (Status status = writer.storeMedia(media); !status) {
            item.reason = status.error();
            return item;
        }
    }
    const Result<Article> saved = writer.writeArticle(article);
    if (!saved) {
        item.reason = saved.error();
        return item;
    }
    if (Status status = writer.recordImport(saved->uuid, identity, hash); !status) {
        item.reason = status.error();
        return item;
    }
    item.uuid = saved->uuid;
    item.outcome = item.uuid == existing->uuid ? ImportOutcome::Updated : ImportOutcome::Imported;
    return item;
}

} // namespace lectern
