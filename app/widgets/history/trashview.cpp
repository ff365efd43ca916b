#include "history/trashview.h"

#include "history/trashmodel.h"
#include "icons.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace lectern {

namespace {

// Deleting for good is named on its button, never a bare "Yes".
bool confirmDeletion(QWidget *parent, const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    QPushButton *remove = box.addButton(title, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace

TrashView::TrashView(LibraryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new TrashModel(store, this))
{
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Trash"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TrashModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TrashModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TrashModel::TrashedColumn,
                                           QHeaderView::ResizeToContents);

    m_restore = new QAction(themeIcon(QStringLiteral("edit-undo")), tr("&Restore"), this);
    m_restore->setToolTip(tr("Put the selected items back where they were"));
    m_delete =
        new QAction(themeIcon(QStringLiteral("edit-delete")), tr("&Delete Permanently…"), this);
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_empty = new QAction(themeIcon(QStringLiteral("trash-empty")), tr("&Empty Trash…"), this);
    addAction(m_delete);
    connect(m_restore, &QAction::triggered, this, [this] { restoreSelected(); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelected(); });
    connect(m_empty, &QAction::triggered, this, [this] { emptyTrash(); });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_restore);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_empty);

    m_summary = new QLabel(this);
    m_summary->setContentsMargins(6, 2, 6, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QWidget::customContextMenuRequested, this, &TrashView::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrashView::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString uuid = current.data(TrashModel::UuidRole).toString();
                if (current.data(TrashModel::IsUniversityRole).toBool())
                    Q_EMIT universitySelected(uuid);
                else
                    Q_EMIT articleSelected(uuid);
            });
    updateActions();
}

void TrashView::reload()
{
    if (Status status = m_model->reload(); !status)
        Q_EMIT errorOccurred(status.error());
    updateActions();
}

QList<TrashedItem> TrashView::selectedItems() const
{
    QList<TrashedItem> items;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        items.append(m_model->itemAt(row.row()));
    return items;
}

void TrashView::updateActions()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_restore->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_empty->setEnabled(m_model->rowCount() > 0);
    const int articles = m_model->articleCount();
    const int universities = m_model->universityCount();
    if (articles + universities == 0) {
        m_summary->setText(tr("The trash is empty."));
    } else if (universities == 0) {
        m_summary->setText(tr("%n article(s) in the trash.", nullptr, articles));
    } else if (articles == 0) {
        m_summary->setText(tr("%n university(ies) in the trash.", nullptr, universities));
    } else {
        //: %1 is "3 articles", %2 is "1 university"
        m_summary->setText(tr("In the trash: %1 and %2.")
                               .arg(tr("%n article(s)", nullptr, articles),
                                    tr("%n university(ies)", nullptr, universities)));
    }
}

void TrashView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_restore);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_empty);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

bool TrashView::restoreSelected()
{
    const QList<TrashedItem> items = selectedItems();
    if (items.isEmpty())
        return false;
    if (Status status = m_store.restoreFromTrash(items); !status) {
        Q_EMIT errorOccurred(status.error());
        return false;
    }
    reload();
    Q_EMIT trashChanged();
    return true;
}

bool TrashView::deleteSelected()
{
    const QList<TrashedItem> items = selectedItems();
    if (items.isEmpty())
        return false;
    const QString question =
        items.size() == 1
            ? tr("Delete “%1” for good? This cannot be undone.").arg(items.first().title)
            : tr("Delete the %n selected item(s) for good? This cannot be undone.", nullptr,
                 int(items.size()));
    if (!confirmDeletion(this, tr("Delete Permanently"), question))
        return false;
    if (Status status = m_store.deletePermanently(items); !status) {
        Q_EMIT errorOccurred(status.error());
        return false;
    }
    reload();
    Q_EMIT trashChanged();
    return true;
}

bool TrashView::emptyTrash()
{
    const int count = m_model->rowCount();
    if (count == 0)
        return false;
    if (!confirmDeletion(this, tr("Empty Trash"),
                         tr("Delete the %n item(s) in the trash for good? This cannot be undone.",
                            nullptr, count)))
        return false;
    if (const Result<int> removed = m_store.emptyTrash(); !removed) {
        Q_EMIT errorOccurred(removed.error());
        return false;
    }
    reload();
    Q_EMIT trashChanged();
    return true;
}

} // namespace lectern
