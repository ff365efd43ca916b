#pragma once

// A status-bar message that offers Undo for a while: "Moved “…” to the
// trash. [Undo]".
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QStatusBar;
class QToolButton;

namespace lectern {

class UndoNotice final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int shownMs = 15000;

    // Lives in `bar`, hidden until offer().
    explicit UndoNotice(QStatusBar *bar);
    Q_DISABLE_COPY_MOVE(UndoNotice)

    // Shows `text` with an Undo button that runs `undo` once; a later offer
    // replaces this one.
    void offer(const QString &text, std::function<void()> undo);
    void dismiss();
    QString text() const;
    QToolButton *undoButton() const { return m_undo; }

private:
    QStatusBar *m_bar;
    QLabel *m_text = nullptr;
    QToolButton *m_undo = nullptr;
    QTimer m_timer;
    std::function<void()> m_action;
};

} // namespace lectern
