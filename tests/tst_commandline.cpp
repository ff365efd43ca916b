// The command line, end to end: the real lectern binary in a child process.
#include "commandline.h"
#include "commandtable.h"
#include "testsupport.h"

#include <QFileInfo>
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

Run runLectern(const QStringList &arguments, const QString &home = {}, int timeoutMs = 120000)
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
    if (!process.waitForFinished(timeoutMs)) {
        process.kill(); // a window that opened instead of a usage error
        process.waitForFinished();
        return {};
    }
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
        QTest::newRow("list limit not a number")
            << QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("abc")}
            << QStringLiteral("--limit");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("list"), QStringLiteral("--pdfa")}
            << QStringLiteral("list does not take --pdfa");
        QTest::newRow("options of other commands")
            << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--mine"),
                           QStringLiteral("--out"), QStringLiteral("y")}
            << QStringLiteral("search does not take --mine, --out");
        QTest::newRow("json with show's format")
            << QStringList{QStringLiteral("show"), QStringLiteral("x"), QStringLiteral("--json"),
                           QStringLiteral("--format"), QStringLiteral("html")}
            << QStringLiteral("--json");
        QTest::newRow("help of no command")
            << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
            << QStringLiteral("frobnicate");
        QTest::newRow("library without a value")
            << QStringList{QStringLiteral("--library")} << QStringLiteral("--library");
        QTest::newRow("library empty")
            << QStringList{QStringLiteral("--library"), QString()} << QStringLiteral("--library");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Short timeout: "--library" alone once opened the window instead.
        const Run run =
            runLectern(QStringList{QStringLiteral("--library"), m_library} + arguments, {}, 30000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void everyCommandHasItsOwnHelp()
    {
        const Run general = runLectern({QStringLiteral("--help")});
        for (const cli::CommandSpec &spec : cli::commandSpecs()) {
            QVERIFY2(general.out.contains(QStringLiteral("\n  ") + spec.name + u' '),
                     qPrintable(spec.name));
            const Run own = runLectern({spec.name, QStringLiteral("--help")});
            QCOMPARE(own.exitCode, 0);
            QVERIFY(own.err.isEmpty());
            QVERIFY2(
                own.out.startsWith(QStringLiteral("Usage: lectern [--library PATH] ") + spec.name),
                qPrintable(own.out));
            QVERIFY(own.out != general.out);
            for (const cli::OptionHelp &option : spec.options)
                QVERIFY2(own.out.contains(QStringLiteral("--") + option.name),
                         qPrintable(spec.name + QStringLiteral(" --") + option.name));
            for (const cli::Example &example : spec.examples)
                QVERIFY2(own.out.contains(example.command), qPrintable(example.command));
            if (spec.name != QLatin1String("help"))
                QVERIFY2(!spec.examples.isEmpty(), qPrintable(spec.name));
            // The same from "help COMMAND", and with other options given.
            const Run viaHelp = runLectern({QStringLiteral("help"), spec.name});
            QCOMPARE(viaHelp.exitCode, 0);
            QCOMPARE(viaHelp.out, own.out);
            const Run withLibrary = runLectern(
                {QStringLiteral("--library"), m_library, spec.name, QStringLiteral("-h")});
            QCOMPARE(withLibrary.out, own.out);
        }
        // The help of search names its arguments and what --json adds.
        const Run search = runLectern({QStringLiteral("search"), QStringLiteral("--help")});
        for (const char *word : {"QUERY", "snippetText", "matches", "Examples:"})
            QVERIFY2(search.out.contains(QLatin1String(word)), word);
        const Run helpAll = runLectern({QStringLiteral("--help-all")});
        QCOMPARE(helpAll.exitCode, 0);
        QCOMPARE(helpAll.out, general.out);
    }

    void everyCommandThatPrintsAResultTakesJson()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("json.lectern"));
        const auto json = [&](const QStringList &arguments) {
            const Run run = runLectern(QStringList{QStringLiteral("--library"), library} +
                                       arguments + QStringList{QStringLiteral("--json")});
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
            if (run.exitCode != 0 || error.error != QJsonParseError::NoError)
                qWarning() << arguments << run.exitCode << run.out << run.err;
            return run.exitCode == 0 && error.error == QJsonParseError::NoError ? document
                                                                                : QJsonDocument();
        };
        const QJsonDocument init = json({QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(init.object().value(QStringLiteral("library")).toString(),
                 QFileInfo(library).absoluteFilePath());
        QVERIFY(init.object().value(QStringLiteral("demo")).toBool());
        const QJsonArray rows = json({QStringLiteral("list")}).array();
        QVERIFY(rows.size() >= 16);
        const QString uuid = rows.first().toObject().value(QStringLiteral("uuid")).toString();
        QCOMPARE(json({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")})
                     .array()
                     .size(),
                 3);
        QVERIFY(!json({QStringLiteral("search"), QStringLiteral("pomegranate")}).array().isEmpty());
        const QJsonObject shown = json({QStringLiteral("show"), uuid}).object();
        QCOMPARE(shown.value(QStringLiteral("uuid")).toString(), uuid);
        for (const char *key : {"title", "summary", "language", "status", "tags", "bodyText",
                                "bodyHtml", "updated", "universities"})
            QVERIFY2(shown.contains(QLatin1String(key)), key);
        const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
        const QJsonObject exported =
            json({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--article"), uuid, QStringLiteral("--out"), pdf})
                .object();
        QCOMPARE(exported.value(QStringLiteral("files")).toArray(), QJsonArray{pdf});
        QCOMPARE(exported.value(QStringLiteral("articles")).toInt(), 1);
        QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(json({QStringLiteral("related"), uuid}).isArray());
        const QString page = dir.filePath(QStringLiteral("page.txt"));
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("A page to import\n\nWith a paragraph.\n");
        file.close();
        QCOMPARE(json({QStringLiteral("import"), page})
                     .object()
                     .value(QStringLiteral("imported"))
                     .toInt(),
                 1);
        const QString exchange = dir.filePath(QStringLiteral("out.lectern"));
        QVERIFY(json({QStringLiteral("exchange-export"), QStringLiteral("--all"),
                      QStringLiteral("--out"), exchange})
                    .object()
                    .value(QStringLiteral("articles"))
                    .toInt() >= 16);
        QVERIFY(json({QStringLiteral("merge"), exchange})
                    .object()
                    .contains(QStringLiteral("unchanged")));
        QVERIFY(json({QStringLiteral("recovery")}).isArray());
        QVERIFY(!json({QStringLiteral("history"), uuid}).array().isEmpty());
        const QJsonArray backups = json({QStringLiteral("backups")}).array();
        QVERIFY(!backups.isEmpty()); // the one the merge kept
        const QJsonObject newest = backups.first().toObject();
        QVERIFY(newest.value(QStringLiteral("articles")).toInt() >= 16);
        const QJsonObject restored =
            json({QStringLiteral("restore"), QStringLiteral("1")}).object();
        QCOMPARE(restored.value(QStringLiteral("library")).toString(),
                 QFileInfo(library).absoluteFilePath());
        QCOMPARE(restored.value(QStringLiteral("backup")).toString(),
                 QFileInfo(newest.value(QStringLiteral("path")).toString()).absoluteFilePath());
        QVERIFY(json({QStringLiteral("check")}).object().value(QStringLiteral("intact")).toBool());

        // Every command but help, as the table says.
        for (const cli::CommandSpec &spec : cli::commandSpecs())
            QVERIFY2(spec.name == QLatin1String("help") || spec.option(QStringLiteral("json")),
                     qPrintable(spec.name));
    }

    void searchJsonGivesThePlainSnippetAndWhereTheMatchesAre_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("match");
        QTest::newRow("en") << QStringLiteral("pomegranate") << QStringLiteral("pomegranate");
        QTest::newRow("zh") << QStringLiteral("西安") << QStringLiteral("西安");
        QTest::newRow("uk") << QStringLiteral("ПОШУК") << QStringLiteral("пошук");
    }

    void searchJsonGivesThePlainSnippetAndWhereTheMatchesAre()
    {
        QFETCH(QString, query);
        QFETCH(QString, match);
        const Run run = runLectern({QStringLiteral("--library"), m_library,
                                    QStringLiteral("search"), query, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = jsonArray(run.out);
        QVERIFY(!hits.isEmpty());
        for (const QJsonValue &value : hits) {
            const QJsonObject hit = value.toObject();
            const QString text = hit.value(QStringLiteral("snippetText")).toString();
            QVERIFY(!text.isEmpty());
            QVERIFY(!text.contains(QStringLiteral("<b>")));
            QVERIFY(
                hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<b>")));
            const QJsonArray matches = hit.value(QStringLiteral("matches")).toArray();
            QVERIFY(!matches.isEmpty());
            // Offsets count characters (these snippets have no surrogate pairs).
            QVERIFY(text.toUcs4().size() == text.size());
            bool found = false;
            for (const QJsonValue &m : matches) {
                const QString matched = text.mid(m[QStringLiteral("start")].toInt(),
                                                 m[QStringLiteral("length")].toInt());
                QVERIFY(!matched.isEmpty());
                found = found || matched.toLower().startsWith(match);
            }
            QVERIFY2(found, qPrintable(text));
        }
    }

    void aQueryMayStartWithAWordToLeaveOut()
    {
        const Run all = runLectern({QStringLiteral("--library"), m_library, QStringLiteral("list"),
                                    QStringLiteral("--json")});
        const Run with =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("search"),
                        QStringLiteral("university"), QStringLiteral("--limit"),
                        QStringLiteral("100"), QStringLiteral("--json")});
        const Run without =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("search"),
                        QStringLiteral("-university"), QStringLiteral("--limit"),
                        QStringLiteral("100"), QStringLiteral("--json")});
        QVERIFY2(without.exitCode == 0, qPrintable(without.err));
        QVERIFY(without.err.isEmpty());
        const auto uuids = [](const Run &run) {
            QStringList list;
            for (const QJsonValue &row : jsonArray(run.out))
                list << row.toObject().value(QStringLiteral("uuid")).toString();
            list.sort();
            return list;
        };
        const QStringList matching = uuids(with);
        const QStringList left = uuids(without);
        QVERIFY(!matching.isEmpty());
        QVERIFY(!left.isEmpty());
        for (const QString &uuid : left)
            QVERIFY(!matching.contains(uuid));
        QCOMPARE(matching.size() + left.size(), jsonArray(all.out).size());
        // With other words around it, in any order, and after "--" as before.
        const Run mixed =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("search"),
                        QStringLiteral("-visa"), QStringLiteral("西安"), QStringLiteral("--json")});
        QCOMPARE(mixed.exitCode, 0);
        QVERIFY(!jsonArray(mixed.out).isEmpty());
        const Run dashed =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("search"),
                        QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("-visa"),
                        QStringLiteral("西安")});
        QCOMPARE(dashed.out, mixed.out);
    }

    void errorsGoToStandardErrorAndResultsToStandardOutput()
    {
        const Run missing = runLectern({QStringLiteral("--library"), m_library,
                                        QStringLiteral("show"), QStringLiteral("no-such-uuid")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.startsWith(QStringLiteral("lectern: ")));
        const Run usage = runLectern({QStringLiteral("--library"), m_library,
                                      QStringLiteral("list"), QStringLiteral("--pdfa")});
        QVERIFY(usage.out.isEmpty());
        QVERIFY(usage.err.contains(QStringLiteral("lectern list --help")));
        // "--library" with no path is wrong usage, not the window on the default library.
        QTemporaryDir home;
        const Run alone = runLectern({QStringLiteral("--library")}, home.path(), 30000);
        QCOMPARE(alone.exitCode, 2);
        QVERIFY(alone.err.contains(QStringLiteral("--library")));
        QVERIFY(
            !QFile::exists(home.filePath(QStringLiteral("data/Lectern/lectern/library.lectern"))));
        // Nor is an option of the commands without a command.
        const Run optionAlone = runLectern(
            {QStringLiteral("--library"), m_library, QStringLiteral("--json")}, {}, 30000);
        QCOMPARE(optionAlone.exitCode, 2);
        QVERIFY(optionAlone.err.contains(QStringLiteral("command")));
        const Run fine =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("list")});
        QCOMPARE(fine.exitCode, 0);
        QVERIFY(fine.err.isEmpty());
        QVERIFY(!fine.out.isEmpty());
    }

    void whichArgumentsMeanTheWindow()
    {
        const auto window = [](QList<QByteArray> arguments) {
            arguments.prepend("lectern");
            QList<char *> argv;
            for (QByteArray &argument : arguments)
                argv.append(argument.data());
            return !cli::wantsCommandLine(int(argv.size()), argv.data());
        };
        QVERIFY(window({}));
        QVERIFY(window({"--library", "my.lectern"}));
        QVERIFY(window({"--library=my.lectern"}));
        QVERIFY(window({"--library="})); // the desktop entry's --library=%f without a file
        QVERIFY(window({"-platform", "offscreen", "--library", "my.lectern"}));
        QVERIFY(!window({"--library"}));
        QVERIFY(!window({"--library", ""}));
        QVERIFY(!window({"--library", "my.lectern", "--json"}));
        QVERIFY(!window({"list"}));
        QVERIFY(!window({"--help"}));
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
