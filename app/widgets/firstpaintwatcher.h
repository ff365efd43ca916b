#pragma once

#include <QObject>

namespace lectern {

// Quits the application once a widget has painted for the first time: the
// benchmark's "start to list painted" measures a whole process this way.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintWatcher(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace lectern
