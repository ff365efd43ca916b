// One Lectern window per user, with the real binary: a second start hands
// its library to the running window and exits 0; a socket left by a killed
// window is taken over; --new-instance starts a window of its own; what is
// not a request is answered "error" and changes nothing.
#include "librarylocation.h"
#include "processsupport.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace lectern::test;

namespace {

constexpr int startMs = 60000; // a shared, busy machine: generous, never a speed test

} // namespace

class SingleInstanceTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QString m_first;
    QString m_second;

    QString runtimeFolder() const { return m_home.filePath(QStringLiteral("runtime")); }
    QString socketPath() const
    {
        return runtimeFolder() + QStringLiteral("/org.cueu.Lectern-%1.instance").arg(getuid());
    }

    // File › Open Recent's list as the running window last wrote it: its
    // first entry is the library it shows.
    QString shownLibrary() const
    {
        QSettings settings(m_home.filePath(QStringLiteral("config/Lectern/lectern.conf")),
                           QSettings::IniFormat);
        return settings.value(QStringLiteral("library/recent")).toStringList().value(0);
    }
    static QString location(const QString &path)
    {
        return lectern::LibraryLocation::file(path).toString();
    }

    std::unique_ptr<QProcess> startWindow(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(LECTERN_BINARY), arguments);
        if (!process->waitForStarted(startMs))
            return {};
        return process;
    }

    static void stop(QProcess &process)
    {
        process.kill();
        process.waitForFinished(startMs);
    }

    // A second start: how it ended, and within how long (it must not wait
    // for anything but the running window's answer).
    LecternRun secondStart(const QStringList &arguments)
    {
        return runProgram({}, arguments, m_environment, startMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(runtimeFolder()));
        QVERIFY(QFile::setPermissions(runtimeFolder(), QFileDevice::ReadOwner |
                                                           QFileDevice::WriteOwner |
                                                           QFileDevice::ExeOwner));
        m_environment = lecternEnvironment(m_home.path());
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeFolder());
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_first = m_home.filePath(QStringLiteral("first.lectern"));
        m_second = m_home.filePath(QStringLiteral("second.lectern"));
        for (const QString &path : {m_first, m_second}) {
            const LecternRun init = runLectern(
                {QStringLiteral("--library"), path, QStringLiteral("init")}, m_environment);
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        }
    }

    void aSecondStartHandsItsLibraryToTheRunningWindow()
    {
        const auto window = startWindow({QStringLiteral("--library"), m_first});
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath()), startMs);
        QTRY_COMPARE_WITH_TIMEOUT(shownLibrary(), location(m_first), startMs);

        // The file manager opens second.lectern: the window switches to it.
        const LecternRun second = secondStart({QStringLiteral("--library=") + m_second});
        QCOMPARE(second.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(shownLibrary(), location(m_second), startMs);
        QCOMPARE(window->state(), QProcess::Running);

        // Started without a library: only the window comes to the front.
        QCOMPARE(secondStart({}).exitCode, 0);
        QTest::qWait(500);
        QCOMPARE(shownLibrary(), location(m_second));
        QCOMPARE(window->state(), QProcess::Running);

        // Not a request: answered "error", and nothing changes.
        for (const QByteArray &junk :
             {QByteArray("garbage\n"), QByteArray("{\"lectern\": 1, \"open\": \"x.lectern\"}\n"),
              QByteArray("{\"lectern\": 7, \"show\": true}\n")}) {
            QLocalSocket socket;
            socket.connectToServer(socketPath());
            QVERIFY(socket.waitForConnected(startMs));
            socket.write(junk);
            QVERIFY(socket.waitForBytesWritten(startMs));
            while (!socket.canReadLine())
                QVERIFY(socket.waitForReadyRead(startMs));
            QCOMPARE(socket.readLine().trimmed(), QByteArray("error"));
        }
        QCOMPARE(shownLibrary(), location(m_second));
        // Still listening: back to the first library.
        QCOMPARE(secondStart({QStringLiteral("--library"), m_first}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(shownLibrary(), location(m_first), startMs);

        // --new-instance: a window of its own, the running one left alone.
        const auto own =
            startWindow({QStringLiteral("--new-instance"), QStringLiteral("--library"), m_second});
        QVERIFY(own);
        QTRY_COMPARE_WITH_TIMEOUT(shownLibrary(), location(m_second), startMs); // it opened
        QTest::qWait(500);
        QCOMPARE(own->state(), QProcess::Running);
        stop(*own);
        QCOMPARE(window->state(), QProcess::Running);
        stop(*window);
    }

    void aSocketLeftByAKilledWindowIsTakenOver()
    {
        const auto killed = startWindow({QStringLiteral("--library"), m_first});
        QVERIFY(killed);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath()), startMs);
        QTRY_COMPARE_WITH_TIMEOUT(shownLibrary(), location(m_first), startMs);
        stop(*killed); // SIGKILL: its socket stays behind
        QVERIFY(QFile::exists(socketPath()));

        // The next start becomes the instance instead of handing over to nobody.
        const auto window = startWindow({QStringLiteral("--library"), m_second});
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(shownLibrary(), location(m_second), startMs);
        QTest::qWait(500);
        QCOMPARE(window->state(), QProcess::Running);
        // And it listens.
        QCOMPARE(secondStart({QStringLiteral("--library"), m_first}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(shownLibrary(), location(m_first), startMs);
        stop(*window);
    }

    void twoStartsAtOnceMakeOneWindow()
    {
        // As a file manager opening two files: one becomes the window, the
        // other hands its library to it.
        const auto one = startWindow({QStringLiteral("--library"), m_first});
        const auto other = startWindow({QStringLiteral("--library"), m_second});
        QVERIFY(one && other);
        QTRY_VERIFY_WITH_TIMEOUT(one->state() == QProcess::NotRunning ||
                                     other->state() == QProcess::NotRunning,
                                 startMs);
        QProcess &ended = one->state() == QProcess::NotRunning ? *one : *other;
        QProcess &window = &ended == one.get() ? *other : *one;
        QCOMPARE(ended.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ended.exitCode(), 0);
        QTest::qWait(500);
        QCOMPARE(window.state(), QProcess::Running);
        // The window shows the library of the start that ended.
        const QString handed = &ended == one.get() ? m_first : m_second;
        QTRY_COMPARE_WITH_TIMEOUT(shownLibrary(), location(handed), startMs);
        stop(window);
    }
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "tst_singleinstance.moc"
