#pragma once

#include <QStringList>

namespace lectern::bench {

// `lectern-bench import [--pages N]`: writes N pages shaped like the union's
// article page (~25 KB: header, menu, article with a picture, related and
// recommended blocks, footer) into a temporary folder, imports the folder
// into a new library and prints pages per second as Markdown.
int runImportBench(const QStringList &arguments);

} // namespace lectern::bench
