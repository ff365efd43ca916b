#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>

#include <functional>

class QTextDocument;

namespace lectern {

class SpellChecker;

// A misspelt word of a document: selected in `cursor`.
struct Misspelling
{
    QTextCursor cursor;
    QString word;
    QString language;
    bool isValid() const { return !cursor.isNull(); }
};

// Underlines misspelt words of a document as they are typed. The block being
// edited is checked at once; a whole document (on opening it, or after the
// language or the word list changed) is worked through from the event loop a
// few milliseconds at a time, the blocks on the screen first, so that a long
// article opens and scrolls as fast as without it. The word being typed is
// not marked until it is finished. Links and code are not checked.
class SpellHighlighter final : public QObject
{
    Q_OBJECT

public:
    SpellHighlighter(QTextDocument *document, SpellChecker &checker);

    // Each word is checked in the first of `languages` whose dictionary is
    // for its writing system (an article: its language; a university
    // profile: English and Ukrainian).
    void setLanguages(const QStringList &languages);
    QStringList languages() const { return m_languages; }
    SpellChecker &checker() const { return m_checker; }
    // Off for read-only text; follows the Check Spelling toggle otherwise.
    void setReadOnly(bool readOnly);
    bool isChecking() const;
    // Around loading a whole document: its blocks are only marked, and
    // checked from the event loop after endLoading().
    void beginLoading();
    void endLoading();
    // Where the view's text cursor is: a word being typed there is not
    // marked until the cursor leaves it.
    void setCursorPosition(int position);
    // The first block on the screen, where working through a document starts.
    void setFirstVisibleBlock(std::function<QTextBlock()> firstVisible);
    // The misspelt word at `position`, or an invalid one.
    Misspelling misspellingAt(int position);
    // Every block checked and no word waiting for a dictionary.
    bool isDone() const;
    // Milliseconds each turn of the event loop works for (default 6).
    void setSliceMs(int ms) { m_sliceMs = ms; }

Q_SIGNALS:
    // The document has been worked through (isDone()).
    void done();

private:
    void contentsChanged(int position, int removed, int added);
    enum class Recheck
    {
        All,
        Marked
    };

    // The underlines of a block (and the block's state kept with it).
    QList<QTextLayout::FormatRange> marks(const QTextBlock &block);
    // Puts them on the block's layout; true when they changed (then the
    // block must be laid out again: markBlock() does both).
    bool setMarks(const QTextBlock &block);
    void markBlock(const QTextBlock &block);
    void recheck(Recheck which);
    void workThrough();

    QTextDocument *m_document; // the parent
    SpellChecker &m_checker;
    QStringList m_languages;
    bool m_readOnly = false;
    bool m_loading = false;
    int m_typingPosition = -1; // where the last few characters were typed
    int m_cursorPosition = -1;
    QTextCursor m_heldBlock; // a block with a word held back while typed
    std::function<QTextBlock()> m_firstVisible;
    QTextCharFormat m_format;
    // A new document is worked through once it is on the screen.
    static constexpr int afterOpeningMs = 30;
    QTimer m_start;
    QTimer m_work;
    QTextCursor m_passAt;   // the pass over the document: the next block, or none
    QTextCursor m_passStop; // where the pass began
    bool m_passWrapped = false;
    QList<QTextCursor> m_waiting; // blocks with words the dictionary has not answered
    bool m_answered = false;      // answers came for some of them
    int m_sliceMs = 6;
};

} // namespace lectern
