#pragma once

// The articles of one export, as plain values: loaded once on the thread that
// owns the library, then handed to exporters that may run on other threads
// (a library connection belongs to the thread that opened it).
#include "article.h"
#include "librarystore.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

namespace lectern {

// One entry of an article's "Related reading" section (relatedreading.h).
struct RelatedReadingItem
{
    QString uuid;
    QString title;
    QString reason; // "shares tags: visa · similar text: …"
};

struct ExportContent
{
    QList<Article> articles;
    QHash<QString, MediaItem> media; // every image the articles use, by sha256
    QString title;                   // of the collection: "Recommended reading", a category…
    // By article uuid; filled by RelatedReading::add only when asked for.
    QHash<QString, QList<RelatedReadingItem>> relatedReading;

    // The media item an image address names, or nullptr. Addresses name a
    // media item by its sha256: "lectern-media:HASH", "media:HASH",
    // "lectern://media/HASH" or anything ending in the hash.
    const MediaItem *mediaFor(const QString &address) const;
    // The position of the exported article an address links to (by uuid), or -1.
    int articleIndexFor(const QString &address) const;
};

class ExportContentLoader
{
    Q_DECLARE_TR_FUNCTIONS(ExportContentLoader)

public:
    // Loads the articles in the order given, with their images.
    static Result<ExportContent> load(const LibraryStore &store, const QStringList &uuids,
                                      const QString &title = {});
    // Adds an article that need not be saved (the editor's text) with the
    // images of the library it uses, at `position` (-1: at the end).
    static void add(const LibraryStore &store, ExportContent &content, Article article,
                    qsizetype position = -1);
    // The uuids of the selections the command line and the dialog offer.
    static Result<QStringList> allArticles(const LibraryStore &store);
    static Result<QStringList> category(const LibraryStore &store, const QString &name);
    static Result<QStringList> recommendedReading(const LibraryStore &store);
};

// The sha256 an image address names, or empty.
QString mediaHashFromAddress(const QString &address);
// Every image address in an HTML text (the src of each img).
QStringList imageAddresses(const QString &html);

} // namespace lectern
