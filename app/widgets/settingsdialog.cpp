#include "settingsdialog.h"

#include "appearance.h"
#include "uilanguage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace lectern {

namespace {

// Each language is named in itself, so whoever cannot read the current
// interface still finds their own.
QString languageInItself(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("uk"))
        return QStringLiteral("Українська");
    return QStringLiteral("English");
}

// A date and a number as the language writes them, so the choice shows what
// it changes besides the words.
QString formatExample(const QString &language)
{
    const QLocale locale(language);
    return locale.toString(QDate::currentDate(), QLocale::LongFormat) % QStringLiteral(" · ") %
           locale.toString(1234567.5, 'f', 1);
}

QMenu *findOrAddEditMenu(QMainWindow *window)
{
    const QString title = QCoreApplication::translate("lectern::MainWindow", "&Edit");
    const QList<QAction *> actions = window->menuBar()->actions();
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu();
            menu && (menu->objectName() == QLatin1String("editMenu") || menu->title() == title))
            return menu;
    }
    auto *menu = new QMenu(title, window->menuBar());
    menu->setObjectName(QStringLiteral("editMenu"));
    // Right after File, where every desktop puts it.
    window->menuBar()->insertMenu(actions.value(1), menu);
    return menu;
}

} // namespace

QString runningUiLanguage()
{
    return chooseUiLanguage(QLocale().name(), QLocale::system());
}

SettingsDialog::SettingsDialog(const QString &libraryPath, const QString &runningLanguage,
                               QWidget *parent)
    : QDialog(parent)
    , m_runningLanguage(runningLanguage)
{
    setWindowTitle(tr("Settings"));
    const QSettings settings;

    auto *languageGroup = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(languageGroup);
    m_language->setObjectName(QStringLiteral("language"));
    const QString system = chooseUiLanguage(QString(), QLocale::system());
    m_language->addItem(tr("System default (%1)").arg(languageInItself(system)), QString());
    const QStringList languages = uiLanguages();
    for (const QString &language : languages)
        m_language->addItem(languageInItself(language), language);
    m_formatExample = new QLabel(languageGroup);
    m_formatExample->setObjectName(QStringLiteral("formatExample"));
    m_restartNote =
        new QLabel(tr("A new language takes effect when Lectern restarts."), languageGroup);
    m_restartNote->setWordWrap(true);
    m_restartButton = new QPushButton(tr("&Restart Now"), languageGroup);
    m_restartButton->setObjectName(QStringLiteral("restartNow"));
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restartButton, 0, Qt::AlignTop);
    auto *languageForm = new QFormLayout(languageGroup);
    languageForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    languageForm->addRow(tr("&Interface language:"), m_language);
    languageForm->addRow(tr("Dates and numbers:"), m_formatExample);
    languageForm->addRow(restartRow);

    auto *appearanceGroup = new QGroupBox(tr("Appearance"), this);
    m_colorScheme = new QComboBox(appearanceGroup);
    m_colorScheme->setObjectName(QStringLiteral("colorScheme"));
    m_colorScheme->addItem(tr("Follow the system"), int(ColorScheme::System));
    m_colorScheme->addItem(tr("Light"), int(ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), int(ColorScheme::Dark));
    m_colorScheme->setCurrentIndex(m_colorScheme->findData(int(colorSchemeFromSettings())));
    auto *appearanceForm = new QFormLayout(appearanceGroup);
    appearanceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    appearanceForm->addRow(tr("&Colours:"), m_colorScheme);

    auto *editingGroup = new QGroupBox(tr("Editing"), this);
    m_readOnly = new QCheckBox(tr("Read-&only mode (hide editing)"), editingGroup);
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    auto *readOnlyHint = new QLabel(
        tr("For readers: articles can be read, searched and exported, not changed."), editingGroup);
    readOnlyHint->setWordWrap(true);
    auto *editingLayout = new QVBoxLayout(editingGroup);
    editingLayout->addWidget(m_readOnly);
    editingLayout->addWidget(readOnlyHint);

    auto *libraryGroup = new QGroupBox(tr("Library"), this);
    auto *location = new QLineEdit(QDir::toNativeSeparators(libraryPath), libraryGroup);
    location->setObjectName(QStringLiteral("libraryLocation"));
    location->setReadOnly(true);
    location->setCursorPosition(0);
    auto *showFolder = new QPushButton(tr("Show in &Folder"), libraryGroup);
    connect(showFolder, &QPushButton::clicked, this, [libraryPath] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(libraryPath).absolutePath()));
    });
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(location, 1);
    locationRow->addWidget(showFolder);
    auto *libraryHint =
        new QLabel(tr("To open another library, start Lectern with --library PATH."), libraryGroup);
    libraryHint->setWordWrap(true);
    auto *libraryLayout = new QVBoxLayout(libraryGroup);
    libraryLayout->addLayout(locationRow);
    libraryLayout->addWidget(libraryHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageGroup);
    layout->addWidget(appearanceGroup);
    layout->addWidget(editingGroup);
    layout->addWidget(libraryGroup);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // A setting such as "uk_UA" or "zh" still selects its language; one that
    // names no language of ours (chooseUiLanguage() then follows the system,
    // whatever the system) means the system's.
    const QString stored = settings.value(QStringLiteral("language")).toString();
    const QString fromSetting = chooseUiLanguage(stored, QLocale(QLocale::Ukrainian));
    const bool settingChooses = fromSetting == chooseUiLanguage(stored, QLocale(QLocale::English));
    setChosenLanguage(settingChooses ? fromSetting : QString());
    m_savedReadOnly = settings.value(QLatin1String(readOnlySettingKey), false).toBool();
    m_readOnly->setChecked(m_savedReadOnly);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);
    connect(m_restartButton, &QPushButton::clicked, this, [this] {
        apply();
        QDialog::accept();
        Q_EMIT restartRequested();
    });
    updateLanguageNote();
    // Wide enough for the longest translation's notes on two lines at most.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString SettingsDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setChosenLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

bool SettingsDialog::readOnlyMode() const
{
    return m_readOnly->isChecked();
}

void SettingsDialog::setReadOnlyMode(bool readOnly)
{
    m_readOnly->setChecked(readOnly);
}

ColorScheme SettingsDialog::colorScheme() const
{
    return ColorScheme(m_colorScheme->currentData().toInt());
}

void SettingsDialog::setColorScheme(ColorScheme scheme)
{
    m_colorScheme->setCurrentIndex(m_colorScheme->findData(int(scheme)));
}

bool SettingsDialog::needsRestart() const
{
    return chooseUiLanguage(chosenLanguage(), QLocale::system()) != m_runningLanguage;
}

void SettingsDialog::apply()
{
    QSettings settings;
    if (chosenLanguage().isEmpty())
        settings.remove(QStringLiteral("language"));
    else
        settings.setValue(QStringLiteral("language"), chosenLanguage());
    settings.setValue(QLatin1String(readOnlySettingKey), readOnlyMode());
    settings.setValue(QLatin1String(colorSchemeSettingKey), colorSchemeKey(colorScheme()));
    settings.sync();
    // Colours change at once, unlike the language.
    if (Appearance::of().scheme() != colorScheme())
        Appearance::of().apply(colorScheme());
    if (readOnlyMode() != m_savedReadOnly) {
        m_savedReadOnly = readOnlyMode();
        Q_EMIT readOnlyModeChanged(m_savedReadOnly);
    }
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

void SettingsDialog::updateLanguageNote()
{
    const QString language = chooseUiLanguage(chosenLanguage(), QLocale::system());
    m_formatExample->setText(formatExample(language));
    m_restartButton->setEnabled(needsRestart());
}

QAction *addSettingsAction(QMainWindow *window, const QString &libraryPath)
{
    QMenu *editMenu = findOrAddEditMenu(window);
    if (!editMenu->isEmpty())
        editMenu->addSeparator();
    QAction *action = editMenu->addAction(SettingsDialog::tr("&Preferences…"));
    action->setObjectName(QStringLiteral("preferencesAction"));
    action->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (const QKeySequence comma(Qt::CTRL | Qt::Key_Comma); !keys.contains(comma))
        keys.prepend(comma);
    action->setShortcuts(keys);
    QObject::connect(action, &QAction::triggered, window, [window, libraryPath] {
        SettingsDialog dialog(libraryPath, runningUiLanguage(), window);
        QObject::connect(
            &dialog, &SettingsDialog::readOnlyModeChanged, window, [window](bool readOnly) {
                if (!QMetaObject::invokeMethod(window, "setReadOnlyMode", Qt::DirectConnection,
                                               Q_ARG(bool, readOnly)))
                    qWarning("lectern: the window has no setReadOnlyMode(bool) slot;"
                             " read-only mode applies at the next start");
            });
        bool restart = false;
        QObject::connect(&dialog, &SettingsDialog::restartRequested, window,
                         [&restart] { restart = true; });
        dialog.exec();
        if (restart)
            restartLectern(window);
    });
    return action;
}

bool restartLectern(QWidget *window)
{
    // Closing first lets the window save its state and ask about unsaved
    // edits before the new process reads them.
    if (window && !window->close())
        return false;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 QCoreApplication::arguments().mid(1))) {
        QMessageBox::warning(nullptr, SettingsDialog::tr("Settings"),
                             SettingsDialog::tr("Lectern could not start again. Your settings are "
                                                "saved; start Lectern yourself to use them."));
    }
    QCoreApplication::quit();
    return true;
}

} // namespace lectern
