// Import jobs against a real library file: two imports of one folder at once,
// links and pipes inside a folder, --update of unchanged pages, what a page's
// Source shows and how a page is recognised again, and Markdown of awkward
// shapes (issues 13 and 14).
#include "librarywriter.h"
#include "testsupport.h"

#include "import/importjob.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace lectern;
using namespace lectern::test;

namespace {

void writeTestFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray pageHtml(int n, const QByteArray &extra = {})
{
    return "<html><head><title>Page " + QByteArray::number(n) + "</title></head><body><h1>Page " +
           QByteArray::number(n) + "</h1><p>Running text of page " + QByteArray::number(n) +
           ", with a comma, and a second clause." + extra + "</p></body></html>";
}

QString makeFolder(const QTemporaryDir &dir, int pages)
{
    const QString folder = dir.filePath(QStringLiteral("site"));
    for (int i = 0; i < pages; ++i)
        writeTestFile(folder + QStringLiteral("/p%1.html").arg(i, 3, 10, QLatin1Char('0')),
                      pageHtml(i));
    return folder;
}

std::unique_ptr<LibraryStore> fileStore(const QTemporaryDir &dir)
{
    auto store = LibraryStore::create(dir.filePath(QStringLiteral("library.lectern")));
    if (!store)
        qFatal("cannot create a library: %s", qPrintable(store.error()));
    return std::move(store).value();
}

int rowCount(LibraryStore &store, const QString &sql)
{
    const Result<QVariant> value = scalar(store, sql);
    return value ? value->toInt() : -1;
}

} // namespace

class ImportJobTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Issue 13, point 3: asking "imported before?" and inserting is one step.
    void twoImportsOfOneFolderAtOnceMakeNoDuplicates()
    {
        QTemporaryDir dir;
        const int pages = 120;
        const QString folder = makeFolder(dir, pages);
        const QString library = dir.filePath(QStringLiteral("library.lectern"));
        QCOMPARE(QProcess::execute(QStringLiteral(LECTERN_BINARY),
                                   {QStringLiteral("--library"), library, QStringLiteral("init")}),
                 0);
        QList<QProcess *> processes;
        for (int i = 0; i < 3; ++i) {
            auto *process = new QProcess(this);
            process->start(QStringLiteral(LECTERN_BINARY),
                           {QStringLiteral("--library"), library, QStringLiteral("import"), folder,
                            QStringLiteral("--json")});
            processes.append(process);
        }
        int imported = 0;
        int skipped = 0;
        for (QProcess *process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(300000));
            QCOMPARE(process->exitCode(), 0);
            const QJsonObject summary =
                QJsonDocument::fromJson(process->readAllStandardOutput()).object();
            imported += summary.value(QStringLiteral("imported")).toInt();
            skipped += summary.value(QStringLiteral("skipped")).toInt();
        }
        QCOMPARE(imported, pages);
        QCOMPARE(skipped, 2 * pages);
        auto store = LibraryStore::open(library);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(store.value()->articleCount().value(), pages);
    }

    void theKeyIsUniqueAmongLiveArticlesOnly()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = makeFolder(dir, 1);
        ImportJob job(*store);
        const ImportSummary first = job.run({folder});
        QCOMPARE(first.count(ImportOutcome::Imported), 1);
        const QString uuid = first.items.first().uuid;
        // A second record of the same page for another live article is refused.
        Article other = makeArticle(QStringLiteral("Other"), QStringLiteral("text"));
        other = store->saveArticle(other).value();
        const Status duplicate = store->write([&](LibraryWriter &writer) {
            return writer.recordImport(
                other.uuid, QFileInfo(folder + QStringLiteral("/p000.html")).canonicalFilePath(),
                QStringLiteral("x"));
        });
        QVERIFY(!duplicate);
        // A trashed article's page can be imported again; restoring the old
        // article then keeps the new one as the page.
        QVERIFY(store->trashArticle(uuid));
        const ImportSummary again = job.run({folder});
        QCOMPARE(again.count(ImportOutcome::Imported), 1);
        QVERIFY(again.items.first().uuid != uuid);
        QVERIFY(store->restoreArticle(uuid));
        QCOMPARE(job.run({folder}).count(ImportOutcome::Skipped), 1);
        QCOMPARE(store->articleCount().value(), 3);
    }

    // Issue 13, point 5.
    void updateOfUnchangedPagesWritesNothing()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = makeFolder(dir, 5);
        ImportJob(*store).run({folder});
        const int revisions =
            rowCount(*store, QStringLiteral("SELECT count(*) FROM article_revisions"));
        const int changes = rowCount(*store, QStringLiteral("SELECT total_changes()"));

        ImportOptions update;
        update.duplicates = DuplicatePolicy::Update;
        const ImportSummary same = ImportJob(*store, update).run({folder});
        QCOMPARE(same.count(ImportOutcome::Unchanged), 5);
        QCOMPARE(same.count(ImportOutcome::Updated), 0);
        QCOMPARE(rowCount(*store, QStringLiteral("SELECT count(*) FROM article_revisions")),
                 revisions);
        QCOMPARE(rowCount(*store, QStringLiteral("SELECT total_changes()")), changes);

        // Saved again with other bytes but the same article: still unchanged.
        writeTestFile(folder + QStringLiteral("/p001.html"),
                      pageHtml(1) + "\n<!-- saved again -->");
        // Really changed: updated, with the old text as a revision.
        writeTestFile(folder + QStringLiteral("/p002.html"), pageHtml(2, " A new sentence."));
        const ImportSummary changed = ImportJob(*store, update).run({folder});
        QCOMPARE(changed.count(ImportOutcome::Unchanged), 4);
        QCOMPARE(changed.count(ImportOutcome::Updated), 1);
        QCOMPARE(rowCount(*store, QStringLiteral("SELECT count(*) FROM article_revisions")),
                 revisions + 1);
    }

    // Issue 13, point 2: the outside-the-folder rule images follow.
    void linksOutsideTheFolderAndPipesAreNotRead()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = makeFolder(dir, 1);
        writeTestFile(dir.filePath(QStringLiteral("secret.html")),
                      "<html><body><p>SECRET outside the folder, with a comma.</p></body></html>");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret.html")),
                            folder + QStringLiteral("/passwd.html")));
        QVERIFY(QFile::link(folder + QStringLiteral("/p000.html"),
                            folder + QStringLiteral("/inside-link.html")));
        const QByteArray fifo = QFile::encodeName(folder + QStringLiteral("/pipe.html"));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);

        const ImportSummary summary = ImportJob(*store).run({folder});
        QStringList refused;
        for (const ImportItem &item : summary.items) {
            if (item.outcome == ImportOutcome::Skipped && item.uuid.isEmpty())
                refused << QFileInfo(item.path).fileName() + QLatin1Char(':') + item.reason;
        }
        QCOMPARE(refused.size(), 2);
        QVERIFY2(refused.filter(QStringLiteral("passwd.html:"))
                     .first()
                     .contains(QStringLiteral("outside the imported folder")),
                 qPrintable(refused.join(QLatin1Char('\n'))));
        QVERIFY(refused.filter(QStringLiteral("pipe.html:"))
                    .first()
                    .contains(QStringLiteral("not a regular file")));
        // The link inside the folder is the same page as its target: one article.
        QCOMPARE(store->articleCount().value(), 1);
        QCOMPARE(store->search(QStringLiteral("SECRET")).value().size(), 0);
    }

    void pipeNamedOnItsOwnIsNotRead()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString pipe = dir.filePath(QStringLiteral("pipe.html"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        const ImportSummary summary = ImportJob(*store).run({pipe});
        QCOMPARE(summary.items.size(), 1);
        QCOMPARE(summary.items.first().outcome, ImportOutcome::Skipped);
        QVERIFY(summary.items.first().reason.contains(QStringLiteral("not a regular file")));
    }

    // Issue 14: the Source shown is the canonical address or the file's name
    // from the imported folder on; recognising a page uses its path.
    void sourceShownAndIdentityAreSeparate()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = dir.filePath(QStringLiteral("site"));
        writeTestFile(folder + QStringLiteral("/news/index.html"), pageHtml(1));
        writeTestFile(folder + QStringLiteral("/about/index.html"), pageHtml(2));
        writeTestFile(folder + QStringLiteral("/web.html"),
                      "<html><head><link rel=\"canonical\" href=\"https://cueu.example.org/web\">"
                      "</head><body><p>Text of the page with an address, and a comma.</p></body>"
                      "</html>");
        const ImportSummary summary = ImportJob(*store).run({folder});
        QCOMPARE(summary.count(ImportOutcome::Imported), 3);
        QStringList sources;
        for (const ArticleSummary &article : store->articles().value())
            sources << store->article(article.uuid)->source;
        sources.sort();
        QCOMPARE(sources, (QStringList{QStringLiteral("https://cueu.example.org/web"),
                                       QStringLiteral("site/about/index.html"),
                                       QStringLiteral("site/news/index.html")}));
        // Both index.html files are recognised as themselves.
        writeTestFile(folder + QStringLiteral("/news/index.html"), pageHtml(1, " Changed."));
        ImportOptions update;
        update.duplicates = DuplicatePolicy::Update;
        const ImportSummary again = ImportJob(*store, update).run({folder});
        QCOMPARE(again.count(ImportOutcome::Updated), 1);
        QCOMPARE(again.count(ImportOutcome::Unchanged), 2);
        QCOMPARE(store->articleCount().value(), 3);
    }

    // Issue 13, point 8: md4c instead of QTextDocument::setMarkdown. The
    // speed is measured by `lectern-bench import markdown`; here, that
    // nothing of these shapes is lost.
    void markdownOfAwkwardShapesKeepsEverything()
    {
        QByteArray lines = "# Many lines\n\n";
        for (int i = 0; i < 40000; ++i)
            lines += "line" + QByteArray::number(i) + " of one long paragraph\n";
        auto page = ImportJob::convert(lines, ImportFormat::Markdown, PageContext{});
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("Many lines"));
        QVERIFY(page->bodyHtml.contains(QStringLiteral("line0 of")));
        QVERIFY(page->bodyHtml.contains(QStringLiteral("line39999 of")));

        QByteArray spans = "# Spans\n\n";
        for (int i = 0; i < 20000; ++i)
            spans += "*w" + QByteArray::number(i) + "* ";
        page = ImportJob::convert(spans, ImportFormat::Markdown, PageContext{});
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->bodyHtml.count(QStringLiteral("<i>")), 20000);

        QByteArray front = "---\ntitle: Big front matter\n";
        for (int i = 0; i < 3000; ++i)
            front += "key" + QByteArray::number(i) + ": " + QByteArray(40, 'v') + "\n";
        front += "---\n\nBody text after it.\n";
        page = ImportJob::convert(front, ImportFormat::Markdown, PageContext{});
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(page->bodyHtml.contains(QStringLiteral("Body text after it.")));
    }
};

QTEST_MAIN(ImportJobTest)
#include "tst_importjob.moc"
