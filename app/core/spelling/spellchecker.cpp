#include "spelling/spellchecker.h"

#include "spelling/personalwords.h"
#include "spelling/spellingwords.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

namespace lectern {

namespace {

constexpr int maxSuggestions = 8;

} // namespace

// Owns the dictionaries; every call runs on the checker's thread and
// answers through a queued call back to the checker.
class SpellChecker::Worker final : public QObject
{
public:
    explicit Worker(SpellChecker *checker)
        : m_checker(checker)
    {
    }

    void check(const QString &code, const DictionaryFile &file, const QStringList &words)
    {
        QString error;
        const SpellingDictionary *dictionary = load(file, error);
        if (!dictionary) {
            QMetaObject::invokeMethod(
                m_checker, [checker = m_checker, code, error] { checker->failed(code, error); },
                Qt::QueuedConnection);
            return;
        }
        QList<bool> correct;
        correct.reserve(words.size());
        for (const QString &word : words)
            correct.append(isCorrect(*dictionary, word));
        QMetaObject::invokeMethod(
            m_checker,
            [checker = m_checker, code, words, correct] {
                checker->answered(code, words, correct);
            },
            Qt::QueuedConnection);
    }

    void suggest(const QString &code, const DictionaryFile &file, const QString &word)
    {
        QString error;
        const SpellingDictionary *dictionary = load(file, error);
        const QStringList suggestions =
            dictionary ? dictionary->suggestions(word, maxSuggestions) : QStringList();
        QMetaObject::invokeMethod(
            m_checker,
            [checker = m_checker, code, word, suggestions] {
                auto it = checker->m_languages.find(code);
                if (it != checker->m_languages.end())
                    it->suggestions.insert(word, suggestions);
                Q_EMIT checker->suggestionsReady(code, word, suggestions);
            },
            Qt::QueuedConnection);
    }

private:
    static bool isCorrect(const SpellingDictionary &dictionary, const QString &word)
    {
        if (dictionary.isCorrect(word))
            return true;
        // A compound the dictionary does not list is right when its parts are.
        if (!word.contains(QLatin1Char('-')))
            return false;
        const QStringList parts = word.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!dictionary.isCorrect(part))
                return false;
        }
        return !parts.isEmpty();
    }

    const SpellingDictionary *load(const DictionaryFile &file, QString &error)
    {
        if (const auto it = m_dictionaries.constFind(file.affPath); it != m_dictionaries.constEnd())
            return it->get();
        if (const auto it = m_errors.constFind(file.affPath); it != m_errors.constEnd()) {
            error = it.value();
            return nullptr;
        }
        Result<std::unique_ptr<SpellingDictionary>> loaded = SpellingDictionary::load(file);
        if (!loaded) {
            error = loaded.error();
            m_errors.insert(file.affPath, error);
            return nullptr;
        }
        const std::shared_ptr<SpellingDictionary> dictionary(std::move(loaded).value());
        m_dictionaries.insert(file.affPath, dictionary);
        return dictionary.get();
    }

    SpellChecker *m_checker;
    QHash<QString, std::shared_ptr<SpellingDictionary>> m_dictionaries;
    QHash<QString, QString> m_errors;
};

SpellChecker::SpellChecker(const Options &options, QObject *parent)
    : QObject(parent)
    , m_folders(options.dictionaryFolders)
    , m_personal(std::make_unique<PersonalWords>(options.personalWordsPath))
    , m_enabled(QSettings().value(enabledSettingsKey(), true).toBool())
{
    if (Status status = m_personal->load(); !status) {
        // Said once an editor is listening.
        QTimer::singleShot(0, this,
                           [this, message = status.error()] { Q_EMIT errorOccurred(message); });
    }
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &SpellChecker::flush);
    m_worker = new Worker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("spelling"));
    m_thread.start(QThread::LowPriority);
}

SpellChecker::~SpellChecker()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

SpellChecker &SpellChecker::shared()
{
    static QPointer<SpellChecker> checker;
    if (!checker) {
        checker = new SpellChecker({defaultDictionaryFolders(), PersonalWords::defaultPath()},
                                   QCoreApplication::instance());
    }
    return *checker;
}

QString SpellChecker::enabledSettingsKey()
{
    return QStringLiteral("editor/checkSpelling");
}

void SpellChecker::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    QSettings().setValue(enabledSettingsKey(), enabled);
    Q_EMIT enabledChanged(enabled);
}

SpellChecker::Language &SpellChecker::language(const QString &code)
{
    auto it = m_languages.find(code);
    if (it != m_languages.end())
        return it.value();
    Language language;
    language.file = findDictionary(code, m_folders);
    if (language.file.isValid()) {
        language.state = Language::State::Loading;
        language.scripts = dictionaryScripts(language.file.affPath);
    }
    return m_languages.insert(code, language).value();
}

QString SpellChecker::dictionaryName(const QString &code)
{
    const Language &state = language(code);
    return state.state == Language::State::None || state.state == Language::State::Failed
               ? QString()
               : state.file.name;
}

QString SpellChecker::languageFor(const QStringList &languages, QStringView word)
{
    const QChar::Script script = spellingScript(word);
    for (const QString &code : languages) {
        const Language &state = language(code);
        if (state.state == Language::State::None || state.state == Language::State::Failed)
            continue;
        // A dictionary that does not say its letters checks every word.
        if (state.scripts.isEmpty() || state.scripts.contains(script))
            return code;
    }
    return {};
}

SpellChecker::Verdict SpellChecker::check(const QString &code, QStringView word)
{
    Language &state = language(code);
    if (state.state == Language::State::None || state.state == Language::State::Failed)
        return Verdict::Correct;
    const QString key = spellingKey(word);
    if (!state.scripts.isEmpty() && !state.scripts.contains(spellingScript(key)))
        return Verdict::Correct;
    if (m_ignored.contains(key) || m_personal->contains(key))
        return Verdict::Correct;
    if (const auto it = state.verdicts.constFind(key); it != state.verdicts.constEnd())
        return it.value() ? Verdict::Correct : Verdict::Misspelt;
    if (!state.asked.contains(key)) {
        state.asked.insert(key);
        state.queued.append(key);
        if (!m_flush.isActive())
            m_flush.start();
    }
    return Verdict::Pending;
}

void SpellChecker::flush()
{
    for (auto it = m_languages.begin(); it != m_languages.end(); ++it) {
        if (it->queued.isEmpty())
            continue;
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, code = it.key(), file = it->file, words = std::move(it->queued)] {
                worker->check(code, file, words);
            },
            Qt::QueuedConnection);
        it->queued.clear();
    }
}

void SpellChecker::answered(const QString &code, const QStringList &words,
                            const QList<bool> &correct)
{
    auto it = m_languages.find(code);
    if (it == m_languages.end())
        return;
    it->state = Language::State::Ready;
    for (qsizetype i = 0; i < words.size(); ++i) {
        it->verdicts.insert(words[i], correct.value(i, true));
        it->asked.remove(words[i]);
    }
    Q_EMIT wordsChecked(code);
}

void SpellChecker::failed(const QString &code, const QString &message)
{
    auto it = m_languages.find(code);
    if (it == m_languages.end() || it->state == Language::State::Failed)
        return;
    it->state = Language::State::Failed;
    it->asked.clear();
    it->queued.clear();
    Q_EMIT errorOccurred(message);
    // Nothing is marked in this language: what waited is correct now.
    Q_EMIT wordsChecked(code);
}

void SpellChecker::requestSuggestions(const QString &code, const QString &word)
{
    Language &state = language(code);
    const QString key = spellingKey(word);
    if (state.state == Language::State::None || state.state == Language::State::Failed) {
        Q_EMIT suggestionsReady(code, key, {});
        return;
    }
    if (const auto it = state.suggestions.constFind(key); it != state.suggestions.constEnd()) {
        Q_EMIT suggestionsReady(code, key, it.value());
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, code, file = state.file, key] { worker->suggest(code, file, key); },
        Qt::QueuedConnection);
}

Status SpellChecker::addToDictionary(const QString &word)
{
    if (Status status = m_personal->add(word); !status)
        return status;
    Q_EMIT wordListChanged();
    return success();
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(spellingKey(word));
    Q_EMIT wordListChanged();
}

QString SpellChecker::personalWordsPath() const
{
    return m_personal->path();
}

bool SpellChecker::isBusy() const
{
    for (const Language &state : m_languages) {
        if (!state.asked.isEmpty() || !state.queued.isEmpty())
            return true;
    }
    return false;
}

} // namespace lectern
