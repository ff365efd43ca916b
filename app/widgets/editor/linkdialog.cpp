#include "linkdialog.h"

#include "articlehtml.h"
#include "librarystore.h"
#include "searchresultsmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern {

ArticlePickerDialog::ArticlePickerDialog(const LibraryStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_query(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_model(new SearchResultsModel(this))
{
    setWindowTitle(tr("Link to an Article"));
    m_query->setPlaceholderText(tr("Search articles"));
    m_query->setAccessibleName(tr("Search articles"));
    m_query->setClearButtonEnabled(true);
    m_results->setModel(m_model);
    m_results->setAccessibleName(tr("Articles"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(480, 420);

    // Results follow the typing, a moment after it stops.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(debounce, &QTimer::timeout, this, &ArticlePickerDialog::search);
    connect(m_query, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        search();
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0));
    });
    connect(m_results, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
}

void ArticlePickerDialog::setQuery(const QString &query)
{
    m_query->setText(query);
    search();
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
}

void ArticlePickerDialog::search()
{
    const QString query = m_query->text().trimmed();
    QList<SearchHit> hits;
    if (query.isEmpty()) {
        // The most recently updated articles, before anything is typed.
        const auto page = m_store.articlePage({}, {}, nullptr, 50);
        if (page) {
            for (const ArticleSummary &summary : page.value())
                hits.append({summary.uuid, summary.title, {}, 0});
        }
    } else if (const auto found = m_store.search(query, 50)) {
        hits = found.value();
    }
    m_model->setHits(hits);
}

QString ArticlePickerDialog::selectedUuid() const
{
    const QModelIndex index = m_results->currentIndex();
    return index.isValid() ? index.data(SearchResultsModel::UuidRole).toString() : QString();
}

QString ArticlePickerDialog::selectedTitle() const
{
    const QModelIndex index = m_results->currentIndex();
    return index.isValid() ? m_model->hits().value(index.row()).title : QString();
}

LinkDialog::LinkDialog(const LibraryStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_text(new QLineEdit(this))
    , m_address(new QLineEdit(this))
{
    setWindowTitle(tr("Link"));
    m_address->setPlaceholderText(QStringLiteral("https://"));
    auto *article = new QPushButton(tr("&Article…"), this);
    article->setToolTip(tr("Link to another article of the library"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(article);
    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("A&ddress:"), addressRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_address, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(article, &QPushButton::clicked, this, &LinkDialog::pickArticle);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LinkDialog::setText(const QString &text)
{
    m_text->setText(text);
}

void LinkDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

QString LinkDialog::text() const
{
    return m_text->text();
}

QString LinkDialog::address() const
{
    return m_address->text().trimmed();
}

void LinkDialog::pickArticle()
{
    ArticlePickerDialog picker(m_store, this);
    if (pickerHook)
        pickerHook(picker);
    else if (picker.exec() != QDialog::Accepted)
        return;
    const QString uuid = picker.selectedUuid();
    if (uuid.isEmpty())
        return;
    m_address->setText(articleUrl(uuid).toString());
    if (m_text->text().isEmpty())
        m_text->setText(picker.selectedTitle());
}

} // namespace lectern
