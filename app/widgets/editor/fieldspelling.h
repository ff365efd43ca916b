#pragma once

#include "spelling/spellingwords.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPoint;

namespace lectern {

class SpellChecker;
class SpellHighlighter;

// Spell checking of a plain field beside the editor (an article's title and
// summary): misspelt words underlined as in the text, and the same context
// menu. A line edit has no formats of its own: the underlines are handed to
// it as input-method formatting, which it draws without changing its text.
class FieldSpelling final : public QObject
{
    Q_OBJECT

public:
    FieldSpelling(QLineEdit *field, SpellChecker &checker);
    FieldSpelling(QPlainTextEdit *field, SpellChecker &checker);

    void setLanguages(const QStringList &languages);
    // Read-only fields are not checked.
    void setReadOnly(bool readOnly);
    // The words underlined now.
    QStringList markedWords() const;
    // The field's context menu at `position` (the line edit's coordinates,
    // or the text box's viewport's).
    QMenu *contextMenuAt(const QPoint &position);

Q_SIGNALS:
    // "Add to Dictionary" could not write the word list.
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectChecker();
    void updateLine();
    bool isChecking() const;

    SpellChecker &m_checker;
    QPointer<QLineEdit> m_line;
    QPointer<QPlainTextEdit> m_box;
    SpellHighlighter *m_highlighter = nullptr; // the box's
    QStringList m_languages;
    QList<SpellingWord> m_marked; // the line's
    int m_typedAt = -1;           // the line's cursor after the last edit
    bool m_composing = false;     // an input method is composing a word in the line
    bool m_sending = false;       // the input-method event is ours
};

} // namespace lectern
