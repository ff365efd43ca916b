#pragma once

#include <QStringList>

namespace lectern::bench {

// `lectern-bench import fidelity --corpus NAME=FOLDER [--corpus ...]
//  [--sample N] [--seed N] [--reference-script PATH] [--worst N]`:
// imports each folder of real pages (a manual from Debian's archive) into
// one new library and compares every article with the page's text outside
// its navigation, as fidelity_reference.py (a separate script, from a fixed
// list of navigation elements and classes) computes it. Prints, per corpus,
// the share of each page's words the article kept (minimum, 1st percentile,
// median, pages under 99 %), the pages imported, known-item search (a seeded
// sample of words found in at most three pages: is their page among the
// first ten results?) and the import's speed.
int runImportFidelityBench(const QStringList &arguments);

// `lectern-bench import markdown [--megabytes N]`: Markdown of the shapes
// that were quadratic in Qt's parser (40,000 lines in one paragraph, a
// 7.9 MB front matter, 20,000 *w* spans) and a large ordinary document,
// each imported into a new library; prints MB/s.
int runImportMarkdownBench(const QStringList &arguments);

} // namespace lectern::bench
