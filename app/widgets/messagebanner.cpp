#include "messagebanner.h"

#include "semanticcolours.h"

#include <QPainter>
#include <QStyle>

namespace lectern {

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setContentsMargins(8, 8, 8, 8);
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    // Painted, not styled: a style sheet would fix the colours when it is
    // set, and the palette may turn dark later.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor background = meaningBackground(palette(), Meaning::Error);
    const QColor text = meaningText(palette(), Meaning::Error);
    QColor border = text;
    border.setAlphaF(0.35f);
    painter.setPen(border);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QPalette shown = palette();
    shown.setColor(QPalette::WindowText, text);
    style()->drawItemText(&painter, contentsRect(), int(alignment()) | Qt::TextWordWrap, shown,
                          isEnabled(), this->text(), QPalette::WindowText);
}

} // namespace lectern
