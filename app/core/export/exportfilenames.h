#pragma once

// File names made from article titles, safe on every platform: no path
// separators or characters Windows forbids, no control characters, no "." or
// "..", no reserved device names, short enough for any file system; CJK,
// Cyrillic and other letters are kept.
#include <QString>
#include <QStringList>

namespace lectern {

// A name for `title` with `suffix` (without the dot) appended.
QString safeFileName(const QString &title, const QString &suffix);
// Names for several titles, distinct even on case-insensitive file systems:
// repeated names get " (2)", " (3)"…
QStringList uniqueFileNames(const QStringList &titles, const QString &suffix);

// Most file systems allow 255 bytes per name; this leaves room for the
// suffix, a " (N)" and the temporary name used while writing.
constexpr int maxFileNameBytes = 180;

} // namespace lectern
