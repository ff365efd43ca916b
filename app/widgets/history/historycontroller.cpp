#include "history/historycontroller.h"

#include "articlehtml.h"
#include "editing/articleedit.h"
#include "editing/universityeditor.h"
#include "history/revisionhistorydialog.h"
#include "history/trashview.h"
#include "icons.h"
#include "librarystore.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>

namespace lectern {

HistoryController::HistoryController(LibraryStore &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_trash(new TrashView(store, window))
{
    m_history = new QAction(themeIcon(QStringLiteral("document-open-recent")),
                            tr("Revision &History…"), this);
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_newUniversity = new QAction(tr("New &University"), this);
    m_editUniversity = new QAction(tr("Edit Uni&versity"), this);
    m_trashUniversity = new QAction(tr("Move Universit&y to Trash"), this);
    connect(m_history, &QAction::triggered, this, &HistoryController::showHistory);
    connect(m_newUniversity, &QAction::triggered, this, [this] { editUniversity(); });
    connect(m_editUniversity, &QAction::triggered, this, [this] {
        if (pageKind(m_page) == PageKind::University)
            editUniversity(pageUuid(m_page));
    });
    connect(m_trashUniversity, &QAction::triggered, this, &HistoryController::trashUniversity);
    connect(m_trash, &TrashView::trashChanged, this, &HistoryController::libraryChanged);
    connect(m_trash, &TrashView::errorOccurred, this, &HistoryController::message);
    pageChanged({});
}

void HistoryController::addToMenu(QMenu *editMenu)
{
    editMenu->addSeparator();
    editMenu->addAction(m_history);
    editMenu->addSeparator();
    editMenu->addAction(m_newUniversity);
    editMenu->addAction(m_editUniversity);
    editMenu->addAction(m_trashUniversity);
    QMenu *trash = editMenu->addMenu(tr("Tr&ash"));
    trash->addAction(m_trash->restoreAction());
    trash->addAction(m_trash->deleteAction());
    trash->addAction(m_trash->emptyAction());
}

void HistoryController::pageChanged(const QUrl &url)
{
    m_page = url;
    const PageKind kind = pageKind(url);
    bool trashed = false;
    if (kind == PageKind::University) {
        // A university in the trash is shown, but edited only once restored.
        const Result<QList<University>> live = m_store.universities();
        trashed = true;
        if (live) {
            for (const University &u : live.value())
                trashed = trashed && u.uuid != pageUuid(url);
        }
    }
    m_history->setEnabled(kind == PageKind::Article || kind == PageKind::University);
    m_editUniversity->setEnabled(kind == PageKind::University && !trashed);
    m_trashUniversity->setEnabled(kind == PageKind::University && !trashed);
}

void HistoryController::showHistory()
{
    const PageKind kind = pageKind(m_page);
    if (kind != PageKind::Article && kind != PageKind::University) {
        Q_EMIT message(tr("Open an article or a university to see its history."));
        return;
    }
    const QString uuid = pageUuid(m_page);
    RevisionHistoryDialog dialog(m_store,
                                 kind == PageKind::Article
                                     ? RevisionHistoryDialog::Kind::Article
                                     : RevisionHistoryDialog::Kind::University,
                                 uuid, m_window);
    connect(&dialog, &RevisionHistoryDialog::restored, this, [this](const QString &restored) {
        Q_EMIT libraryChanged();
        Q_EMIT message(tr("The earlier version was restored."));
        if (const QPointer<UniversityEditor> editor = m_editors.value(restored);
            editor && !editor->isModified()) {
            if (Status status = editor->openUniversity(restored); !status)
                Q_EMIT message(status.error());
        }
    });
    dialog.exec();
}

UniversityEditor *HistoryController::editUniversity(const QString &uuid)
{
    if (!uuid.isEmpty()) {
        if (QPointer<UniversityEditor> open = m_editors.value(uuid); open) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *editor = new UniversityEditor(m_store, m_window);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!uuid.isEmpty()) {
        if (Status status = editor->openUniversity(uuid); !status) {
            delete editor;
            Q_EMIT message(status.error());
            return nullptr;
        }
    }
    m_editors.insert(uuid, editor);
    connect(editor, &UniversityEditor::saved, this, [this, editor](const QString &saved) {
        // A new university has its uuid only now.
        const QString key = m_editors.key(editor);
        if (key != saved) {
            m_editors.remove(key);
            m_editors.insert(saved, editor);
        }
        Q_EMIT libraryChanged();
        if (key.isEmpty()) // a new university: show it
            Q_EMIT openRequested(universityUrl(saved));
    });
    connect(editor, &UniversityEditor::trashed, this, [this, editor](const QString &trashed) {
        m_editors.remove(trashed);
        editor->close();
        Q_EMIT libraryChanged();
        if (pageKind(m_page) == PageKind::University && pageUuid(m_page) == trashed)
            Q_EMIT openRequested(homeUrl());
        Q_EMIT message(tr("The university was moved to the trash."));
        Q_EMIT universityTrashed(trashed);
    });
    connect(editor, &QObject::destroyed, this, [this] {
        for (auto it = m_editors.begin(); it != m_editors.end();) {
            if (it.value().isNull())
                it = m_editors.erase(it);
            else
                ++it;
        }
    });
    editor->show();
    return editor;
}

UniversityEditor *HistoryController::restoreUniversity(const QString &uuid,
                                                       const QJsonObject &snapshot)
{
    University recovered = University::fromJson(snapshot);
    recovered.uuid = uuid;
    // One window per university: an open one takes the edits.
    const bool saved = bool(m_store.university(uuid));
    UniversityEditor *editor = editUniversity(saved ? uuid : QString());
    if (!editor)
        return nullptr;
    editor->openRecovered(recovered);
    return editor;
}

bool HistoryController::trashUniversity()
{
    if (pageKind(m_page) != PageKind::University)
        return false;
    const QString uuid = pageUuid(m_page);
    const Result<University> university = m_store.university(uuid);
    if (!university) {
        Q_EMIT message(university.error());
        return false;
    }
    if (QMessageBox::question(m_window, tr("Move to Trash"),
                              tr("Move “%1” to the trash? You can restore it from the trash "
                                 "later.")
                                  .arg(university->name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    if (Status status = m_store.trashUniversity(uuid); !status) {
        Q_EMIT message(status.error());
        return false;
    }
    // Unsaved edits of a university in the trash are not offered back.
    if (Status status = m_store.clearRecovery(recoveryKindUniversity, uuid); !status)
        Q_EMIT message(status.error());
    if (const QPointer<UniversityEditor> editor = m_editors.take(uuid); editor) {
        editor->setUnsavedPrompt(
            [](const QString &) { return UniversityEditor::UnsavedAnswer::Discard; });
        editor->close();
    }
    Q_EMIT libraryChanged();
    Q_EMIT openRequested(homeUrl());
    Q_EMIT message(tr("The university was moved to the trash."));
    Q_EMIT universityTrashed(uuid);
    return true;
}

bool HistoryController::closeEditors()
{
    const QList<QPointer<UniversityEditor>> editors = m_editors.values();
    for (const QPointer<UniversityEditor> &editor : editors) {
        if (editor && !editor->close())
            return false;
    }
    return true;
}

} // namespace lectern
