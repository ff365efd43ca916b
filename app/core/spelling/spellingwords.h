#pragma once

// The words of a text worth checking for spelling, and the form they are
// looked up in.
#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

namespace lectern {

struct SpellingWord
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// Runs of letters, with the apostrophes of English and Ukrainian inside them
// (don't, п'ять, п’ять, пʼять) and hyphens (well-known, будь-який).
// Left out: single letters, abbreviations in capitals (CUEU, PDF), anything
// with a digit (2nd, COVID19), web and mail addresses, and Chinese,
// Japanese and Korean text, which has no spelling to check.
QList<SpellingWord> spellingWords(QStringView text);

// The word as dictionaries and the personal word list know it: every
// apostrophe as ', and no stress marks or soft hyphens.
QString spellingKey(QStringView word);

// The writing system of a word (its first letter's): a dictionary checks
// only words of its own.
QChar::Script spellingScript(QStringView word);

} // namespace lectern
