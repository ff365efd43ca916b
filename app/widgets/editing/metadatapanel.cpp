#include "metadatapanel.h"
#include "storage/libraryfiles.h"

#include "articlepicker.h"
#include "librarystore.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QUuid>
#include <QVBoxLayout>

namespace lectern {

namespace {

constexpr int thumbnailWidth = 200;
constexpr int thumbnailHeight = 120;
const QStringList knownLanguages{QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("uk"),
                                 QStringLiteral("ru")};

QString relatedText(const QString &title, RelatedMode mode)
{
    switch (mode) {
    case RelatedMode::Pinned:
        return MetadataPanel::tr("%1 (pinned)").arg(title);
    case RelatedMode::Excluded:
        return MetadataPanel::tr("%1 (never suggested)").arg(title);
    case RelatedMode::Link:
        break;
    }
    return title;
}

constexpr int uuidRole = Qt::UserRole;
constexpr int modeRole = Qt::UserRole + 1;
constexpr int titleRole = Qt::UserRole + 2;

void setRelatedItem(QListWidgetItem *item, const QString &title, RelatedMode mode)
{
    item->setData(modeRole, static_cast<int>(mode));
    item->setData(titleRole, title);
    item->setText(relatedText(title, mode));
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

} // namespace

MetadataPanel::MetadataPanel(LibraryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    buildForm();
}

void MetadataPanel::buildForm()
{
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Title of the article"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_author = new QLineEdit(this);
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("Web address or publication"));

    m_hasPublished = new QCheckBox(tr("Published on"), this);
    m_published = new QDateEdit(this);
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setDate(QDate::currentDate());
    auto *publishedRow = new QHBoxLayout;
    publishedRow->addWidget(m_hasPublished);
    publishedRow->addWidget(m_published, 1);

    m_category = new QComboBox(this);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. scholarships, Kyiv"));
    auto *tagCompleter = new QCompleter(new QStringListModel(this), this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    tagCompleter->setFilterMode(Qt::MatchStartsWith);
    tagCompleter->setWidget(m_tags);
    // A QLineEdit's own completer would replace every tag with the one chosen:
    // this one completes only the tag being typed.
    connect(m_tags, &QLineEdit::textEdited, this, &MetadataPanel::completeTag);
    connect(tagCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &tag) {
                QString text = m_tags->text();
                const int comma = text.lastIndexOf(QLatin1Char(','));
                text = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
                m_tags->setText(text + tag + QLatin1String(", "));
                Q_EMIT changed();
            });

    m_language = new QComboBox(this);
    m_language->setEditable(false);
    for (const QString &code : knownLanguages)
        m_language->addItem(languageName(code), code);

    m_translation = new QLabel(this);
    m_translation->setWordWrap(true);
    m_translation->setTextFormat(Qt::PlainText);
    m_linkTranslation = new QPushButton(tr("Link as Translation Of…"), this);
    m_unlinkTranslation = new QPushButton(tr("Unlink"), this);
    auto *translationBox = new QVBoxLayout;
    translationBox->addWidget(m_translation);
    auto *translationButtons = new QHBoxLayout;
    translationButtons->addWidget(m_linkTranslation);
    translationButtons->addWidget(m_unlinkTranslation);
    translationButtons->addStretch();
    translationBox->addLayout(translationButtons);

    m_status = new QComboBox(this);
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                 ArticleStatus::Published, ArticleStatus::Archived})
        m_status->addItem(statusLabel(status), statusKey(status));

    m_universities = new QListWidget(this);
    m_universities->setAccessibleName(tr("Linked universities"));
    m_universities->setMaximumHeight(140);

    m_related = new QListWidget(this);
    m_related->setAccessibleName(tr("Related articles"));
    m_related->setMaximumHeight(140);
    m_addRelated = new QPushButton(tr("Add…"), this);
    m_removeRelated = new QPushButton(tr("Remove"), this);
    m_relatedUp = new QPushButton(tr("Up"), this);
    m_relatedDown = new QPushButton(tr("Down"), this);
    m_pinRelated = new QPushButton(tr("Pin"), this);
    m_pinRelated->setCheckable(true);
    m_pinRelated->setToolTip(tr("Always show this article first among the related articles"));
    m_excludeRelated = new QPushButton(tr("Never Suggest"), this);
    m_excludeRelated->setCheckable(true);
    m_excludeRelated->setToolTip(tr("Never suggest this article as related"));
    auto *relatedButtons = new QGridLayout;
    relatedButtons->addWidget(m_addRelated, 0, 0);
    relatedButtons->addWidget(m_removeRelated, 0, 1);
    relatedButtons->addWidget(m_relatedUp, 0, 2);
    relatedButtons->addWidget(m_relatedDown, 0, 3);
    relatedButtons->addWidget(m_pinRelated, 1, 0, 1, 2);
    relatedButtons->addWidget(m_excludeRelated, 1, 2, 1, 2);
    auto *relatedBox = new QVBoxLayout;
    relatedBox->addWidget(m_related);
    relatedBox->addLayout(relatedButtons);

    m_image = new QLabel(this);
    m_image->setFixedSize(thumbnailWidth, thumbnailHeight);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_chooseImage = new QPushButton(tr("Choose…"), this);
    m_removeImage = new QPushButton(tr("Remove"), this);
    auto *imageBox = new QVBoxLayout;
    imageBox->addWidget(m_image);
    auto *imageButtons = new QHBoxLayout;
    imageButtons->addWidget(m_chooseImage);
    imageButtons->addWidget(m_removeImage);
    imageButtons->addStretch();
    imageBox->addLayout(imageButtons);

    m_recommended = new QCheckBox(tr("In recommended reading"), this);

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("Date:"), publishedRow);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Translations:"), translationBox);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("&Universities:"), m_universities);
    form->addRow(tr("Related:"), relatedBox);
    form->addRow(tr("Featured image:"), imageBox);
    form->addRow(QString(), m_recommended);

    m_editors = {m_title,
                 m_summary,
                 m_author,
                 m_source,
                 m_hasPublished,
                 m_published,
                 m_category,
                 m_tags,
                 m_language,
                 m_linkTranslation,
                 m_unlinkTranslation,
                 m_status,
                 m_universities,
                 m_addRelated,
                 m_removeRelated,
                 m_relatedUp,
                 m_relatedDown,
                 m_pinRelated,
                 m_excludeRelated,
                 m_chooseImage,
                 m_removeImage,
                 m_recommended};

    const auto edited = [this] {
        if (!m_filling)
            Q_EMIT changed();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    connect(m_summary, &QPlainTextEdit::textChanged, this, edited);
    connect(m_author, &QLineEdit::textChanged, this, edited);
    connect(m_source, &QLineEdit::textChanged, this, edited);
    connect(m_hasPublished, &QCheckBox::toggled, this, [this, edited](bool on) {
        m_published->setEnabled(on);
        edited();
    });
    connect(m_published, &QDateEdit::dateChanged, this, edited);
    connect(m_category, &QComboBox::currentTextChanged, this, edited);
    connect(m_tags, &QLineEdit::textChanged, this, edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, edited);
    connect(m_status, &QComboBox::currentIndexChanged, this, edited);
    connect(m_universities, &QListWidget::itemChanged, this, edited);
    connect(m_recommended, &QCheckBox::toggled, this, edited);

    connect(m_linkTranslation, &QPushButton::clicked, this, [this] {
        const QString uuid =
            ArticlePicker::pick(m_store, {m_uuid}, this, tr("Link as a Translation of an Article"));
        if (uuid.isEmpty())
            return;
        if (Status status = linkTranslation(uuid); !status)
            Q_EMIT errorOccurred(status.error());
    });
    connect(m_unlinkTranslation, &QPushButton::clicked, this, [this] {
        m_translationGroup.clear();
        m_translationOf.clear();
        m_translationTitle.clear();
        showTranslation();
        Q_EMIT changed();
    });

    connect(m_related, &QListWidget::currentRowChanged, this, &MetadataPanel::updateRelatedButtons);
    connect(m_addRelated, &QPushButton::clicked, this, [this] {
        QStringList present{m_uuid};
        for (int row = 0; row < m_related->count(); ++row)
            present.append(m_related->item(row)->data(uuidRole).toString());
        const QString uuid =
            ArticlePicker::pick(m_store, present, this, tr("Add a Related Article"));
        if (uuid.isEmpty())
            return;
        if (Status status = addRelatedArticle(uuid); !status)
            Q_EMIT errorOccurred(status.error());
    });
    connect(m_removeRelated, &QPushButton::clicked, this, [this] {
        delete m_related->takeItem(m_related->currentRow());
        updateRelatedButtons();
        Q_EMIT changed();
    });
    connect(m_relatedUp, &QPushButton::clicked, this, [this] { moveRelated(-1); });
    connect(m_relatedDown, &QPushButton::clicked, this, [this] { moveRelated(1); });
    connect(m_pinRelated, &QPushButton::clicked, this,
            [this](bool on) { setRelatedMode(on ? RelatedMode::Pinned : RelatedMode::Link); });
    connect(m_excludeRelated, &QPushButton::clicked, this,
            [this](bool on) { setRelatedMode(on ? RelatedMode::Excluded : RelatedMode::Link); });

    connect(m_chooseImage, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a Featured Image"), QString(),
                                         tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"));
        if (path.isEmpty())
            return;
        if (Status status = setFeaturedImageFile(path); !status)
            Q_EMIT errorOccurred(status.error());
    });
    connect(m_removeImage, &QPushButton::clicked, this, [this] {
        m_featuredImage.clear();
        showFeaturedImage();
        Q_EMIT changed();
    });
    updateRelatedButtons();
}

void MetadataPanel::completeTag()
{
    auto *completer = findChild<QCompleter *>();
    const QString text = m_tags->text();
    const QString current = text.mid(text.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
    if (current.isEmpty()) {
        completer->popup()->hide();
        return;
    }
    completer->setCompletionPrefix(current);
    if (completer->completionCount() > 0)
        completer->complete();
    else
        completer->popup()->hide();
}

void MetadataPanel::loadChoices(const QStringList &linkedUniversities)
{
    if (!m_choicesLoaded) {
        m_choicesLoaded = true;
        m_category->clear();
        m_category->addItem(QString());
        if (const auto categories = m_store.categories())
            m_category->addItems(categories.value());
        else
            Q_EMIT errorOccurred(categories.error());

        if (auto *completer = findChild<QCompleter *>()) {
            const auto tags = m_store.tags();
            static_cast<QStringListModel *>(completer->model())
                ->setStringList(tags ? tags.value() : QStringList());
        }
        const auto universities = m_store.universities();
        if (!universities)
            Q_EMIT errorOccurred(universities.error());
        m_allUniversities = universities ? universities.value() : QList<University>();
    }

    m_universities->clear();
    const QList<University> *universities = &m_allUniversities;
    // Linked ones first, in their order; then the others by name.
    QList<University> ordered;
    for (const QString &uuid : linkedUniversities) {
        for (const University &university : *universities) {
            if (university.uuid == uuid)
                ordered.append(university);
        }
    }
    for (const University &university : *universities) {
        if (!linkedUniversities.contains(university.uuid))
            ordered.append(university);
    }
    for (const University &university : ordered) {
        auto *item = new QListWidgetItem(university.name, m_universities);
        item->setData(uuidRole, university.uuid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(linkedUniversities.contains(university.uuid) ? Qt::Checked
                                                                         : Qt::Unchecked);
    }
}

void MetadataPanel::setEdit(const ArticleEdit &edit)
{
    m_filling = true;
    const Article &a = edit.article;
    m_uuid = a.uuid;
    m_title->setText(a.title);
    m_summary->setPlainText(a.summary);
    m_author->setText(a.author);
    m_source->setText(a.source);
    m_originalPublished = a.published;
    m_hasPublished->setChecked(a.published.isValid());
    m_published->setEnabled(a.published.isValid());
    m_published->setDate(a.published.isValid() ? a.published.toLocalTime().date()
                                               : QDate::currentDate());
    m_category->setCurrentText(QString());
    loadChoices(a.universityUuids);
    m_category->setCurrentText(a.category);
    m_tags->setText(a.tags.join(QLatin1String(", ")));
    int language = m_language->findData(a.language);
    if (language < 0 && !a.language.isEmpty()) {
        m_language->addItem(languageName(a.language), a.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(qMax(0, language));
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusKey(a.status))));

    m_translationGroup = a.translationGroup;
    m_translationOf = edit.translationOf;
    m_translationTitle.clear();
    if (!m_translationOf.isEmpty()) {
        if (const auto other = m_store.article(m_translationOf))
            m_translationTitle = other->title;
    }
    showTranslation();

    m_related->clear();
    for (const RelatedLink &link : edit.relatedLinks) {
        const auto other = m_store.article(link.uuid);
        auto *item = new QListWidgetItem(m_related);
        item->setData(uuidRole, link.uuid);
        setRelatedItem(item, other ? other->title : link.uuid, link.mode);
    }
    updateRelatedButtons();

    m_featuredImage = a.featuredImage;
    showFeaturedImage();
    m_recommended->setChecked(edit.recommended);
    m_filling = false;
}

ArticleEdit MetadataPanel::applyTo(const ArticleEdit &base) const
{
    ArticleEdit edit = base;
    Article &a = edit.article;
    a.title = m_title->text().trimmed();
    a.summary = m_summary->toPlainText().trimmed();
    a.author = m_author->text().trimmed();
    a.source = m_source->text().trimmed();
    if (!m_hasPublished->isChecked()) {
        a.published = QDateTime();
    } else if (m_originalPublished.isValid() &&
               m_originalPublished.toLocalTime().date() == m_published->date()) {
        a.published = m_originalPublished; // keeps the time of day it had
    } else {
        a.published = QDateTime(m_published->date(), QTime(12, 0), Qt::UTC);
    }
    a.category = m_category->currentText().trimmed();
    a.tags = splitTags(m_tags->text());
    a.language = m_language->currentData().toString();
    a.translationGroup = m_translationGroup;
    edit.translationOf = m_translationOf;
    a.status = statusFromKey(m_status->currentData().toString()).value_or(ArticleStatus::Draft);
    a.universityUuids.clear();
    for (int row = 0; row < m_universities->count(); ++row) {
        const QListWidgetItem *item = m_universities->item(row);
        if (item->checkState() == Qt::Checked)
            a.universityUuids.append(item->data(uuidRole).toString());
    }
    edit.relatedLinks.clear();
    for (int row = 0; row < m_related->count(); ++row) {
        const QListWidgetItem *item = m_related->item(row);
        edit.relatedLinks.append({item->data(uuidRole).toString(),
                                  static_cast<RelatedMode>(item->data(modeRole).toInt())});
    }
    a.featuredImage = m_featuredImage;
    edit.recommended = m_recommended->isChecked();
    return edit;
}

void MetadataPanel::setReadOnly(bool readOnly)
{
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(!readOnly);
    if (!readOnly) {
        m_published->setEnabled(m_hasPublished->isChecked());
        updateRelatedButtons();
        showTranslation();
        showFeaturedImage();
    }
}

Status MetadataPanel::addRelatedArticle(const QString &uuid)
{
    if (uuid == m_uuid)
        return Error{tr("An article cannot be related to itself.")};
    for (int row = 0; row < m_related->count(); ++row) {
        if (m_related->item(row)->data(uuidRole).toString() == uuid)
            return Error{tr("That article is already in the list.")};
    }
    const Result<Article> other = m_store.article(uuid);
    if (!other)
        return other.failure();
    auto *item = new QListWidgetItem(m_related);
    item->setData(uuidRole, uuid);
    setRelatedItem(item, other->title, RelatedMode::Link);
    m_related->setCurrentItem(item);
    updateRelatedButtons();
    Q_EMIT changed();
    return success();
}

Status MetadataPanel::linkTranslation(const QString &uuid)
{
    if (uuid == m_uuid)
        return Error{tr("An article cannot be a translation of itself.")};
    const Result<Article> other = m_store.article(uuid);
    if (!other)
        return other.failure();
    if (other->translationGroup.isEmpty()) {
        // Neither has a group yet: a new one, which the other joins on save.
        m_translationGroup = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_translationOf = uuid;
    } else {
        m_translationGroup = other->translationGroup;
        m_translationOf.clear();
    }
    m_translationTitle = other->title;
    showTranslation();
    Q_EMIT changed();
    return success();
}

Status MetadataPanel::setFeaturedImageFile(const QString &path)
{
    if (Status allowed = LiveLibraries::refuseIfLive(path); !allowed)
        return allowed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The image %1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray data = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    if (!mime.startsWith(QLatin1String("image/")))
        return Error{tr("%1 is not an image.").arg(QFileInfo(path).fileName())};
    const Result<QString> sha = m_store.addMedia(data, mime);
    if (!sha)
        return sha.failure();
    m_featuredImage = sha.value();
    showFeaturedImage();
    Q_EMIT changed();
    return success();
}

void MetadataPanel::showTranslation()
{
    QStringList names;
    if (!m_translationTitle.isEmpty()) {
        names.append(m_translationTitle);
    } else if (!m_translationGroup.isEmpty() && !m_uuid.isEmpty()) {
        if (const auto others = m_store.translations(m_uuid)) {
            for (const ArticleSummary &other : others.value())
                names.append(
                    QStringLiteral("%1 (%2)").arg(other.title, languageName(other.language)));
        }
    }
    m_translation->setText(names.isEmpty()
                               ? tr("Not linked to other languages.")
                               : tr("Also in: %1").arg(names.join(QLatin1String("; "))));
    m_unlinkTranslation->setEnabled(m_linkTranslation->isEnabled() &&
                                    !m_translationGroup.isEmpty());
}

void MetadataPanel::showFeaturedImage()
{
    m_image->clear();
    if (m_featuredImage.isEmpty()) {
        m_image->setText(tr("No image"));
    } else if (m_featuredImage == m_thumbnailSha && !m_thumbnail.isNull()) {
        m_image->setPixmap(m_thumbnail);
    } else if (const auto item = m_store.media(m_featuredImage)) {
        // Decoded straight to thumbnail size: a photo at full size costs
        // tens of milliseconds and megabytes.
        QBuffer buffer;
        buffer.setData(item->data);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(thumbnailWidth, thumbnailHeight, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull()) {
            m_image->setText(tr("Not a readable image"));
        } else {
            m_thumbnailSha = m_featuredImage;
            m_thumbnail = QPixmap::fromImage(image);
            m_image->setPixmap(m_thumbnail);
        }
    } else {
        m_image->setText(item.error());
    }
    m_removeImage->setEnabled(m_chooseImage->isEnabled() && !m_featuredImage.isEmpty());
}

void MetadataPanel::updateRelatedButtons()
{
    const QListWidgetItem *item = m_related->currentItem();
    const bool editable = m_addRelated->isEnabled();
    const int row = m_related->currentRow();
    m_removeRelated->setEnabled(editable && item);
    m_relatedUp->setEnabled(editable && item && row > 0);
    m_relatedDown->setEnabled(editable && item && row < m_related->count() - 1);
    m_pinRelated->setEnabled(editable && item);
    m_excludeRelated->setEnabled(editable && item);
    const auto mode =
        item ? static_cast<RelatedMode>(item->data(modeRole).toInt()) : RelatedMode::Link;
    m_pinRelated->setChecked(mode == RelatedMode::Pinned);
    m_excludeRelated->setChecked(mode == RelatedMode::Excluded);
}

void MetadataPanel::setRelatedMode(RelatedMode mode)
{
    QListWidgetItem *item = m_related->currentItem();
    if (!item)
        return;
    setRelatedItem(item, item->data(titleRole).toString(), mode);
    updateRelatedButtons();
    Q_EMIT changed();
}

void MetadataPanel::moveRelated(int step)
{
    const int row = m_related->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_related->count())
        return;
    QListWidgetItem *item = m_related->takeItem(row);
    m_related->insertItem(target, item);
    m_related->setCurrentRow(target);
    updateRelatedButtons();
    Q_EMIT changed();
}

} // namespace lectern
