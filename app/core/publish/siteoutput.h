#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lectern {

// What Lectern remembers about a site folder it wrote, in the folder itself
// (.lectern-site.json): every file it made with its hash, so that the next
// publish rewrites only what changed and deletes only its own files; the
// address each article and university was first published at; and the
// sizes of the pictures it resized, so unchanged pictures are not decoded.
struct SiteManifest
{
    static constexpr const char *fileName = ".lectern-site.json";
    QMap<QString, QByteArray> files;  // site path → sha256 (hex) of its bytes
    QMap<QString, QString> addresses; // "article:UUID" / "university:UUID" → slug
    QMap<QString, QString> pagePaths; // "article:UUID" → the page's path last time
    QMap<QString, QJsonObject> media; // sha256 → {"width", "height", "ext", "widths"}

    QByteArray toJson() const;
    static Result<SiteManifest> fromJson(const QByteArray &json);
};

struct SiteWriteCounts
{
    int written = 0;   // new or changed files
    int unchanged = 0; // files left as they were
    int deleted = 0;   // files of the previous site no longer made
};

// Writes a site into a folder so that a failure leaves the previous site
// complete: every new or changed file is written beside its place under a
// temporary name, and only when all are written are they renamed into place
// (then the files Lectern made before and no longer makes are deleted).
// Files Lectern did not make (a .git folder, a CNAME) are never touched.
class SiteWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SiteWriter)

public:
    // Refuses a folder that holds files but no manifest, unless `force`.
    static Result<SiteWriter> open(const QString &folder, bool force);
    SiteWriter(SiteWriter &&other) noexcept;
    ~SiteWriter(); // removes the temporary files of an unfinished publish
    Q_DISABLE_COPY(SiteWriter)

    QString folder() const { return m_folder; }
    const SiteManifest &previous() const { return m_previous; }
    SiteManifest &next() { return m_next; }

    // Stages `bytes` for `path` (relative, with "/") if they differ from
    // the file there now.
    Status write(const QString &path, const QByteArray &bytes);
    // Keeps a file of the previous site as it is (a picture already made);
    // false when the previous site does not have it intact.
    bool keep(const QString &path);
    bool contains(const QString &path) const { return m_next.files.contains(path); }

    // Renames every staged file into place, deletes the previous site's
    // files no longer made, and writes the manifest.
    Result<SiteWriteCounts> commit();

private:
    SiteWriter() = default;
    Status stage(const QString &path, const QByteArray &bytes);
    void removeStaged();

    QString m_folder;
    SiteManifest m_previous;
    SiteManifest m_next;
    QByteArray m_previousManifest;
    QStringList m_staged; // paths with a temporary file waiting
    int m_unchanged = 0;
    bool m_committed = false;
};

} // namespace lectern
