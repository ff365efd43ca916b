#include "importjob.h"

#include "htmlimporter.h"
#include "markdownimporter.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

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
                                            QList<ImportItem> &failures) const
{
    QList<Source> sources;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QString root = info.absoluteFilePath();
            QStringList files;
            QDirIterator it(root, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (m_options.format != ImportFormat::Auto || importableName(file))
                    files.append(file);
            }
            files.sort(); // the same order on every run and every platform
            for (const QString &file : std::as_const(files))
                sources.append({file, root});
        } else if (info.isFile()) {
            sources.append({info.absoluteFilePath(), info.absolutePath()});
        } else {
            ImportItem item;
            item.path = path;
            item.reason = info.exists() ? tr("It is neither a file nor a folder.")
                                        : tr("There is no such file or folder.");
            failures.append(item);
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
    QFile file(source.path);
    if (file.size() > m_options.maxFileBytes) {
        item.reason = tr("The file is larger than %1 MB.").arg(m_options.maxFileBytes >> 20);
        return item;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        item.reason = tr("The file cannot be read: %1.").arg(file.errorString());
        return item;
    }
    const QByteArray bytes = file.read(m_options.maxFileBytes + 1);
    file.close();
    const ImportFormat format =
        m_options.format != ImportFormat::Auto ? m_options.format : formatOf(source.path, bytes);
    PageContext context;
    context.filePath = source.path;
    context.rootFolder = source.root;
    context.maxImageBytes = m_options.maxImageBytes;
    Result<ImportedPage> converted = convert(bytes, format, context);
    if (!converted) {
        item.reason = converted.error();
        return item;
    }
    const ImportedPage &page = converted.value();
    item.title = page.title;
    item.notes = page.notes;
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

    const QString origin = page.source.isEmpty() ? source.path : page.source;
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const Result<QString> existing = m_store.importedArticle(origin, hash);
    if (!existing) {
        item.reason = existing.error();
        return item;
    }
    Article article;
    if (!existing->isEmpty()) {
        item.uuid = existing.value();
        if (m_options.duplicates == DuplicatePolicy::Skip) {
            item.outcome = ImportOutcome::Skipped;
            item.reason = tr("It was imported before, as article %1.").arg(existing.value());
            return item;
        }
        const Result<Article> current = m_store.article(existing.value());
        if (!current) {
            item.reason = current.error();
            return item;
        }
        article = current.value();
    }
    article.title = page.title;
    article.bodyHtml = page.bodyHtml;
    article.language = page.language;
    article.source = page.source.isEmpty() ? source.path : page.source;
    if (!page.author.isEmpty() || article.author.isEmpty())
        article.author = page.author;
    if (!page.category.isEmpty())
        article.category = page.category;
    if (!page.tags.isEmpty())
        article.tags = page.tags;
    if (page.date.isValid())
        article.published = page.date;

    Transaction transaction(m_store.database());
    if (!transaction.begun()) {
        item.reason = transaction.begun().error();
        return item;
    }
    for (const MediaItem &media : page.media) {
        if (Status status = m_store.storeMediaInTransaction(media); !status) {
            item.reason = status.error();
            return item;
        }
    }
    const Result<Article> saved = m_store.writeArticleInTransaction(article);
    if (!saved) {
        item.reason = saved.error();
        return item;
    }
    if (Status status = m_store.recordImportInTransaction(saved->uuid, origin, hash); !status) {
        item.reason = status.error();
        return item;
    }
    if (Status status = transaction.commit(); !status) {
        item.reason = status.error();
        return item;
    }
    item.uuid = saved->uuid;
    item.outcome = item.uuid == existing.value() ? ImportOutcome::Updated : ImportOutcome::Imported;
    return item;
}

} // namespace lectern
