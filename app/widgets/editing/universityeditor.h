#pragma once

#include "result.h"
#include "university.h"

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
// changes asks first. Shown as a window of its own, or inside another.
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

    explicit UniversityEditor(LibraryStore &store, QWidget *parent = nullptr);

    Status openUniversity(const QString &uuid);
    void startNew();

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

    // A web address people can follow, with https:// added when no scheme
    // was written; empty when `text` is not one.
    static QString normalizedWebsite(const QString &text);

Q_SIGNALS:
    void saved(const QString &uuid);
    void trashed(const QString &uuid);
    void modifiedChanged(bool modified);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void load(const University &university);
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
    QAction *m_removeLogo = nullptr;
};

} // namespace lectern
