#include "editing/universityeditor.h"
#include "messagebanner.h"
#include "storage/libraryfiles.h"

#include "editing/articleedit.h"
#include "editing/mediaimages.h"
#include "editor/richtexteditor.h"
#include "history/revisionhistorydialog.h"
#include "icons.h"
#include "librarystore.h"
#include "sidebarmodel.h"

#include <QAction>
#include <QBuffer>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QSpinBox>
#include <QToolBar>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace lectern {

namespace {

constexpr qint64 maxLogoBytes = 10 * 1024 * 1024;
constexpr int logoPreviewSize = 72;
constexpr int earliestFounded = 800; // Al-Qarawiyyin, 859; anything earlier is a typo

} // namespace

UniversityEditor::UniversityEditor(LibraryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_save = m_toolBar->addAction(themeIcon(QStringLiteral("document-save")), tr("&Save"), this,
                                  [this] { save(); });
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_save);
    m_history = m_toolBar->addAction(themeIcon(QStringLiteral("document-open-recent")),
                                     tr("&History…"), this, &UniversityEditor::showHistory);
    m_trash = m_toolBar->addAction(themeIcon(QStringLiteral("user-trash")), tr("Move to &Trash"),
                                   this, [this] { moveToTrash(); });
    // Esc and Ctrl+W close the window (asking about unsaved edits first), as
    // dialogs and documents do; Esc in the find bar closes only the bar.
    m_close = new QAction(tr("&Close"), this);
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
        if (!closeKeys.contains(key))
            closeKeys.append(key);
    }
    m_close->setShortcuts(closeKeys);
    m_close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_close, &QAction::triggered, this, [this] {
        if (isWindow())
            close();
    });
    addAction(m_close);

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("universityEditorMessage"));
    m_message->hide();

    m_name = new QLineEdit(this);
    m_country = new QComboBox(this);
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->setMinimumContentsLength(24);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QStringList countries{QStringLiteral("China"), QStringLiteral("Ukraine")};
    if (const Result<QStringList> stored = m_store.countries(); stored) {
        for (const QString &country : stored.value()) {
            if (!countries.contains(country))
                countries.append(country);
        }
    }
    for (const QString &country : std::as_const(countries))
        m_country->addItem(SidebarModel::countryName(country), country);
    m_city = new QLineEdit(this);
    m_founded = new QSpinBox(this);
    m_founded->setRange(earliestFounded - 1, QDate::currentDate().year());
    m_founded->setSpecialValueText(tr("Unknown"));
    m_founded->setAccessibleName(tr("Year founded"));
    m_website = new QLineEdit(this);
    m_website->setPlaceholderText(QStringLiteral("https://www.example.edu.cn"));

    m_logoPreview = new QLabel(this);
    m_logoPreview->setFixedSize(logoPreviewSize, logoPreviewSize);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *chooseLogo = new QPushButton(tr("Choose…"), this);
    chooseLogo->setAccessibleName(tr("Choose a logo"));
    auto *removeLogoButton = new QPushButton(tr("Remove"), this);
    removeLogoButton->setAccessibleName(tr("Remove the logo"));
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogoButton);
    logoRow->addStretch();
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a Logo"), QString(),
            tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"));
        if (path.isEmpty())
            return;
        if (Status status = setLogoFile(path); !status)
            showError(status.error());
    });
    connect(removeLogoButton, &QPushButton::clicked, this, &UniversityEditor::removeLogo);

    m_profile = new RichTextEditor(m_store, this);
    // Profiles have no language of their own: each word is checked in
    // English or Ukrainian by its alphabet.
    m_profile->setSpellingLanguages({QStringLiteral("en"), QStringLiteral("uk")});

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("&Founded:"), m_founded);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Logo:"), logoRow);

    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(profileLabel);
    layout->addWidget(m_profile, 1);

    // Typing only restarts a timer: the form is written once the writer pauses.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(defaultAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (Status status = writeRecovery(); !status)
            showError(status.error());
    });
    for (QLineEdit *field : {m_name, m_city, m_website})
        connect(field, &QLineEdit::textChanged, this, &UniversityEditor::contentChanged);
    connect(m_country, &QComboBox::currentTextChanged, this, &UniversityEditor::contentChanged);
    connect(m_founded, &QSpinBox::valueChanged, this, &UniversityEditor::contentChanged);
    connect(m_profile, &RichTextEditor::modificationChanged, this,
            &UniversityEditor::updateModified);
    connect(m_profile, &RichTextEditor::contentsChanged, this, &UniversityEditor::contentChanged);
    connect(m_name, &QLineEdit::textChanged, this, &UniversityEditor::updateTitle);

    startNew();
}

Status UniversityEditor::openUniversity(const QString &uuid)
{
    Result<University> university = m_store.university(uuid);
    if (!university)
        return university.failure();
    m_new = false;
    load(university.value());
    return success();
}

void UniversityEditor::startNew()
{
    m_new = true;
    University university;
    university.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    load(university);
}

void UniversityEditor::openRecovered(const University &recovered)
{
    const Result<University> saved = m_store.university(recovered.uuid);
    m_new = !saved;
    University base;
    if (saved) {
        base = saved.value();
    } else {
        base.uuid = recovered.uuid;
    }
    University form = recovered;
    // Saving updates the stored university, whatever the snapshot held.
    form.id = base.id;
    form.created = base.created;
    form.updated = base.updated;
    loadForm(base, form, true);
}

void UniversityEditor::load(const University &university)
{
    loadForm(university, university, false);
}

void UniversityEditor::loadForm(const University &base, const University &university, bool modified)
{
    m_loading = true;
    m_autosave.stop();
    m_base = base;
    m_name->setText(university.name);
    const int countryIndex = m_country->findData(university.country);
    if (countryIndex >= 0)
        m_country->setCurrentIndex(countryIndex);
    else
        m_country->setEditText(university.country);
    m_city->setText(university.city);
    m_founded->setValue(university.founded >= earliestFounded ? university.founded
                                                              : m_founded->minimum());
    m_website->setText(university.website);
    m_logo = university.logo;
    m_pendingLogo.clear();
    m_pendingMime.clear();
    const Result<MediaItem> logo =
        m_logo.isEmpty() ? Result<MediaItem>(Error{}) : m_store.media(m_logo);
    showLogo(logo ? logo->data : QByteArray());
    m_profile->setBodyHtml(university.profileHtml);
    m_profile->setModified(modified);
    m_message->hide();
    m_lastError.clear();
    m_history->setEnabled(!m_new);
    m_trash->setEnabled(!m_new);
    m_loading = false;
    updateModified();
    updateTitle();
}

QString UniversityEditor::currentCountry() const
{
    const QString text = m_country->currentText().trimmed();
    const int index = m_country->findText(text);
    return index >= 0 ? m_country->itemData(index).toString() : text;
}

University UniversityEditor::currentUniversity() const
{
    University u = m_base;
    u.name = m_name->text().trimmed();
    u.country = currentCountry();
    u.city = m_city->text().trimmed();
    u.founded = m_founded->value() >= earliestFounded ? m_founded->value() : 0;
    u.website = m_website->text().trimmed();
    u.logo = m_logo;
    u.profileHtml = m_profile->isModified() ? m_profile->bodyHtml() : m_base.profileHtml;
    return u;
}

void UniversityEditor::contentChanged()
{
    if (m_loading)
        return;
    updateModified();
    if (m_modified)
        m_autosave.start();
}

Status UniversityEditor::writeRecovery()
{
    m_autosave.stop();
    if (!m_modified || m_base.uuid.isEmpty())
        return success();
    if (!m_pendingLogo.isEmpty()) {
        // The snapshot names the logo by its hash, as a saved university does.
        const Result<QString> logo = m_store.addMedia(m_pendingLogo, m_pendingMime);
        if (!logo)
            return Error{tr("The logo could not be stored: %1").arg(logo.error())};
        m_logo = logo.value();
        m_pendingLogo.clear();
        m_pendingMime.clear();
    }
    University snapshot = currentUniversity();
    snapshot.profileText.clear(); // made again from the profile when it is saved
    return m_store.saveRecovery(recoveryKindUniversity, m_base.uuid, snapshot.toJson());
}

void UniversityEditor::clearRecovery()
{
    m_autosave.stop();
    if (m_base.uuid.isEmpty())
        return;
    if (Status status = m_store.clearRecovery(recoveryKindUniversity, m_base.uuid); !status)
        showError(status.error());
}

void UniversityEditor::updateModified()
{
    if (m_loading)
        return;
    const University now = currentUniversity();
    const bool modified = m_profile->isModified() || !m_pendingLogo.isEmpty() ||
                          now.name != m_base.name.trimmed() || now.country != m_base.country ||
                          now.city != m_base.city || now.founded != m_base.founded ||
                          now.website != m_base.website || now.logo != m_base.logo;
    if (modified == m_modified)
        return;
    m_modified = modified;
    setWindowModified(modified);
    Q_EMIT modifiedChanged(modified);
}

void UniversityEditor::updateTitle()
{
    const QString name = m_name->text().trimmed();
    if (m_new && name.isEmpty())
        setWindowTitle(tr("New University[*] — Lectern"));
    else
        setWindowTitle(tr("%1[*] — Edit University — Lectern").arg(name));
}

void UniversityEditor::showLogo(const QByteArray &data)
{
    if (data.isEmpty()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    // Decoded at preview size (a huge photo never sits in memory at full
    // size), and upright.
    const QImage image = decodeScaledImage(data, logoPreviewSize, logoPreviewSize);
    if (image.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("Unreadable"));
        return;
    }
    m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
        logoPreviewSize, logoPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

Status UniversityEditor::setLogoFile(const QString &path)
{
    if (Status allowed = LiveLibraries::refuseIfLive(path); !allowed)
        return allowed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The logo “%1” could not be read: %2").arg(path, file.errorString())};
    if (file.size() > maxLogoBytes)
        return Error{tr("The logo “%1” is larger than 10 MB; choose a smaller image.").arg(path)};
    const QByteArray data = file.readAll();
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    if (!reader.canRead())
        return Error{tr("“%1” is not an image Lectern can read.").arg(path)};
    m_pendingLogo = data;
    m_pendingMime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    m_logo.clear();
    showLogo(data);
    m_message->hide();
    contentChanged();
    return success();
}

void UniversityEditor::removeLogo()
{
    m_logo.clear();
    m_pendingLogo.clear();
    m_pendingMime.clear();
    showLogo({});
    contentChanged();
}

QString UniversityEditor::normalizedWebsite(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return {};
    const bool hasScheme = trimmed.contains(QLatin1String("://"));
    const QUrl url(hasScheme ? trimmed : QLatin1String("https://") + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString host = url.host();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        host.isEmpty() ||
        (!host.contains(QLatin1Char('.')) && host != QLatin1String("localhost")) ||
        host.startsWith(QLatin1Char('.')) || host.endsWith(QLatin1Char('.')))
        return {};
    return url.toString();
}

bool UniversityEditor::save()
{
    m_autosave.stop();
    University u = currentUniversity();
    if (u.name.isEmpty()) {
        showError(tr("Give the university a name before saving."));
        m_name->setFocus();
        return false;
    }
    if (!u.website.isEmpty()) {
        const QString website = normalizedWebsite(u.website);
        if (website.isEmpty()) {
            showError(tr("The website “%1” is not a web address. Write it like "
                         "https://www.example.edu.cn.")
                          .arg(u.website));
            m_website->setFocus();
            m_website->selectAll();
            return false;
        }
        u.website = website;
    }
    if (!m_pendingLogo.isEmpty()) {
        // Stored by content hash: saving the same picture twice keeps one copy.
        const Result<QString> logo = m_store.addMedia(m_pendingLogo, m_pendingMime);
        if (!logo) {
            showError(tr("The logo could not be stored: %1").arg(logo.error()));
            return false;
        }
        u.logo = logo.value();
    }
    // currentUniversity() kept the stored profile unless it was edited: a
    // profile written again by the editor would differ from an imported one
    // only in its markup, and history would list a change nobody made.
    const Result<University> stored = m_store.saveUniversity(u);
    if (!stored) {
        // Kept for recovery too, in case Lectern closes before a save works.
        (void)writeRecovery();
        showError(tr("“%1” could not be saved: %2").arg(u.name, stored.error()));
        return false;
    }
    m_new = false;
    load(stored.value());
    Q_EMIT saved(stored->uuid);
    return true;
}

void UniversityEditor::showError(const QString &message)
{
    m_lastError = message;
    m_message->setText(message);
    m_message->show();
}

UniversityEditor::UnsavedAnswer UniversityEditor::askUnsaved()
{
    const QString name = m_name->text().trimmed();
    if (m_prompt)
        return m_prompt(name);
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    name.isEmpty() ? tr("Save the new university?")
                                   : tr("Save the changes to “%1”?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("universityUnsavedBox"));
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

bool UniversityEditor::confirmLeave()
{
    if (!m_modified)
        return true;
    switch (askUnsaved()) {
    case UnsavedAnswer::Save:
        return save();
    case UnsavedAnswer::Discard:
        clearRecovery();
        if (m_new)
            startNew();
        else
            load(m_base);
        return true;
    case UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

bool UniversityEditor::moveToTrash()
{
    if (m_new)
        return false;
    const QString question =
        tr("Move “%1” to the trash? You can restore it from the trash later.").arg(m_base.name);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Move to Trash"), question,
                                                       QMessageBox::Yes | QMessageBox::Cancel,
                                                       QMessageBox::Cancel) == QMessageBox::Yes;
    if (!yes)
        return false;
    if (Status status = m_store.trashUniversity(m_base.uuid); !status) {
        showError(status.error());
        return false;
    }
    clearRecovery();
    const QString uuid = m_base.uuid;
    m_modified = false; // nothing is left to save: closing must not ask
    setWindowModified(false);
    Q_EMIT trashed(uuid);
    return true;
}

void UniversityEditor::showHistory()
{
    if (m_new || !confirmLeave())
        return;
    RevisionHistoryDialog dialog(m_store, RevisionHistoryDialog::Kind::University, m_base.uuid,
                                 this);
    connect(&dialog, &RevisionHistoryDialog::restored, this, [this](const QString &uuid) {
        if (openUniversity(uuid))
            Q_EMIT saved(uuid);
    });
    dialog.exec();
}

void UniversityEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_close->setEnabled(isWindow()); // inside another window, Esc is that window's
    if (!isWindow() || std::exchange(m_placed, true))
        return;
    // As large as the form wants, as far as the screen allows (a 900-pixel
    // laptop screen has a panel and a title bar too), over the window that
    // opened it, and never past the screen's edges.
    const QRect available = screen()->availableGeometry();
    const QSize margins = frameGeometry().size() - geometry().size();
    const QSize room(available.width() * 9 / 10 - margins.width(),
                     available.height() * 85 / 100 - margins.height());
    resize(QSize(760, 720).boundedTo(room).expandedTo(minimumSizeHint()));
    QRect frame(QPoint(), size() + margins);
    const QWidget *opener = parentWidget() ? parentWidget()->window() : nullptr;
    frame.moveCenter(opener && opener->isVisible() ? opener->frameGeometry().center()
                                                   : available.center());
    frame.moveLeft(qBound(available.left(), frame.left(), available.right() - frame.width() + 1));
    frame.moveTop(qBound(available.top(), frame.top(), available.bottom() - frame.height() + 1));
    move(frame.topLeft());
}

void UniversityEditor::closeEvent(QCloseEvent *event)
{
    if (!confirmLeave()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace lectern
