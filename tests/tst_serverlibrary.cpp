// A team library on a real PostgreSQL server (a throwaway cluster the test
// starts): `lectern server init` makes the schema and the three roles, the
// server itself enforces what each role may do, users are managed only by
// the library's administrators, and bad input (a database in use, a newer
// library, a wrong password, no server) is refused in words with nothing
// changed and no password shown.
#include "postgrescluster.h"
#include "processsupport.h"
#include "storeprobe.h"
#include "testsupport.h"

#include "librarylocation.h"
#include "storage/server/scramverifier.h"
#include "storage/server/serverlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;
using namespace lectern::test;

class ServerLibraryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;

    LibraryLocation
    at(const QString &database, const QString &user = QStringLiteral("postgres"),
       const QString &password = QString::fromUtf8(PostgresCluster::superuserPassword))
    {
        return *LibraryLocation::server(m_cluster->uri(database, user, password));
    }

    // What the server says when `user` runs `sql` on the library "cueu".
    PsqlRun as(const QString &user, const QString &sql)
    {
        return m_cluster->psql(QStringLiteral("cueu"), sql, user, user + QStringLiteral("-пароль"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<PostgresCluster>();
        QVERIFY2(m_cluster->error().isEmpty(), qPrintable(m_cluster->error()));
        QVERIFY(m_cluster->createDatabase(QStringLiteral("cueu")));
        const Result<ServerLibraryState> made =
            ServerLibrary::initialise(at(QStringLiteral("cueu")));
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(made->schemaVersion, ServerLibrary::newestSchemaVersion());
        for (const QString &role :
             {QStringLiteral("reader"), QStringLiteral("editor"), QStringLiteral("admin")}) {
            const QString user = QStringLiteral("test_") + role;
            const Result<bool> added = ServerLibrary::addUser(
                at(QStringLiteral("cueu")), user, role, user + QStringLiteral("-пароль"));
            QVERIFY2(added, qPrintable(added.error()));
        }
    }

    void theVerifierIsPostgresqlsOwn()
    {
        // The server's own verifier of a password, remade here from its salt.
        QVERIFY(m_cluster
                    ->psql(QStringLiteral("postgres"),
                           QStringLiteral("CREATE ROLE anchor LOGIN PASSWORD 'ключ-pencil'"))
                    .ok());
        const QString stored = m_cluster
                                   ->psql(QStringLiteral("postgres"),
                                          QStringLiteral("SELECT rolpassword FROM pg_authid "
                                                         "WHERE rolname = 'anchor'"))
                                   .out;
        QVERIFY2(stored.startsWith(QLatin1String("SCRAM-SHA-256$4096:")), qPrintable(stored));
        const QByteArray salt = QByteArray::fromBase64(
            stored.section(QLatin1Char(':'), 1).section(QLatin1Char('$'), 0, 0).toLatin1());
        QCOMPARE(scramSha256Verifier(QStringLiteral("ключ-pencil"), salt), stored);
        QVERIFY(scramSha256Verifier(QStringLiteral("ключ-pencil")) != stored); // a fresh salt
        // Each user logged in above with the password the client turned into one.
        QCOMPARE(as(QStringLiteral("test_reader"), QStringLiteral("SELECT current_user")).out,
                 QStringLiteral("test_reader"));
    }

    void initMakesTheSchemaAndTheRoles()
    {
        const Result<ServerLibraryState> state = ServerLibrary::state(at(QStringLiteral("cueu")));
        QVERIFY2(state, qPrintable(state.error()));
        QCOMPARE(state->schemaVersion, ServerLibrary::newestSchemaVersion());
        const PsqlRun roles = m_cluster->psql(
            QStringLiteral("cueu"),
            QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                           "WHERE rolname LIKE 'cueu\\_%' AND NOT rolcanlogin"));
        QCOMPARE(roles.out, QStringLiteral("cueu_admin,cueu_editor,cueu_reader"));
        // Nobody is given CREATEROLE.
        const PsqlRun createRole = m_cluster->psql(
            QStringLiteral("cueu"),
            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolcreaterole AND rolname <> "
                           "'postgres'"));
        QCOMPARE(createRole.out, QStringLiteral("0"));
        const Result<QList<ServerUser>> users = ServerLibrary::users(at(QStringLiteral("cueu")));
        QVERIFY2(users, qPrintable(users.error()));
        QStringList listed;
        for (const ServerUser &user : users.value())
            listed.append(user.login + QLatin1Char(':') + user.role);
        QCOMPARE(listed, (QStringList{QStringLiteral("test_admin:admin"),
                                      QStringLiteral("test_editor:editor"),
                                      QStringLiteral("test_reader:reader")}));
    }

    void theServerEnforcesEachRole()
    {
        const QString newArticle =
            QStringLiteral("INSERT INTO lectern.articles (uuid, title, created, updated) "
                           "VALUES ('%1', 'Київ 西安', 1, 1) RETURNING id");
        const QString newUniversity =
            QStringLiteral("INSERT INTO lectern.universities (uuid, name, created, updated) "
                           "VALUES ('%1', 'Xi''an Jiaotong', 1, 1)");
        // Readers read, and nothing else.
        QVERIFY(as(QStringLiteral("test_reader"), QStringLiteral("SELECT count(*) FROM "
                                                                 "lectern.articles"))
                    .ok());
        PsqlRun refused = as(QStringLiteral("test_reader"), newArticle.arg(QStringLiteral("r1")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.err.contains(QLatin1String("permission denied")), qPrintable(refused.err));
        // Editors write articles and their history, not universities; history
        // is never rewritten.
        const PsqlRun written =
            as(QStringLiteral("test_editor"), newArticle.arg(QStringLiteral("e1")));
        QVERIFY2(written.ok(), qPrintable(written.err));
        const QString id = written.out;
        const PsqlRun revision =
            as(QStringLiteral("test_editor"),
               QStringLiteral("INSERT INTO lectern.article_revisions (article_id, saved, snapshot) "
                              "VALUES (%1, 2, '{}') RETURNING saved_by")
                   .arg(id));
        QVERIFY2(revision.ok(), qPrintable(revision.err));
        QCOMPARE(revision.out, QStringLiteral("test_editor")); // who saved, from the server
        QVERIFY(!as(QStringLiteral("test_editor"),
                    QStringLiteral("UPDATE lectern.article_revisions SET snapshot = '{\"x\":1}'"))
                     .ok());
        QVERIFY(!as(QStringLiteral("test_editor"),
                    QStringLiteral("DELETE FROM lectern.article_revisions"))
                     .ok());
        QVERIFY(!as(QStringLiteral("test_editor"), newUniversity.arg(QStringLiteral("u1"))).ok());
        QVERIFY(!as(QStringLiteral("test_editor"),
                    QStringLiteral("INSERT INTO lectern.reading_lists (name, position) "
                                   "VALUES ('Mine', 1)"))
                     .ok());
        // Administrators keep universities too.
        const PsqlRun university =
            as(QStringLiteral("test_admin"), newUniversity.arg(QStringLiteral("u2")));
        QVERIFY2(university.ok(), qPrintable(university.err));
        // Nobody else may even connect.
        QVERIFY(m_cluster
                    ->psql(QStringLiteral("postgres"),
                           QStringLiteral("CREATE ROLE outsider LOGIN PASSWORD "
                                          "'outsider-пароль'"))
                    .ok());
        const PsqlRun outsider = as(QStringLiteral("outsider"), QStringLiteral("SELECT 1"));
        QVERIFY(!outsider.ok());
        QVERIFY2(outsider.err.contains(QLatin1String("permission denied")),
                 qPrintable(outsider.err));
    }

    void onlyAdministratorsManageUsers()
    {
        const auto password = [](const QString &user) -> QString {
            return user + QStringLiteral("-пароль");
        };
        const LibraryLocation editor = at(QStringLiteral("cueu"), QStringLiteral("test_editor"),
                                          password(QStringLiteral("test_editor")));
        const Result<bool> byEditor =
            ServerLibrary::addUser(editor, QStringLiteral("mallory"), QStringLiteral("admin"), {});
        QCOMPARE(byEditor.errorKind(), ErrorKind::NotAllowed);
        QVERIFY2(byEditor.error().contains(QLatin1String("role")), qPrintable(byEditor.error()));
        QCOMPARE(m_cluster
                     ->psql(QStringLiteral("cueu"),
                            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = "
                                           "'mallory'"))
                     .out,
                 QStringLiteral("0"));

        const LibraryLocation admin = at(QStringLiteral("cueu"), QStringLiteral("test_admin"),
                                         password(QStringLiteral("test_admin")));
        const Result<bool> made =
            ServerLibrary::addUser(admin, QStringLiteral("olena"), QStringLiteral("editor"),
                                   QStringLiteral("olena-пароль"));
        QVERIFY2(made && made.value(), qPrintable(made.error()));
        QVERIFY(as(QStringLiteral("olena"), QStringLiteral("SELECT count(*) FROM lectern.articles"))
                    .ok());
        // A new role replaces the old one; the password of a login that
        // exists is never changed by a library's administrator.
        const Result<bool> again = ServerLibrary::addUser(
            admin, QStringLiteral("olena"), QStringLiteral("reader"), QStringLiteral("other"));
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(!again.value());
        QVERIFY(m_cluster
                    ->psql(QStringLiteral("cueu"), QStringLiteral("SELECT 1"),
                           QStringLiteral("olena"), QStringLiteral("other"))
                    .exitCode != 0);
        QVERIFY(as(QStringLiteral("olena"), QStringLiteral("SELECT 1")).ok());
        QVERIFY(!as(QStringLiteral("olena"), QStringLiteral("DELETE FROM lectern.articles")).ok());
        QVERIFY(ServerLibrary::removeUser(admin, QStringLiteral("olena")));
        QVERIFY(!as(QStringLiteral("olena"), QStringLiteral("SELECT 1")).ok());

        // Not through the functions: the server's administrators, plain
        // passwords, roles that do not exist.
        const Result<bool> superuser =
            ServerLibrary::addUser(admin, QStringLiteral("postgres"), QStringLiteral("reader"), {});
        QCOMPARE(superuser.errorKind(), ErrorKind::NotAllowed);
        const PsqlRun plain = as(QStringLiteral("test_admin"),
                                 QStringLiteral("SELECT lectern.add_user('eve', 'reader', "
                                                "'plain-text')"));
        QVERIFY(!plain.ok());
        QVERIFY2(plain.err.contains(QLatin1String("SCRAM")), qPrintable(plain.err));
        QCOMPARE(ServerLibrary::addUser(admin, QStringLiteral("eve"), QStringLiteral("owner"), {})
                     .errorKind(),
                 ErrorKind::InvalidInput);
        QCOMPARE(
            ServerLibrary::addUser(admin, QStringLiteral("e\"ve"), QStringLiteral("reader"), {})
                .errorKind(),
            ErrorKind::InvalidInput);
    }

    void whatIsNotAnEmptyDatabaseIsLeftAlone()
    {
        // Twice: refused, unchanged.
        const Result<ServerLibraryState> again =
            ServerLibrary::initialise(at(QStringLiteral("cueu")));
        QCOMPARE(again.errorKind(), ErrorKind::Conflict);
        // Someone else's tables.
        QVERIFY(m_cluster->createDatabase(QStringLiteral("shop")));
        QVERIFY(
            m_cluster->psql(QStringLiteral("shop"), QStringLiteral("CREATE TABLE orders (id int)"))
                .ok());
        const Result<ServerLibraryState> foreign =
            ServerLibrary::initialise(at(QStringLiteral("shop")));
        QCOMPARE(foreign.errorKind(), ErrorKind::ForeignFile);
        QVERIFY2(foreign.error().contains(QLatin1String("shop")), qPrintable(foreign.error()));
        QCOMPARE(m_cluster
                     ->psql(QStringLiteral("shop"),
                            QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                           "'lectern'"))
                     .out,
                 QStringLiteral("0"));
        // A user who may not create roles, on a database of their own.
        QVERIFY(m_cluster
                    ->psql(QStringLiteral("postgres"),
                           QStringLiteral("CREATE ROLE plain LOGIN PASSWORD 'plain-пароль'"))
                    .ok());
        QVERIFY(m_cluster->createDatabase(QStringLiteral("plaindb"), QStringLiteral("plain")));
        const Result<ServerLibraryState> notAllowed = ServerLibrary::initialise(
            at(QStringLiteral("plaindb"), QStringLiteral("plain"), QStringLiteral("plain-пароль")));
        QCOMPARE(notAllowed.errorKind(), ErrorKind::NotAllowed);
        QCOMPARE(m_cluster
                     ->psql(QStringLiteral("plaindb"),
                            QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = "
                                           "'lectern'"))
                     .out,
                 QStringLiteral("0"));
    }

    void aNewerLibraryIsRefused()
    {
        QVERIFY(m_cluster->createDatabase(QStringLiteral("later")));
        QVERIFY(ServerLibrary::initialise(at(QStringLiteral("later"))));
        QVERIFY(m_cluster
                    ->psql(QStringLiteral("later"),
                           QStringLiteral("UPDATE lectern.library SET schema_version = 999"))
                    .ok());
        const Result<ServerLibraryState> init =
            ServerLibrary::initialise(at(QStringLiteral("later")));
        QCOMPARE(init.errorKind(), ErrorKind::NewerFormat);
        QVERIFY2(init.error().contains(QLatin1String("999")), qPrintable(init.error()));
        QCOMPARE(ServerLibrary::users(at(QStringLiteral("later"))).errorKind(),
                 ErrorKind::NewerFormat);
        QCOMPARE(m_cluster
                     ->psql(QStringLiteral("later"),
                            QStringLiteral("SELECT schema_version FROM lectern.library"))
                     .out,
                 QStringLiteral("999"));
    }

    void theLocalSocketIsReachedToo()
    {
        // As the README tries it: no host, the socket folder as a parameter.
        const std::optional<LibraryLocation> local = LibraryLocation::server(
            QStringLiteral("postgresql:///cueu?host=%1&port=%2&user=postgres")
                .arg(m_cluster->socketFolder())
                .arg(m_cluster->port()));
        QVERIFY(local);
        const Result<ServerLibraryState> state = ServerLibrary::state(*local);
        QVERIFY2(state, qPrintable(state.error()));
        QCOMPARE(state->schemaVersion, ServerLibrary::newestSchemaVersion());
    }

    void connectionFailuresAreSaidWithoutThePassword()
    {
        const QString secret = QStringLiteral("wrong-Секрет-42");
        const Result<QList<ServerUser>> wrong =
            ServerLibrary::users(at(QStringLiteral("cueu"), QStringLiteral("test_admin"), secret));
        QCOMPARE(wrong.errorKind(), ErrorKind::CannotOpen);
        QVERIFY2(!wrong.error().contains(secret), qPrintable(wrong.error()));
        QVERIFY2(wrong.error().contains(QLatin1String("password")), qPrintable(wrong.error()));

        const Result<QList<ServerUser>> missing =
            ServerLibrary::users(at(QStringLiteral("nowhere")));
        QCOMPARE(missing.errorKind(), ErrorKind::NotFound);

        // No server at all: a port nothing listens on.
        int closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        const std::optional<LibraryLocation> away = LibraryLocation::server(
            QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/cueu").arg(secret).arg(closed));
        QVERIFY(away);
        const Result<ServerLibraryState> unreachable = ServerLibrary::state(*away);
        QCOMPARE(unreachable.errorKind(), ErrorKind::Unreachable);
        QVERIFY2(unreachable.error().contains(QLatin1String("cannot be reached")),
                 qPrintable(unreachable.error()));
        QVERIFY2(!unreachable.error().contains(secret), qPrintable(unreachable.error()));
    }

    void eachRoleOpensTheLibraryWithItsRights()
    {
        QVERIFY(m_cluster->createDatabase(QStringLiteral("roles")));
        QVERIFY(ServerLibrary::initialise(at(QStringLiteral("roles"))));
        const QString secret = QStringLiteral("Пароль-ролей-1");
        for (const QString &role :
             {QStringLiteral("reader"), QStringLiteral("editor"), QStringLiteral("admin")}) {
            QVERIFY(ServerLibrary::addUser(at(QStringLiteral("roles")), QStringLiteral("r_") + role,
                                           role, secret));
        }
        const auto open = [&](const QString &role) {
            auto store = LibraryStore::open(
                at(QStringLiteral("roles"), QStringLiteral("r_") + role, secret));
            if (!store)
                qFatal("cannot open as %s: %s", qPrintable(role), qPrintable(store.error()));
            return std::move(store).value();
        };
        auto admin = open(QStringLiteral("admin"));
        QVERIFY(!admin->isReadOnly());
        const auto university = admin->saveUniversity(University{0,
                                                                 {},
                                                                 QStringLiteral("Hunan University"),
                                                                 QStringLiteral("China"),
                                                                 QStringLiteral("Changsha"),
                                                                 1926,
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {}});
        QVERIFY2(university, qPrintable(university.error()));

        auto editor = open(QStringLiteral("editor"));
        QVERIFY(!editor->isReadOnly());
        Article article = makeArticle(QStringLiteral("Київ 西安"), QStringLiteral("Відкриття"));
        article.universityUuids = {university->uuid};
        const auto saved = editor->saveArticle(article);
        QVERIFY2(saved, qPrintable(saved.error()));
        // Every revision says who saved it.
        QVERIFY(editor->saveArticle(saved.value()));
        QCOMPARE(
            scalar(*editor, QStringLiteral("SELECT saved_by FROM article_revisions"))->toString(),
            QStringLiteral("r_editor"));
        // Universities are the administrators'.
        University renamed = university.value();
        renamed.city = QStringLiteral("长沙");
        const auto notHers = editor->saveUniversity(renamed);
        QCOMPARE(notHers.errorKind(), ErrorKind::NotAllowed);
        QVERIFY2(notHers.error().contains(QLatin1String("role")), qPrintable(notHers.error()));

        auto reader = open(QStringLiteral("reader"));
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->readOnlyKind(), ReadOnlyReason::ServerRole);
        QCOMPARE(hitTitles(reader->search(QStringLiteral("київ"))),
                 QStringList{QStringLiteral("Київ 西安")});
        QCOMPARE(hitTitles(reader->search(QStringLiteral("西安"))),
                 QStringList{QStringLiteral("Київ 西安")});
        // Refused by the window's side first (a read-only session)...
        QCOMPARE(reader->trashArticle(saved->uuid).errorKind(), ErrorKind::ReadOnly);
        // ...and by the server when that is got round.
        QVERIFY(execSql(*reader, QStringLiteral("SET default_transaction_read_only = off")));
        const Status trashed = reader->trashArticle(saved->uuid);
        QCOMPARE(trashed.errorKind(), ErrorKind::NotAllowed);
        QVERIFY(!editor->articleTrashedTime(saved->uuid)->isValid());

        // A database without a library, and a library of a newer Lectern,
        // are refused in words; neither is changed.
        QVERIFY(m_cluster->createDatabase(QStringLiteral("bare")));
        const auto bare = LibraryStore::open(at(QStringLiteral("bare")));
        QCOMPARE(bare.errorKind(), ErrorKind::ForeignFile);
        QVERIFY2(bare.error().contains(QLatin1String("server init")), qPrintable(bare.error()));
        QVERIFY(m_cluster
                    ->psql(QStringLiteral("roles"),
                           QStringLiteral("UPDATE lectern.library SET schema_version = 99"))
                    .ok());
        const auto newer = LibraryStore::open(at(QStringLiteral("roles")));
        QCOMPARE(newer.errorKind(), ErrorKind::NewerFormat);
        QCOMPARE(m_cluster
                     ->psql(QStringLiteral("roles"),
                            QStringLiteral("SELECT schema_version FROM lectern.library"))
                     .out,
                 QStringLiteral("99"));
    }

    void theCommandLineMakesAndManagesALibrary()
    {
        QTemporaryDir home;
        QVERIFY(m_cluster->createDatabase(QStringLiteral("клуб")));
        const QString uri = m_cluster->uri(QStringLiteral("клуб"));
        LecternRun init = runLectern(
            {QStringLiteral("server"), QStringLiteral("init"), uri, QStringLiteral("--json")},
            lecternEnvironment(home.path()));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QJsonObject made = QJsonDocument::fromJson(init.out.toUtf8()).object();
        QCOMPARE(made.value(QStringLiteral("format")).toInt(),
                 ServerLibrary::newestSchemaVersion());
        QCOMPARE(made.value(QStringLiteral("roles")).toArray().first().toString(),
                 QStringLiteral("клуб_reader"));
        QVERIFY2(!init.out.contains(QString::fromUtf8(PostgresCluster::superuserPassword)),
                 qPrintable(init.out));

        // The password from standard input, never an argument.
        QProcess addUser;
        addUser.setProcessEnvironment(lecternEnvironment(home.path()));
        addUser.start(QStringLiteral(LECTERN_BINARY),
                      {QStringLiteral("server"), QStringLiteral("add-user"), uri,
                       QStringLiteral("mykola"), QStringLiteral("--role"), QStringLiteral("editor"),
                       QStringLiteral("--password-stdin")});
        addUser.write("Микола-пароль\n");
        addUser.closeWriteChannel();
        QVERIFY(addUser.waitForFinished(60000));
        QVERIFY2(addUser.exitCode() == 0, addUser.readAllStandardError().constData());
        QVERIFY(m_cluster
                    ->psql(QStringLiteral("клуб"), QStringLiteral("SELECT 1"),
                           QStringLiteral("mykola"), QStringLiteral("Микола-пароль"))
                    .ok());

        const LecternRun users = runLectern(
            {QStringLiteral("server"), QStringLiteral("users"), uri, QStringLiteral("--json")},
            lecternEnvironment(home.path()));
        QVERIFY2(users.exitCode == 0, qPrintable(users.err));
        const QJsonArray listed = QJsonDocument::fromJson(users.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("editor"));

        // Again: refused, and said.
        init = runLectern({QStringLiteral("server"), QStringLiteral("init"), uri},
                          lecternEnvironment(home.path()));
        QCOMPARE(init.exitCode, 1);
        QVERIFY2(init.err.contains(QLatin1String("already holds")), qPrintable(init.err));

        // The commands work on it as on a file, each user with the rights the
        // server gives: an editor imports, a reader searches but cannot write.
        QProcess addReader;
        addReader.setProcessEnvironment(lecternEnvironment(home.path()));
        addReader.start(QStringLiteral(LECTERN_BINARY),
                        {QStringLiteral("server"), QStringLiteral("add-user"), uri,
                         QStringLiteral("oksana"), QStringLiteral("--role"),
                         QStringLiteral("reader"), QStringLiteral("--password-stdin")});
        addReader.write("Оксана-пароль\n");
        addReader.closeWriteChannel();
        QVERIFY(addReader.waitForFinished(60000));
        QVERIFY2(addReader.exitCode() == 0, addReader.readAllStandardError().constData());
        const auto as = [&](const QString &user, const QString &password) {
            QProcessEnvironment environment = lecternEnvironment(home.path());
            environment.insert(QStringLiteral("PGPASSWORD"), password); // libpq reads it
            return std::pair{m_cluster->uri(QStringLiteral("клуб"), user, QString()), environment};
        };
        const auto [editorUri, editor] =
            as(QStringLiteral("mykola"), QStringLiteral("Микола-пароль"));
        const QString page = QStringLiteral(LECTERN_FIXTURES "/import/front-matter.md");
        const LecternRun imported = runLectern(
            {QStringLiteral("--library"), editorUri, QStringLiteral("import"), page}, editor);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const auto [readerUri, reader] =
            as(QStringLiteral("oksana"), QStringLiteral("Оксана-пароль"));
        const LecternRun found =
            runLectern({QStringLiteral("--library"), readerUri, QStringLiteral("search"),
                        QStringLiteral("school"), QStringLiteral("--json")},
                       reader);
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Summer school in Changsha"));

        const LecternRun refused = runLectern(
            {QStringLiteral("--library"), readerUri, QStringLiteral("import"), page}, reader);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("only read")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("Оксана-пароль")), qPrintable(refused.err));
        QVERIFY(!QDir(home.path())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                     .join(QString())
                     .contains(QLatin1String("postgresql")));
    }
};

QTEST_MAIN(ServerLibraryTest) // the store makes plain text with QTextDocument
#include "tst_serverlibrary.moc"
