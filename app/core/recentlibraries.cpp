#include "recentlibraries.h"

#include <QSettings>

namespace lectern {

namespace {

const QString settingsKey = QStringLiteral("library/recent");

bool names(const QString &entry, const LibraryLocation &location)
{
    const std::optional<LibraryLocation> read = LibraryLocation::fromString(entry);
    return read && *read == location;
}

} // namespace

QStringList RecentLibraries::entries()
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentLibraries::store(const QStringList &entries)
{
    QSettings settings;
    if (entries.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, entries);
    // Written now: another Lectern started next reads the list from the file.
    settings.sync();
}

QList<LibraryLocation> RecentLibraries::list()
{
    QList<LibraryLocation> locations;
    for (const QString &entry : entries()) {
        // The window opens files only, so far: a team library's entry stays
        // in the settings but is not offered.
        if (const std::optional<LibraryLocation> location = LibraryLocation::fromString(entry);
            location && location->kind() == LibraryLocation::Kind::File &&
            !locations.contains(*location))
            locations.append(*location);
    }
    return locations;
}

void RecentLibraries::add(const LibraryLocation &location)
{
    QStringList kept = entries();
    kept.removeIf([&](const QString &entry) { return names(entry, location); });
    kept.prepend(location.toString());
    store(kept.mid(0, maximum));
}

void RecentLibraries::remove(const LibraryLocation &location)
{
    QStringList kept = entries();
    kept.removeIf([&](const QString &entry) { return names(entry, location); });
    store(kept);
}

void RecentLibraries::clear()
{
    store({});
}

} // namespace lectern
