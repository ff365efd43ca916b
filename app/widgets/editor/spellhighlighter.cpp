#include "spellhighlighter.h"

#include "editorblockdata.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingwords.h"

#include <QElapsedTimer>

#include <QTextDocument>
#include <algorithm>

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
    : QObject(document)
    , m_document(document)
    , m_checker(checker)
{
    m_format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_format.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
    connect(document, &QTextDocument::contentsChange, this, &SpellHighlighter::contentsChanged);
    m_work.setInterval(0);
    connect(&m_work, &QTimer::timeout, this, &SpellHighlighter::workThrough);
    m_start.setSingleShot(true);
    m_start.setInterval(afterOpeningMs);
    connect(&m_start, &QTimer::timeout, this, [this] { m_work.start(); });
    connect(&m_checker, &SpellChecker::wordsChecked, this, [this](const QString &language) {
        // Only the blocks that waited for words are looked at again.
        if (!m_waiting.isEmpty() && m_languages.contains(language)) {
            m_answered = true;
            m_work.start();
        }
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
    m_work.stop();
    m_start.stop();
    m_passAt = QTextCursor();
    m_waiting.clear();
    m_heldBlock = QTextCursor();
}

void SpellHighlighter::endLoading()
{
    m_loading = false;
    m_typingPosition = -1;
    // A new document has no underlines to take off: unchecked, it waits for
    // nothing.
    recheck(isChecking() ? Recheck::All : Recheck::Marked);
    // Not in the turn that shows the article: after its first paint.
    if (m_work.isActive()) {
        m_work.stop();
        m_start.start();
    }
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
    return !m_loading && !m_start.isActive() && m_passAt.isNull() && m_waiting.isEmpty();
}

QList<QTextLayout::FormatRange> SpellHighlighter::marks(const QTextBlock &block)
{
    EditorBlockData *data = EditorBlockData::of(block);
    data->misspelt = false;
    if (m_loading) {
        data->spelling = EditorBlockData::Spelling::Unchecked;
        return {};
    }
    const bool wasWaiting = data->spelling == EditorBlockData::Spelling::Pending;
    data->spelling = EditorBlockData::Spelling::Checked;
    if (!isChecking())
        return {};
    QList<QTextLayout::FormatRange> ranges;
    bool pending = false;
    bool held = false;
    const QString text = block.text();
    const int base = block.position();
    for (const SpellingWord &word : spellingWords(text)) {
        const int start = base + int(word.start);
        if (m_typingPosition >= start && m_typingPosition <= start + int(word.length)) {
            // Still being typed: not even asked about (every keystroke would
            // send a new half word to the dictionary), until it is finished.
            held = true;
            continue;
        }
        const QStringView piece = QStringView(text).mid(word.start, word.length);
        const QString language = m_checker.languageFor(m_languages, piece);
        if (language.isEmpty())
            continue;
        const SpellChecker::Verdict verdict = m_checker.check(language, piece);
        if (verdict == SpellChecker::Verdict::Pending)
            pending = true;
        if (verdict != SpellChecker::Verdict::Misspelt)
            continue;
        if (inLinkOrCode(block, word.start, word.length))
            continue;
        ranges.append({int(word.start), int(word.length), m_format});
    }
    data->misspelt = !ranges.isEmpty();
    if (pending) {
        if (!wasWaiting)
            m_waiting.append(QTextCursor(block));
        data->spelling = EditorBlockData::Spelling::Pending;
    }
    if (held)
        m_heldBlock = QTextCursor(block);
    return ranges;
}

void SpellHighlighter::contentsChanged(int position, int removed, int added)
{
    m_typingPosition = removed == 0 && added > 0 && added <= 2 ? position + added : -1;
    if (m_loading)
        return; // the whole document is worked through once it is loaded
    // The blocks the edit touched, at once: their layout is done after this
    // signal, with the marks. (Not QSyntaxHighlighter: it rewrote a format
    // for every character of every block a load or an edit touched, also
    // with spelling off, and in Qt 6 its rehighlightBlock() reports a change
    // of the contents, which editors take for an edit.)
    const QTextBlock last = m_document->findBlock(position + added);
    for (QTextBlock block = m_document->findBlock(position); block.isValid();
         block = block.next()) {
        markBlock(block);
        if (block == last)
            break;
    }
}

bool SpellHighlighter::setMarks(const QTextBlock &block)
{
    const QList<QTextLayout::FormatRange> ranges = marks(block);
    QTextLayout *layout = block.layout();
    if (!layout || layout->formats() == ranges)
        return false;
    layout->setFormats(ranges);
    return true;
}

void SpellHighlighter::markBlock(const QTextBlock &block)
{
    if (setMarks(block))
        m_document->markContentsDirty(block.position(), block.length());
}

Misspelling SpellHighlighter::misspellingAt(int position)
{
    if (!isChecking() || !m_document)
        return {};
    const QTextBlock block = m_document->findBlock(position);
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
        QTextCursor cursor(m_document);
        cursor.setPosition(block.position() + int(word.start));
        cursor.setPosition(block.position() + int(word.start + word.length),
                           QTextCursor::KeepAnchor);
        return {cursor, piece.toString(), language};
    }
    return {};
}

void SpellHighlighter::recheck(Recheck which)
{
    QTextDocument *doc = m_document;
    if (!doc || m_loading)
        return;
    bool any = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        auto *data = static_cast<EditorBlockData *>(block.userData());
        if (which == Recheck::All ||
            (data && (data->misspelt || data->spelling == EditorBlockData::Spelling::Pending))) {
            EditorBlockData::of(block)->spelling = EditorBlockData::Spelling::Unchecked;
            any = true;
        }
    }
    m_waiting.clear();
    if (!any) {
        m_passAt = QTextCursor();
        Q_EMIT done();
        return;
    }
    // From the first block on the screen, round to the one before it.
    QTextBlock first = m_firstVisible ? m_firstVisible() : QTextBlock();
    if (!first.isValid() || first.document() != doc)
        first = doc->begin();
    m_passAt = QTextCursor(first);
    m_passStop = QTextCursor(first);
    m_passWrapped = false;
    m_work.start();
}

void SpellHighlighter::workThrough()
{
    QTextDocument *doc = m_document;
    if (!doc) {
        m_work.stop();
        return;
    }
    // The blocks marked in this turn are laid out again together: each
    // relayout also walks every block after it, which per block made a long
    // article's pass ten times slower. Laying a block out costs a fraction
    // of a millisecond, so a turn stops after a dozen blocks' worth.
    constexpr int maxRelaidBlocks = 12;
    int dirtyFrom = -1;
    int dirtyTo = -1;
    int relaid = 0;
    const auto mark = [&](const QTextBlock &block) {
        if (!setMarks(block))
            return;
        if (dirtyFrom < 0 || block.position() < dirtyFrom)
            dirtyFrom = block.position();
        dirtyTo = qMax(dirtyTo, block.position() + block.length());
    };
    const auto relayout = [&] {
        if (dirtyFrom >= 0)
            doc->markContentsDirty(dirtyFrom, dirtyTo - dirtyFrom);
        dirtyFrom = dirtyTo = -1;
    };
    QElapsedTimer slice;
    slice.start();
    const auto turnIsOver = [&] {
        return slice.elapsed() >= m_sliceMs || relaid >= maxRelaidBlocks;
    };

    // Blocks whose words were answered, in document order; neighbours are
    // laid out together.
    if (std::exchange(m_answered, false)) {
        QList<QTextCursor> waiting = std::exchange(m_waiting, {});
        std::sort(waiting.begin(), waiting.end(), [](const QTextCursor &a, const QTextCursor &b) {
            return a.position() < b.position();
        });
        int firstDirty = -1; // block number
        qsizetype i = 0;
        for (; i < waiting.size() && !turnIsOver(); ++i) {
            const QTextBlock block = waiting[i].block();
            auto *data = static_cast<EditorBlockData *>(block.userData());
            if (!data || data->spelling != EditorBlockData::Spelling::Pending)
                continue;
            if (firstDirty >= 0 && block.blockNumber() - firstDirty >= maxRelaidBlocks) {
                relaid += maxRelaidBlocks;
                relayout();
                firstDirty = -1;
            }
            data->spelling = EditorBlockData::Spelling::Unchecked;
            mark(block);
            if (dirtyFrom >= 0 && firstDirty < 0)
                firstDirty = block.blockNumber();
        }
        relayout();
        m_waiting += waiting.mid(i); // the next turn goes on with them
        m_answered = i < waiting.size();
    }

    // The pass over the whole document, block after block.
    while (!m_passAt.isNull() && !turnIsOver()) {
        if (dirtyFrom >= 0)
            ++relaid; // every block between the first and the last marked one
        const QTextBlock block = m_passAt.block();
        const auto *data = static_cast<EditorBlockData *>(block.userData());
        if (!data || data->spelling == EditorBlockData::Spelling::Unchecked)
            mark(block);
        QTextBlock next = block.next();
        if (!next.isValid()) {
            relayout(); // round to the start
            if (m_passWrapped)
                next = QTextBlock();
            else
                next = doc->begin();
            m_passWrapped = true;
        }
        if (!next.isValid() || (m_passWrapped && next.position() >= m_passStop.position())) {
            m_passAt = QTextCursor();
            m_passStop = QTextCursor();
            break;
        }
        m_passAt.setPosition(next.position());
    }
    relayout();

    if (!m_passAt.isNull() || m_answered)
        return; // more next turn
    m_work.stop();
    if (m_waiting.isEmpty())
        Q_EMIT done();
    // else: the dictionary's answers bring the next turn (wordsChecked).
}

} // namespace lectern
