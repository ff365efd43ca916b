#pragma once

#include "librarystore.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace lectern {

class TrashModel;

// The trash: articles and universities moved there, when, and the ways out:
// restore, delete for good, or empty the whole trash. Deleting asks first.
class TrashView final : public QWidget
{
    Q_OBJECT

public:
    explicit TrashView(LibraryStore &store, QWidget *parent = nullptr);

    // Reads the trash again (after something was moved there).
    void reload();
    QTreeView *view() const { return m_view; }
    TrashModel *model() const { return m_model; }
    QList<TrashedItem> selectedItems() const;

    QAction *restoreAction() const { return m_restore; }
    QAction *deleteAction() const { return m_delete; }
    QAction *emptyAction() const { return m_empty; }

    // Each asks first where it deletes; true when something changed.
    bool restoreSelected();
    bool deleteSelected();
    bool emptyTrash();

Q_SIGNALS:
    void articleSelected(const QString &uuid);
    void universitySelected(const QString &uuid);
    // Items left the trash: counts and lists elsewhere are stale.
    void trashChanged();
    void errorOccurred(const QString &message);

private:
    void updateActions();
    void showContextMenu(const QPoint &position);

    LibraryStore &m_store;
    TrashModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_empty = nullptr;
};

} // namespace lectern
