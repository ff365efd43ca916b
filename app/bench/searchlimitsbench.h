#pragma once

#include <QStringList>

namespace lectern::bench {

// `lectern-bench search-limits --library PATH [--runs R]`: adversarial
// queries at and past SearchQuery's bounds (64 words, 64 × 西安, long
// phrases, many exclusions, two-letter prefixes, mixed scripts), each timed
// through LibraryStore::search as the window runs it (limit 100): whether it
// is accepted, p50 / p95 / max. Never writes to the library.
int runSearchLimitsBench(const QStringList &arguments);

// `lectern-bench reindex --library PATH [--articles N]`: what the search
// index costs to build. Times rebuilding the whole FTS5 index (what
// migration 8 does) in a transaction that is rolled back, and the tokenizer
// alone over the text of N articles with and without stems, interleaved.
// The library must be a copy: opening it upgrades an older one.
int runReindexBench(const QStringList &arguments);

} // namespace lectern::bench
