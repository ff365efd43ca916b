#pragma once

#include "editing/articleedit.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace lectern {

class LibraryStore;

// After a crash: the unsaved work found in the library, each with what it
// would bring back (title, when it was written, what differs from the saved
// version, the text), to restore, discard or leave for later.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(LibraryStore &store, const QList<RecoveryEntry> &entries,
                   QWidget *parent = nullptr);

    int count() const;
    QListWidget *list() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }

    // What restoring `entry` would bring back, as HTML (for the details pane).
    static QString describe(const LibraryStore &store, const RecoveryEntry &entry);

private:
    static QString describeUniversity(const LibraryStore &store, const RecoveryEntry &entry);

public:
Q_SIGNALS:
    void restoreRequested(const lectern::RecoveryEntry &entry);
    void errorOccurred(const QString &message);

private:
    void showSelected();
    void restoreSelected();
    void discardSelected();

    LibraryStore &m_store;
    QList<RecoveryEntry> m_entries;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_later = nullptr;
};

} // namespace lectern
