#pragma once

#include <QStyledItemDelegate>

namespace lectern {

// Draws each cell of the article list as one elided line. The style's own
// item painting lays the text out three times per cell (to size it, to place
// it, to elide it); with 60 rows of mixed Chinese, Ukrainian and English
// titles that was most of the window's first paint. Selection, focus and
// alternating rows are still the style's.
class SingleLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace lectern
