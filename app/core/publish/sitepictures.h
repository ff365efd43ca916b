#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace lectern {

class LibraryStore;
class SiteWriter;

// A picture of the library as the site serves it: the original file, kept
// as it is, and smaller copies for phones and ordinary screens.
struct SitePicture
{
    QString original; // site path: media/<sha>.jpg
    int width = 0;    // as shown (EXIF orientation applied)
    int height = 0;
    QList<QPair<int, QString>> smaller; // width → site path, narrowest first
};

// Writes each picture's files once per publish (and not at all while the
// previous site has them: the manifest remembers their sizes), and gives
// the <img> markup with srcset for a page.
class SitePictures final
{
    Q_DECLARE_TR_FUNCTIONS(SitePictures)

public:
    SitePictures(const LibraryStore &store, SiteWriter &writer);

    // The picture, its files written; an error when it cannot be read.
    Result<SitePicture> picture(const QString &sha256);
    // <img src srcset sizes width height alt>, paths relative to `root`.
    static QString imgHtml(const SitePicture &picture, const QString &root, const QString &alt,
                           const QString &sizes);
    int count() const { return int(m_done.size()); }

private:
    const LibraryStore &m_store;
    SiteWriter &m_writer;
    QMap<QString, SitePicture> m_done;
};

} // namespace lectern
