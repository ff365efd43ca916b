#include "editingcontroller.h"

#include "articleeditor.h"
#include "articlehtml.h"
#include "editing/universityeditor.h"
#include "editor/richtexteditor.h"
#include "history/historycontroller.h"
#include "icons.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "metadatapanel.h"
#include "recoverydialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>

#include <cstdio>

namespace lectern {

QString EditingController::readOnlySettingsKey()
{
    return QStringLiteral("editing/readOnly");
}

EditingController::EditingController(LibraryStore &store, MainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
    m_edit = new QAction(themeIcon(QStringLiteral("document-edit")), tr("&Edit Article"), this);
    m_edit->setCheckable(true);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Edit this article (F2); again to go back to reading"));
    m_save = new QAction(themeIcon(QStringLiteral("document-save")), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_new = new QAction(themeIcon(QStringLiteral("document-new")), tr("&New Article"), this);
    m_new->setShortcut(QKeySequence::New);
    m_duplicate = new QAction(tr("&Duplicate Article"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_trash = new QAction(themeIcon(QStringLiteral("user-trash")), tr("Move to &Trash"), this);
    m_revert = new QAction(tr("&Revert to Saved"), this);
    for (QAction *action : {m_edit, m_save, m_new, m_duplicate, m_trash, m_revert})
        window->addAction(action);

    connect(m_edit, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            startEditing();
        else
            leaveEditor();
        updateActions();
    });
    connect(m_save, &QAction::triggered, this, &EditingController::save);
    connect(m_new, &QAction::triggered, this, &EditingController::newArticle);
    connect(m_duplicate, &QAction::triggered, this, &EditingController::duplicateArticle);
    connect(m_trash, &QAction::triggered, this, &EditingController::trashArticle);
    connect(m_revert, &QAction::triggered, this, [this] {
        if (!m_editing)
            return;
        const bool wasNew = m_editor->isNew();
        m_editor->discardChanges();
        if (wasNew) {
            m_editing = false;
            Q_EMIT readerRequested();
        }
        updateActions();
    });

    m_readOnly = QSettings().value(readOnlySettingsKey(), false).toBool();
    updateActions();
}

void EditingController::addToMenus(QMenu *editMenu, QMenuBar *menuBar)
{
    editMenu->addAction(m_edit);
    editMenu->addAction(m_save);
    editMenu->addAction(m_revert);
    editMenu->addSeparator();
    editMenu->addAction(m_new);
    editMenu->addAction(m_duplicate);
    editMenu->addAction(m_trash);
    // The text editor's own actions (undo, redo, paste as plain text, find
    // and replace) come here once the editor exists; its Format menu then
    // goes beside this one.
    m_textActionsSeparator = editMenu->addSeparator();
    m_editMenu = editMenu;
    m_menuBar = menuBar;
    if (m_editor)
        addEditorMenus();
    updateActions();
}

ArticleEditor *EditingController::editor()
{
    if (m_editor)
        return m_editor;
    m_editor = new ArticleEditor(m_store, m_window);
    m_editor->hide();
    connect(m_editor, &ArticleEditor::modifiedChanged, this, [this](bool modified) {
        if (m_editing)
            m_window->setWindowModified(modified);
        updateActions();
    });
    connect(m_editor, &ArticleEditor::titleChanged, this, &EditingController::updateWindowTitle);
    connect(m_editor, &ArticleEditor::saved, this, [this](const QString &uuid) {
        Q_EMIT message(tr("Saved “%1”.").arg(m_editor->title()));
        Q_EMIT articleSaved(uuid);
        updateWindowTitle(); // the window showed the saved article behind the editor
    });
    connect(m_editor, &ArticleEditor::errorOccurred, this, &EditingController::message);
    if (m_editMenu)
        addEditorMenus();
    Q_EMIT editorCreated(m_editor);
    updateActions();
    return m_editor;
}

void EditingController::addEditorMenus()
{
    const QList<QAction *> textActions = m_editor->textEditor()->editActions();
    const QList<QAction *> items = m_editMenu->actions();
    const int separator = int(items.indexOf(m_textActionsSeparator));
    QAction *before =
        separator >= 0 && separator + 1 < items.size() ? items.at(separator + 1) : nullptr;
    m_editMenu->insertActions(before, textActions);
    m_formatMenu = m_editor->textEditor()->formatMenu();
    if (m_formatMenu) {
        const QList<QAction *> menus = m_menuBar->actions();
        const int at = int(menus.indexOf(m_editMenu->menuAction()));
        QAction *next = at >= 0 && at + 1 < menus.size() ? menus.at(at + 1) : nullptr;
        m_menuBar->insertMenu(next, m_formatMenu);
    }
}

QString EditingController::currentArticle() const
{
    const QUrl url = m_window->currentUrl();
    return pageKind(url) == PageKind::Article ? pageUuid(url) : QString();
}

void EditingController::showEditor()
{
    m_editing = true;
    updateWindowTitle(); // with its [*] before the modified flag is set
    m_window->setWindowModified(m_editor->isModified());
    updateActions();
    Q_EMIT editorShown();
}

void EditingController::startEditing()
{
    if (m_readOnly)
        return;
    if (m_editing) {
        updateActions();
        return;
    }
    const QString uuid = currentArticle();
    if (uuid.isEmpty()) {
        Q_EMIT message(tr("Open an article to edit it, or make a new one with Ctrl+N."));
        updateActions();
        return;
    }
    if (Status status = editor()->openArticle(uuid); !status) {
        Q_EMIT message(status.error());
        updateActions();
        return;
    }
    showEditor();
    m_editor->textEditor()->textEdit()->setFocus(Qt::OtherFocusReason);
}

bool EditingController::leaveEditor()
{
    if (!m_editing)
        return true;
    if (!m_editor->confirmLeave()) {
        updateActions();
        return false;
    }
    m_editor->closeArticle();
    m_editing = false;
    m_window->setWindowModified(false);
    updateActions();
    Q_EMIT readerRequested();
    return true;
}

bool EditingController::save()
{
    if (!m_editing || m_readOnly)
        return false;
    const bool saved = m_editor->save();
    if (!saved)
        Q_EMIT message(m_editor->lastError());
    updateActions();
    return saved;
}

void EditingController::newArticle()
{
    if (m_readOnly || !leaveEditor())
        return;
    editor()->startNew();
    showEditor();
    m_editor->metadata()->titleEdit()->setFocus(Qt::OtherFocusReason);
}

void EditingController::duplicateArticle()
{
    if (m_readOnly)
        return;
    const QString uuid = m_editing ? m_editor->uuid() : currentArticle();
    const bool unsavedNew = m_editing && m_editor->isNew();
    if (uuid.isEmpty() || unsavedNew) {
        Q_EMIT message(tr("Open a saved article to duplicate it."));
        return;
    }
    if (!leaveEditor())
        return;
    Result<Article> original = m_store.article(uuid);
    if (!original) {
        Q_EMIT message(original.error());
        return;
    }
    ArticleEdit copy;
    copy.article = std::move(original).value();
    copy.article.id = 0;
    copy.article.uuid.clear();
    copy.article.created = QDateTime();
    copy.article.published = QDateTime();
    copy.article.status = ArticleStatus::Draft;
    // A copy is not another language version of the original.
    copy.article.translationGroup.clear();
    copy.article.title = tr("%1 (copy)").arg(copy.article.title);
    if (const auto links = m_store.relatedLinks(uuid))
        copy.relatedLinks = links.value();
    const Result<Article> saved = m_store.saveArticleEdit(copy);
    if (!saved) {
        Q_EMIT message(tr("The article could not be duplicated: %1").arg(saved.error()));
        return;
    }
    Q_EMIT articleSaved(saved->uuid);
    if (Status status = editor()->openArticle(saved->uuid); !status) {
        Q_EMIT message(status.error());
        return;
    }
    showEditor();
    m_editor->metadata()->titleEdit()->setFocus(Qt::OtherFocusReason);
    m_editor->metadata()->titleEdit()->selectAll();
}

void EditingController::trashArticle()
{
    if (m_readOnly)
        return;
    if (m_editing && m_editor->isNew()) {
        // Never saved: nothing goes to the trash, the draft is dropped.
        if (!m_editor->isModified() || m_editor->confirmLeave()) {
            m_editor->discardChanges();
            m_editing = false;
            m_window->setWindowModified(false);
            updateActions();
            Q_EMIT readerRequested();
        }
        return;
    }
    const QString uuid = m_editing ? m_editor->uuid() : currentArticle();
    if (uuid.isEmpty()) {
        Q_EMIT message(tr("Open an article to move it to the trash."));
        return;
    }
    if (!leaveEditor())
        return;
    const Result<Article> article = m_store.article(uuid);
    if (Status status = m_store.trashArticle(uuid); !status) {
        Q_EMIT message(tr("The article could not be moved to the trash: %1").arg(status.error()));
        return;
    }
    if (Status status = m_store.clearRecovery(recoveryKindArticle, uuid); !status)
        Q_EMIT message(status.error());
    Q_EMIT message(tr("Moved “%1” to the trash.").arg(article ? article->title : uuid));
    Q_EMIT articleTrashed(uuid);
}

void EditingController::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    if (readOnly && !leaveEditor())
        return;
    m_readOnly = readOnly;
    updateActions();
}

void EditingController::updateActions()
{
    const bool editable = !m_readOnly;
    for (QAction *action : {m_edit, m_save, m_new, m_duplicate, m_trash, m_revert}) {
        action->setVisible(editable);
        action->setEnabled(editable);
    }
    m_edit->setChecked(m_editing);
    // In the editor Delete deletes text: the key moves articles to the trash
    // only while reading.
    m_trash->setShortcut(m_editing ? QKeySequence() : QKeySequence(QKeySequence::Delete));
    m_save->setEnabled(editable && m_editing);
    m_revert->setEnabled(editable && m_editing && m_editor && m_editor->isModified());
    if (m_formatMenu)
        m_formatMenu->menuAction()->setVisible(editable && m_editing);
    const QList<QAction *> textActions =
        m_editor ? m_editor->textEditor()->editActions() : QList<QAction *>();
    for (QAction *action : textActions)
        action->setVisible(editable && m_editing);
    if (m_textActionsSeparator)
        m_textActionsSeparator->setVisible(editable && m_editing);
}

void EditingController::updateWindowTitle()
{
    if (!m_editing)
        return;
    m_window->setWindowTitle(tr("%1[*] — Editing — Lectern").arg(m_editor->title()));
}

void EditingController::start()
{
    checkRecovery();
    const QString script = qEnvironmentVariable("LECTERN_TEST_EDIT_SCRIPT");
    if (!script.isEmpty())
        runTestScript(script);
}

void EditingController::checkRecovery()
{
    if (m_readOnly || m_recoveryDialog)
        return;
    const Result<QList<RecoveryEntry>> entries = m_store.recoveryEntries();
    if (!entries) {
        Q_EMIT message(entries.error());
        return;
    }
    auto *dialog = new RecoveryDialog(m_store, entries.value(), m_window);
    if (dialog->count() == 0) {
        delete dialog;
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::restoreRequested, this, &EditingController::restore);
    connect(dialog, &RecoveryDialog::errorOccurred, this, &EditingController::message);
    m_recoveryDialog = dialog;
    // Not exec(): the window stays responsive and tests can answer it.
    dialog->open();
}

RecoveryDialog *EditingController::recoveryDialog() const
{
    return m_recoveryDialog.data();
}

void EditingController::restore(const RecoveryEntry &entry)
{
    if (m_readOnly)
        return;
    if (entry.kind == recoveryKindUniversity) {
        // Universities are edited in windows of their own, which the
        // history controller keeps.
        HistoryController *history = m_window->historyUi();
        UniversityEditor *university =
            history ? history->restoreUniversity(entry.uuid, entry.snapshot) : nullptr;
        if (university) {
            Q_EMIT message(tr("Restored unsaved changes to “%1”: check them and save.")
                               .arg(university->currentUniversity().name));
        }
        return;
    }
    if (!leaveEditor())
        return;
    ArticleEdit edit = ArticleEdit::fromJson(entry.snapshot);
    edit.article.uuid = entry.uuid;
    editor()->openRecovered(edit);
    showEditor();
    Q_EMIT message(
        tr("Restored unsaved changes to “%1”: check them and save.").arg(m_editor->title()));
}

void EditingController::runTestScript(const QString &script)
{
    // For the end-to-end test of crash recovery, which drives the real
    // binary: "type:UUID:TEXT" edits an article, "restore-save-quit" takes
    // the offered recovery, saves it and quits.
    if (script.startsWith(QLatin1String("type:"))) {
        const QString uuid = script.section(QLatin1Char(':'), 1, 1);
        const QString text = script.section(QLatin1Char(':'), 2);
        m_window->navigate(articleUrl(uuid));
        startEditing();
        QTextEdit *edit = editor()->textEditor()->textEdit();
        QTextCursor cursor = edit->textCursor();
        cursor.movePosition(QTextCursor::End);
        edit->setTextCursor(cursor);
        edit->insertPlainText(text);
        std::fprintf(stderr, "lectern-test: editing %s modified=%d\n", qPrintable(uuid),
                     m_editor->isModified() ? 1 : 0);
    } else if (script == QLatin1String("restore-save-quit")) {
        const bool offered = m_recoveryDialog && m_recoveryDialog->count() > 0;
        std::fprintf(stderr, "lectern-test: recovery offered=%d\n", offered ? 1 : 0);
        if (offered)
            m_recoveryDialog->restoreButton()->click();
        const bool saved = m_editing && save();
        std::fprintf(stderr, "lectern-test: restored=%d saved=%d\n", m_editing ? 1 : 0,
                     saved ? 1 : 0);
        QTimer::singleShot(0, m_window, &QWidget::close);
    }
    std::fflush(stderr);
}

} // namespace lectern
