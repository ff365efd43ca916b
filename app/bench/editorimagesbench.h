#pragma once

#include <QStringList>

namespace lectern::bench {

// lectern-bench editor-images [--photos N]: the memory an article with N
// 1600×1200 JPEG photos costs once open in the rich-text editor (every image
// laid out and the whole article painted), against the same photos decoded
// at full size.
int runEditorImagesBench(const QStringList &arguments);

} // namespace lectern::bench
