#include "history/revisionhistorydialog.h"

#include "history/revisiondiff.h"
#include "librarystore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lectern {

namespace {

constexpr int revisionRole = Qt::UserRole + 1;

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RevisionHistoryDialog::RevisionHistoryDialog(LibraryStore &store, Kind kind, const QString &uuid,
                                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_kind(kind)
    , m_uuid(uuid)
{
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Saved"), tr("Size"), tr("What changed next")});
    m_list->headerItem()->setToolTip(
        2, tr("What the following save changed: the fields, and words added and removed."));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Versions"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_diff = new QTextBrowser(this);
    m_diff->setOpenLinks(false);
    m_diff->setAccessibleName(tr("Differences from the current version"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version…"), QDialogButtonBox::ActionRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showSelected(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    QString name;
    if (m_kind == Kind::Article) {
        const Result<Article> article = m_store.article(m_uuid);
        name = article ? article->title : QString();
    } else {
        const Result<University> university = m_store.university(m_uuid);
        name = university ? university->name : QString();
    }
    setWindowTitle(tr("History of “%1”").arg(name));
    resize(1000, 640);
    reload();
}

RevisionHistoryDialog::~RevisionHistoryDialog() = default;

bool RevisionHistoryDialog::reload()
{
    const Result<QList<RevisionEntry>> rows = m_kind == Kind::Article
                                                  ? articleHistory(m_store, m_uuid)
                                                  : universityHistory(m_store, m_uuid);
    m_list->clear();
    if (!rows) {
        m_error->setText(rows.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    QList<QTreeWidgetItem *> items;
    for (const RevisionEntry &row : rows.value()) {
        auto *item = new QTreeWidgetItem;
        item->setData(0, revisionRole, row.revisionId);
        item->setText(0, timeText(row.time));
        item->setToolTip(0, QLocale().toString(row.time.toLocalTime(), QLocale::LongFormat));
        item->setText(1, QLocale().formattedDataSize(row.size));
        if (row.revisionId == 0) {
            item->setText(2, tr("Current version"));
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
        } else if (row.summarized) {
            item->setText(2, row.changes.text());
            item->setToolTip(2, row.changes.text());
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    // The newest earlier version is what people look for first.
    m_list->setCurrentItem(m_list->topLevelItem(items.size() > 1 ? 1 : 0));
    return true;
}

qint64 RevisionHistoryDialog::selectedRevision() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, revisionRole).toLongLong() : 0;
}

void RevisionHistoryDialog::showSelected()
{
    const qint64 revision = selectedRevision();
    m_restore->setEnabled(revision != 0);
    if (!m_list->currentItem()) {
        m_diff->clear();
        return;
    }
    if (revision == 0) {
        const QString text = m_list->topLevelItemCount() > 1
                                 ? tr("This is the current version. Choose an earlier version to "
                                      "see what has changed since.")
                                 : tr("There are no earlier versions yet: every save keeps the "
                                      "version it replaces here.");
        m_diff->setHtml(QLatin1String("<p>") + text.toHtmlEscaped() + QLatin1String("</p>"));
        return;
    }
    QString html;
    QString error;
    if (m_kind == Kind::Article) {
        const Result<Article> older = m_store.articleRevision(revision);
        const Result<Article> current = m_store.article(m_uuid);
        if (older && current)
            html = articleDiffHtml(older.value(), current.value(), &m_store);
        else
            error = older ? current.error() : older.error();
    } else {
        const Result<University> older = m_store.universityRevision(revision);
        const Result<University> current = m_store.university(m_uuid);
        if (older && current)
            html = universityDiffHtml(older.value(), current.value());
        else
            error = older ? current.error() : older.error();
    }
    if (!error.isEmpty())
        html = QLatin1String("<p>") + error.toHtmlEscaped() + QLatin1String("</p>");
    m_diff->setHtml(html);
}

bool RevisionHistoryDialog::restoreSelected()
{
    const qint64 revision = selectedRevision();
    if (revision == 0)
        return false;
    const QString when = m_list->currentItem()->text(0);
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Restore Version"),
        tr("Make the version saved %1 the current one? The current version stays in the "
           "history, so this can be undone.")
            .arg(when),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    QString error;
    if (m_kind == Kind::Article) {
        Result<Article> older = m_store.articleRevision(revision);
        if (older) {
            Article restoredVersion = std::move(older).value();
            restoredVersion.uuid = m_uuid;
            const Result<Article> saved = m_store.saveArticle(restoredVersion);
            error = saved.error();
        } else {
            error = older.error();
        }
    } else {
        Result<University> older = m_store.universityRevision(revision);
        if (older) {
            University restoredVersion = std::move(older).value();
            restoredVersion.uuid = m_uuid;
            const Result<University> saved = m_store.saveUniversity(restoredVersion);
            error = saved.error();
        } else {
            error = older.error();
        }
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Restore Version"),
                             tr("The version could not be restored: %1").arg(error));
        return false;
    }
    reload();
    Q_EMIT restored(m_uuid);
    return true;
}

} // namespace lectern
