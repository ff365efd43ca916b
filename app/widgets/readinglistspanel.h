#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QListView;
class QMenu;
class QToolButton;

namespace lectern {

class LibraryStore;
class ReadingListModel;

// Beside the reader and on Home: the curated reading lists (the first is the
// page's "Recommended reading"), one shown at a time, reordered by drag and
// drop; lists are created, renamed and deleted here, and the open article is
// added to any of them.
class ReadingListsPanel final : public QWidget
{
    Q_OBJECT

public:
    // Asks for a list's name (title, label, proposed name); empty = cancelled.
    using NamePrompt = std::function<QString(const QString &, const QString &, const QString &)>;
    // Asks the user to confirm (title, question).
    using Confirmation = std::function<bool(const QString &, const QString &)>;

    explicit ReadingListsPanel(LibraryStore &store, QWidget *parent = nullptr);

    // The article open in the reader ("" when none): what "Add" adds.
    void setCurrentArticle(const QString &uuid);
    // Re-reads the lists and the shown list (after edits elsewhere).
    void reload();
    // Editing actions hidden (read-only mode); the lists are still shown.
    void setReadOnly(bool readOnly);

    // Adds the article to the list (to its end; kept once). False on error.
    bool addToList(qint64 listId, const QString &uuid);
    bool createList(const QString &name);
    bool renameCurrentList(const QString &name);
    bool deleteCurrentList();
    qint64 currentListId() const;
    bool showList(qint64 listId);

    // "Add to Reading List" submenu entries for `uuid`, one per list.
    void fillAddMenu(QMenu *menu, const QString &uuid);

    QAction *addCurrentAction() const { return m_addCurrent; }
    QComboBox *listChooser() const { return m_chooser; }
    QListView *view() const { return m_view; }
    ReadingListModel *model() const { return m_model; }
    void setNamePrompt(NamePrompt prompt) { m_askName = std::move(prompt); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void articleActivated(const QString &uuid);
    // A list was created, renamed, deleted or its articles changed.
    void listsChanged();
    void errorOccurred(const QString &message);

private:
    void fillChooser(qint64 select);
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void moveCurrent(int delta);
    bool check(const QString &error);

    LibraryStore &m_store;
    QComboBox *m_chooser = nullptr;
    QToolButton *m_menuButton = nullptr;
    QListView *m_view = nullptr;
    ReadingListModel *m_model = nullptr;
    QAction *m_addCurrent = nullptr;
    QAction *m_newList = nullptr;
    QAction *m_renameList = nullptr;
    QAction *m_deleteList = nullptr;
    QString m_currentArticle;
    bool m_readOnly = false;
    bool m_resetting = false; // showing another list is not a change to it
    NamePrompt m_askName;
    Confirmation m_confirm;
};

} // namespace lectern
