#pragma once

// Answers the next modal message box from inside its own event loop, so a
// test never waits for a human. Shared by the history, trash and university
// editor tests.
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace lectern::test {

struct MessageBoxAnswer
{
    QString text; // the question that was asked
    bool asked = false;
};

// Clicks the button of `role` (AcceptRole also matches YesRole and
// DestructiveRole) in the next message box; returns what it saw.
inline std::shared_ptr<MessageBoxAnswer> answerNextMessageBox(QMessageBox::ButtonRole role)
{
    auto answer = std::make_shared<MessageBoxAnswer>();
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, role, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 500)
                timer->deleteLater(); // never asked: the test checks answer->asked
            return;
        }
        answer->asked = true;
        answer->text = box->text();
        for (QAbstractButton *button : box->buttons()) {
            const QMessageBox::ButtonRole buttonRole = box->buttonRole(button);
            const bool accept = buttonRole == QMessageBox::AcceptRole ||
                                buttonRole == QMessageBox::YesRole ||
                                buttonRole == QMessageBox::DestructiveRole;
            if (buttonRole == role || (role == QMessageBox::AcceptRole && accept)) {
                button->click();
                break;
            }
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
    return answer;
}

} // namespace lectern::test
