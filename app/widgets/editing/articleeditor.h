#pragma once

#include "editing/articleedit.h"
#include "result.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QScrollArea;
class QSplitter;

namespace lectern {

class LibraryStore;
class MetadataPanel;
class RichTextEditor;

// The editing page of one article: its body in the rich-text editor, its
// metadata beside it, one-transaction saves, and autosave of unsaved work to
// the library's recovery area (never a revision).
class ArticleEditor final : public QWidget
{
    Q_OBJECT

public:
    enum class UnsavedAnswer
    {
        Save,
        Discard,
        Cancel
    };
    using UnsavedPrompt = std::function<UnsavedAnswer(const QString &title)>;

    // Idle time after the last change before the unsaved work is written.
    static constexpr int defaultAutosaveDelayMs = 3000;

    explicit ArticleEditor(LibraryStore &store, QWidget *parent = nullptr);

    Status openArticle(const QString &uuid);
    // A new, unsaved article (it gets its uuid now, so autosave can keep it).
    void startNew(const ArticleEdit &initial = {});
    // Unsaved work from the recovery area: shown as modified.
    void openRecovered(const ArticleEdit &edit);
    void closeArticle();

    bool isOpen() const { return m_open; }
    bool isNew() const { return m_new; }
    QString uuid() const { return m_base.article.uuid; }
    QString title() const;
    bool isModified() const { return m_modified; }
    ArticleEdit currentEdit() const;

    // Saves everything in one transaction; on failure the edits stay here and
    // in the recovery area, and the message bar says what went wrong.
    bool save();
    // Back to the saved version (closes a new article); clears recovery.
    void discardChanges();
    // Autosave: writes the unsaved work to the recovery area.
    Status writeRecovery();
    // Asks to save, discard or cancel when there are unsaved changes; true
    // when it is fine to leave (saved or discarded or nothing to lose).
    bool confirmLeave();
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }

    void setReadOnly(bool readOnly);
    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }
    QTimer *autosaveTimer() { return &m_autosave; }
    // The last failure shown to the user, empty after a good save.
    QString lastError() const { return m_lastError; }
    QLabel *messageBar() const { return m_message; }
    RichTextEditor *textEditor() const { return m_text; }
    MetadataPanel *metadata() const { return m_metadata; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void titleChanged(const QString &title);
    void saved(const QString &uuid);
    void errorOccurred(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void load(const ArticleEdit &edit, bool modified);
    void contentChanged();
    void updateModified();
    void showError(const QString &message);
    UnsavedAnswer askUnsaved();

    LibraryStore &m_store;
    ArticleEdit m_base; // as saved (or as started, for a new article)
    bool m_open = false;
    bool m_new = false;
    bool m_modified = false;
    bool m_metadataModified = false;
    bool m_loading = false;
    QString m_lastError;
    QTimer m_autosave;
    UnsavedPrompt m_prompt;

    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_metadataScroll = nullptr;
    bool m_dividerMoved = false; // by hand: its place is the user's
    RichTextEditor *m_text = nullptr;
    MetadataPanel *m_metadata = nullptr;
};

} // namespace lectern
