#pragma once

#include "result.h"
#include "university.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolBar;

namespace lectern {

class LibraryStore;
class RichTextEditor;

// The form of a university profile: name, country, city, year founded,
// website, logo and the rich-text profile. Saving writes the university and a
// revision of its previous version in one transaction; leaving with unsaved
// changes asks first. Unsaved edits are written to the library's recovery
// area after a few seconds without typing (never a revision), so that they
// are offered back after a crash. Shown as a window of its own, or inside
// another.
class UniversityEditor final : public QWidget
{
    Q_OBJECT

public:
    enum class UnsavedAnswer
    {
        Save,
        Discard,
        Cancel
    };
    using UnsavedPrompt = std::function<UnsavedAnswer(const QString &name)>;
    // Answers "move to trash?"; the default asks with a message box.
    using Confirmation = std::function<bool(const QString &question)>;

    // Idle time after the last change before the unsaved edits are written.
    static constexpr int defaultAutosaveDelayMs = 3000;

    explicit UniversityEditor(LibraryStore &store, QWidget *parent = nullptr);

    Status openUniversity(const QString &uuid);
    // A new, unsaved university (it gets its uuid now, so autosave can keep it).
    void startNew();
    // Unsaved edits from the recovery area, shown as modified against the
    // saved version (or as a new university when it was never saved).
    void openRecovered(const University &university);

    QString uuid() const { return m_base.uuid; }
    bool isNew() const { return m_new; }
    bool isModified() const { return m_modified; }
    // The form's fields as a university (the logo as stored, or pending).
    University currentUniversity() const;

    // Checks the fields, then saves; on failure the message bar says why and
    // the edits stay in the form.
    bool save();
    // Asks to save, discard or cancel when there are unsaved changes; true
    // when it is fine to leave.
    bool confirmLeave();
    // Reads an image file as the logo; stored as library media on save.
    Status setLogoFile(const QString &path);
    void removeLogo();
    // Asks, then moves the university to the trash.
    bool moveToTrash();
    void showHistory();
    // Autosave: writes the unsaved edits to the recovery area (a chosen logo
    // is stored as library media first).
    Status writeRecovery();
    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }
    QTimer *autosaveTimer() { return &m_autosave; }

    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    QString lastError() const { return m_lastError; }
    QLabel *messageBar() const { return m_message; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *countryField() const { return m_country; }
    QLineEdit *cityField() const { return m_city; }
    QSpinBox *foundedField() const { return m_founded; }
    QLineEdit *websiteField() const { return m_website; }
    RichTextEditor *profileEditor() const { return m_profile; }
    QAction *saveAction() const { return m_save; }
    QAction *historyAction() const { return m_history; }
    QAction *trashAction() const { return m_trash; }
    // Esc, Ctrl+W: closes the window, asking first about unsaved edits.
    QAction *closeAction() const { return m_close; }

    // A web address people can follow, with https:// added when no scheme
    // was written; empty when `text` is not one.
    static QString normalizedWebsite(const QString &text);

Q_SIGNALS:
    void saved(const QString &uuid);
    void trashed(const QString &uuid);
    void modifiedChanged(bool modified);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void load(const University &university);
    // The saved version `base`, with `form` in the fields.
    void loadForm(const University &base, const University &form, bool modified);
    void contentChanged();
    void clearRecovery();
    void updateModified();
    void updateTitle();
    void showLogo(const QByteArray &data);
    void showError(const QString &message);
    QString currentCountry() const;
    UnsavedAnswer askUnsaved();

    LibraryStore &m_store;
    University m_base;
    bool m_new = true;
    bool m_modified = false;
    bool m_loading = false;
    bool m_placed = false; // sized and placed for the screen, the first time it showed
    QTimer m_autosave;
    QString m_logo;           // sha256 of the logo in the form
    QByteArray m_pendingLogo; // a chosen file, not stored yet
    QString m_pendingMime;
    QString m_lastError;
    UnsavedPrompt m_prompt;
    Confirmation m_confirm;

    QToolBar *m_toolBar = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_country = nullptr;
    QLineEdit *m_city = nullptr;
    QSpinBox *m_founded = nullptr;
    QLineEdit *m_website = nullptr;
    QLabel *m_logoPreview = nullptr;
    RichTextEditor *m_profile = nullptr;
    QAction *m_save = nullptr;
    QAction *m_history = nullptr;
    QAction *m_trash = nullptr;
    QAction *m_close = nullptr;
    QAction *m_removeLogo = nullptr;
};

} // namespace lectern
