#include "snippetdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace lectern {

namespace {

constexpr int padding = 6;
constexpr int snippetLines = 2;

} // namespace

SnippetDelegate::SnippetDelegate(int snippetRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_snippetRole(snippetRole)
{
}

qreal SnippetDelegate::visibleHeight(QTextDocument &snippet, qreal room)
{
    // Whole lines only, two at most: every row then shows the same amount
    // whatever its script (Chinese lines are taller than Latin ones), and
    // never the top half of a third line.
    (void)snippet.size(); // lays the lines out
    qreal bottom = 0;
    int lines = 0;
    for (QTextBlock block = snippet.begin(); block.isValid() && lines < snippetLines;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount() && lines < snippetLines; ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal lineBottom = layout->position().y() + line.y() + line.height();
            if (lineBottom > room)
                return lines == 0 ? room : bottom;
            bottom = lineBottom;
            ++lines;
        }
    }
    return lines == 0 ? room : bottom;
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
    const qreal snippetHeight = visibleHeight(snippet, area.height() - titleMetrics.height());
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
