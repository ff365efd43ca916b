#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QJsonObject;
class QMenu;
class QWidget;

namespace lectern {

class LibraryStore;
class TrashView;
class UniversityEditor;

// Revision history, the trash and university editing in the main window:
// their actions, the trash list, and the university editor windows. It talks
// to the window only through the page shown (pageChanged) and its signals.
class HistoryController final : public QObject
{
    Q_OBJECT

public:
    HistoryController(LibraryStore &store, QWidget *window);

    TrashView *trashView() const { return m_trash; }
    QAction *historyAction() const { return m_history; }
    QAction *newUniversityAction() const { return m_newUniversity; }
    QAction *editUniversityAction() const { return m_editUniversity; }
    QAction *trashUniversityAction() const { return m_trashUniversity; }
    void addToMenu(QMenu *editMenu);

    // The window shows this page now (article, university, home…).
    void pageChanged(const QUrl &url);
    void showHistory();
    // Opens (or raises) the editor of a university; a new one when empty.
    UniversityEditor *editUniversity(const QString &uuid = {});
    // Opens the editor of a university with the unsaved edits `snapshot`
    // (from the recovery area) in its fields; null when it cannot be opened.
    UniversityEditor *restoreUniversity(const QString &uuid, const QJsonObject &snapshot);
    bool trashUniversity();
    // Closes the university editors, asking about unsaved changes; false
    // when one of them stays open.
    bool closeEditors();

Q_SIGNALS:
    // Something was saved, restored, trashed or deleted: counts, lists and
    // the page shown are stale.
    void libraryChanged();
    void openRequested(const QUrl &url);
    void message(const QString &text);
    // A university went to the trash (after libraryChanged): the window
    // offers Undo.
    void universityTrashed(const QString &uuid);

private:
    LibraryStore &m_store;
    QWidget *m_window;
    QUrl m_page;
    TrashView *m_trash = nullptr;
    QAction *m_history = nullptr;
    QAction *m_newUniversity = nullptr;
    QAction *m_editUniversity = nullptr;
    QAction *m_trashUniversity = nullptr;
    QHash<QString, QPointer<UniversityEditor>> m_editors; // by uuid; "" for new ones
};

} // namespace lectern
