#pragma once

#include <QStringList>

namespace lectern::bench {

// lectern-bench editor-save --library PATH [--runs N] [--words N] [--images N]:
// saving a long article with images from the editor page (article, search
// index, revision and metadata in one transaction) and opening it there.
// Writes to the library: use a copy.
int runEditorSaveBench(const QStringList &arguments);

} // namespace lectern::bench
