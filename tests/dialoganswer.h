#pragma once

// Answers the next modal message box (or file dialog) from inside its own
// event loop, so a test never waits for a human. Shared by the history,
// trash, university editor and library tests.
#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
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

// Calls `respond` with the next modal widget that is a `Dialog`, from inside
// its event loop; gives up after ten seconds with no dialog open (the test
// checks `asked`).
template <typename Dialog, typename Respond>
std::shared_ptr<MessageBoxAnswer> answerNextModal(Respond respond)
{
    auto answer = std::make_shared<MessageBoxAnswer>();
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, respond, tries] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<Dialog *>(modal);
        if (!dialog) {
            // Waiting behind another dialog (the question before a file
            // dialog) is no try: on a busy machine it may take seconds.
            if (!modal && ++*tries > 1000)
                timer->deleteLater();
            return;
        }
        answer->asked = true;
        timer->stop();
        timer->deleteLater();
        answer->text = respond(dialog);
    });
    timer->start();
    return answer;
}

// Clicks the button of `role` (AcceptRole also matches YesRole and
// DestructiveRole) in the next message box; returns what it saw.
inline std::shared_ptr<MessageBoxAnswer> answerNextMessageBox(QMessageBox::ButtonRole role)
{
    return answerNextModal<QMessageBox>([role](QMessageBox *box) {
        const QString text = box->text();
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
        return text;
    });
}

// Chooses `path` in the next file dialog (Qt's own: the offscreen platform
// has no native one), or cancels it when `path` is empty.
inline std::shared_ptr<MessageBoxAnswer> answerNextFileDialog(const QString &path)
{
    return answerNextModal<QFileDialog>([path](QFileDialog *dialog) {
        const QString title = dialog->windowTitle();
        if (path.isEmpty()) {
            dialog->reject();
        } else {
            // The name typed in, as a user would, then the dialog closed as
            // accepted. Not through QFileDialog::accept(): it checks the
            // name against its file system model, which a thread fills, and
            // on a busy machine it could find the folder not read yet and
            // stay open for ever (tst_libraryswitch hung there in CI).
            dialog->selectFile(path);
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            static_cast<QDialog *>(dialog)->done(QDialog::Accepted);
        }
        return title;
    });
}

} // namespace lectern::test
