#pragma once

#include <QByteArray>
#include <QList>

namespace lectern {

// The stems a word is also indexed under, so that `student` finds `students`
// and `університет` finds `університетів`. Which stemmer runs is decided by
// the word's own letters, never by the article's language: SQLite's FTS5
// (3.40) gives a tokenizer the text of one column and nothing else, queries
// have no language at all, and articles mix scripts (an English name in a
// Ukrainian article is stemmed as English).
//  - Latin letters (and digits): Snowball's English stemmer (Porter 2).
//  - Cyrillic letters: the Ukrainian dictionary's stems (Hunspell, hunspell-uk)
//    of the word written in lower case and capitalised (proper nouns such as
//    Київ are capitalised in the dictionary); a word the dictionary does not
//    know, without і ї є ґ, is stemmed by Snowball's Russian stemmer, and a
//    word with ы э ё ъ (never Ukrainian) only by it.
//  - Anything else (Chinese, numbers, mixed scripts): no stems.
//
// `word` is one case-folded word with any apostrophes as U+0027 (the
// dictionary needs them: м'ясо). The stems come back written as indexed
// words are (case-folded, apostrophes dropped), each once, possibly equal to
// the word itself. Thread-safe; results are cached per thread.
QList<QByteArray> wordStems(const QByteArray &word);

// Loads the Ukrainian dictionary (about 1 s and 40 MB) on a worker thread, so
// that the first Cyrillic word indexed or searched in the window does not
// wait for it. Returns at once.
void preloadWordStems();

} // namespace lectern
