#include "firstpaintwatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace lectern {

FirstPaintWatcher::FirstPaintWatcher(QWidget *widget, std::function<void()> action)
    : QObject(widget)
    , m_action(std::move(action))
{
    widget->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // After this paint is finished and flushed to the screen.
        if (m_action) {
            QTimer::singleShot(0, this, [this] {
                m_action();
                deleteLater();
            });
        } else {
            QTimer::singleShot(0, qApp, [] {
                // The benchmark compares this with when it started the process
                // (both on the monotonic clock): work done after the paint and
                // the process's exit are not part of "start to painted".
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::printf("painted-at-ns %lld\n",
                            static_cast<long long>(
                                std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }
    return false;
}

} // namespace lectern
