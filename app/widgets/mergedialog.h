#pragma once

// File › Merge Library…: what a library file would bring, each article
// changed on both sides shown side by side to choose from, then the merge in
// one transaction and what it did.
#include "exchange/merge.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace lectern {

class LibraryTask;

// Asks for a library file, previews it and, when it can be read, opens the
// dialog; a file that cannot be merged is explained and nothing changes.
// Returns whether the library changed.
bool showMergeDialog(LibraryStore &store, QWidget *parent);

class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(LibraryStore &store, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MergeDialog)

    // Reads the file and shows what a merge would do; changes nothing. Both
    // this and mergeNow() run off the window's thread with progress and
    // Cancel (task()).
    Status load(const QString &file);
    LibraryTask *task() const { return m_task; }
    // Whether the last load() or mergeNow() was cancelled.
    bool wasCancelled() const;
    const MergeReport &preview() const { return m_preview; }
    QString previewText() const;

    // Conflicts start as "keep mine": the safe choice, theirs is kept in
    // the history.
    void setChoice(const QString &uuid, ConflictChoice choice);
    ConflictChoice choice(const QString &uuid) const;
    // Shows one conflict (an index into preview().conflicts) side by side.
    void showConflict(int index);
    QTextBrowser *mineView() const { return m_mine; }
    QTextBrowser *theirsView() const { return m_theirs; }

    // Merges with the choices made and shows the summary page. Cancelled,
    // the library is left exactly as it was.
    Status mergeNow();
    const MergeReport &result() const { return m_result; }
    QString resultText() const;

Q_SIGNALS:
    void libraryChanged();

private:
    void updateChoiceButtons();

    LibraryStore &m_store;
    LibraryTask *m_task = nullptr;
    QString m_file;
    MergeReport m_preview;
    MergeReport m_result;
    QHash<QString, ConflictChoice> m_choices;
    int m_current = -1;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_previewLabel = nullptr;
    QWidget *m_conflictArea = nullptr;
    QListWidget *m_conflictList = nullptr;
    QButtonGroup *m_choiceGroup = nullptr;
    QTextBrowser *m_mine = nullptr;
    QTextBrowser *m_theirs = nullptr;
    QLabel *m_resultLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_mergeButton = nullptr;
};

} // namespace lectern
