#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace lectern {

namespace {

// "&Export Article…" → "Export Article"; "Tr&ash" → "Trash". Translated
// mnemonics in brackets, "导出(&E)…", go too.
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)")));
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

void collectMenu(const QMenu *menu, const QString &path, QList<ShortcutEntry> &entries,
                 QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *submenu = action->menu()) {
            collectMenu(submenu, path + QStringLiteral(" › ") + plainText(submenu->title()),
                        entries, seen);
            continue;
        }
        seen.insert(action);
        if (!action->isVisible() || action->shortcuts().isEmpty())
            continue;
        entries.append({path, plainText(action->text()), action->shortcuts()});
    }
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QMainWindow &window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    if (const QMenuBar *bar = window.menuBar()) {
        for (QAction *top : bar->actions()) {
            if (QMenu *menu = top->menu())
                collectMenu(menu, plainText(menu->title()), entries, seen);
        }
    }
    // Actions the window holds that no menu shows.
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (seen.contains(action) || action->menu() || action->isSeparator() ||
            action->shortcuts().isEmpty() || !action->isVisible() || action->text().isEmpty())
            continue;
        if (action->shortcutContext() != Qt::WindowShortcut &&
            action->shortcutContext() != Qt::ApplicationShortcut)
            continue; // keys of one widget (the trash list's Shift+Del), listed in its menu
        seen.insert(action);
        entries.append({QString(), plainText(action->text()), action->shortcuts()});
    }
    return entries;
}

ShortcutsModel::ShortcutsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ShortcutsModel::setEntries(QList<ShortcutEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ShortcutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ShortcutsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const ShortcutEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case ActionColumn:
        return entry.action;
    case KeysColumn: {
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys << key.toString(QKeySequence::NativeText);
        return keys.join(tr(", "));
    }
    case MenuColumn:
        return entry.menu.isEmpty() ? tr("(no menu)") : entry.menu;
    default:
        return {};
    }
}

QVariant ShortcutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Command");
    case KeysColumn:
        return tr("Shortcut");
    case MenuColumn:
        return tr("Menu");
    default:
        return {};
    }
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow &window, QWidget *parent)
    : QDialog(parent)
    , m_model(new ShortcutsModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setEntries(collectShortcuts(window));
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1); // a command, a key or a menu

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Find a command or a key…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a shortcut"));
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTreeView(this);
    m_view->setModel(m_filtered);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->header()->setSectionResizeMode(ShortcutsModel::ActionColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ShortcutsModel::KeysColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace lectern
