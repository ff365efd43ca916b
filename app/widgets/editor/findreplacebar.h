#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;
class QToolButton;

namespace lectern {

// Find and replace inside the editor: Ctrl+F shows the find field, Ctrl+H
// the replace field too; Enter finds the next match, Shift+Enter the
// previous one; Replace All is one undo step.
class FindReplaceBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QTextEdit *edit, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backward = false);
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QString status() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void setReplaceVisible(bool visible);

    QTextEdit *m_edit;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace lectern
