#pragma once

// Help › Keyboard Shortcuts: a list made from the window's actions
// themselves (their menus, names and shortcuts), so it can never drift from
// what the keys do.
#include <QAbstractTableModel>
#include <QDialog>
#include <QKeySequence>

class QAction;
class QLineEdit;
class QMainWindow;
class QSortFilterProxyModel;
class QTreeView;

namespace lectern {

struct ShortcutEntry
{
    QString menu;   // "File", "Edit › Trash"; empty for actions in no menu
    QString action; // without mnemonics and the trailing "…"
    QList<QKeySequence> keys;
};

// Every visible action of the window's menus (and of the window itself)
// that has a shortcut, in menu order.
QList<ShortcutEntry> collectShortcuts(const QMainWindow &window);

class ShortcutsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActionColumn,
        KeysColumn,
        MenuColumn,
        ColumnCount
    };

    explicit ShortcutsModel(QObject *parent = nullptr);
    void setEntries(QList<ShortcutEntry> entries);
    const QList<ShortcutEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ShortcutEntry> m_entries;
};

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMainWindow &window, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

    ShortcutsModel *model() const { return m_model; }
    QSortFilterProxyModel *filtered() const { return m_filtered; }
    QLineEdit *filterField() const { return m_filter; }

private:
    ShortcutsModel *m_model = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace lectern
