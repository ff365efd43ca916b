#include "spelling/personalwords.h"

#include "spelling/spellingwords.h"
#include "stagedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace lectern {

namespace {

class PersonalWordsText
{
    Q_DECLARE_TR_FUNCTIONS(PersonalWords)
};

// Guards against a stray binary file being taken for a word list.
constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

Result<QSet<QString>> readWords(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QSet<QString>();
    if (!file.open(QIODevice::ReadOnly))
        return Error{PersonalWordsText::tr("Your word list %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     ErrorKind::CannotOpen};
    if (file.size() > maxFileBytes)
        return Error{PersonalWordsText::tr("Your word list %1 is larger than 16 MB: it is not "
                                           "a word list.")
                         .arg(QDir::toNativeSeparators(path)),
                     ErrorKind::ForeignFile};
    QSet<QString> words;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString word = spellingKey(line.trimmed());
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            words.insert(word);
    }
    return words;
}

} // namespace

PersonalWords::PersonalWords(QString path)
    : m_path(std::move(path))
{
}

QString PersonalWords::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/spelling/personal-words.txt");
}

Status PersonalWords::load()
{
    Result<QSet<QString>> words = readWords(m_path);
    if (!words)
        return words.failure();
    m_words = std::move(words).value();
    return success();
}

Status PersonalWords::add(const QString &word)
{
    const QString key = spellingKey(word.trimmed());
    if (key.isEmpty() || key.contains(QLatin1Char('\n')))
        return success();
    Result<QSet<QString>> stored = readWords(m_path);
    if (!stored)
        return stored.failure();
    QSet<QString> words = std::move(stored).value();
    words.insert(key);
    QStringList sorted(words.cbegin(), words.cend());
    std::sort(sorted.begin(), sorted.end());
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{PersonalWordsText::tr("The folder %1 for your word list cannot be made.")
                         .arg(QDir::toNativeSeparators(folder)),
                     ErrorKind::CannotOpen};
    // Under a temporary name, renamed over the old list when it is complete.
    const Status written = StagedFiles::write(
        m_path, (sorted.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), true);
    if (!written)
        return Error{
            PersonalWordsText::tr("Your word list could not be saved. %1").arg(written.error()),
            written.errorKind()};
    m_words = std::move(words);
    return success();
}

bool PersonalWords::contains(const QString &key) const
{
    if (m_words.contains(key))
        return true;
    const QString lower = key.toLower();
    return lower != key && m_words.contains(lower);
}

QStringList PersonalWords::words() const
{
    QStringList sorted(m_words.cbegin(), m_words.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace lectern
