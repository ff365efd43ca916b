#pragma once

// Settings: the interface language, the colours, read-only mode, and where the library is.
// The language is applied when Lectern starts (installUiLanguage), because
// every window sets its texts once when it is built; the dialog says so and
// offers to restart.
#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMainWindow;
class QPushButton;

namespace lectern {

enum class ColorScheme; // appearance.h

// QSettings key of read-only mode (the "language" key is uilanguage.h's).
inline constexpr char readOnlySettingKey[] = "editing/readOnly";

// The interface language the running application shows (one of
// uiLanguages()), found from the default locale installUiLanguage() set.
QString runningUiLanguage();

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString &libraryPath, const QString &runningLanguage,
                   QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    // Empty for the system's language, else one of uiLanguages().
    QString chosenLanguage() const;
    void setChosenLanguage(const QString &language);
    bool readOnlyMode() const;
    void setReadOnlyMode(bool readOnly);
    ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);
    // Whether the chosen language differs from the one on screen.
    bool needsRestart() const;

    // Writes the choices to QSettings and announces what changed.
    void apply();

Q_SIGNALS:
    void readOnlyModeChanged(bool readOnly);
    // The choices are saved; the caller closes its windows and starts again.
    void restartRequested();

public Q_SLOTS:
    void accept() override;

private:
    void updateLanguageNote();

    QString m_runningLanguage;
    bool m_savedReadOnly = false;
    QComboBox *m_language = nullptr;
    QLabel *m_formatExample = nullptr;
    QLabel *m_restartNote = nullptr;
    QPushButton *m_restartButton = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QComboBox *m_colorScheme = nullptr;
};

// Adds Edit › Preferences… (Ctrl+,) to window (making the Edit menu if there
// is none), opening a SettingsDialog. Its read-only switch calls the window's
// slot setReadOnlyMode(bool), looked up by name so the dialog works with any
// main window; "Restart Now" restarts Lectern. Returns the action.
QAction *addSettingsAction(QMainWindow *window, const QString &libraryPath);

// Closes window (which may ask to save edits) and starts Lectern again with
// the same arguments. Returns false when the window stayed open.
bool restartLectern(QWidget *window);

} // namespace lectern
