#include "articleeditor.h"

#include "editor/richtexteditor.h"
#include "librarystore.h"
#include "messagebanner.h"
#include "metadatapanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTextEdit>
#include <QUuid>
#include <QVBoxLayout>

namespace lectern {

ArticleEditor::ArticleEditor(LibraryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->hide();

    m_text = new RichTextEditor(store, this);
    m_metadata = new MetadataPanel(store, this);
    auto *scroll = new QScrollArea(this);
    m_metadataScroll = scroll;
    scroll->setWidget(m_metadata);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_metadata->minimumSizeHint().width() + 24);
    // The text keeps room for a readable line however narrow the window.
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 36);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->addWidget(m_text);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_dividerMoved = true; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    // Typing only restarts a timer: the body is serialised once the writer
    // pauses, never per keystroke.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(defaultAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        // The body is written a few milliseconds at a time first, so that
        // autosaving a long article never holds up typing.
        m_text->prepareBodyHtml([this] {
            if (Status status = writeRecovery(); !status)
                Q_EMIT errorOccurred(status.error());
        });
    });
    connect(m_text, &RichTextEditor::contentsChanged, this, &ArticleEditor::contentChanged);
    connect(m_text, &RichTextEditor::modificationChanged, this, &ArticleEditor::updateModified);
    connect(m_metadata, &MetadataPanel::changed, this, [this] {
        if (m_loading)
            return;
        m_metadataModified = true;
        contentChanged();
    });
    connect(m_metadata->titleEdit(), &QLineEdit::textChanged, this,
            [this] { Q_EMIT titleChanged(title()); });
    connect(m_metadata, &MetadataPanel::errorOccurred, this, &ArticleEditor::showError);
    // The text is spell-checked in the article's language.
    m_text->setSpellingLanguages({m_metadata->language()});
    connect(m_metadata, &MetadataPanel::languageChanged, this,
            [this](const QString &language) { m_text->setSpellingLanguages({language}); });
}

void ArticleEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // On a narrow page the metadata gives way: labels above their fields,
    // and the text has the room, until the divider is moved by hand.
    const bool compact = width() < 900;
    m_metadata->setCompact(compact);
    const int side = m_metadata->minimumSizeHint().width() + 24;
    m_metadataScroll->setMinimumWidth(side);
    if (m_dividerMoved)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int metadata = compact ? side : qBound(side, total * 2 / 5, 480);
    m_splitter->setSizes({total - metadata, metadata});
}

QString ArticleEditor::title() const
{
    const QString text = m_metadata->titleEdit()->text().trimmed();
    return text.isEmpty() ? tr("Untitled") : text;
}

Status ArticleEditor::openArticle(const QString &uuid)
{
    Result<Article> article = m_store.article(uuid);
    if (!article)
        return article.failure();
    ArticleEdit edit;
    edit.article = std::move(article).value();
    const auto links = m_store.relatedLinks(uuid);
    if (!links)
        return links.failure();
    edit.relatedLinks = links.value();
    const auto recommended = m_store.isRecommended(uuid);
    if (!recommended)
        return recommended.failure();
    edit.recommended = recommended.value();
    m_new = false;
    load(edit, false);
    return success();
}

void ArticleEditor::startNew(const ArticleEdit &initial)
{
    ArticleEdit edit = initial;
    edit.article.id = 0;
    if (edit.article.uuid.isEmpty())
        edit.article.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_new = true;
    load(edit, false);
}

void ArticleEditor::openRecovered(const ArticleEdit &edit)
{
    const Result<Article> saved = m_store.article(edit.article.uuid);
    m_new = !saved;
    load(edit, true);
    if (saved) {
        // Saving updates the stored article, whatever the snapshot held.
        m_base.article.id = saved->id;
        m_base.article.created = saved->created;
    }
}

void ArticleEditor::load(const ArticleEdit &edit, bool modified)
{
    m_loading = true;
    m_autosave.stop();
    m_base = edit;
    m_open = true;
    m_lastError.clear();
    m_message->hide();
    m_metadata->setEdit(edit);
    m_text->setBodyHtml(edit.article.bodyHtml);
    m_text->setModified(modified);
    m_metadataModified = modified;
    m_loading = false;
    updateModified();
    Q_EMIT titleChanged(title());
}

void ArticleEditor::closeArticle()
{
    m_autosave.stop();
    m_open = false;
    m_new = false;
    m_loading = true;
    m_base = ArticleEdit();
    m_metadata->setEdit(m_base);
    m_text->setBodyHtml(QString());
    m_metadataModified = false;
    m_loading = false;
    m_lastError.clear();
    m_message->hide();
    updateModified();
}

ArticleEdit ArticleEditor::currentEdit() const
{
    ArticleEdit edit = m_metadata->applyTo(m_base);
    // An untouched body stays as stored: written again by the editor, an
    // imported body would differ in its markup only, and history would list
    // a formatting change nobody made.
    if (m_text->isModified())
        edit.article.bodyHtml = m_text->bodyHtml();
    return edit;
}

void ArticleEditor::contentChanged()
{
    if (m_loading || !m_open)
        return;
    updateModified();
    if (m_modified)
        m_autosave.start();
}

void ArticleEditor::updateModified()
{
    const bool modified = m_open && (m_metadataModified || m_text->isModified());
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool ArticleEditor::save()
{
    if (!m_open)
        return false;
    m_autosave.stop();
    const ArticleEdit edit = currentEdit();
    const Result<Article> result = m_store.saveArticleEdit(edit);
    if (!result) {
        // The store words the failure from its kind (disk full, read-only…).
        const QString reason = result.error();
        const Status kept = writeRecovery();
        showError(kept ? tr("Your changes could not be saved. %1 They are still here in the "
                            "editor, and kept in the recovery area of the library in case "
                            "Lectern closes.")
                             .arg(reason)
                       : tr("Your changes could not be saved. %1 They are still here in the "
                            "editor, but could not be kept for recovery either: copy your text "
                            "somewhere safe before closing Lectern.")
                             .arg(reason));
        return false;
    }
    m_base = edit;
    m_base.article = result.value();
    m_metadata->invalidateChoices(); // a new category or tag is offered next time
    m_base.translationOf.clear();
    m_new = false;
    m_metadataModified = false;
    m_text->setModified(false);
    m_lastError.clear();
    m_message->hide();
    updateModified();
    Q_EMIT saved(m_base.article.uuid);
    return true;
}

void ArticleEditor::discardChanges()
{
    if (!m_open)
        return;
    m_autosave.stop();
    if (Status status = m_store.clearRecovery(recoveryKindArticle, uuid()); !status)
        Q_EMIT errorOccurred(status.error());
    if (m_new) {
        closeArticle();
        return;
    }
    if (Status status = openArticle(uuid()); !status) {
        closeArticle();
        Q_EMIT errorOccurred(status.error());
    }
}

Status ArticleEditor::writeRecovery()
{
    m_autosave.stop();
    if (!m_open || !m_modified)
        return success();
    return m_store.saveRecovery(recoveryKindArticle, uuid(), currentEdit().toJson());
}

bool ArticleEditor::confirmLeave()
{
    if (!m_open || !m_modified)
        return true;
    switch (askUnsaved()) {
    case UnsavedAnswer::Save:
        return save();
    case UnsavedAnswer::Discard:
        discardChanges();
        return true;
    case UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

ArticleEditor::UnsavedAnswer ArticleEditor::askUnsaved()
{
    if (m_prompt)
        return m_prompt(title());
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to “%1”?").arg(title()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("If you do not save them, your changes will be lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedAnswer::Save;
    case QMessageBox::Discard:
        return UnsavedAnswer::Discard;
    default:
        break;
    }
    return UnsavedAnswer::Cancel;
}

void ArticleEditor::setReadOnly(bool readOnly)
{
    m_text->setReadOnly(readOnly);
    m_metadata->setReadOnly(readOnly);
}

void ArticleEditor::showError(const QString &message)
{
    m_lastError = message;
    m_message->setText(message);
    m_message->show();
    Q_EMIT errorOccurred(message);
}

} // namespace lectern
