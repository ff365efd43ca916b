#include "articlepicker.h"

#include "librarystore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lectern {

namespace {

constexpr int pickerRows = 50;
constexpr int typingDelayMs = 150;

} // namespace

ArticlePicker::ArticlePicker(const LibraryStore &store, const QStringList &excluded,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_excluded(excluded)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Words of the title or text"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Articles"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Find an article:"), this);
    label->setBuddy(m_search);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 420);

    m_delay.setSingleShot(true);
    m_delay.setInterval(typingDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &ArticlePicker::refresh);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_delay.start(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
    };
    connect(m_list, &QListWidget::currentRowChanged, this, updateOk);
    refresh();
    updateOk();
}

void ArticlePicker::refresh()
{
    ArticleFilter filter;
    filter.text = m_search->text();
    const ArticleSort sort{ArticleSortColumn::Updated, Qt::DescendingOrder};
    // A few more than shown, so excluded articles do not shorten the page.
    const auto rows = m_store.articlePage(filter, sort, nullptr, pickerRows + m_excluded.size());
    m_list->clear();
    if (!rows) {
        m_list->addItem(rows.error());
        m_list->item(0)->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const ArticleSummary &row : rows.value()) {
        if (m_excluded.contains(row.uuid) || m_list->count() >= pickerRows)
            continue;
        auto *item = new QListWidgetItem(row.title.isEmpty() ? tr("(untitled)")
                                                             : row.title + QLatin1String("  ·  ") +
                                                                   languageName(row.language),
                                         m_list);
        item->setData(Qt::UserRole, row.uuid);
        item->setData(Qt::UserRole + 1, row.title);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString ArticlePicker::selectedUuid() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ArticlePicker::selectedTitle() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

QString ArticlePicker::pick(const LibraryStore &store, const QStringList &excluded, QWidget *parent,
                            const QString &title)
{
    ArticlePicker picker(store, excluded, parent);
    picker.setWindowTitle(title);
    if (picker.exec() != QDialog::Accepted)
        return {};
    return picker.selectedUuid();
}

} // namespace lectern
