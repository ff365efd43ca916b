#include "readinglistspanel.h"

#include "elidedcombobox.h"
#include "librarystore.h"
#include "related/readinglistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lectern {

namespace {

// Rows no wider than the view, so a long title ends in "…" (the tooltip has
// it whole) instead of running under the edge behind a horizontal scroll bar.
class ElidedRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize hint = QStyledItemDelegate::sizeHint(option, index);
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            hint.setWidth(std::min(hint.width(), std::max(40, view->viewport()->width())));
        return hint;
    }
};

} // namespace

ReadingListsPanel::ReadingListsPanel(LibraryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_chooser(new ElidedComboBox(this))
    , m_menuButton(new QToolButton(this))
    , m_view(new QListView(this))
{
    m_askName = [this](const QString &title, const QString &label, const QString &proposed) {
        return QInputDialog::getText(this, title, label, QLineEdit::Normal, proposed).trimmed();
    };
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    };

    auto *heading = new QLabel(tr("Reading lists"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_chooser->setAccessibleName(tr("Reading list"));
    // Long list names ("Рекомендоване читання (12)") must not widen the dock.
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(10);

    m_addCurrent = new QAction(tr("&Add Article to Reading List"), this);
    m_addCurrent->setToolTip(tr("Add the open article to the list shown"));
    m_newList = new QAction(tr("&New Reading List…"), this);
    m_renameList = new QAction(tr("&Rename Reading List…"), this);
    m_deleteList = new QAction(tr("&Delete Reading List"), this);
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(m_addCurrent);
    menu->addSeparator();
    menu->addAction(m_newList);
    menu->addAction(m_renameList);
    menu->addAction(m_deleteList);
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setText(tr("Lists"));
    m_menuButton->setToolTip(tr("Add the article, create, rename or delete lists"));
    m_menuButton->setAccessibleName(tr("Reading list actions"));
    // Room for the menu arrow beside the text: Fusion counts it short, and
    // "Списки" lost its last letter under it.
    m_menuButton->setMinimumWidth(
        m_menuButton->fontMetrics().horizontalAdvance(m_menuButton->text()) +
        m_menuButton->style()->pixelMetric(QStyle::PM_MenuButtonIndicator) + 16);

    qint64 first = 0;
    if (const Result<QList<ReadingList>> lists = m_store.readingLists(); lists && !lists->isEmpty())
        first = lists->first().id;
    m_model = new ReadingListModel(m_store, first, this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Articles in the reading list"));
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegate(new ElidedRowDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows are measured again at the new width when the dock is resized.
    m_view->setResizeMode(QListView::Adjust);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_chooser, 1);
    top->addWidget(m_menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_chooser, &QComboBox::activated, this,
            [this](int index) { showList(m_chooser->itemData(index).toLongLong()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT articleActivated(index.data(ReadingListModel::UuidRole).toString());
    });
    connect(m_view, &QListView::customContextMenuRequested, this,
            &ReadingListsPanel::showContextMenu);
    connect(m_model, &ReadingListModel::errorOccurred, this, &ReadingListsPanel::errorOccurred);
    // Drops and removals change the counts shown in the chooser and on Home.
    const auto changed = [this] {
        fillChooser(currentListId());
        Q_EMIT listsChanged();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, changed] {
        if (!m_resetting)
            changed();
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);

    connect(m_addCurrent, &QAction::triggered, this,
            [this] { addToList(currentListId(), m_currentArticle); });
    connect(m_newList, &QAction::triggered, this, [this] {
        const QString name = m_askName(tr("New Reading List"), tr("Name of the new list:"), {});
        if (!name.isEmpty())
            createList(name);
    });
    connect(m_renameList, &QAction::triggered, this, [this] {
        const QString name = m_askName(tr("Rename Reading List"), tr("New name of the list:"),
                                       m_chooser->currentData(Qt::UserRole + 1).toString());
        if (!name.isEmpty())
            renameCurrentList(name);
    });
    connect(m_deleteList, &QAction::triggered, this, [this] {
        const QString name = m_chooser->currentData(Qt::UserRole + 1).toString();
        if (m_confirm(
                tr("Delete Reading List"),
                tr("Delete the reading list “%1”? Its articles stay in the library.").arg(name)))
            deleteCurrentList();
    });

    fillChooser(first);
}

bool ReadingListsPanel::check(const QString &error)
{
    if (error.isEmpty())
        return true;
    Q_EMIT errorOccurred(error);
    return false;
}

void ReadingListsPanel::fillChooser(qint64 select)
{
    const Result<QList<ReadingList>> lists = m_store.readingLists();
    if (!lists) {
        check(lists.error());
        return;
    }
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const ReadingList &list : lists.value()) {
        m_chooser->addItem(tr("%1 (%2)").arg(list.displayName()).arg(list.count), list.id);
        m_chooser->setItemData(m_chooser->count() - 1, list.displayName(), Qt::UserRole + 1);
        m_chooser->setItemData(m_chooser->count() - 1, list.recommended, Qt::UserRole + 2);
        m_chooser->setItemData(m_chooser->count() - 1, list.displayName(), Qt::ToolTipRole);
    }
    const int at = m_chooser->findData(select);
    m_chooser->setCurrentIndex(at >= 0 ? at : 0);
    updateActions();
}

void ReadingListsPanel::updateActions()
{
    const bool any = m_chooser->count() > 0;
    const bool recommended = m_chooser->currentData(Qt::UserRole + 2).toBool();
    m_addCurrent->setEnabled(any && !m_currentArticle.isEmpty() && !m_readOnly);
    m_addCurrent->setVisible(!m_readOnly);
    m_newList->setVisible(!m_readOnly);
    m_renameList->setVisible(!m_readOnly);
    m_renameList->setEnabled(any);
    m_deleteList->setVisible(!m_readOnly);
    m_deleteList->setEnabled(any && !recommended);
    m_menuButton->setVisible(!m_readOnly);
    m_view->setDragDropMode(m_readOnly ? QAbstractItemView::NoDragDrop
                                       : QAbstractItemView::InternalMove);
}

qint64 ReadingListsPanel::currentListId() const
{
    return m_chooser->currentData().toLongLong();
}

bool ReadingListsPanel::showList(qint64 listId)
{
    m_resetting = true;
    const Status status = m_model->setListId(listId);
    m_resetting = false;
    const int at = m_chooser->findData(listId);
    if (at >= 0)
        m_chooser->setCurrentIndex(at);
    updateActions();
    return check(status ? QString() : status.error());
}

void ReadingListsPanel::setCurrentArticle(const QString &uuid)
{
    m_currentArticle = uuid;
    updateActions();
}

void ReadingListsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void ReadingListsPanel::reload()
{
    const qint64 shown = currentListId();
    fillChooser(shown);
    showList(currentListId());
}

bool ReadingListsPanel::addToList(qint64 listId, const QString &uuid)
{
    if (uuid.isEmpty())
        return false;
    if (listId != currentListId()) {
        // Another list: written directly, then shown so the user sees it land.
        if (!showList(listId))
            return false;
    }
    if (m_model->uuids().contains(uuid))
        return true; // already there; kept where the editor put it
    return check([&] {
        const Status status = m_model->insertArticles(-1, {uuid});
        return status ? QString() : status.error();
    }());
}

bool ReadingListsPanel::createList(const QString &name)
{
    const Result<ReadingList> created = m_store.createReadingList(name);
    if (!created)
        return check(created.error());
    fillChooser(created->id);
    showList(created->id);
    Q_EMIT listsChanged();
    return true;
}

bool ReadingListsPanel::renameCurrentList(const QString &name)
{
    const qint64 id = currentListId();
    if (Status status = m_store.renameReadingList(id, name); !status)
        return check(status.error());
    fillChooser(id);
    Q_EMIT listsChanged();
    return true;
}

bool ReadingListsPanel::deleteCurrentList()
{
    if (Status status = m_store.deleteReadingList(currentListId()); !status)
        return check(status.error());
    fillChooser(0);
    showList(currentListId());
    Q_EMIT listsChanged();
    return true;
}

void ReadingListsPanel::fillAddMenu(QMenu *menu, const QString &uuid)
{
    for (int i = 0; i < m_chooser->count(); ++i) {
        const qint64 id = m_chooser->itemData(i).toLongLong();
        QAction *action = menu->addAction(m_chooser->itemData(i, Qt::UserRole + 1).toString(), this,
                                          [this, id, uuid] { addToList(id, uuid); });
        action->setEnabled(!m_readOnly);
    }
}

void ReadingListsPanel::moveCurrent(int delta)
{
    const int row = m_view->currentIndex().row();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    // moveRows wants the destination before which the row lands.
    m_model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
    m_view->setCurrentIndex(m_model->index(target));
}

void ReadingListsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        const QString uuid = index.data(ReadingListModel::UuidRole).toString();
        menu.addAction(tr("&Open"), this, [this, uuid] { Q_EMIT articleActivated(uuid); });
        if (!m_readOnly) {
            m_view->setCurrentIndex(index);
            QAction *up = menu.addAction(tr("Move &Up"), this, [this] { moveCurrent(-1); });
            up->setEnabled(index.row() > 0);
            QAction *down = menu.addAction(tr("Move &Down"), this, [this] { moveCurrent(1); });
            down->setEnabled(index.row() + 1 < m_model->rowCount());
            menu.addAction(tr("&Remove from List"), this,
                           [this, row = index.row()] { m_model->removeRows(row, 1); });
        }
    }
    if (!m_readOnly) {
        if (!menu.isEmpty())
            menu.addSeparator();
        menu.addAction(m_addCurrent);
        menu.addAction(m_newList);
        menu.addAction(m_renameList);
        menu.addAction(m_deleteList);
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace lectern
