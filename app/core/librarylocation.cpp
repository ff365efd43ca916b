#include "librarylocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace lectern {

QString libraryLocation(const QString &option)
{
    if (!option.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(option));
    const QString fromEnvironment = qEnvironmentVariable("LECTERN_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/library.lectern");
}

bool isDefaultLibraryLocation(const QString &option)
{
    return option.isEmpty() && qEnvironmentVariableIsEmpty("LECTERN_LIBRARY");
}

LibraryLocation::LibraryLocation(Kind kind, QString path)
    : m_kind(kind)
    , m_path(std::move(path))
{
}

LibraryLocation LibraryLocation::file(const QString &path)
{
    return {Kind::File, QDir::cleanPath(QDir::current().absoluteFilePath(path))};
}

std::optional<LibraryLocation> LibraryLocation::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('/')))
        return file(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || !url.isLocalFile() || !QDir::isAbsolutePath(url.toLocalFile()))
        return std::nullopt;
    return file(url.toLocalFile());
}

QString LibraryLocation::toString() const
{
    return QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded);
}

QString LibraryLocation::displayName() const
{
    return QFileInfo(m_path).fileName();
}

QString LibraryLocation::displayLocation() const
{
    return QDir::toNativeSeparators(m_path);
}

bool LibraryLocation::exists() const
{
    return QFileInfo(m_path).isFile();
}

} // namespace lectern
