#pragma once

#include <QLabel>

namespace lectern {

// A message that something went wrong, shown above what it is about: the
// text on a tinted, framed background made from the palette (light or dark).
class MessageBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace lectern
