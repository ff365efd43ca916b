#include "undonotice.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QToolButton>

namespace lectern {

UndoNotice::UndoNotice(QStatusBar *bar)
    : QWidget(bar)
    , m_bar(bar)
{
    setObjectName(QStringLiteral("undoNotice"));
    m_text = new QLabel(this);
    m_undo = new QToolButton(this);
    m_undo->setText(tr("&Undo"));
    m_undo->setIcon(themeIcon(QStringLiteral("edit-undo")));
    m_undo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_undo->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_undo);
    layout->addStretch();
    bar->addWidget(this, 1);
    hide();

    m_timer.setSingleShot(true);
    m_timer.setInterval(shownMs);
    connect(&m_timer, &QTimer::timeout, this, &UndoNotice::dismiss);
    connect(m_undo, &QToolButton::clicked, this, [this] {
        const std::function<void()> action = std::exchange(m_action, {});
        dismiss();
        if (action)
            action();
    });
}

void UndoNotice::offer(const QString &text, std::function<void()> undo)
{
    m_bar->clearMessage(); // a temporary message would hide the notice
    m_text->setText(text);
    m_action = std::move(undo);
    show();
    m_timer.start();
}

void UndoNotice::dismiss()
{
    m_timer.stop();
    m_action = {};
    hide();
}

QString UndoNotice::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace lectern
