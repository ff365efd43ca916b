// The interface language: which one is chosen, and that each translation
// loads and translates (plural forms included), in process and in the binary.
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace lectern;

namespace {

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    void choosesLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("setting uk") << "uk"
                                    << "en_US"
                                    << "uk";
        QTest::newRow("setting zh_CN") << "zh_CN"
                                       << "uk_UA"
                                       << "zh_CN";
        QTest::newRow("setting en beats system") << "en"
                                                 << "uk_UA"
                                                 << "en";
        QTest::newRow("setting with region") << "uk_UA"
                                             << "en_GB"
                                             << "uk";
        QTest::newRow("setting zh alone") << "zh"
                                          << "en_GB"
                                          << "zh_CN";
        QTest::newRow("system Ukrainian") << ""
                                          << "uk_UA"
                                          << "uk";
        QTest::newRow("system Chinese") << ""
                                        << "zh_CN"
                                        << "zh_CN";
        QTest::newRow("system Traditional Chinese") << ""
                                                    << "zh_TW"
                                                    << "zh_CN";
        QTest::newRow("system French") << ""
                                       << "fr_FR"
                                       << "en";
        QTest::newRow("system C") << ""
                                  << "C"
                                  << "en";
        QTest::newRow("unknown setting falls back to system") << "fr"
                                                              << "uk_UA"
                                                              << "uk";
        QTest::newRow("garbage setting") << "%%garbage"
                                         << "zh_CN"
                                         << "zh_CN";
    }

    void choosesLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(chooseUiLanguage(setting, QLocale(system)), expected);
    }

    void readsTheSetting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_uilanguage"));
        {
            QSettings settings;
            settings.setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
        }
        QCOMPARE(uiLanguageFromSettings(), QStringLiteral("zh_CN"));
        {
            QSettings settings;
            settings.setValue(QStringLiteral("language"), QStringLiteral("uk"));
        }
        QCOMPARE(uiLanguageFromSettings(), QStringLiteral("uk"));
    }

    void translatesChinese()
    {
        QVERIFY(installUiLanguage(QStringLiteral("zh_CN"), QStringLiteral(LECTERN_QM_DIR)));
        QCOMPARE(translated("lectern::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(translated("lectern::SidebarModel", "Home"), QStringLiteral("首页"));
        QCOMPARE(translated("lectern::SidebarModel", "Trash"), QStringLiteral("回收站"));
        QCOMPARE(translated("lectern::MainWindow", "%n result(s)", 3), QStringLiteral("3 个结果"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        // Qt's own dialogs and buttons, from qtbase_zh_CN.qm.
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    void translatesUkrainianWithThreePluralForms()
    {
        QVERIFY(installUiLanguage(QStringLiteral("uk"), QStringLiteral(LECTERN_QM_DIR)));
        QCOMPARE(translated("lectern::MainWindow", "&File"), QStringLiteral("&Файл"));
        QCOMPARE(translated("lectern::SidebarModel", "Home"), QStringLiteral("Головна"));
        QCOMPARE(translated("lectern::MainWindow", "%n result(s)", 1),
                 QStringLiteral("1 результат"));
        QCOMPARE(translated("lectern::MainWindow", "%n result(s)", 3),
                 QStringLiteral("3 результати"));
        QCOMPARE(translated("lectern::MainWindow", "%n result(s)", 5),
                 QStringLiteral("5 результатів"));
        QCOMPARE(translated("lectern::MainWindow", "%n result(s)", 21),
                 QStringLiteral("21 результат"));
        QCOMPARE(QLocale().language(), QLocale::Ukrainian);
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Скасувати"));
    }

    void englishHasItsPluralForms()
    {
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
        QCOMPARE(translated("lectern::MainWindow", "%n result(s)", 1), QStringLiteral("1 result"));
        QCOMPARE(translated("lectern::MainWindow", "%n result(s)", 2), QStringLiteral("2 results"));
        QCOMPARE(translated("lectern::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void missingTranslationIsReported()
    {
        QTemporaryDir empty;
        QVERIFY(!installUiLanguage(QStringLiteral("uk"), empty.path()));
        QCOMPARE(translated("lectern::MainWindow", "&File"), QStringLiteral("&File"));
    }

    // The binary carries the translations and picks them from the locale or
    // the setting, also for the command line.
    void binaryFollowsLocaleAndSetting()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        auto run = [&](const QString &locale) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LC_ALL"), locale);
            environment.insert(QStringLiteral("LANGUAGE"), QString());
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(LECTERN_BINARY), {QStringLiteral("frobnicate")});
            process.waitForFinished(60000);
            return QString::fromUtf8(process.readAllStandardError());
        };
        QVERIFY2(run(QStringLiteral("uk_UA.UTF-8")).contains(QStringLiteral("не є командою")),
                 qPrintable(run(QStringLiteral("uk_UA.UTF-8"))));
        QVERIFY(run(QStringLiteral("C.UTF-8")).contains(QStringLiteral("is not a command")));
        QVERIFY(QDir().mkpath(config.path() + QLatin1String("/Lectern")));
        QFile file(config.path() + QLatin1String("/Lectern/lectern.conf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nlanguage=zh_CN\n");
        file.close();
        const QString chinese = run(QStringLiteral("uk_UA.UTF-8"));
        QVERIFY2(chinese.contains(QStringLiteral("不是命令")), qPrintable(chinese));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
