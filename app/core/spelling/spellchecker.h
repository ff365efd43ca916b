#pragma once

#include "result.h"
#include "spelling/spellingdictionary.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <memory>

namespace lectern {

class PersonalWords;

// Spell checking for every text field of the process: hunspell dictionaries
// loaded and consulted on a thread of their own, answers kept per language,
// the user's word list and the words ignored this session. The window's
// thread never waits for a dictionary: a word not yet answered is Pending,
// and wordsChecked() says when answers came.
class SpellChecker final : public QObject
{
    Q_OBJECT

public:
    enum class Verdict
    {
        Correct,
        Misspelt,
        Pending
    };

    struct Options
    {
        QStringList dictionaryFolders;
        QString personalWordsPath;
    };

    explicit SpellChecker(const Options &options, QObject *parent = nullptr);
    ~SpellChecker() override;
    Q_DISABLE_COPY_MOVE(SpellChecker)

    // The application's: Debian's dictionaries and the user's word list.
    static SpellChecker &shared();
    // The QSettings key of the Check Spelling toggle (on unless turned off).
    static QString enabledSettingsKey();

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // The dictionary `language` is checked with ("en_US"); empty when it
    // has none (Chinese never has).
    QString dictionaryName(const QString &language);
    // The first of `languages` whose dictionary checks words of `word`'s
    // writing system (English for Latin, Ukrainian for Cyrillic); empty when
    // none does, and then the word is never marked.
    QString languageFor(const QStringList &languages, QStringView word);
    Verdict check(const QString &language, QStringView word);
    // Suggestions come with suggestionsReady() (at once when known; `word`
    // there as spellingKey() gives it): hunspell takes up to half a second.
    void requestSuggestions(const QString &language, const QString &word);

    // "Add to Dictionary": into the user's word list, for every language.
    Status addToDictionary(const QString &word);
    // "Ignore": accepted everywhere until Lectern closes.
    void ignore(const QString &word);
    QString personalWordsPath() const;

    // Words or a dictionary still on their way (for tests and benchmarks).
    bool isBusy() const;

Q_SIGNALS:
    // Answers for words of `language` came: pending words can be checked again.
    void wordsChecked(const QString &language);
    // A word was added or ignored: marked words may be correct now.
    void wordListChanged();
    void enabledChanged(bool enabled);
    void suggestionsReady(const QString &language, const QString &word,
                          const QStringList &suggestions);
    // A dictionary or the word list could not be read (once each).
    void errorOccurred(const QString &message);

private:
    struct Language
    {
        enum class State
        {
            None,
            Loading,
            Ready,
            Failed
        };
        State state = State::None;
        DictionaryFile file;
        QList<QChar::Script> scripts;
        QHash<QString, bool> verdicts; // spelling key: correct
        QSet<QString> asked;           // sent to the worker, not answered
        QStringList queued;            // not sent yet
        QHash<QString, QStringList> suggestions;
    };
    class Worker;

    Language &language(const QString &code);
    void flush();
    void answered(const QString &code, const QStringList &words, const QList<bool> &correct);
    void failed(const QString &code, const QString &message);

    QStringList m_folders;
    std::unique_ptr<PersonalWords> m_personal;
    QSet<QString> m_ignored;
    QHash<QString, Language> m_languages;
    bool m_enabled = true;
    QTimer m_flush;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
};

} // namespace lectern
