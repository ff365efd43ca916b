// lectern export, end to end: the real binary writing PDF, HTML and the other
// formats from the demo library, refusing to overwrite, failing clearly.
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LECTERN_LIBRARY"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int pdfPages(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runProgram(QStringLiteral("pdfinfo"), {path}).out).captured(1).toInt();
}

} // namespace

class ExportCommandTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QStringList m_uuids;

    Run lectern(QStringList arguments)
    {
        arguments.prepend(m_library);
        arguments.prepend(QStringLiteral("--library"));
        return runProgram(QStringLiteral(LECTERN_BINARY), arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = path(QStringLiteral("demo.lectern"));
        QCOMPARE(lectern({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const Run list = lectern({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            m_uuids.append(line.section(QLatin1Char('\t'), 0, 0));
        QVERIFY(m_uuids.size() >= 10);
    }

    void exportsEveryArticleToItsOwnPdf()
    {
        const Run run = lectern({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("pdf"), QStringLiteral("--all"),
                                 QStringLiteral("--out"), path(QStringLiteral("all"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files =
            QDir(path(QStringLiteral("all"))).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(files.size(), m_uuids.size());
        QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), m_uuids.size());
    }

    void exportsSeveralArticlesIntoOnePdfWithContents()
    {
        const QString out = path(QStringLiteral("two.pdf"));
        const Run run =
            lectern({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                     QStringLiteral("--article"), m_uuids[0], QStringLiteral("--article"),
                     m_uuids[1], QStringLiteral("--one-file"), QStringLiteral("--page-size"),
                     QStringLiteral("Letter"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(pdfPages(out) >= 4); // cover, contents, two articles
        const QString info = runProgram(QStringLiteral("pdfinfo"), {out}).out;
        QVERIFY2(info.contains(QLatin1String("612 x 792 pts (letter)")), qPrintable(info));
        QVERIFY(runProgram(QStringLiteral("pdftotext"),
                           {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                            QStringLiteral("2"), out, QStringLiteral("-")})
                    .out.contains(QLatin1String("Contents")));
    }

    // Regression: the imported union article (a picture first, then a long
    // interview) was exported as a single page with most of its text missing.
    void importedLongArticleKeepsAllItsText()
    {
        const QString library = path(QStringLiteral("imported.lectern"));
        const QString page = QStringLiteral(LECTERN_FIXTURES "/import/union-article.html");
        QCOMPARE(runProgram(QStringLiteral(LECTERN_BINARY),
                            {QStringLiteral("--library"), library, QStringLiteral("init")})
                     .exitCode,
                 0);
        const Run imported =
            runProgram(QStringLiteral(LECTERN_BINARY),
                       {QStringLiteral("--library"), library, QStringLiteral("import"), page});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString uuid = imported.out.section(QLatin1Char('\t'), 1, 1);
        QVERIFY2(!uuid.isEmpty(), qPrintable(imported.out));
        const QString out = path(QStringLiteral("union.pdf"));
        const Run run =
            runProgram(QStringLiteral(LECTERN_BINARY),
                       {QStringLiteral("--library"), library, QStringLiteral("export"),
                        QStringLiteral("--format"), QStringLiteral("pdf"),
                        QStringLiteral("--article"), uuid, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(pdfPages(out) > 3, qPrintable(QString::number(pdfPages(out))));

        // Every word of the article text comes back from the PDF, in order.
        const Run text = runProgram(QStringLiteral(LECTERN_BINARY),
                                    {QStringLiteral("--library"), library, QStringLiteral("show"),
                                     uuid, QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        const auto words = [](const QString &value) {
            QString letters;
            for (const QChar c : value)
                letters.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
            return letters.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        // The body, without the title line above it (its words run into the
        // metadata line in the PDF).
        const QStringList expected = words(text.out.section(QLatin1Char('\n'), 1));
        QVERIFY(expected.size() > 1000);
        const QString pdf =
            words(
                runProgram(QStringLiteral("pdftotext"),
                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                            // the text column only, without header and
                            // footer (A4, margins of 22 mm)
                            QStringLiteral("-x"), QStringLiteral("0"), QStringLiteral("-y"),
                            QStringLiteral("58"), QStringLiteral("-W"), QStringLiteral("595"),
                            QStringLiteral("-H"), QStringLiteral("726"), out, QStringLiteral("-")})
                    .out)
                .join(QString());
        // The body is there word for word: checked in runs of a few words,
        // compared without spaces (pdftotext joins "large-" and "scale" that
        // Qt broke over two lines).
        for (qsizetype i = 0; i + 4 <= expected.size(); i += 4) {
            const QString run4 = expected.mid(i, 4).join(QString());
            QVERIFY2(pdf.contains(run4), qPrintable(run4));
        }
    }

    void refusesToOverwriteWithoutForce()
    {
        const QString out = path(QStringLiteral("once.txt"));
        const QStringList arguments{QStringLiteral("export"),
                                    QStringLiteral("--format"),
                                    QStringLiteral("txt"),
                                    QStringLiteral("--article"),
                                    m_uuids[0],
                                    QStringLiteral("--out"),
                                    out};
        QCOMPARE(lectern(arguments).exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        const Run again = lectern(arguments);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("once.txt")) &&
                     again.err.contains(QLatin1String("--force")),
                 qPrintable(again.err));
        QCOMPARE(fileBytes(out), QByteArray("mine"));
        const Run forced = lectern(arguments + QStringList{QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(fileBytes(out) != QByteArray("mine"));
    }

    void unwritableDestinationExitsWithOne()
    {
        QFile blocker(path(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run run = lectern({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("html"), QStringLiteral("--all"),
                                 QStringLiteral("--out"), path(QStringLiteral("blocker/inside"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("blocker")), qPrintable(run.err));
    }

    void otherFormatsAndSelections()
    {
        const Run html =
            lectern({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                     QStringLiteral("--category"), QStringLiteral("User guide"),
                     QStringLiteral("--out"), path(QStringLiteral("guide"))});
        QVERIFY2(html.exitCode == 0, qPrintable(html.err));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("guide/index.html"))));
        const Run md =
            lectern({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                     QStringLiteral("--recommended"), QStringLiteral("--one-file"),
                     QStringLiteral("--out"), path(QStringLiteral("recommended.md"))});
        QVERIFY2(md.exitCode == 0, qPrintable(md.err));
        QVERIFY(fileBytes(path(QStringLiteral("recommended.md"))).startsWith("# "));
        const Run odt = lectern({QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("odt"), QStringLiteral("--article"), m_uuids[2],
                                 QStringLiteral("--out"), path(QStringLiteral("one.odt"))});
        QVERIFY2(odt.exitCode == 0, qPrintable(odt.err));
        QVERIFY(fileBytes(path(QStringLiteral("one.odt"))).startsWith("PK"));
        const Run pdfa =
            lectern({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                     QStringLiteral("--article"), m_uuids[3], QStringLiteral("--pdfa"),
                     QStringLiteral("--out"), path(QStringLiteral("archive.pdf"))});
        QVERIFY2(pdfa.exitCode == 0, qPrintable(pdfa.err));
        QVERIFY(runProgram(QStringLiteral("pdfinfo"),
                           {QStringLiteral("-meta"), path(QStringLiteral("archive.pdf"))})
                    .out.contains(QLatin1String("<pdfaid:part>1</pdfaid:part>")));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no selection")
            << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--out"), QStringLiteral("x.pdf")};
        QTest::newRow("two selections") << QStringList{
            QStringLiteral("--format"),      QStringLiteral("pdf"),   QStringLiteral("--all"),
            QStringLiteral("--recommended"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("--all"), QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("file name for many files") << QStringList{
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--all"),
            QStringLiteral("--out"), QStringLiteral("all.pdf")};
        QTest::newRow("no out") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                               QStringLiteral("--all")};
        QTest::newRow("bad page size")
            << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--all"),    QStringLiteral("--page-size"),
                           QStringLiteral("Huge"),     QStringLiteral("--out"),
                           QStringLiteral("x")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        arguments.prepend(QStringLiteral("export"));
        const Run run = lectern(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void unknownArticleFailsWithOne()
    {
        const Run run =
            lectern({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                     QStringLiteral("--article"), QStringLiteral("no-such-uuid"),
                     QStringLiteral("--out"), path(QStringLiteral("none.pdf"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("none.pdf"))));
    }
};

QTEST_MAIN(ExportCommandTest)
#include "tst_exportcli.moc"
