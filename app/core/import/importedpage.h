#pragma once

#include "librarystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace lectern {

// Where a page being imported lives: relative images are read from beside it,
// but never from outside the folder the user chose to import.
struct PageContext
{
    QString filePath;   // empty for text that did not come from a file
    QString rootFolder; // images outside it are not read; empty: the file's folder
    qint64 maxImageBytes = 10 * 1024 * 1024;
    // How far the conversion of this page is, in percent (a 64 MB Markdown
    // file takes a minute); may be empty.
    std::function<void(int percent)> progress;
    void reportProgress(int percent) const
    {
        if (progress)
            progress(percent);
    }
};

// One page turned into an article's fields, with what the import had to
// leave out or repair, for the summary.
struct ImportedPage
{
    QString title;
    QString author;
    QString language; // "en", "zh", "uk", ... never empty
    QString source;   // canonical web address (rel=canonical, og:url), or empty
    QString category;
    QStringList tags;
    QDateTime date; // publication date given by the page, or invalid
    QString bodyHtml;
    QList<MediaItem> media;   // images the body refers to as lectern-media:SHA256
    QString encoding;         // what the bytes were read as
    QString declaredEncoding; // what the page said it was in, or empty
    QString encodingNote;     // why the declaration was not followed, or empty
    int replacements = 0;     // invalid bytes shown as U+FFFD
    int remoteImages = 0;     // kept as links, never downloaded
    int blockedImages = 0;    // outside the imported folder: not read
    int missingImages = 0;    // missing, unreadable or not images
    int oversizedImages = 0;  // over the size limit
    QStringList notes;        // sentences for the import summary
};

// The scheme the reader resolves to a media item of the library.
inline QString mediaUrl(const QString &sha256)
{
    return QStringLiteral("lectern-media:") + sha256;
}

// Language of a text by its script: Chinese (Han), Ukrainian (Cyrillic with
// і, ї, є or ґ), Russian (other Cyrillic), else English.
QString detectLanguage(const QString &text);
// "zh-CN" → "zh", "uk-UA"/"ua" → "uk"; empty when unusable.
QString normalizeLanguage(const QString &tag);
// A page's date in the usual formats (ISO 8601, RFC 2822, "yyyy-MM-dd").
QDateTime parsePageDate(const QString &text);

} // namespace lectern
