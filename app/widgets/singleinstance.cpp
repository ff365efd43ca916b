#include "singleinstance.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace lectern {

namespace {

// A request is one line of JSON: {"lectern": 1, "open": "file:///…"} or
// {"lectern": 1, "show": true}; the answer is "ok" or "error".
constexpr int protocolVersion = 1;
constexpr qint64 longestRequest = 64 * 1024;
constexpr int answerWaitMs = 10'000;

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("org.cueu.Lectern-%1.instance").arg(getuid()));
}

SingleInstance::Outcome SingleInstance::claim(const std::optional<LibraryLocation> &location)
{
    // Two starts at once (a file manager opening two files): one becomes
    // the instance, the other then finds it.
    QLockFile lock(serverName() + QLatin1String(".lock"));
    lock.tryLock(answerWaitMs);
    switch (handOver(location)) {
    case HandOver::Taken:
        return Outcome::HandedOver;
    case HandOver::NoAnswer:
        return Outcome::Alone; // its socket stays: it may only be busy
    case HandOver::NobodyListens:
        break;
    }
    // Nobody listens: whatever is there was left by a process that ended.
    QLocalServer::removeServer(serverName());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(serverName())) {
        delete m_server;
        m_server = nullptr;
        return Outcome::Alone;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            // A client that says nothing is not kept waiting for.
            QTimer::singleShot(answerWaitMs, socket, [socket] { socket->abort(); });
        }
    });
    return Outcome::Listening;
}

SingleInstance::HandOver SingleInstance::handOver(const std::optional<LibraryLocation> &location)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(2000))
        return HandOver::NobodyListens;
    QJsonObject request{{QStringLiteral("lectern"), protocolVersion}};
    if (location)
        request.insert(QStringLiteral("open"), location->toString());
    else
        request.insert(QStringLiteral("show"), true);
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(answerWaitMs))
        return HandOver::NoAnswer;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(answerWaitMs))
            return HandOver::NoAnswer;
    }
    return socket.readLine().trimmed() == "ok" ? HandOver::Taken : HandOver::NoAnswer;
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > longestRequest)
            socket->abort();
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
    std::optional<LibraryLocation> location;
    bool valid = request.value(QStringLiteral("lectern")).toInt() == protocolVersion;
    if (valid && request.contains(QStringLiteral("open"))) {
        location = LibraryLocation::fromString(request.value(QStringLiteral("open")).toString());
        valid = location.has_value();
    } else if (valid) {
        valid = request.value(QStringLiteral("show")).toBool();
    }
    socket->write(valid ? "ok\n" : "error\n");
    socket->flush();
    socket->disconnectFromServer();
    if (!valid)
        return;
    // After the answer: the other process exits while this one may ask
    // about unsaved edits for as long as the user takes.
    QTimer::singleShot(0, this, [this, location] {
        if (location)
            Q_EMIT openRequested(*location);
        else
            Q_EMIT showRequested();
    });
}

} // namespace lectern
