#include "librarylocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

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

bool isServerAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<LibraryLocation> LibraryLocation::server(const QString &uri)
{
    if (!isServerAddress(uri))
        return std::nullopt;
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    LibraryLocation location(Kind::Server, QString());
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_database = url.path().mid(1);
    if (location.m_database.contains(QLatin1Char('/')))
        return std::nullopt;
    // libpq also takes these as parameters: postgresql:///union?host=/run/postgresql
    // (a folder: the server's local socket) or ?user=olena.
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            location.m_password = value;
        else if (key == QLatin1String("host"))
            location.m_host = value;
        else if (key == QLatin1String("port"))
            location.m_port = value.toInt();
        else if (key == QLatin1String("user"))
            location.m_user = value;
        else if (key == QLatin1String("dbname"))
            location.m_database = value;
        else
            location.m_parameters.append({key, value});
    }
    // No host: libpq's default, the server's local socket.
    if (location.m_user.isEmpty())
        location.m_user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    if (location.m_database.isEmpty())
        location.m_database = location.m_user;
    if (location.m_port <= 0 || location.m_user.isEmpty())
        return std::nullopt;
    return location;
}

std::optional<LibraryLocation> LibraryLocation::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isServerAddress(trimmed))
        return server(trimmed);
    if (trimmed.startsWith(QLatin1Char('/')))
        return file(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || !url.isLocalFile() || !QDir::isAbsolutePath(url.toLocalFile()))
        return std::nullopt;
    return file(url.toLocalFile());
}

QString LibraryLocation::toString() const
{
    if (m_kind == Kind::File)
        return QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    QUrlQuery query;
    if (isLocalSocket()) {
        if (!m_host.isEmpty())
            query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    } else {
        url.setHost(m_host);
        url.setPort(m_port);
    }
    url.setPath(QLatin1Char('/') + m_database);
    for (const auto &[key, value] : m_parameters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString LibraryLocation::displayName() const
{
    if (m_kind == Kind::Server) {
        //: A team library: its database on its server, "union on db.example.org".
        return QCoreApplication::translate("LibraryLocation", "%1 on %2")
            .arg(m_database, isLocalSocket() ? QStringLiteral("localhost") : m_host);
    }
    return QFileInfo(m_path).fileName();
}

QString LibraryLocation::displayLocation() const
{
    if (m_kind == Kind::Server)
        return toString();
    return QDir::toNativeSeparators(m_path);
}

bool LibraryLocation::exists() const
{
    return m_kind == Kind::Server || QFileInfo(m_path).isFile();
}

} // namespace lectern
