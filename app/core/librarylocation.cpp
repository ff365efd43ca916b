#include "librarylocation.h"

#include <QDir>
#include <QStandardPaths>

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

} // namespace lectern
