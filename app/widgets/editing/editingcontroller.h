#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QMenuBar;

namespace lectern {

class ArticleEditor;
class LibraryStore;
class MainWindow;
class RecoveryDialog;
struct RecoveryEntry;

// Editing in the main window: the Edit, Save, New, Duplicate and Move to
// Trash actions, the editor page that takes the reader's place, the questions
// before unsaved changes are left, read-only mode and crash recovery at start.
class EditingController final : public QObject
{
    Q_OBJECT

public:
    // The QSettings key of read-only mode (for readers: no editing at all).
    static QString readOnlySettingsKey();

    EditingController(LibraryStore &store, MainWindow *window);

    // The editor page, made on first use: building it costs more than the
    // rest of the window's start, and many sessions only read.
    ArticleEditor *editor();
    QAction *editAction() const { return m_edit; }
    QAction *saveAction() const { return m_save; }
    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *trashAction() const { return m_trash; }
    QAction *revertAction() const { return m_revert; }
    // Adds the actions to the window's Edit menu, and the editor's Format
    // menu to the menu bar beside it (shown while editing).
    void addToMenus(QMenu *editMenu, QMenuBar *menuBar);

    bool isEditing() const { return m_editing; }
    bool isReadOnly() const { return m_readOnly; }
    // Leaves the editor page, asking first about unsaved changes; false when
    // the user chose to stay (or the save failed).
    bool leaveEditor();
    // Checks the recovery area and runs LECTERN_TEST_EDIT_SCRIPT: once the
    // window is up.
    void start();
    // The recovery question while it is open (for tests), else null.
    RecoveryDialog *recoveryDialog() const;

public Q_SLOTS:
    void startEditing();
    bool save();
    void newArticle();
    void duplicateArticle();
    void trashArticle();
    void setReadOnly(bool readOnly);
    void checkRecovery();
    void restore(const lectern::RecoveryEntry &entry);

Q_SIGNALS:
    // The editor page was made; the window puts it where the reader is.
    void editorCreated(QWidget *page);
    void editorShown();
    void readerRequested();
    // The library changed (a save or a duplicate): lists and counts are stale.
    void articleSaved(const QString &uuid);
    void articleTrashed(const QString &uuid);
    void message(const QString &text);

private:
    QString currentArticle() const;
    void showEditor();
    void addEditorMenus();
    void updateActions();
    void updateWindowTitle();
    void runTestScript(const QString &script);

    LibraryStore &m_store;
    MainWindow *m_window;
    ArticleEditor *m_editor = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_save = nullptr;
    QAction *m_new = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_trash = nullptr;
    QAction *m_revert = nullptr;
    QMenu *m_formatMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenuBar *m_menuBar = nullptr;
    QAction *m_textActionsSeparator = nullptr;
    QPointer<RecoveryDialog> m_recoveryDialog;
    bool m_editing = false;
    bool m_readOnly = false;
};

} // namespace lectern
