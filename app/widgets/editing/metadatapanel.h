#pragma once

#include "editing/articleedit.h"
#include "result.h"

#include <QPixmap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lectern {

class FieldSpelling;
class LibraryStore;

// Every field of an article except its body, beside the text editor: what
// the list, search, the related panel and recommended reading are built from.
class MetadataPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataPanel(LibraryStore &store, QWidget *parent = nullptr);

    // Fills the fields; the choices (categories, tags, universities) are read
    // again from the library. Emits no changed().
    void setEdit(const ArticleEdit &edit);
    // `base` with the panel's fields applied (the body is the caller's).
    ArticleEdit applyTo(const ArticleEdit &base) const;
    void setReadOnly(bool readOnly);
    // Labels above their fields, for a narrow window: the panel then needs
    // little more than its widest button row.
    void setCompact(bool compact);
    // The categories, tags and universities offered are read once (reading
    // them costs tens of milliseconds at 100,000 articles) and again at the
    // next setEdit() after this.
    void invalidateChoices() { m_choicesLoaded = false; }

    // What the pickers do, callable without them.
    Status addRelatedArticle(const QString &uuid);
    Status linkTranslation(const QString &uuid);
    Status setFeaturedImageFile(const QString &path);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *sourceEdit() const { return m_source; }
    QCheckBox *publishedCheck() const { return m_hasPublished; }
    QDateEdit *publishedEdit() const { return m_published; }
    QComboBox *categoryCombo() const { return m_category; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *statusCombo() const { return m_status; }
    QListWidget *universityList() const { return m_universities; }
    QListWidget *relatedList() const { return m_related; }
    QCheckBox *recommendedCheck() const { return m_recommended; }
    // Spell checking of the title and the summary, in the article's language.
    FieldSpelling *titleSpelling() const { return m_titleSpelling; }
    FieldSpelling *summarySpelling() const { return m_summarySpelling; }
    QString language() const;

Q_SIGNALS:
    void changed();
    // The article's language was chosen (or filled in): the text is
    // spell-checked in it.
    void languageChanged(const QString &language);
    void errorOccurred(const QString &message);

private:
    void buildForm();
    void loadChoices(const QStringList &linkedUniversities);
    void showTranslation();
    void showFeaturedImage();
    void updateRelatedButtons();
    void setRelatedMode(RelatedMode mode);
    void moveRelated(int step);
    void completeTag();

    LibraryStore &m_store;
    QString m_uuid;
    QString m_translationGroup;
    QString m_translationOf; // picked in this session, saved with the article
    QString m_translationTitle;
    QString m_featuredImage;
    QDateTime m_originalPublished;
    bool m_filling = false;
    bool m_choicesLoaded = false;
    QList<University> m_allUniversities;
    QString m_thumbnailSha;
    QPixmap m_thumbnail;

    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_source = nullptr;
    QCheckBox *m_hasPublished = nullptr;
    QDateEdit *m_published = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_translation = nullptr;
    QPushButton *m_linkTranslation = nullptr;
    QPushButton *m_unlinkTranslation = nullptr;
    QComboBox *m_status = nullptr;
    QListWidget *m_universities = nullptr;
    QListWidget *m_related = nullptr;
    QPushButton *m_addRelated = nullptr;
    QPushButton *m_removeRelated = nullptr;
    QPushButton *m_relatedUp = nullptr;
    QPushButton *m_relatedDown = nullptr;
    QPushButton *m_pinRelated = nullptr;
    QPushButton *m_excludeRelated = nullptr;
    QLabel *m_image = nullptr;
    QPushButton *m_chooseImage = nullptr;
    QPushButton *m_removeImage = nullptr;
    QCheckBox *m_recommended = nullptr;
    FieldSpelling *m_titleSpelling = nullptr;
    FieldSpelling *m_summarySpelling = nullptr;
    QList<QWidget *> m_editors;
    QFormLayout *m_form = nullptr;
};

} // namespace lectern
