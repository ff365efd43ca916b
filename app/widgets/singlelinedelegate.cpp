#include "singlelinedelegate.h"

#include <QApplication>
#include <QPainter>

namespace lectern {

void SingleLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear(); // the style draws the panel, selection and focus only
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (text.isEmpty())
        return;

    // The margin the style keeps around item text (the list has no icons).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = item.rect.adjusted(margin, 0, -margin, 0);
    const QString shown = item.fontMetrics.elidedText(text, item.textElideMode, textRect.width());

    const bool enabled = item.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = !enabled                              ? QPalette::Disabled
                                       : (item.state & QStyle::State_Active) ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const QPalette::ColorRole role =
        item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(item.font);
    painter->setPen(item.palette.color(group, role));
    painter->drawText(textRect, int(item.displayAlignment) | Qt::TextSingleLine, shown);
    painter->restore();
}

} // namespace lectern
