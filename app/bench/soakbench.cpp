// lectern-bench soak: one long-lived writer (soakwriter.cpp) and command-line
// programs started in a loop on the same library, any of them killed at
// random (SIGKILL, in the middle of whatever it does), and old libraries
// killed during their upgrade. After every kill the library must pass
// PRAGMA integrity_check; at the end every save the writer saw acknowledged
// must be in the library (as the article's text or in its history).
#include "soakbench.h"

#include "benchstats.h"
#include "librarygenerator.h"
#include "librarystore.h"
#include "storage/sqliteconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <memory>

namespace lectern::bench {

namespace {

struct Tally
{
    QMap<QString, int> runs;   // started, by kind
    QMap<QString, int> kills;  // SIGKILLed while running, by kind
    QMap<QString, int> errors; // ended with an error that is not an expected refusal
    QStringList errorSamples;
    int integrityChecks = 0;
    int integrityFailures = 0;
    QStringList integritySamples;
    int upgradesChecked = 0;
    int upgradeFailures = 0;
};

QString integrityOf(const QString &path)
{
    SqliteConnection db;
    if (Status opened = db.open(path, SqliteConnection::Mode::ReadOnly, 20000); !opened)
        return opened.error();
    const Result<QStringList> rows = db.column("PRAGMA integrity_check");
    if (!rows)
        return rows.error();
    return rows->join(QStringLiteral("; "));
}

// Expected refusals: the library was busy, or a killed program's partial
// work was refused (a merge of a file that never finished, say).
bool isExpectedRefusal(const QString &err)
{
    static const QStringList expected{QStringLiteral("busy"),
                                      QStringLiteral("already exists"),
                                      QStringLiteral("not a Lectern"),
                                      QStringLiteral("There is no library"),
                                      QStringLiteral("has the library"),
                                      QStringLiteral("imported before")};
    for (const QString &word : expected) {
        if (err.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// What a command said on stderr, without its "[3/20] page.html" progress lines,
// so that a sample shows the error itself.
QString withoutProgress(const QString &err)
{
    static const QRegularExpression progress(QStringLiteral("^\\[\\d+/\\d+\\] "));
    QStringList kept;
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (!progress.match(line).hasMatch())
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n')).trimmed();
}

class Soak
{
public:
    Soak(QString folder, QString lectern, QString self, int minutes, quint32 seed)
        : m_folder(std::move(folder))
        , m_lectern(std::move(lectern))
        , m_self(std::move(self))
        , m_minutes(minutes)
        , m_random(seed)
    {
    }

    int run();

private:
    QString path(const QString &name) const { return QDir(m_folder).filePath(name); }
    bool prepare();
    void startWriter();
    void checkIntegrity(const QString &after);
    void runCommand();
    void runUpgrade();
    std::unique_ptr<QProcess> start(const QString &program, const QStringList &arguments);
    void finish(QProcess &process, const QString &kind, bool killed);
    int verify(int &acknowledged);

    QString m_folder, m_lectern, m_self;
    int m_minutes;
    QRandomGenerator m_random;
    QString m_library;
    std::unique_ptr<QProcess> m_writer;
    Tally m_tally;
    int m_round = 0;
};

bool Soak::prepare()
{
    m_library = path(QStringLiteral("soak.lectern"));
    QDir().mkpath(path(QStringLiteral("pages")));
    for (int i = 0; i < 20; ++i) {
        QFile page(path(QStringLiteral("pages/page-%1.html").arg(i)));
        if (!page.open(QIODevice::WriteOnly))
            return false;
        page.write(QStringLiteral("<html><head><title>Folder page %1</title></head><body><h1>"
                                  "Folder page %1</h1><p>Text of a page imported again and again, "
                                  "number %1.</p></body></html>")
                       .arg(i)
                       .toUtf8());
    }
    auto store = LibraryStore::create(m_library);
    if (!store)
        return false;
    LibraryGenerator generator(7);
    for (const University &university : generator.universities()) {
        if (!store.value()->saveUniversity(university))
            return false;
    }
    for (int i = 0; i < 60; ++i) {
        if (!store.value()->saveArticle(generator.nextArticle()))
            return false;
    }
    store.value().reset();
    // An exchange file for merges, made once before anything is killed.
    QProcess exported;
    exported.start(m_lectern, {QStringLiteral("--library"), m_library,
                               QStringLiteral("exchange-export"), QStringLiteral("--all"),
                               QStringLiteral("--out"), path(QStringLiteral("exchange.lectern"))});
    return exported.waitForFinished(60000) && exported.exitCode() == 0;
}

std::unique_ptr<QProcess> Soak::start(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(program, arguments);
    process->waitForStarted(10000);
    return process;
}

void Soak::startWriter()
{
    m_writer = start(m_self, {QStringLiteral("soak-writer"), QStringLiteral("--library"), m_library,
                              QStringLiteral("--log"), path(QStringLiteral("saves.log")),
                              QStringLiteral("--pages"), path(QStringLiteral("writer-pages"))});
    ++m_tally.runs[QStringLiteral("writer")];
}

void Soak::checkIntegrity(const QString &after)
{
    ++m_tally.integrityChecks;
    const QString result = integrityOf(m_library);
    if (result != QLatin1String("ok")) {
        ++m_tally.integrityFailures;
        if (m_tally.integritySamples.size() < 5)
            m_tally.integritySamples.append(after + QLatin1String(": ") + result);
    }
}

void Soak::finish(QProcess &process, const QString &kind, bool killed)
{
    if (killed) {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(30000);
        ++m_tally.kills[kind];
        checkIntegrity(QStringLiteral("kill of %1").arg(kind));
        return;
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit ||
        (process.exitCode() != 0 && !isExpectedRefusal(err))) {
        ++m_tally.errors[kind];
        if (m_tally.errorSamples.size() < 10)
            m_tally.errorSamples.append(
                QStringLiteral("%1 (%2): %3")
                    .arg(kind,
                         process.exitStatus() == QProcess::CrashExit
                             ? QStringLiteral("crashed")
                             : QStringLiteral("exit code %1").arg(process.exitCode()),
                         withoutProgress(err).right(400)));
    }
}

void Soak::runCommand()
{
    const int which = m_random.bounded(6);
    const int round = ++m_round;
    QStringList arguments{QStringLiteral("--library"), m_library};
    QString kind;
    switch (which) {
    case 0:
        kind = QStringLiteral("list");
        arguments << QStringLiteral("list");
        break;
    case 1:
        kind = QStringLiteral("search");
        arguments << QStringLiteral("search") << QStringLiteral("soak article");
        break;
    case 2:
        kind = QStringLiteral("import");
        arguments << QStringLiteral("import") << path(QStringLiteral("pages"));
        if (m_random.bounded(2))
            arguments << QStringLiteral("--update");
        break;
    case 3:
        kind = QStringLiteral("merge");
        arguments << QStringLiteral("merge") << path(QStringLiteral("exchange.lectern"))
                  << QStringLiteral("--mine");
        break;
    case 4:
        kind = QStringLiteral("exchange-export");
        arguments << QStringLiteral("exchange-export") << QStringLiteral("--all")
                  << QStringLiteral("--out")
                  << path(QStringLiteral("out/exchange-%1.lectern").arg(round % 5))
                  << QStringLiteral("--force");
        QDir().mkpath(path(QStringLiteral("out")));
        break;
    default:
        kind = QStringLiteral("export");
        arguments << QStringLiteral("export") << QStringLiteral("--format") << QStringLiteral("md")
                  << QStringLiteral("--all") << QStringLiteral("--one-file")
                  << QStringLiteral("--out") << path(QStringLiteral("out/all-%1.md").arg(round % 5))
                  << QStringLiteral("--force");
        QDir().mkpath(path(QStringLiteral("out")));
        break;
    }
    ++m_tally.runs[kind];
    std::unique_ptr<QProcess> process = start(m_lectern, arguments);
    // Most are killed part-way, at a random moment of their run.
    const bool kill = m_random.bounded(100) < 70;
    if (kill)
        QThread::msleep(m_random.bounded(20, 600));
    finish(*process, kind, kill && process->state() != QProcess::NotRunning);
}

void Soak::runUpgrade()
{
    const QString old = path(QStringLiteral("old-%1.lectern").arg(++m_round));
    QFile::copy(QStringLiteral(":/lectern/soak/library-v1.lectern"), old);
    QFile(old).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    ++m_tally.runs[QStringLiteral("upgrade")];
    std::unique_ptr<QProcess> process =
        start(m_lectern, {QStringLiteral("--library"), old, QStringLiteral("list")});
    QThread::msleep(m_random.bounded(0, 120));
    if (process->state() != QProcess::NotRunning) {
        ::kill(pid_t(process->processId()), SIGKILL);
        process->waitForFinished(30000);
        ++m_tally.kills[QStringLiteral("upgrade")];
    } else {
        process->waitForFinished(30000);
    }
    // Killed or not, the old library opens again, upgraded and intact.
    ++m_tally.upgradesChecked;
    QProcess again;
    again.start(m_lectern, {QStringLiteral("--library"), old, QStringLiteral("list")});
    again.waitForFinished(60000);
    const bool listed =
        again.exitCode() == 0 &&
        QString::fromUtf8(again.readAllStandardOutput()).contains(QStringLiteral("Pomegranate"));
    if (!listed || integrityOf(old) != QLatin1String("ok")) {
        ++m_tally.upgradeFailures;
        if (m_tally.integritySamples.size() < 5)
            m_tally.integritySamples.append(QStringLiteral("upgrade: ") +
                                            QString::fromUtf8(again.readAllStandardError()));
    }
    for (const QString &name :
         QDir(m_folder).entryList({QStringLiteral("old-*")}, QDir::Files | QDir::Hidden))
        QFile::remove(path(name));
    QDir(old + QLatin1String(".backups")).removeRecursively();
}

// Every acknowledged save and import is in the library: its marker is in an
// article's text, or in a revision (a later save replaced the text).
int Soak::verify(int &acknowledged)
{
    QFile log(path(QStringLiteral("saves.log")));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    QSet<QString> expected;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 3)
            expected.insert(QString::fromUtf8(fields.at(2)));
    }
    acknowledged = int(expected.size());
    SqliteConnection db;
    if (!db.open(m_library, SqliteConnection::Mode::ReadOnly, 20000))
        return -1;
    QSet<QString> found;
    static const QRegularExpression marker(QStringLiteral("soak[wi]\\d+x\\d+"));
    for (const char *sql :
         {"SELECT body_text FROM articles", "SELECT snapshot FROM article_revisions"}) {
        const Result<QStringList> texts = db.column(sql);
        if (!texts)
            return -1;
        for (const QString &text : texts.value()) {
            for (auto it = marker.globalMatch(text); it.hasNext();)
                found.insert(it.next().captured());
        }
    }
    int missing = 0;
    for (const QString &m : std::as_const(expected))
        missing += found.contains(m) ? 0 : 1;
    return missing;
}

int Soak::run()
{
    if (!prepare()) {
        QTextStream(stderr) << "soak: could not prepare the library in " << m_folder << Qt::endl;
        return 1;
    }
    out() << "Soak of " << m_minutes << " min in " << m_folder
          << "; load average at start: " << loadAverage() << Qt::endl;
    startWriter();
    QElapsedTimer clock;
    clock.start();
    QDeadlineTimer writerKill(m_random.bounded(3000, 9000));
    QDeadlineTimer upgrade(m_random.bounded(5000, 15000));
    const qint64 total = qint64(m_minutes) * 60 * 1000;
    while (clock.elapsed() < total) {
        if (writerKill.hasExpired()) {
            // In the middle of whatever it is doing: a save, an autosave, an
            // import on its worker, a checkpoint.
            finish(*m_writer, QStringLiteral("writer"), m_writer->state() != QProcess::NotRunning);
            startWriter();
            writerKill.setRemainingTime(m_random.bounded(3000, 9000));
        } else if (upgrade.hasExpired()) {
            runUpgrade();
            upgrade.setRemainingTime(m_random.bounded(5000, 15000));
        } else {
            runCommand();
        }
    }
    finish(*m_writer, QStringLiteral("writer"), true);
    int acknowledged = 0;
    const int missing = verify(acknowledged);
    checkIntegrity(QStringLiteral("the end"));

    int kills = 0, runs = 0, errors = 0;
    out() << "\n| Process | Started | Killed | Errors |\n|---|---:|---:|---:|\n";
    for (auto it = m_tally.runs.cbegin(); it != m_tally.runs.cend(); ++it) {
        out() << "| " << it.key() << " | " << it.value() << " | " << m_tally.kills.value(it.key())
              << " | " << m_tally.errors.value(it.key()) << " |\n";
        runs += it.value();
        kills += m_tally.kills.value(it.key());
        errors += m_tally.errors.value(it.key());
    }
    out() << "| all | " << runs << " | " << kills << " | " << errors << " |\n\n";
    out() << "- minutes: " << m_minutes << "\n- kills: " << kills << " (writer "
          << m_tally.kills.value(QStringLiteral("writer")) << ", upgrades "
          << m_tally.kills.value(QStringLiteral("upgrade"))
          << ")\n- saves acknowledged: " << acknowledged << "\n- saves missing: " << missing
          << "\n- integrity checks: " << m_tally.integrityChecks
          << ", failed: " << m_tally.integrityFailures
          << "\n- upgrades reopened: " << m_tally.upgradesChecked
          << ", failed: " << m_tally.upgradeFailures << "\n- load average at end: " << loadAverage()
          << '\n';
    for (const QString &sample : std::as_const(m_tally.integritySamples))
        out() << "- integrity: " << sample << '\n';
    for (const QString &sample : std::as_const(m_tally.errorSamples))
        out() << "- error: " << sample << '\n';
    const int failures = m_tally.integrityFailures + m_tally.upgradeFailures + qMax(missing, 0) +
                         (missing < 0 ? 1 : 0) + errors;
    out() << "- failures: " << failures << Qt::endl;
    return failures == 0 ? 0 : 1;
}

} // namespace

int runSoakBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption minutes(QStringLiteral("minutes"), QString(), QStringLiteral("N"),
                                     QStringLiteral("1"));
    const QCommandLineOption folder(QStringLiteral("out"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption lectern(QStringLiteral("lectern"), QString(), QStringLiteral("PATH"));
    parser.addOptions({minutes, folder, seed, lectern});
    if (!parser.parse(QStringList{QStringLiteral("soak")} + arguments) ||
        parser.value(minutes).toInt() < 1) {
        QTextStream(stderr) << "Usage: lectern-bench soak [--minutes N] [--out DIR] [--seed S] "
                               "[--lectern PATH]"
                            << Qt::endl;
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(folder) ? parser.value(folder) : temporary.path();
    QDir().mkpath(dir);
    const QString binary =
        parser.isSet(lectern)
            ? parser.value(lectern)
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lectern"));
    Soak soak(dir, binary, QCoreApplication::applicationFilePath(), parser.value(minutes).toInt(),
              parser.value(seed).toUInt());
    return soak.run();
}

} // namespace lectern::bench
