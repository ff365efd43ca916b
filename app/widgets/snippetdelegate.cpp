#include "snippetdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace lectern {

namespace {

constexpr int padding = 6;

} // namespace

SnippetDelegate::SnippetDelegate(int snippetRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_snippetRole(snippetRole)
{
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(padding, padding / 2, -padding, -padding / 2);

    painter->save();
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QFontMetrics titleMetrics(titleFont);
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));

    QTextDocument snippet;
    snippet.setDocumentMargin(0);
    snippet.setDefaultFont(opt.font);
    snippet.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(text.name()));
    snippet.setHtml(index.data(m_snippetRole).toString());
    snippet.setTextWidth(area.width());
    const int snippetHeight = area.height() - titleMetrics.height();
    painter->translate(area.left(), area.top() + titleMetrics.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    context.clip = QRectF(0, 0, area.width(), snippetHeight);
    painter->setClipRect(context.clip);
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Uniform rows: a title line and two snippet lines (rich text lines are
    // a little taller than the font's own spacing).
    const QFontMetrics metrics(option.font);
    return {200, metrics.lineSpacing() * 3 + metrics.lineSpacing() / 2 + padding * 2};
}

} // namespace lectern
