#pragma once

#include "librarylocation.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace lectern {

// File › New Library…, Open Library… and Open Recent. It asks which file and
// says which library is wanted; LibrarySession opens it, so that one window
// never holds two stores of a library.
class LibraryFileMenu final : public QObject
{
    Q_OBJECT

public:
    // `currentPath`: the library the window shows (left out of Open Recent).
    LibraryFileMenu(const QString &currentPath, QWidget *window);
    Q_DISABLE_COPY_MOVE(LibraryFileMenu)

    // The three commands and a separator, at the top of `fileMenu`.
    void addTo(QMenu *fileMenu);
    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recent; }

    // The file dialogs; empty when the user cancelled. `folder` is where
    // they start.
    static QString chooseLibraryToOpen(QWidget *parent, const QString &folder);
    static QString chooseNewLibrary(QWidget *parent, const QString &folder);

Q_SIGNALS:
    void openRequested(const LibraryLocation &location);
    void createRequested(const QString &path);

private:
    void fillRecent();
    QString folder() const;

    QString m_currentPath;
    QWidget *m_window;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recent = nullptr;
};

} // namespace lectern
