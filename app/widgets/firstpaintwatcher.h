#pragma once

#include <QObject>

#include <functional>

namespace lectern {

// Runs an action once a widget has painted for the first time and that paint
// has reached the screen: work the first view does not need waits for it.
// By default it quits the application: the benchmark's "start to list
// painted" measures a whole process this way.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintWatcher(QWidget *widget, std::function<void()> action = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_action;
    bool m_done = false;
};

} // namespace lectern
