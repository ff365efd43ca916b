#include "relatedpanel.h"

#include "article.h"
#include "articlehtml.h"
#include "readinglistspanel.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace lectern {

namespace {

constexpr int uuidRole = Qt::UserRole + 1;
constexpr int reasonsRole = Qt::UserRole + 2;
constexpr int padding = 6;

// A suggestion on as many lines as its reasons need at the panel's width
// (Ukrainian reasons are long, and the dock is narrow): the title in bold on
// one line, elided (the tooltip has it whole), then the reasons wrapped.
class SuggestionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QRect area = opt.rect.adjusted(padding, padding / 2, -padding, -padding / 2);
        painter->save();
        QFont titleFont = opt.font;
        titleFont.setBold(true);
        const QFontMetrics titleMetrics(titleFont);
        painter->setFont(titleFont);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
        painter->setFont(opt.font);
        if (!selected)
            painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(area.adjusted(0, titleMetrics.height(), 0, 0),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          index.data(reasonsRole).toString());
        // The keyboard's place, whatever the style draws (Fusion draws none
        // until a key has moved the focus).
        if ((opt.state & QStyle::State_HasFocus) && opt.widget && opt.widget->hasFocus()) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(
                opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(opt.rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // As wide as the view shows (no horizontal scrolling), the reasons
        // wrapped at the width paint() gives them.
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        const int width = std::max(80, view ? view->viewport()->width() : option.rect.width());
        QFont titleFont = option.font;
        titleFont.setBold(true);
        const QRect reasons =
            QFontMetrics(option.font)
                .boundingRect(QRect(0, 0, width - 2 * padding, 100000),
                              Qt::AlignLeft | Qt::TextWordWrap, index.data(reasonsRole).toString());
        return {width, QFontMetrics(titleFont).height() + reasons.height() + padding};
    }
};

} // namespace

RelatedPanel::RelatedPanel(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_suggestionsArea(new QWidget(m_splitter))
    , m_translations(new QLabel(m_suggestionsArea))
    , m_empty(new QLabel(m_suggestionsArea))
    , m_list(new QListView(m_suggestionsArea))
    , m_model(new QStandardItemModel(this))
{
    m_translations->setWordWrap(true);
    m_translations->setTextFormat(Qt::RichText);
    m_translations->setAccessibleName(tr("Other languages"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SuggestionDelegate(m_list));
    // Rows are as tall as their wrapped reasons, measured again on resize.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Related articles"));
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *area = new QVBoxLayout(m_suggestionsArea);
    area->setContentsMargins(6, 6, 6, 6);
    area->addWidget(m_translations);
    area->addWidget(m_list, 1);
    area->addWidget(m_empty);
    area->addStretch();
    m_splitter->addWidget(m_suggestionsArea);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_translations, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT articleActivated(pageUuid(QUrl(link))); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT articleActivated(index.data(uuidRole).toString());
    });
    connect(m_list, &QListView::customContextMenuRequested, this, &RelatedPanel::showContextMenu);
    clear();
}

void RelatedPanel::setReadingLists(ReadingListsPanel *lists)
{
    m_readingLists = lists;
    m_splitter->addWidget(lists);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    fitCompactHeight();
}

void RelatedPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const QString uuid = index.data(uuidRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, uuid] { Q_EMIT articleActivated(uuid); });
    if (m_readingLists && m_readingLists->view()->dragDropMode() != QAbstractItemView::NoDragDrop) {
        QMenu *add = menu.addMenu(tr("&Add to Reading List"));
        m_readingLists->fillAddMenu(add, uuid);
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void RelatedPanel::clear()
{
    fill({}, {});
    m_empty->setText(tr("Open an article to see related articles."));
    setCompact(true);
}

void RelatedPanel::showUnsaved()
{
    fill({}, {});
    m_empty->setText(tr("Related articles are suggested once this article is saved."));
    setCompact(true);
}

void RelatedPanel::setCompact(bool compact)
{
    if (compact == m_compact) {
        if (compact)
            fitCompactHeight();
        return;
    }
    m_compact = compact;
    if (m_splitter->count() < 2)
        return; // nothing else to give the room to
    if (compact) {
        // Sizes of a splitter never shown are not the user's; keep the last.
        if (m_splitter->isVisible())
            m_roomySizes = m_splitter->sizes();
        fitCompactHeight();
        return;
    }
    m_suggestionsArea->setMaximumHeight(QWIDGETSIZE_MAX);
    int total = 0;
    for (int size : std::as_const(m_roomySizes))
        total += size;
    if (total <= 0) {
        // Never laid out while roomy (the window opened on Home): the
        // splitter's own proportions, 3 : 2.
        total = std::max(0, m_splitter->height() - m_splitter->handleWidth());
        m_roomySizes = {total * 3 / 5, total - total * 3 / 5};
    }
    m_splitter->setSizes(m_roomySizes);
}

void RelatedPanel::fitCompactHeight()
{
    if (!m_compact || m_splitter->count() < 2)
        return;
    // As tall as the hint wrapped at the panel's width, no taller.
    const QMargins margins = m_suggestionsArea->layout()->contentsMargins();
    const int available = std::max(120, width() - margins.left() - margins.right());
    m_suggestionsArea->setMaximumHeight(m_empty->heightForWidth(available) + margins.top() +
                                        margins.bottom());
}

void RelatedPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCompactHeight();
}

void RelatedPanel::showSuggestions(const QList<Translation> &translations,
                                   const QList<Suggestion> &suggestions)
{
    fill(translations, suggestions);
    m_empty->setText(tr("No related articles. Link some in the editor, or give the article "
                        "tags shared with others."));
    setCompact(false);
}

void RelatedPanel::fill(const QList<Translation> &translations,
                        const QList<Suggestion> &suggestions)
{
    QStringList links;
    for (const Translation &t : translations) {
        links.append(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(articleUrl(t.uuid).toString(), languageName(t.language).toHtmlEscaped()));
    }
    m_translations->setText(
        links.isEmpty() ? QString() : tr("Also in: %1").arg(links.join(QStringLiteral(" · "))));
    m_translations->setVisible(!links.isEmpty());

    m_model->clear();
    for (const Suggestion &s : suggestions) {
        auto *item = new QStandardItem(s.title);
        item->setData(s.uuid, uuidRole);
        item->setData(s.reasons, reasonsRole);
        item->setToolTip(s.reasons.isEmpty() ? s.title : s.title + QLatin1Char('\n') + s.reasons);
        m_model->appendRow(item);
    }
    m_list->setVisible(!suggestions.isEmpty());
    m_empty->setVisible(suggestions.isEmpty());
}

} // namespace lectern
