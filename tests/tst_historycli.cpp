// `lectern history UUID`, end to end: the real binary in a child process.
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

Run runLectern(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LECTERN_LIBRARY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class HistoryCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_article;
    QString m_university;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("history.lectern"));
        auto created = LibraryStore::create(m_library);
        QVERIFY2(created, qPrintable(created.error()));
        LibraryStore &store = *created.value();
        Article article =
            store.saveArticle(makeArticle(QStringLiteral("Draft"), QStringLiteral("One two.")))
                .value();
        m_article = article.uuid;
        article.bodyHtml = QStringLiteral("<p>One two three.</p>");
        QVERIFY(store.saveArticle(article));
        article = store.article(m_article).value();
        article.title = QStringLiteral("Final");
        QVERIFY(store.saveArticle(article));
        University u;
        u.name = QStringLiteral("Sumy State University");
        u = store.saveUniversity(u).value();
        m_university = u.uuid;
        u.city = QStringLiteral("Sumy");
        QVERIFY(store.saveUniversity(u));
    }

    void listsRevisionsAsJson()
    {
        const Run run =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("history"),
                        m_article, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0)[QStringLiteral("current")].toBool());
        QVERIFY(rows.at(0)[QStringLiteral("revision")].isNull());
        QCOMPARE(rows.at(1)[QStringLiteral("changedNext")].toArray(),
                 QJsonArray{QStringLiteral("title")});
        QCOMPARE(rows.at(2)[QStringLiteral("changedNext")].toArray(),
                 QJsonArray{QStringLiteral("body")});
        QCOMPARE(rows.at(2)[QStringLiteral("wordsAdded")].toInt(), 1);
        QVERIFY(rows.at(2)[QStringLiteral("revision")].toInteger() > 0);
        QVERIFY(!rows.at(2)[QStringLiteral("saved")].toString().isEmpty());
    }

    void listsRevisionsAsText()
    {
        const Run run = runLectern(
            {QStringLiteral("--library"), m_library, QStringLiteral("history"), m_university});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("current\t")));
        QVERIFY2(lines.at(1).contains(QStringLiteral("City")), qPrintable(run.out));
    }

    void errors()
    {
        const Run missing = runLectern({QStringLiteral("--library"), m_library,
                                        QStringLiteral("history"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
        const Run usage =
            runLectern({QStringLiteral("--library"), m_library, QStringLiteral("history")});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_MAIN(HistoryCliTest)
#include "tst_historycli.moc"
