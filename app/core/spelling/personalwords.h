#pragma once

// The words a user added to the dictionary ("Add to Dictionary"): one file
// per user, a word a line, shared by every language.
#include "result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace lectern {

class PersonalWords
{
public:
    explicit PersonalWords(QString path);
    // In the user's data folder: …/lectern/spelling/personal-words.txt.
    static QString defaultPath();

    QString path() const { return m_path; }
    // A missing file is an empty list; an unreadable one is an error (the
    // list stays as it was).
    Status load();
    // Read again first, so that words another Lectern added meanwhile stay,
    // then written to a temporary file renamed over the old one.
    Status add(const QString &word);
    // `key` as spellingKey() gives it. A word added in small letters also
    // accepts its capitalised forms (lectern: Lectern, LECTERN), as
    // dictionaries do; one added with capitals only itself.
    bool contains(const QString &key) const;
    QStringList words() const;

private:
    QString m_path;
    QSet<QString> m_words; // spelling keys
};

} // namespace lectern
