// The soak's long-lived writer: uses one library the way the window does —
// saves from the editor, autosave, searches on a worker thread, imports on a
// worker connection, the log checkpointer — and writes down every save the
// store acknowledged, so the soak can check none was lost after a kill.
#include "soakbench.h"

#include "backgroundsearch.h"
#include "editing/articleedit.h"
#include "import/importjob.h"
#include "librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <unistd.h>

namespace lectern::bench {

namespace {

// Lines "kind id marker", each flushed to the disk before the next save, so
// a line is never written for a save that was not acknowledged and never
// lost for one that was.
class AcknowledgedLog
{
public:
    explicit AcknowledgedLog(const QString &path)
        : m_file(path)
    {
        m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    void write(const QString &kind, const QString &id, const QString &marker)
    {
        const QMutexLocker lock(&m_mutex);
        m_file.write(QStringLiteral("%1 %2 %3\n").arg(kind, id, marker).toUtf8());
        m_file.flush();
        ::fsync(m_file.handle());
    }

private:
    QMutex m_mutex; // the import thread writes too
    QFile m_file;
};

} // namespace

int runSoakWriter(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library(QStringLiteral("library"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption log(QStringLiteral("log"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption pages(QStringLiteral("pages"), QString(), QStringLiteral("DIR"));
    parser.addOptions({library, log, pages});
    parser.process(QStringList{QStringLiteral("soak-writer")} + arguments);

    auto opened = LibraryStore::open(parser.value(library));
    if (!opened) {
        QTextStream(stderr) << "soak-writer: " << opened.error() << Qt::endl;
        return 1;
    }
    LibraryStore &store = *opened.value();
    AcknowledgedLog acknowledged(parser.value(log));
    const Result<QList<ArticleSummary>> summaries = store.articles();
    QStringList uuids;
    for (const ArticleSummary &summary : summaries.value())
        uuids.append(summary.uuid);
    if (uuids.isEmpty())
        return 1;
    // Markers unique across restarts of the writer: its pid and a count.
    const QString self = QString::number(QCoreApplication::applicationPid());
    int saves = 0;
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));

    QTimer save;
    QObject::connect(&save, &QTimer::timeout, [&] {
        const QString uuid = uuids.at(random.bounded(int(uuids.size())));
        Result<Article> current = store.article(uuid);
        if (!current)
            return;
        ArticleEdit edit;
        edit.article = current.value();
        const QString marker = QStringLiteral("soakw%1x%2").arg(self).arg(++saves);
        // Bodies stay short: older markers live on in the revisions.
        if (edit.article.bodyHtml.count(QLatin1String("<p>soak")) >= 20)
            edit.article.bodyHtml = QStringLiteral("<p>Soak article.</p>");
        edit.article.bodyHtml += QStringLiteral("<p>soak %1</p>").arg(marker);
        if (store.saveArticleEdit(edit))
            acknowledged.write(QStringLiteral("save"), uuid, marker);
    });
    save.start(40);

    QTimer autosave;
    QObject::connect(&autosave, &QTimer::timeout, [&] {
        const QString uuid = uuids.at(random.bounded(int(uuids.size())));
        (void)store.saveRecovery(recoveryKindArticle, uuid,
                                 QJsonObject{{QStringLiteral("body"), QStringLiteral("unsaved")}});
    });
    autosave.start(150);

    BackgroundSearch search(store);
    QTimer searching;
    QObject::connect(&searching, &QTimer::timeout, [&] {
        search.request(random.bounded(2) ? QStringLiteral("soak") : QStringLiteral("article"), 20);
    });
    searching.start(300);

    // Imports of new pages on a worker thread, with its own connection.
    const QString pageFolder = parser.value(pages);
    QDir().mkpath(pageFolder);
    int imports = 0;
    QTimer importing;
    QThread *worker = nullptr;
    QObject::connect(&importing, &QTimer::timeout, [&] {
        if (worker && !worker->isFinished())
            return;
        delete worker;
        const QString marker = QStringLiteral("soaki%1x%2").arg(self).arg(++imports);
        const QString page = QDir(pageFolder).filePath(marker + QLatin1String(".html"));
        QFile file(page);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(QStringLiteral("<html><head><title>Page %1</title></head><body><h1>Page %1"
                                  "</h1><p>Imported text %1 of the soak.</p></body></html>")
                       .arg(marker)
                       .toUtf8());
        file.close();
        worker = QThread::create([&store, &acknowledged, page, marker] {
            auto connection = store.openWorkerConnection();
            if (!connection)
                return;
            ImportJob job(*connection.value());
            const ImportSummary summary = job.run({page});
            if (summary.count(ImportOutcome::Imported) == 1)
                acknowledged.write(QStringLiteral("import"), summary.items.first().uuid, marker);
        });
        worker->start();
    });
    importing.start(1500);

    return QCoreApplication::exec();
}

} // namespace lectern::bench
