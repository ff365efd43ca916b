#include "relatedpanel.h"

#include "article.h"
#include "articlehtml.h"
#include "snippetdelegate.h"

#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace lectern {

namespace {

constexpr int uuidRole = Qt::UserRole + 1;
constexpr int reasonsRole = Qt::UserRole + 2;

} // namespace

RelatedPanel::RelatedPanel(QWidget *parent)
    : QWidget(parent)
    , m_translations(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
{
    m_translations->setWordWrap(true);
    m_translations->setTextFormat(Qt::RichText);
    m_translations->setAccessibleName(tr("Other languages"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No related articles. Link some in the editor, or give the article "
                        "tags shared with others."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SnippetDelegate(reasonsRole, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Related articles"));
    m_list->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_translations);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addStretch();

    connect(m_translations, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT articleActivated(pageUuid(QUrl(link))); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT articleActivated(index.data(uuidRole).toString());
    });
    clear();
}

void RelatedPanel::clear()
{
    // Not an article (Home, a university): nothing to suggest, nothing to say.
    showSuggestions({}, {});
    m_empty->hide();
}

void RelatedPanel::showSuggestions(const QList<Translation> &translations,
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
        item->setData(s.reasons.toHtmlEscaped(), reasonsRole);
        item->setToolTip(s.reasons);
        m_model->appendRow(item);
    }
    m_list->setVisible(!suggestions.isEmpty());
    m_empty->setVisible(suggestions.isEmpty());
}

} // namespace lectern
