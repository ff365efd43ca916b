#pragma once

// Running the real lectern binary from a test.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lectern::test {

struct LecternRun
{
    int exitCode = -1; // -1: crashed, killed or timed out
    QString out;
    QString err;
};

inline QProcessEnvironment lecternEnvironment(const QString &home = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LECTERN_LIBRARY"));
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QLatin1String("/config"));
    }
    return environment;
}

// `program` empty: the lectern binary under test.
inline LecternRun runProgram(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment = lecternEnvironment(),
                             int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program.isEmpty() ? QStringLiteral(LECTERN_BINARY) : program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline LecternRun runLectern(const QStringList &arguments,
                             const QProcessEnvironment &environment = lecternEnvironment())
{
    return runProgram({}, arguments, environment);
}

} // namespace lectern::test
