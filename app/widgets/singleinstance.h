#pragma once

#include "librarylocation.h"

#include <QObject>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace lectern {

// One Lectern window per user. The first window's process listens on a local
// socket in the user's runtime folder; a later start hands its library (or
// only "come to the front") to it and exits, so that a .lectern opened from
// the file manager opens in the window already running. A socket left behind
// by a process that crashed is removed and the new process takes its place.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    enum class Outcome
    {
        Listening,  // this process is the instance now
        HandedOver, // the running one took the request: this process may exit
        Alone,      // neither (one runs but does not answer, or no socket can be made)
    };
    // `location` empty: the running window only comes to the front.
    Outcome claim(const std::optional<LibraryLocation> &location);

    // The socket's path: per user, in $XDG_RUNTIME_DIR.
    static QString serverName();

Q_SIGNALS:
    // Another start asked for `location`, or (showRequested) for the window.
    void openRequested(const LibraryLocation &location);
    void showRequested();

private:
    enum class HandOver
    {
        NobodyListens,
        Taken,
        NoAnswer,
    };
    HandOver handOver(const std::optional<LibraryLocation> &location);
    void read(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
};

} // namespace lectern
