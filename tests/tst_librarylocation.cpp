// Library locations and File › Open Recent's list: what is kept in the
// settings, how it reads back, and what it refuses.
#include "librarylocation.h"
#include "recentlibraries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class LibraryLocationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString touch(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QStringList rawEntries()
    {
        return QSettings().value(QStringLiteral("library/recent")).toStringList();
    }

    static QStringList paths(const QList<LibraryLocation> &locations)
    {
        QStringList result;
        for (const LibraryLocation &location : locations)
            result.append(location.path());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_librarylocation"));
        QVERIFY(m_dir.isValid());
    }

    void init() { RecentLibraries::clear(); }

    void aFileLocationReadsBackAsItWasWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "union.lectern";
        QTest::newRow("spaces") << "My library 2024.lectern";
        QTest::newRow("Ukrainian") << "Бібліотека спілки.lectern";
        QTest::newRow("Chinese") << "中乌教育联盟.lectern";
        QTest::newRow("URL characters") << "a#b%20c?d&e;f.lectern";
    }

    void aFileLocationReadsBackAsItWasWritten()
    {
        QFETCH(QString, name);
        const LibraryLocation location = LibraryLocation::file(m_dir.filePath(name));
        QCOMPARE(location.kind(), LibraryLocation::Kind::File);
        const QString text = location.toString();
        QVERIFY2(text.startsWith(QLatin1String("file:///")), qPrintable(text));
        const std::optional<LibraryLocation> back = LibraryLocation::fromString(text);
        QVERIFY(back);
        QCOMPARE(back->path(), m_dir.filePath(name));
        QVERIFY(*back == location);
        QCOMPARE(location.displayName(), name);
    }

    void pathsAreMadeAbsoluteAndClean()
    {
        const QString spelt = m_dir.path() + QStringLiteral("/sub/../x.lectern");
        QCOMPARE(LibraryLocation::file(spelt).path(), m_dir.filePath(QStringLiteral("x.lectern")));
        QVERIFY(LibraryLocation::file(spelt) ==
                LibraryLocation::file(m_dir.filePath(QStringLiteral("x.lectern"))));
        QVERIFY(QDir::isAbsolutePath(LibraryLocation::file(QStringLiteral("here.lectern")).path()));
        // A bare absolute path (a list written by hand) is a file too.
        const std::optional<LibraryLocation> bare =
            LibraryLocation::fromString(m_dir.filePath(QStringLiteral("y.lectern")));
        QVERIFY(bare);
        QCOMPARE(bare->path(), m_dir.filePath(QStringLiteral("y.lectern")));
    }

    void whatIsNoLocationIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("relative path") << "library.lectern";
        QTest::newRow("relative file URL") << "file:library.lectern";
        QTest::newRow("web address") << "https://cueu.org/library.lectern";
        QTest::newRow("server with a bad port") << "postgresql://db.cueu.org:port/union";
        QTest::newRow("server with a path") << "postgresql://db.cueu.org/union/more";
        QTest::newRow("garbage") << "::\x01not a location";
    }

    void whatIsNoLocationIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!LibraryLocation::fromString(text));
    }

    void aServerAddressIsReadInLibpqForm()
    {
        const std::optional<LibraryLocation> server = LibraryLocation::fromString(
            QStringLiteral("postgresql://olena:s%C3%A9cret@db.cueu.org:6543/union"
                           "?sslmode=verify-full&sslrootcert=/etc/cueu/ca.pem"));
        QVERIFY(server);
        QCOMPARE(server->kind(), LibraryLocation::Kind::Server);
        QCOMPARE(server->host(), QStringLiteral("db.cueu.org"));
        QCOMPARE(server->port(), 6543);
        QCOMPARE(server->databaseName(), QStringLiteral("union"));
        QCOMPARE(server->user(), QStringLiteral("olena"));
        QCOMPARE(server->password(), QStringLiteral("sécret"));
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("sslmode"), QStringLiteral("verify-full")},
            {QStringLiteral("sslrootcert"), QStringLiteral("/etc/cueu/ca.pem")}};
        QCOMPARE(server->parameters(), expected);
        // Written back and shown without the password.
        for (const QString &shown :
             {server->toString(), server->displayLocation(), server->displayName()}) {
            QVERIFY2(!shown.contains(QLatin1String("cret")), qPrintable(shown));
        }
        QCOMPARE(server->displayName(), QStringLiteral("union on db.cueu.org"));
        const std::optional<LibraryLocation> again =
            LibraryLocation::fromString(server->toString());
        QVERIFY(again);
        QCOMPARE(again->toString(), server->toString());
        QCOMPARE(again->password(), QString());
        QVERIFY(server->exists()); // a server is not asked until it is opened

        // libpq's defaults: port 5432, the database named as the user.
        const std::optional<LibraryLocation> plain =
            LibraryLocation::server(QStringLiteral("postgres://olena@localhost"));
        QVERIFY(plain);
        QCOMPARE(plain->port(), 5432);
        QCOMPARE(plain->databaseName(), QStringLiteral("olena"));
        QVERIFY(!LibraryLocation::server(m_dir.filePath(QStringLiteral("a.lectern"))));

        // The server's local socket, as libpq writes it, and back.
        const std::optional<LibraryLocation> local = LibraryLocation::server(
            QStringLiteral("postgresql:///union?host=/run/postgresql&port=5433&user=postgres"));
        QVERIFY(local);
        QCOMPARE(local->host(), QStringLiteral("/run/postgresql"));
        QCOMPARE(local->port(), 5433);
        QCOMPARE(local->user(), QStringLiteral("postgres"));
        QCOMPARE(local->databaseName(), QStringLiteral("union"));
        QCOMPARE(local->parameters().size(), 0);
        QCOMPARE(LibraryLocation::fromString(local->toString()), local);
    }

    void existsOnlyForAFile()
    {
        QVERIFY(LibraryLocation::file(touch(QStringLiteral("there.lectern"))).exists());
        QVERIFY(!LibraryLocation::file(m_dir.filePath(QStringLiteral("gone.lectern"))).exists());
        QVERIFY(!LibraryLocation::file(m_dir.path()).exists()); // a folder
    }

    void recentLibrariesAreTheLastTenNewestFirst()
    {
        QVERIFY(RecentLibraries::list().isEmpty());
        QStringList added;
        for (int i = 1; i <= 12; ++i) {
            added.prepend(m_dir.filePath(QStringLiteral("l%1.lectern").arg(i)));
            RecentLibraries::add(LibraryLocation::file(added.first()));
        }
        QCOMPARE(paths(RecentLibraries::list()), added.mid(0, RecentLibraries::maximum));
        // Opened again: first, once.
        RecentLibraries::add(LibraryLocation::file(m_dir.path() + QStringLiteral("/./l5.lectern")));
        const QStringList now = paths(RecentLibraries::list());
        QCOMPARE(now.size(), RecentLibraries::maximum);
        QCOMPARE(now.first(), m_dir.filePath(QStringLiteral("l5.lectern")));
        QCOMPARE(now.count(m_dir.filePath(QStringLiteral("l5.lectern"))), 1);
        // Kept as locations, not bare paths.
        for (const QString &entry : rawEntries())
            QVERIFY2(entry.startsWith(QLatin1String("file:///")), qPrintable(entry));
        RecentLibraries::remove(
            LibraryLocation::file(m_dir.filePath(QStringLiteral("l5.lectern"))));
        QVERIFY(
            !paths(RecentLibraries::list()).contains(m_dir.filePath(QStringLiteral("l5.lectern"))));
        RecentLibraries::clear();
        QVERIFY(RecentLibraries::list().isEmpty());
        QVERIFY(rawEntries().isEmpty());
    }

    void aMissingLibraryStaysInTheList()
    {
        const QString path = touch(QStringLiteral("away.lectern"));
        RecentLibraries::add(LibraryLocation::file(path));
        QVERIFY(QFile::remove(path));
        const QList<LibraryLocation> list = RecentLibraries::list();
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.first().exists()); // marked in the menu, not dropped
    }

    void entriesOfALaterVersionAreKept()
    {
        const QString server = QStringLiteral("postgresql://lectern@db.cueu.org/union");
        QSettings().setValue(QStringLiteral("library/recent"),
                             QStringList{server, QStringLiteral("not a location")});
        RecentLibraries::add(LibraryLocation::file(m_dir.filePath(QStringLiteral("a.lectern"))));
        QCOMPARE(paths(RecentLibraries::list()),
                 QStringList{m_dir.filePath(QStringLiteral("a.lectern"))});
        const QStringList raw = rawEntries();
        QCOMPARE(raw.size(), 3);
        QCOMPARE(raw.at(1), server);
    }
};

QTEST_GUILESS_MAIN(LibraryLocationTest)
#include "tst_librarylocation.moc"
