#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace lectern {

class LibraryStore;

// The versions of an article or a university: when each was saved, its size
// and what the next save changed; a readable diff of a chosen version against
// the current one; and restoring it, which saves it as a new current version
// (so the version it replaces stays in the history too).
class RevisionHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Article,
        University
    };

    RevisionHistoryDialog(LibraryStore &store, Kind kind, const QString &uuid,
                          QWidget *parent = nullptr);
    ~RevisionHistoryDialog() override;
    Q_DISABLE_COPY_MOVE(RevisionHistoryDialog)

    QTreeWidget *revisionList() const { return m_list; }
    QTextBrowser *diffView() const { return m_diff; }
    QPushButton *restoreButton() const { return m_restore; }
    // Reads the history again; false (with the reason shown) when it cannot.
    bool reload();
    // Asks, then restores the selected version; true when it was restored.
    bool restoreSelected();

Q_SIGNALS:
    // The item was saved with a restored version as its current one.
    void restored(const QString &uuid);

private:
    void showSelected();
    qint64 selectedRevision() const;

    LibraryStore &m_store;
    Kind m_kind;
    QString m_uuid;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_diff = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace lectern
