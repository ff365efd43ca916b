#pragma once

// File › Export Library…: a library file (.lectern) for a colleague, of the
// whole library, the articles of the current list, or what changed lately.
#include "exchange/libraryexchange.h"

#include <QDialog>

class QDateEdit;
class QRadioButton;

namespace lectern {

class LibraryTask;

class LibraryExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `currentList`: the uuids of the list on screen (may be empty).
    LibraryExportDialog(LibraryStore &store, QStringList currentList, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LibraryExportDialog)

    enum class Scope
    {
        Everything,
        CurrentList,
        ChangedSince
    };
    void setScope(Scope scope);
    ExportSelection selection() const;
    // Writes the file off the window's thread with progress and Cancel
    // (task()), replacing an older file of that name only once the new one
    // is complete. Cancelled, no file is left behind and an older one stays.
    Result<ExportReport> exportTo(const QString &path);
    LibraryTask *task() const { return m_task; }
    bool wasCancelled() const;

private:
    void chooseFileAndExport();

    LibraryStore &m_store;
    LibraryTask *m_task = nullptr;
    QStringList m_currentList;
    QRadioButton *m_everything = nullptr;
    QRadioButton *m_list = nullptr;
    QRadioButton *m_since = nullptr;
    QDateEdit *m_sinceDate = nullptr;
};

} // namespace lectern
