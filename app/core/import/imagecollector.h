#pragma once

#include "importedpage.h"

#include <QHash>

namespace lectern {

// Turns the images a page refers to into library media, by the rules of
// import: local files next to the page are read, but only inside the
// imported folder; remote images are never downloaded; data: images are
// decoded up to a size limit. Counts what it left out in the page.
class ImageCollector final
{
    Q_DECLARE_TR_FUNCTIONS(ImageCollector)

public:
    enum class Kind
    {
        Stored,
        Remote,
        Refused
    };
    struct Outcome
    {
        Kind kind = Kind::Refused;
        QString url; // lectern-media:SHA256 when stored; the link when remote
    };

    ImageCollector(const PageContext &context, ImportedPage &page);
    Outcome resolve(const QString &src);

private:
    Outcome fromDataUrl(const QString &src);
    Outcome fromFile(const QString &path);
    Outcome store(const QByteArray &data, const QString &declaredMime);

    PageContext m_context;
    ImportedPage &m_page;
    QString m_pageFolder;
    QString m_root;      // canonical, ends with '/'
    QString m_plainRoot; // as given, cleaned, ends with '/'
    QHash<QString, Outcome> m_seen;
};

} // namespace lectern
