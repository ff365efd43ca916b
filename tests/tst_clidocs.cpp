// The command table written out for the system: the man page the package
// installs (generated at build time) and the bash completion, each checked
// against the table that `lectern --help` prints.
#include "clihelp.h"
#include "commandtable.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern::cli;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString roffName(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1String("\\-"));
}

// The part of the man page about one command: from its .SS to the next.
QString manSection(const QString &page, const QString &command)
{
    const qsizetype start = page.indexOf(QStringLiteral(".SS ") + roffName(command) + u'\n');
    if (start < 0)
        return {};
    qsizetype end = page.indexOf(QStringLiteral("\n.SS "), start + 4);
    if (end < 0)
        end = page.indexOf(QStringLiteral("\n.SH "), start + 4);
    return page.mid(start, end - start);
}

} // namespace

class CliDocsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The words bash offers after `words` (the last one is being typed).
    QStringList complete(const QStringList &words)
    {
        const QString script = m_dir.filePath(QStringLiteral("complete.sh"));
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly))
            return {QStringLiteral("cannot write the script")};
        QStringList quoted;
        for (const QString &word : words)
            quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
        file.write(QStringLiteral("source /usr/share/bash-completion/bash_completion\n"
                                  "source '%1'\n"
                                  "COMP_WORDS=(%2)\n"
                                  "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                                  "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
                                  "COMP_POINT=${#COMP_LINE}\n"
                                  "_lectern\n"
                                  "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                       .arg(QStringLiteral(LECTERN_BASH_COMPLETION), quoted.join(u' '))
                       .toUtf8());
        file.close();
        QProcess bash;
        bash.setWorkingDirectory(m_dir.path());
        bash.start(QStringLiteral("bash"), {script});
        if (!bash.waitForFinished(60000))
            return {QStringLiteral("bash did not finish")};
        QStringList offered =
            QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        offered.sort();
        return offered;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void manPageHasEveryCommandAndOption()
    {
        const QString page = readText(QStringLiteral(LECTERN_MAN_PAGE));
        QVERIFY2(!page.isEmpty(), LECTERN_MAN_PAGE);
        const QList<CommandSpec> specs = commandSpecs();
        QVERIFY(specs.size() >= 12);
        for (const CommandSpec &spec : specs) {
            const QString section = manSection(page, spec.name);
            QVERIFY2(!section.isEmpty(), qPrintable(spec.name));
            for (const OptionHelp &option : spec.options) {
                QVERIFY2(section.contains(QStringLiteral("\\-\\-") + roffName(option.name)),
                         qPrintable(spec.name + QStringLiteral(" --") + option.name));
            }
            for (const Example &example : spec.examples)
                QVERIFY2(section.contains(roffName(example.command)), qPrintable(example.command));
        }
        // What the hand-written page missed.
        for (const char *missing : {"recovery", "history"})
            QVERIFY(!manSection(page, QLatin1String(missing)).isEmpty());
        QVERIFY(manSection(page, QStringLiteral("export"))
                    .contains(QStringLiteral("\\-\\-related\\-reading")));
        // The installed page is what the table says today.
        static const QRegularExpression dated(QStringLiteral("\\.TH LECTERN 1 \"([^\"]+)\""));
        const QString date = dated.match(page).captured(1);
        QVERIFY(!date.isEmpty());
        QCOMPARE(page, manPage(QStringLiteral(LECTERN_VERSION), date));
    }

    void manPageFormatsWithoutWarnings()
    {
        QProcess man;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        man.setProcessEnvironment(environment);
        // As lintian checks it.
        man.start(QStringLiteral("man"),
                  {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                   QStringLiteral("-l"), QStringLiteral("-Tutf8"), QStringLiteral("-Z"),
                   QStringLiteral(LECTERN_MAN_PAGE)});
        QVERIFY(man.waitForFinished(60000));
        QCOMPARE(man.exitCode(), 0);
        const QString warnings = QString::fromUtf8(man.readAllStandardError());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        QVERIFY(!man.readAllStandardOutput().isEmpty());
    }

    void helpIsWrappedForATerminal()
    {
        for (const CommandSpec &spec : commandSpecs()) {
            const QString help = commandHelp(spec);
            for (const QString &line : help.split(u'\n')) {
                QVERIFY2(line.size() <= 79, qPrintable(spec.name + QStringLiteral(": ") + line));
                // Never cut inside an option.
                QVERIFY2(!line.endsWith(u'-') || line.endsWith(QLatin1String(" -")),
                         qPrintable(line));
            }
        }
        QCOMPARE(wrapText(QStringLiteral("西安峰会西安峰会"), 0, 8),
                 QStringLiteral("西安峰会\n西安峰会"));
    }

    void bashCompletesCommandsOptionsAndValues()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/share/bash-completion/bash_completion")),
                 "bash-completion is not installed (.ci/setup installs it)");
        QFile::copy(QStringLiteral(LECTERN_MAN_PAGE), m_dir.filePath(QStringLiteral("x.lectern")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
        QFile(m_dir.filePath(QStringLiteral("notes.txt"))).open(QIODevice::WriteOnly);

        QCOMPARE(complete({QStringLiteral("lectern"), QStringLiteral("ex")}),
                 (QStringList{QStringLiteral("exchange-export"), QStringLiteral("export")}));
        QCOMPARE(complete({QStringLiteral("lectern"), QStringLiteral("export"),
                           QStringLiteral("--format"), QString()}),
                 (QStringList{QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("odt"),
                              QStringLiteral("pdf"), QStringLiteral("txt")}));
        QCOMPARE(
            complete({QStringLiteral("lectern"), QStringLiteral("import"),
                      QStringLiteral("--format"), QString()}),
            (QStringList{QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("txt")}));
        // Library files (and folders to look in), not other files.
        QCOMPARE(complete({QStringLiteral("lectern"), QStringLiteral("--library"), QString()}),
                 (QStringList{QStringLiteral("folder"), QStringLiteral("x.lectern")}));
        QCOMPARE(complete({QStringLiteral("lectern"), QStringLiteral("merge"), QString()}),
                 (QStringList{QStringLiteral("folder"), QStringLiteral("x.lectern")}));
        // A command's own options, after --library and its value.
        const QStringList list =
            complete({QStringLiteral("lectern"), QStringLiteral("--library"),
                      QStringLiteral("x.lectern"), QStringLiteral("list"), QStringLiteral("--")});
        QCOMPARE(list, (QStringList{QStringLiteral("--help"), QStringLiteral("--json"),
                                    QStringLiteral("--library"), QStringLiteral("--limit"),
                                    QStringLiteral("--wait")}));
        // Every command of the table, and every option of each.
        QStringList commands;
        for (const CommandSpec &spec : commandSpecs()) {
            commands << spec.name;
            const QStringList offered =
                complete({QStringLiteral("lectern"), spec.name, QStringLiteral("--")});
            for (const OptionHelp &option : spec.options)
                QVERIFY2(offered.contains(QStringLiteral("--") + option.name),
                         qPrintable(spec.name + QStringLiteral(" --") + option.name));
        }
        commands.sort();
        QCOMPARE(complete({QStringLiteral("lectern"), QString()}), commands);
    }
};

QTEST_GUILESS_MAIN(CliDocsTest)
#include "tst_clidocs.moc"
