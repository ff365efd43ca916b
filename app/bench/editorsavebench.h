#pragma once

#include <QByteArray>
#include <QStringList>

namespace lectern::bench {

// lectern-bench editor-save --library PATH [--runs N] [--words N] [--images N]:
// saving a long article with images from the editor page (article, search
// index, revision and metadata in one transaction) and opening it there.
// Writes to the library: use a copy.
int runEditorSaveBench(const QStringList &arguments);

// A 1600×1200 JPEG, different for each index, that does not compress to
// nothing (a gradient under 400 random ellipses).
QByteArray benchPhoto(int index);

} // namespace lectern::bench
