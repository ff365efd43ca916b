#include "findreplacebar.h"

#include "editing/textformatting.h"
#include "icons.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QToolButton>

namespace lectern {

FindReplaceBar::FindReplaceBar(QTextEdit *edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setIcon(themeIcon(QStringLiteral("window-close")));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    auto *replaceOne = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace &All"), m_replaceRow);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_caseSensitive);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceEvery);
    replaceRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_status->clear(); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(replaceOne, &QPushButton::clicked, this, [this] { replaceCurrent(); });
    connect(replaceEvery, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_edit->setFocus();
    });
    hide();
}

QString FindReplaceBar::status() const
{
    return m_status->text();
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible && !m_edit->isReadOnly());
}

void FindReplaceBar::showFind()
{
    setReplaceVisible(false);
    show();
    const QString selected = m_edit->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

bool FindReplaceBar::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (backward)
        flags |= QTextDocument::FindBackward;
    QTextDocument *document = m_edit->document();
    QTextCursor found = document->find(text, m_edit->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around once.
        QTextCursor start(document);
        if (backward)
            start.movePosition(QTextCursor::End);
        found = document->find(text, start, flags);
    }
    if (found.isNull()) {
        m_status->setText(tr("No matches"));
        return false;
    }
    m_status->clear();
    m_edit->setTextCursor(found);
    m_edit->ensureCursorVisible();
    return true;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_edit->isReadOnly())
        return false;
    QTextCursor cursor = m_edit->textCursor();
    const Qt::CaseSensitivity sensitivity =
        m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (cursor.hasSelection() && cursor.selectedText().compare(m_find->text(), sensitivity) == 0) {
        cursor.insertText(m_replace->text());
        m_edit->setTextCursor(cursor);
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    if (m_edit->isReadOnly())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    const int count =
        lectern::replaceAll(m_edit->document(), m_find->text(), m_replace->text(), flags);
    m_status->setText(count == 0 ? tr("No matches") : tr("%n replaced", nullptr, count));
    return count;
}

bool FindReplaceBar::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->matches(QKeySequence::Find)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_edit->setFocus();
        return;
    }
    if (event->matches(QKeySequence::Find)) {
        m_find->setFocus();
        m_find->selectAll();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        findNext(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace lectern
