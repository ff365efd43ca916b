#pragma once

#include <QString>

namespace lectern {

// The library to use: the --library option if given, else $LECTERN_LIBRARY,
// else library.lectern in the platform's application data folder.
QString libraryLocation(const QString &option);
bool isDefaultLibraryLocation(const QString &option);

} // namespace lectern
