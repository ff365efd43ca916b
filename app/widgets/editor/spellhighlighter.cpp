#include "spellhighlighter.h"

#include "editorblockdata.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingwords.h"

#include <QElapsedTimer>
#include <QTextDocument>

namespace lectern {

namespace {

// Links (addresses, names) and code are not prose.
bool inLinkOrCode(const QTextBlock &block, qsizetype start, qsizetype length)
{
    const int from = block.position() + int(start);
    const int to = from + int(length);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid() || fragment.position() >= to ||
            fragment.position() + fragment.length() <= from)
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isAnchor() || format.fontFixedPitch() ||
            format.fontFamilies().toStringList().value(0) == QLatin1String("monospace"))
            return true;
    }
    return false;
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker &checker)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
    , m_checker(checker)
{
    m_format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_format.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
    // Connected before the highlighter's own reaction to the change, so that
    // it knows a word is being typed when it checks the block.
    connect(document, &QTextDocument::contentsChange, this,
            [this](int position, int removed, int added) {
                m_typingPosition = removed == 0 && added > 0 && added <= 2 ? position + added : -1;
            });
    setDocument(document);
    m_pass.setInterval(0);
    connect(&m_pass, &QTimer::timeout, this, &SpellHighlighter::workThrough);
    connect(&m_checker, &SpellChecker::wordsChecked, this, [this](const QString &language) {
        if (m_pending && m_languages.contains(language))
            recheck(Recheck::Pending);
    });
    connect(&m_checker, &SpellChecker::wordListChanged, this, [this] { recheck(Recheck::Marked); });
    connect(&m_checker, &SpellChecker::enabledChanged, this,
            [this](bool enabled) { recheck(enabled ? Recheck::All : Recheck::Marked); });
}

void SpellHighlighter::setLanguages(const QStringList &languages)
{
    if (languages == m_languages)
        return;
    m_languages = languages;
    recheck(Recheck::All);
}

void SpellHighlighter::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    recheck(readOnly ? Recheck::Marked : Recheck::All);
}

bool SpellHighlighter::isChecking() const
{
    return !m_readOnly && m_checker.isEnabled() && !m_languages.isEmpty();
}

void SpellHighlighter::beginLoading()
{
    m_loading = true;
    m_pass.stop();
    m_passAt = QTextCursor();
    m_heldBlock = QTextCursor();
}

void SpellHighlighter::endLoading()
{
    m_loading = false;
    m_typingPosition = -1;
    recheck(Recheck::All);
}

void SpellHighlighter::setCursorPosition(int position)
{
    m_cursorPosition = position;
    if (position == m_typingPosition)
        return; // typing on
    m_typingPosition = -1;
    if (!m_heldBlock.isNull()) {
        const QTextBlock block = m_heldBlock.block();
        m_heldBlock = QTextCursor();
        markBlock(block); // the word is finished
    }
}

void SpellHighlighter::setFirstVisibleBlock(std::function<QTextBlock()> firstVisible)
{
    m_firstVisible = std::move(firstVisible);
}

bool SpellHighlighter::isDone() const
{
    return !m_loading && !m_pass.isActive() && !m_pending && !m_checker.isBusy();
}

QList<QTextLayout::FormatRange> SpellHighlighter::marks(const QTextBlock &block)
{
    EditorBlockData *data = EditorBlockData::of(block);
    data->misspelt = false;
    if (m_loading) {
        data->spelling = EditorBlockData::Spelling::Unchecked;
        return {};
    }
    data->spelling = EditorBlockData::Spelling::Checked;
    if (!isChecking())
        return {};
    QList<QTextLayout::FormatRange> ranges;
    bool pending = false;
    bool held = false;
    const QString text = block.text();
    const int base = block.position();
    for (const SpellingWord &word : spellingWords(text)) {
        const QStringView piece = QStringView(text).mid(word.start, word.length);
        const QString language = m_checker.languageFor(m_languages, piece);
        if (language.isEmpty())
            continue;
        const SpellChecker::Verdict verdict = m_checker.check(language, piece);
        if (verdict == SpellChecker::Verdict::Pending)
            pending = true;
        if (verdict != SpellChecker::Verdict::Misspelt)
            continue;
        const int start = base + int(word.start);
        if (m_typingPosition >= start && m_typingPosition <= start + int(word.length)) {
            held = true; // still being typed
            continue;
        }
        if (inLinkOrCode(block, word.start, word.length))
            continue;
        ranges.append({int(word.start), int(word.length), m_format});
    }
    data->misspelt = !ranges.isEmpty();
    if (pending) {
        data->spelling = EditorBlockData::Spelling::Pending;
        m_pending = true;
    }
    if (held)
        m_heldBlock = QTextCursor(block);
    return ranges;
}

void SpellHighlighter::highlightBlock(const QString &)
{
    // Called by Qt for the blocks an edit touched.
    for (const QTextLayout::FormatRange &range : marks(currentBlock()))
        setFormat(range.start, range.length, range.format);
}

void SpellHighlighter::markBlock(const QTextBlock &block)
{
    // Not rehighlightBlock(): in Qt 6 it reports a change of the document's
    // contents, which editors take for an edit (the summary would count as
    // changed, the body's saved HTML as stale).
    const QList<QTextLayout::FormatRange> ranges = marks(block);
    QTextLayout *layout = block.layout();
    if (!layout || layout->formats() == ranges)
        return;
    layout->setFormats(ranges);
    document()->markContentsDirty(block.position(), block.length());
}

Misspelling SpellHighlighter::misspellingAt(int position)
{
    if (!isChecking() || !document())
        return {};
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    const QString text = block.text();
    const int offset = position - block.position();
    for (const SpellingWord &word : spellingWords(text)) {
        if (offset < word.start || offset > word.start + word.length)
            continue;
        const QStringView piece = QStringView(text).mid(word.start, word.length);
        const QString language = m_checker.languageFor(m_languages, piece);
        if (language.isEmpty() ||
            m_checker.check(language, piece) != SpellChecker::Verdict::Misspelt ||
            inLinkOrCode(block, word.start, word.length))
            return {};
        QTextCursor cursor(document());
        cursor.setPosition(block.position() + int(word.start));
        cursor.setPosition(block.position() + int(word.start + word.length),
                           QTextCursor::KeepAnchor);
        return {cursor, piece.toString(), language};
    }
    return {};
}

void SpellHighlighter::recheck(Recheck which)
{
    QTextDocument *doc = document();
    if (!doc || m_loading)
        return;
    if (which != Recheck::Pending) {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            auto *data = static_cast<EditorBlockData *>(block.userData());
            if (data && (which == Recheck::All || data->misspelt))
                data->spelling = EditorBlockData::Spelling::Unchecked;
            else if (!data && which == Recheck::All)
                EditorBlockData::of(block)->spelling = EditorBlockData::Spelling::Unchecked;
        }
    }
    // From the first block on the screen, round to the one before it.
    QTextBlock first = m_firstVisible ? m_firstVisible() : QTextBlock();
    if (!first.isValid() || first.document() != doc)
        first = doc->begin();
    m_passAt = QTextCursor(first);
    m_passStop = QTextCursor(first);
    m_passWrapped = false;
    m_pending = false;
    m_pass.start();
}

void SpellHighlighter::workThrough()
{
    QTextDocument *doc = document();
    if (!doc || m_passAt.isNull()) {
        finishPass();
        return;
    }
    QElapsedTimer slice;
    slice.start();
    while (slice.elapsed() < m_sliceMs) {
        const QTextBlock block = m_passAt.block();
        if (!block.isValid()) {
            finishPass();
            return;
        }
        const auto *data = static_cast<EditorBlockData *>(block.userData());
        if (!data || data->spelling != EditorBlockData::Spelling::Checked)
            markBlock(block);
        QTextBlock next = block.next();
        if (!next.isValid()) {
            if (m_passWrapped) {
                finishPass();
                return;
            }
            m_passWrapped = true;
            next = doc->begin();
        }
        if (m_passWrapped && next.position() >= m_passStop.position()) {
            finishPass();
            return;
        }
        m_passAt.setPosition(next.position());
    }
}

void SpellHighlighter::finishPass()
{
    m_pass.stop();
    m_passAt = QTextCursor();
    m_passStop = QTextCursor();
    // Words still on their way bring another pass over the blocks that wait.
    if (!m_pending)
        Q_EMIT done();
}

} // namespace lectern
