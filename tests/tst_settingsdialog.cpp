// The settings dialog: the language and read-only choices it offers, what it
// stores, when it offers to restart, that no text is clipped in any language,
// and that the main window opens it from Edit › Preferences….
#include "testsupport.h"

#include "demolibrary.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

using namespace lectern;
using namespace lectern::test;

namespace {

const QString libraryPath = QStringLiteral("/home/reader/library.lectern");

QComboBox *languageBox(const SettingsDialog &dialog)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("language"));
}

QPushButton *restartButton(const SettingsDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("restartNow"));
}

// Text wider than its widget is cut off on screen: the widget's size hint
// (what its text needs) must fit the size the layout gave it.
QStringList clippedTexts(const QWidget &dialog)
{
    QStringList clipped;
    const auto widgets = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            text = group->title();
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            text = combo->currentText();
        else
            continue;
        if (!widget->isVisible() || text.isEmpty())
            continue;
        const bool wraps =
            qobject_cast<const QLabel *>(widget) && static_cast<const QLabel *>(widget)->wordWrap();
        // A group box's title needs its minimum size; its contents are checked one by one.
        const QSize needed = qobject_cast<const QGroupBox *>(widget) ? widget->minimumSizeHint()
                                                                     : widget->sizeHint();
        const bool fits =
            wraps ? widget->height() >= widget->heightForWidth(widget->width())
                  : widget->width() >= needed.width() && widget->height() >= needed.height();
        if (!fits)
            clipped.append(text);
    }
    return clipped;
}

void removeTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace

class SettingsDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    }

    void init() { QSettings().clear(); }

    void cleanup() { removeTranslators(); }

    void offersEachLanguageNamedInItself()
    {
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        QComboBox *box = languageBox(dialog);
        QVERIFY(box);
        QCOMPARE(box->count(), 4);
        QCOMPARE(box->itemData(0).toString(), QString()); // the system's language
        QCOMPARE(box->itemData(1).toString(), QStringLiteral("en"));
        QCOMPARE(box->itemText(1), QStringLiteral("English"));
        QCOMPARE(box->itemData(2).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(box->itemText(2), QStringLiteral("简体中文"));
        QCOMPARE(box->itemData(3).toString(), QStringLiteral("uk"));
        QCOMPARE(box->itemText(3), QStringLiteral("Українська"));
        // With nothing stored, the system's language is the choice.
        QCOMPARE(dialog.chosenLanguage(), QString());
        QVERIFY(!dialog.readOnlyMode());
    }

    void showsTheLibraryLocation()
    {
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("libraryLocation"));
        QVERIFY(location);
        QCOMPARE(location->text(), libraryPath);
        QVERIFY(location->isReadOnly());
    }

    void okStoresTheChoices()
    {
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        QSignalSpy readOnlySpy(&dialog, &SettingsDialog::readOnlyModeChanged);
        languageBox(dialog)->setCurrentIndex(3);
        dialog.findChild<QCheckBox *>(QStringLiteral("readOnly"))->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("uk"));
        QCOMPARE(settings.value(QStringLiteral("editing/readOnly")).toBool(), true);
        QCOMPARE(readOnlySpy.count(), 1);
        QCOMPARE(readOnlySpy.first().first().toBool(), true);
        // The language the application starts in next time.
        QCOMPARE(uiLanguageFromSettings(), QStringLiteral("uk"));
    }

    void readsWhatIsStored()
    {
        {
            QSettings settings;
            settings.setValue(QStringLiteral("language"), QStringLiteral("uk_UA"));
            settings.setValue(QStringLiteral("editing/readOnly"), true);
        }
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        QCOMPARE(dialog.chosenLanguage(), QStringLiteral("uk"));
        QVERIFY(dialog.readOnlyMode());
    }

    void unknownStoredLanguageShowsSystemDefault()
    {
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("klingon"));
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        QCOMPARE(dialog.chosenLanguage(), QString());
    }

    void systemDefaultRemovesTheSetting()
    {
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
        SettingsDialog dialog(libraryPath, QStringLiteral("zh_CN"));
        QCOMPARE(dialog.chosenLanguage(), QStringLiteral("zh_CN"));
        dialog.setChosenLanguage(QString());
        dialog.accept();
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
    }

    void cancelStoresNothing()
    {
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        QSignalSpy readOnlySpy(&dialog, &SettingsDialog::readOnlyModeChanged);
        dialog.setChosenLanguage(QStringLiteral("zh_CN"));
        dialog.setReadOnlyMode(true);
        dialog.reject();
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        QVERIFY(!QSettings().contains(QStringLiteral("editing/readOnly")));
        QCOMPARE(readOnlySpy.count(), 0);
    }

    void unchangedReadOnlyIsNotAnnounced()
    {
        QSettings().setValue(QStringLiteral("editing/readOnly"), true);
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        QSignalSpy readOnlySpy(&dialog, &SettingsDialog::readOnlyModeChanged);
        dialog.accept();
        QCOMPARE(readOnlySpy.count(), 0);
    }

    void restartIsOfferedForAnotherLanguageOnly()
    {
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        QSignalSpy restartSpy(&dialog, &SettingsDialog::restartRequested);
        QPushButton *restart = restartButton(dialog);
        QVERIFY(restart);
        dialog.setChosenLanguage(QStringLiteral("en"));
        QVERIFY(!dialog.needsRestart());
        QVERIFY(!restart->isEnabled());
        dialog.setChosenLanguage(QStringLiteral("uk"));
        QVERIFY(dialog.needsRestart());
        QVERIFY(restart->isEnabled());
        restart->click();
        QCOMPARE(restartSpy.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Saved before the restart, so the new process reads it.
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("uk"));
    }

    void datesAndNumbersFollowTheChoice()
    {
        SettingsDialog dialog(libraryPath, QStringLiteral("en"));
        auto *example = dialog.findChild<QLabel *>(QStringLiteral("formatExample"));
        QVERIFY(example);
        dialog.setChosenLanguage(QStringLiteral("en"));
        QVERIFY2(example->text().contains(QStringLiteral("1,234,567.5")),
                 qPrintable(example->text()));
        dialog.setChosenLanguage(QStringLiteral("uk"));
        const QString ukrainian = QLocale(QStringLiteral("uk")).toString(1234567.5, 'f', 1);
        QVERIFY2(example->text().contains(ukrainian), qPrintable(example->text()));
        QVERIFY(example->text().contains(
            QLocale(QStringLiteral("uk"))
                .monthName(QDate::currentDate().month(), QLocale::LongFormat)
                .left(3)));
    }

    // installUiLanguage() makes the language the default locale; the list's
    // dates are written with QLocale(), so they follow it.
    void installedLanguageIsTheDefaultLocale()
    {
        QVERIFY(installUiLanguage(QStringLiteral("uk"), QStringLiteral(LECTERN_QM_DIR)));
        QCOMPARE(QLocale().language(), QLocale::Ukrainian);
        QCOMPARE(runningUiLanguage(), QStringLiteral("uk"));
    }

    void noTextIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("uk") << "uk";
    }

    void noTextIsClipped()
    {
        QFETCH(QString, language);
        QVERIFY(installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR)));
        SettingsDialog dialog(libraryPath, language);
        dialog.setChosenLanguage(language == QLatin1String("en") ? QStringLiteral("uk")
                                                                 : QStringLiteral("en"));
        if (language != QLatin1String("en")) {
            // Translated: the title is not the English one.
            QVERIFY(dialog.windowTitle() != QLatin1String("Settings"));
        }
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList clipped = clippedTexts(dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1String(" | "))));
        // LECTERN_SCREENSHOTS=folder keeps a picture of each for a human to look at.
        if (const QString folder = qEnvironmentVariable("LECTERN_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(dialog.grab().save(folder + QStringLiteral("/settings-") + language +
                                       QStringLiteral(".png")));
    }

    void mainWindowOpensItFromEditPreferences()
    {
        std::unique_ptr<LibraryStore> store = memoryStore();
        MainWindow window(*store);
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        // In the Edit menu, right after File.
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() > 2);
        QVERIFY(menus.at(1)->menu());
        QVERIFY(menus.at(1)->menu()->actions().contains(action));
        QCOMPARE(menus.at(1)->menu()->title(), QStringLiteral("&Edit"));

        // The dialog reaches the window's setReadOnlyMode(bool) slot.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("setReadOnlyMode")));
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            const auto windows = QApplication::topLevelWidgets();
            for (QWidget *widget : windows) {
                if (auto *dialog = qobject_cast<SettingsDialog *>(widget)) {
                    seen = true;
                    dialog->setReadOnlyMode(true);
                    dialog->accept();
                }
            }
        });
        action->trigger();
        QVERIFY(seen);
        QCOMPARE(QSettings().value(QStringLiteral("editing/readOnly")).toBool(), true);
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "tst_settingsdialog.moc"
