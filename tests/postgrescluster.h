#pragma once

// A throwaway PostgreSQL cluster for a test: initdb into a temporary folder,
// a server on 127.0.0.1 on a free port, stopped and removed at the end.
// PostgreSQL refuses to run as root, so under root (CI) it runs as the
// unprivileged user nobody. psql, PostgreSQL's own client, is how a test acts
// as another user would: it checks what the server allows without Lectern.
#include "librarystore.h"
#include "storage/server/serverlibrary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <unistd.h>

namespace lectern::test {

struct PsqlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool ok() const { return exitCode == 0; }
};

class PostgresCluster final
{
public:
    static constexpr const char *superuser = "postgres";
    static constexpr const char *superuserPassword = "cluster-admin-Пароль-1";

    PostgresCluster() { m_error = start(); }
    ~PostgresCluster()
    {
        if (m_started)
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
    }
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Empty when the server runs; else what went wrong (the test fails on it).
    QString error() const { return m_error; }
    int port() const { return m_port; }
    // Where the server's local socket is (it trusts local connections).
    QString socketFolder() const { return m_dir.path(); }

    QString uri(const QString &database, const QString &user = QString::fromLatin1(superuser),
                const QString &password = QString::fromUtf8(superuserPassword)) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setUserName(user);
        if (!password.isEmpty())
            url.setPassword(password);
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        url.setPath(QLatin1Char('/') + database);
        return url.toString(QUrl::FullyEncoded);
    }

    // A statement through psql as `user`, over TCP with its password.
    PsqlRun psql(const QString &database, const QString &sql,
                 const QString &user = QString::fromLatin1(superuser),
                 const QString &password = QString::fromUtf8(superuserPassword)) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(m_bin + QLatin1String("/psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                       QStringLiteral("-t"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                       QStringLiteral("-U"), user, QStringLiteral("-d"), database,
                       QStringLiteral("-c"), sql});
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    bool createDatabase(const QString &name, const QString &owner = {}) const
    {
        QString sql = QStringLiteral("CREATE DATABASE \"%1\"").arg(name);
        if (!owner.isEmpty())
            sql += QStringLiteral(" OWNER \"%1\"").arg(owner);
        return psql(QStringLiteral("postgres"), sql).ok();
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    // A PostgreSQL program, as nobody when this test runs as root.
    PsqlRun run(const QString &program, const QStringList &arguments) const
    {
        QProcess process;
        const QString binary = m_bin + QLatin1Char('/') + program;
        if (::geteuid() == 0) {
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                      QStringLiteral("--"), binary} +
                              arguments);
        } else {
            process.start(binary, arguments);
        }
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, QStringLiteral("%1 did not finish in two minutes").arg(program)};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString start()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (versions.isEmpty())
            return QStringLiteral("PostgreSQL is not installed (.ci/setup installs postgresql)");
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString passwordFile = m_dir.filePath(QStringLiteral("superuser-password"));
        {
            QFile file(passwordFile);
            if (!file.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write %1").arg(passwordFile);
            file.write(QByteArray(superuserPassword) + '\n');
        }
        if (::geteuid() == 0) {
            const int chowned = QProcess::execute(
                QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"), m_dir.path()});
            if (chowned != 0)
                return QStringLiteral("cannot give %1 to nobody").arg(m_dir.path());
        }
        const PsqlRun initdb =
            run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                 QString::fromLatin1(superuser), QStringLiteral("--pwfile"), passwordFile,
                 QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                 QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                 QStringLiteral("--no-sync")});
        if (!initdb.ok())
            return QStringLiteral("initdb failed: %1 %2").arg(initdb.out, initdb.err);
        // A free port: one the system hands out, given back at once.
        for (int attempt = 0; attempt < 5; ++attempt) {
            {
                QTcpServer probe;
                if (!probe.listen(QHostAddress::LocalHost, 0))
                    return QStringLiteral("no free port on 127.0.0.1");
                m_port = probe.serverPort();
            }
            const PsqlRun started =
                run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("-o"),
                     QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c fsync=off -c max_connections=60")
                         .arg(m_port)
                         .arg(m_dir.path()),
                     QStringLiteral("start")});
            if (started.ok()) {
                m_started = true;
                return {};
            }
        }
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        (void)log.open(QIODevice::ReadOnly);
        return QStringLiteral("the server did not start: %1").arg(QString::fromUtf8(log.readAll()));
    }

    // Under /tmp whatever TMPDIR says: the user nobody must reach it.
    QTemporaryDir m_dir{QStringLiteral("/tmp/lectern-postgres-XXXXXX")};
    QString m_bin;
    QString m_error;
    int m_port = 0;
    bool m_started = false;
};

// The tests of the store run twice: on a library in memory, and, with
// LECTERN_TEST_ENGINE=postgresql (CTest's *_postgresql runs), on a team
// library in a fresh database of one throwaway cluster per test program.
inline bool onServer()
{
    return qEnvironmentVariable("LECTERN_TEST_ENGINE") == QLatin1String("postgresql");
}

inline std::unique_ptr<LibraryStore> serverStore()
{
    static PostgresCluster *cluster = nullptr;
    static int databases = 0;
    if (!cluster) {
        cluster = new PostgresCluster;
        // Stopped with the application, while QProcess still works.
        qAddPostRoutine([] {
            delete cluster;
            cluster = nullptr;
        });
        if (!cluster->error().isEmpty())
            qFatal("cannot start PostgreSQL: %s", qPrintable(cluster->error()));
        // One library made the long way; each test's is a copy of it.
        if (!cluster->createDatabase(QStringLiteral("lectern_template")))
            qFatal("cannot create the template database");
        const auto made = ServerLibrary::initialise(
            *LibraryLocation::server(cluster->uri(QStringLiteral("lectern_template"))));
        if (!made)
            qFatal("cannot make a team library: %s", qPrintable(made.error()));
    }
    const QString name = QStringLiteral("library_%1").arg(++databases);
    const PsqlRun copy =
        cluster->psql(QStringLiteral("postgres"),
                      QStringLiteral("CREATE DATABASE %1 TEMPLATE lectern_template").arg(name));
    if (!copy.ok())
        qFatal("cannot copy the template: %s", qPrintable(copy.err));
    auto store = LibraryStore::open(*LibraryLocation::server(cluster->uri(name)));
    if (!store)
        qFatal("cannot open a team library: %s", qPrintable(store.error()));
    return std::move(store).value();
}

} // namespace lectern::test
