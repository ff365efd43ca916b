#pragma once

#include <QStringList>

namespace lectern::bench {

// lectern-bench editor-typing [--size BYTES] [--runs N] [--keys N]: loading
// a 1 MB article into the rich-text editor, and the time of each keystroke
// typed into it (key event, layout and paint), p50/p95.
int runEditorTypingBench(const QStringList &arguments);

} // namespace lectern::bench
