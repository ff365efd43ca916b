// The command line, end to end: the real lectern binary in a child process.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runLectern(const QStringList &arguments, const QString &home = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LECTERN_LIBRARY"));
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("demo.lectern"));
        const Run init = runLectern({QStringLiteral("--library"), m_library, QStringLiteral("init"),
                                     QStringLiteral("--demo")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(QStringLiteral("demo.lectern")));
    }

    void versionAndHelp()
    {
        const Run version = runLectern({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("lectern ")));
        const Run help = runLectern({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *word : {"init", "list", "search", "show", "--library", "--json"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("--frob")}
            << QStringLiteral("frob");
        QTest::newRow("search without query")
            << QStringList{QStringLiteral("search")} << QStringLiteral("query");
        QTest::newRow("show without uuid")
            << QStringList{QStringLiteral("show")} << QStringLiteral("UUID");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                  QStringLiteral("--limit"), QStringLiteral("ten")}
                                   << QStringLiteral("--limit");
        QStringList tooMany{QStringLiteral("search")};
        for (int i = 0; i <= 64; ++i)
            tooMany.append(QStringLiteral("word%1").arg(i));
        QTest::newRow("query past the bounds") << tooMany << QStringLiteral("at most 64");
        QTest::newRow("one-letter prefix")
            << QStringList{QStringLiteral("search"), QStringLiteral("a*")}
            << QStringLiteral("“a*”");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("show"), QStringLiteral("x"), QStringLiteral("--format"),
                           QStringLiteral("pdf")}
            << QStringLiteral("--format");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runLectern(QStringList{QStringLiteral("--library"), m_library} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void initNeverOverwrites()
    {
        const QByteArray before = fileBytes(m_library);
        const Run again =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("init")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("demo.lectern")));
        QCOMPARE(fileBytes(m_library), before);
    }

    void listAsJson()
    {
        const Run run = runLectern({QStringLiteral("--library"), m_library, QStringLiteral("list"),
                                    QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = jsonArray(run.out);
        QVERIFY(rows.size() >= 16);
        const QJsonObject first = rows.first().toObject();
        for (const char *key : {"uuid", "title", "language", "status", "updated"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        const Run text =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("list")});
        QCOMPARE(text.out.count(QLatin1Char('\n')), rows.size());
    }

    void searchAsJsonInThreeLanguages_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("en") << QStringLiteral("pomegranate");
        QTest::newRow("uk") << QStringLiteral("ПОШУК");
        QTest::newRow("zh") << QStringLiteral("西安");
        // Inflections and beginnings of words.
        QTest::newRow("en plural") << QStringLiteral("pomegranates");
        QTest::newRow("en prefix") << QStringLiteral("pomegran*");
        QTest::newRow("uk inflected") << QStringLiteral("ПОШУКУ");
        QTest::newRow("uk prefix") << QStringLiteral("ПОШ*");
        // An exclusion as the first word is a query, not an option.
        QTest::newRow("word and exclusion") << QStringLiteral("pomegranate -qqzzy");
    }

    void searchAsJsonInThreeLanguages()
    {
        QFETCH(QString, query);
        const Run run =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("search"), query,
                        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = jsonArray(run.out);
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.size() <= 3);
        const QJsonObject first = hits.first().toObject();
        for (const char *key : {"uuid", "title", "snippet", "score"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(first.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<b>")));
    }

    void showInTextAndHtml()
    {
        const Run search =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("search"),
                        QStringLiteral("pomegranate"), QStringLiteral("--json")});
        const QString uuid =
            jsonArray(search.out).first().toObject().value(QStringLiteral("uuid")).toString();
        const Run text =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("show"), uuid});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(QStringLiteral("Ambassador Zhang Xiao")));
        QVERIFY(text.out.contains(QStringLiteral("pomegranate")));
        QVERIFY(!text.out.contains(QStringLiteral("<p>")));
        const Run html = runLectern({QStringLiteral("--library"), m_library, QStringLiteral("show"),
                                     uuid, QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.contains(QStringLiteral("<h1>Ambassador Zhang Xiao")));
        QVERIFY(html.out.contains(QStringLiteral("<p>")));
        const Run missing = runLectern({QStringLiteral("--library"), m_library,
                                        QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
    }

    void badLibrariesFailWithTheirName()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        const Run run = runLectern({QStringLiteral("--library"), foreign, QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("notes.txt")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("not a Lectern library")));
        QCOMPARE(fileBytes(foreign), QByteArrayLiteral("just some notes\n"));

        const Run missing =
            runLectern({QStringLiteral("--library"), m_dir.filePath(QStringLiteral("none.lectern")),
                        QStringLiteral("list")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("none.lectern")));
    }

    void environmentVariableChoosesTheLibrary()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LECTERN_LIBRARY"), m_library);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LECTERN_BINARY),
                      {QStringLiteral("search"), QStringLiteral("峰会"), QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!jsonArray(QString::fromUtf8(process.readAllStandardOutput())).isEmpty());
    }

    void firstStartCreatesTheDemoLibrary()
    {
        QTemporaryDir home;
        const Run run = runLectern({QStringLiteral("list"), QStringLiteral("--json")}, home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(jsonArray(run.out).size() >= 16);
        QVERIFY(
            QFile::exists(home.filePath(QStringLiteral("data/Lectern/lectern/library.lectern"))));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
