#include "fieldspelling.h"

#include "spellhighlighter.h"
#include "spelling/spellchecker.h"
#include "spellingmenu.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCharFormat>

namespace lectern {

FieldSpelling::FieldSpelling(QLineEdit *field, SpellChecker &checker)
    : QObject(field)
    , m_checker(checker)
    , m_line(field)
{
    field->installEventFilter(this);
    connect(field, &QLineEdit::textChanged, this, &FieldSpelling::updateLine);
    connect(field, &QLineEdit::textEdited, this, [this] { m_typedAt = m_line->cursorPosition(); });
    connect(field, &QLineEdit::cursorPositionChanged, this, [this](int, int now) {
        if (now != m_typedAt && m_typedAt >= 0) {
            m_typedAt = -1; // the word being typed is finished
            updateLine();
        }
    });
    connectChecker();
}

FieldSpelling::FieldSpelling(QPlainTextEdit *field, SpellChecker &checker)
    : QObject(field)
    , m_checker(checker)
    , m_box(field)
    , m_highlighter(new SpellHighlighter(field->document(), checker))
{
    field->viewport()->installEventFilter(this);
    m_highlighter->setFirstVisibleBlock(
        [field] { return field->cursorForPosition(QPoint(0, 0)).block(); });
    connect(field, &QPlainTextEdit::cursorPositionChanged, m_highlighter,
            [this] { m_highlighter->setCursorPosition(m_box->textCursor().position()); });
}

void FieldSpelling::connectChecker()
{
    connect(&m_checker, &SpellChecker::wordsChecked, this, [this](const QString &language) {
        if (m_languages.contains(language))
            updateLine();
    });
    connect(&m_checker, &SpellChecker::wordListChanged, this, &FieldSpelling::updateLine);
    connect(&m_checker, &SpellChecker::enabledChanged, this, &FieldSpelling::updateLine);
}

void FieldSpelling::setLanguages(const QStringList &languages)
{
    m_languages = languages;
    if (m_highlighter)
        m_highlighter->setLanguages(languages);
    else
        updateLine();
}

void FieldSpelling::setReadOnly(bool readOnly)
{
    if (m_highlighter)
        m_highlighter->setReadOnly(readOnly);
    else
        updateLine(); // the line edit says whether it is read-only
}

bool FieldSpelling::isChecking() const
{
    return m_line && !m_line->isReadOnly() && m_line->isEnabled() && m_checker.isEnabled() &&
           !m_languages.isEmpty();
}

void FieldSpelling::updateLine()
{
    if (!m_line)
        return;
    QList<SpellingWord> marked;
    if (isChecking()) {
        const QString text = m_line->text();
        for (const SpellingWord &word : spellingWords(text)) {
            const QStringView piece = QStringView(text).mid(word.start, word.length);
            const QString language = m_checker.languageFor(m_languages, piece);
            if (language.isEmpty() ||
                m_checker.check(language, piece) != SpellChecker::Verdict::Misspelt)
                continue;
            if (m_typedAt >= word.start && m_typedAt <= word.start + word.length)
                continue; // still being typed
            marked.append(word);
        }
    }
    if (marked.isEmpty() && m_marked.isEmpty())
        return;
    // An input method composing a word owns the formats (and would lose its
    // word to ours): the underlines wait for it to finish.
    if (m_composing)
        return;
    m_marked = marked;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
    // Input-method formats are placed relative to the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = m_line->cursorPosition();
    for (const SpellingWord &word : std::as_const(m_marked))
        attributes.append(
            {QInputMethodEvent::TextFormat, int(word.start) - cursor, int(word.length), format});
    QInputMethodEvent event(QString(), attributes);
    m_sending = true;
    QCoreApplication::sendEvent(m_line, &event);
    m_sending = false;
}

QStringList FieldSpelling::markedWords() const
{
    QStringList words;
    if (m_line) {
        const QString text = m_line->text();
        for (const SpellingWord &word : m_marked)
            words.append(text.mid(word.start, word.length));
        return words;
    }
    if (!m_box)
        return words;
    for (QTextBlock block = m_box->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words.append(block.text().mid(range.start, range.length));
        }
    }
    return words;
}

QMenu *FieldSpelling::contextMenuAt(const QPoint &position)
{
    const auto report = [this](const QString &message) {
        Q_EMIT errorOccurred(message);
    };
    if (m_line) {
        QMenu *menu = m_line->createStandardContextMenu();
        if (!isChecking())
            return menu;
        const int at = m_line->cursorPositionAt(position);
        const QString text = m_line->text();
        for (const SpellingWord &word : spellingWords(text)) {
            if (at < word.start || at > word.start + word.length)
                continue;
            const QString piece = text.mid(word.start, word.length);
            const QString language = m_checker.languageFor(m_languages, piece);
            if (language.isEmpty() ||
                m_checker.check(language, piece) != SpellChecker::Verdict::Misspelt)
                break;
            const QPointer<QLineEdit> line = m_line;
            SpellingMenu::addActions(
                menu, m_checker, language, piece,
                [line, word](const QString &suggestion) {
                    if (!line)
                        return;
                    line->setSelection(int(word.start), int(word.length));
                    line->insert(suggestion);
                },
                report);
            break;
        }
        return menu;
    }
    QMenu *menu = m_box->createStandardContextMenu();
    if (m_box->isReadOnly())
        return menu;
    const Misspelling misspelling =
        m_highlighter->misspellingAt(m_box->cursorForPosition(position).position());
    if (misspelling.isValid()) {
        QTextCursor word = misspelling.cursor;
        SpellingMenu::addActions(
            menu, m_checker, misspelling.language, misspelling.word,
            [word](const QString &suggestion) mutable { word.insertText(suggestion); }, report);
    }
    return menu;
}

bool FieldSpelling::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QMenu *menu = contextMenuAt(menuEvent->pos());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(menuEvent->globalPos());
        return true;
    }
    if (event->type() == QEvent::InputMethod && watched == m_line && !m_sending) {
        const auto *input = static_cast<QInputMethodEvent *>(event);
        const bool composing = !input->preeditString().isEmpty();
        if (std::exchange(m_composing, composing) && !composing)
            QMetaObject::invokeMethod(this, &FieldSpelling::updateLine, Qt::QueuedConnection);
    }
    if (event->type() == QEvent::FocusOut && watched == m_line && m_typedAt >= 0) {
        m_typedAt = -1; // leaving the field finishes the word
        updateLine();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lectern
