#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lectern {

// What went wrong, as far as a caller needs to tell cases apart. Code decides
// on the kind, never on an error's text (which is translated, and comes from
// whichever engine or system call failed).
enum class ErrorKind
{
    Other,        // none of the kinds below
    NotFound,     // the item, or the file, is not there
    Conflict,     // someone else changed the same thing, or it exists already
    ReadOnly,     // the library, or the storage it is on, cannot be written
    DiskFull,     // no space left on the disk
    Busy,         // another program held the library's lock for too long
    Damaged,      // the file's contents are inconsistent
    InUse,        // the file is a library that is open (it must not be replaced or read)
    NewerFormat,  // written by a newer version of Lectern
    ForeignFile,  // not a Lectern library
    CannotOpen,   // no permission, not a regular file, a folder that is missing
    Cancelled,    // the user stopped it
    InvalidInput, // a query, an option or a value that cannot be used as given
    NotAllowed,   // the user's role on a team library does not allow it
    Unreachable   // a team library's server cannot be reached, or went away
};

// An error a user can read: what happened and, where it matters, which file.
// `kind` is for code to act on; `message` is for people.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

// A value or an error. Store operations return these instead of throwing,
// exiting or logging, so every caller decides how to tell the user.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value: a reference into a temporary Result would dangle in a range-for.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }
    // Empty on success, so it is safe to call whatever the outcome.
    QString error() const { return ok() ? QString() : std::get<Error>(m_state).message; }
    // ErrorKind::Other on success.
    ErrorKind errorKind() const { return ok() ? ErrorKind::Other : std::get<Error>(m_state).kind; }
    // The whole error (message and kind), to pass on unchanged; only on failure.
    Error failure() const { return ok() ? Error{} : std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{
};

// Success or an error, for operations with nothing to return.
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace lectern
