#pragma once

#include "librarystore.h"

#include <QList>
#include <QString>

namespace lectern::bench {

// One article of a quality benchmark and the topic it is scored against.
struct EvalArticle
{
    QString uuid;
    QString topic;
    QString language;
};

// Python's library reference as Debian ships it (package python3.11-doc,
// DIR = /usr/share/doc/python3.11/html/library): every page a chapter of
// index.html lists (re.html under "Text Processing Services") becomes one
// article whose topic is that chapter. Pages listed twice count once.
Result<QList<EvalArticle>> fillPythonLibrary(LibraryStore &store, const QString &dir);

} // namespace lectern::bench
