#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace lectern {

// A line above the window's content that says something lasting about the
// library ("This library can only be read: …"), with an optional button.
class NoticeBar final : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text, const QString &actionText = {},
                    std::function<void()> action = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

private:
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_callback;
};

} // namespace lectern
