#pragma once

// One language's hunspell dictionary (Debian's hunspell-* packages), and
// finding the installed one for an article's language.
#include "result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace lectern {

struct DictionaryFile
{
    QString name;    // en_US, uk_UA
    QString affPath; // the .dic lies beside it
    bool isValid() const { return !affPath.isEmpty(); }
};

// Where dictionaries are looked for: $LECTERN_DICTIONARY_PATH (a list of
// folders), else Debian's /usr/share/hunspell and /usr/share/myspell.
QStringList defaultDictionaryFolders();
// The dictionary for a language ("en", "uk", "pt-BR", "de_AT"): its own
// region first, then the language's usual one (en_US, uk_UA, de_DE), then
// any of it. Chinese, Japanese and Korean never have one: their text has no
// spelling to check.
DictionaryFile findDictionary(const QString &language, const QStringList &folders);
// The writing systems a dictionary's words are in, from the letters its
// .aff file suggests with (TRY): Latin for English, Cyrillic for Ukrainian.
QList<QChar::Script> dictionaryScripts(const QString &affPath);

// A loaded dictionary. Loading takes from 0.1 s (English) to 2 s
// (Ukrainian), so it is done off the window's thread; one thread at a time
// may use it.
class SpellingDictionary
{
public:
    static Result<std::unique_ptr<SpellingDictionary>> load(const DictionaryFile &file);
    ~SpellingDictionary();
    SpellingDictionary(const SpellingDictionary &) = delete;
    SpellingDictionary &operator=(const SpellingDictionary &) = delete;

    // `word` as spellingKey() gives it.
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int limit) const;

private:
    SpellingDictionary() = default;
    std::string encode(const QString &text) const;
    QString decode(const std::string &text) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QByteArray m_encoding; // empty: UTF-8
};

} // namespace lectern
