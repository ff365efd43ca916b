#include "wordstems.h"

#include <QString>
#include <QThreadPool>

#include <hunspell/hunspell.hxx>
#include <libstemmer.h>

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace lectern {

namespace {

// Past this many words a thread's cache starts again: enough for the
// vocabulary of a large import, a few megabytes at most.
constexpr size_t cacheLimit = 100000;

const char dictionaryFolder[] = "/usr/share/hunspell/";

enum class Script
{
    None,
    Latin,
    Cyrillic
};

Script scriptOf(const QString &word)
{
    Script script = Script::None;
    for (const QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('\''))
            continue;
        const QChar::Script own = c.script();
        const Script found = own == QChar::Script_Latin      ? Script::Latin
                             : own == QChar::Script_Cyrillic ? Script::Cyrillic
                                                             : Script::None;
        if (found == Script::None || (script != Script::None && found != script))
            return Script::None; // Chinese, Greek, … or mixed scripts
        script = found;
    }
    return script;
}

bool containsAny(const QString &word, QStringView letters)
{
    for (const QChar c : letters) {
        if (word.contains(c))
            return true;
    }
    return false;
}

// A stem written as the tokenizer writes indexed words; empty when it could
// not be one indexed word (a dictionary entry with a hyphen or a space).
QByteArray asIndexed(const QString &stem)
{
    QString folded = stem.toCaseFolded();
    folded.remove(QLatin1Char('\''));
    for (const QChar c : std::as_const(folded)) {
        if (!c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing &&
            c.category() != QChar::Mark_SpacingCombining)
            return {};
    }
    return folded.toUtf8();
}

// Snowball stemmers hold their working state: one per thread and language.
class Snowball final
{
public:
    explicit Snowball(const char *language)
        : m_stemmer(sb_stemmer_new(language, "UTF_8"))
    {
    }
    ~Snowball()
    {
        if (m_stemmer)
            sb_stemmer_delete(m_stemmer);
    }
    Q_DISABLE_COPY_MOVE(Snowball)

    QByteArray stem(const QByteArray &word)
    {
        if (!m_stemmer)
            return {};
        const sb_symbol *stem = sb_stemmer_stem(
            m_stemmer, reinterpret_cast<const sb_symbol *>(word.constData()), int(word.size()));
        if (!stem)
            return {};
        return QByteArray(reinterpret_cast<const char *>(stem), sb_stemmer_length(m_stemmer));
    }

private:
    sb_stemmer *m_stemmer;
};

// One dictionary for the process (40 MB), loaded on first use; Hunspell keeps
// state between the steps of a look-up, so calls are serialised.
class UkrainianDictionary final
{
public:
    static UkrainianDictionary &instance()
    {
        static UkrainianDictionary dictionary;
        return dictionary;
    }

    // Stems of the word as written (lower case) and capitalised.
    QList<QString> stems(const QString &lower)
    {
        std::call_once(m_loaded, [this] { load(); });
        QList<QString> found;
        if (!m_hunspell)
            return found;
        const QString capitalised = lower.left(1).toUpper() + lower.mid(1);
        const std::lock_guard<std::mutex> locker(m_lock);
        for (const QString &form : {lower, capitalised}) {
            for (const std::string &stem : m_hunspell->stem(form.toStdString())) {
                const QString text = QString::fromStdString(stem);
                if (!found.contains(text))
                    found.append(text);
            }
        }
        return found;
    }

    void preload()
    {
        std::call_once(m_loaded, [this] { load(); });
    }

private:
    UkrainianDictionary() = default;

    void load()
    {
        const std::string folder(dictionaryFolder);
        const std::string aff = folder + "uk_UA.aff";
        const std::string dic = folder + "uk_UA.dic";
        if (std::FILE *file = std::fopen(dic.c_str(), "rb")) {
            std::fclose(file);
            m_hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
        }
    }

    std::once_flag m_loaded;
    std::mutex m_lock;
    std::unique_ptr<Hunspell> m_hunspell;
};

QList<QByteArray> computeStems(const QByteArray &word)
{
    const QString text = QString::fromUtf8(word);
    QList<QByteArray> stems;
    const auto add = [&](const QByteArray &stem) {
        if (!stem.isEmpty() && !stems.contains(stem))
            stems.append(stem);
    };
    switch (scriptOf(text)) {
    case Script::None:
        break;
    case Script::Latin: {
        thread_local Snowball english("english");
        QString plain = text;
        plain.remove(QLatin1Char('\''));
        add(asIndexed(QString::fromUtf8(english.stem(plain.toUtf8()))));
        break;
    }
    case Script::Cyrillic: {
        static constexpr char16_t ukrainianOnly[] = u"іїєґ";
        static constexpr char16_t russianOnly[] = u"ыэёъ";
        const bool russian =
            containsAny(text, ukrainianOnly) ? false : containsAny(text, russianOnly);
        if (!russian) {
            for (const QString &stem : UkrainianDictionary::instance().stems(text))
                add(asIndexed(stem));
        }
        if (stems.isEmpty() && !containsAny(text, ukrainianOnly)) {
            thread_local Snowball russianStemmer("russian");
            add(asIndexed(QString::fromUtf8(russianStemmer.stem(word))));
        }
        break;
    }
    }
    return stems;
}

} // namespace

QList<QByteArray> wordStems(const QByteArray &word)
{
    // Looked up for every word indexed: a plain string hash (QHash's seeded
    // SipHash took a tenth of the tokenizer's time), keys short enough for
    // std::string's own buffer.
    thread_local std::unordered_map<std::string, QList<QByteArray>> cache;
    std::string key(word.constData(), size_t(word.size()));
    const auto found = cache.find(key);
    if (found != cache.end())
        return found->second;
    if (cache.size() >= cacheLimit)
        cache.clear();
    QList<QByteArray> stems = computeStems(word);
    cache.emplace(std::move(key), stems);
    return stems;
}

void preloadWordStems()
{
    QThreadPool::globalInstance()->start([] { UkrainianDictionary::instance().preload(); });
}

} // namespace lectern
