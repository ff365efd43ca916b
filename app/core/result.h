#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lectern {

// An error a user can read: what happened and, where it matters, which file.
struct Error
{
    QString message;
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
