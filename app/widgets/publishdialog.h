#pragma once

// File › Publish Website…: the library as a static web site in a folder,
// with progress and Cancel, then "Open in Browser". The folder and the
// site's address are remembered for each library.
#include "result.h"
#include "sitepublisher.h"

#include <QDialog>

#include <atomic>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lectern {

class LibraryStore;

class PublishDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(const LibraryStore &store, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PublishDialog)

    void setFolder(const QString &folder);
    void setBaseUrl(const QString &url);
    // Publishes with the dialog's choices; true when the site was written.
    // A folder not made by Lectern is published into only after the user
    // agrees (`askFirst`), or when `force`.
    bool publish(bool force = false);
    QString homePage() const { return m_homePage; }
    QString summary() const;

Q_SIGNALS:
    void published(const QString &homePage);

private:
    QString settingsGroup() const;
    // The site written on a worker thread with its own connection (a library
    // in memory: on this thread between events), showing progress here.
    Result<PublishReport> publishOnWorker(const PublishOptions &options);
    void chooseFolder();
    void setBusy(bool busy);

    const LibraryStore &m_store;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_chooseButton = nullptr;
    bool m_busy = false;
    std::atomic<bool> m_cancelled{false};
    QString m_homePage;
};

} // namespace lectern
