#pragma once

#include "core/sourcelocation.h"

#include <QString>

#include <optional>
#include <source_location>
#include <utility>
#include <variant>

namespace backstep {

// What failed, in words for the person at the keyboard, and where it arose.
struct Error
{
    QString message;
    // The place in the user's input the error is about (a migration file, its line and
    // column); empty when the error is not about input.
    SourceLocation input = {};
    // Where in Backstep's code it was raised: for logs and bug reports, never the message.
    // (In a default member initializer, current() names the place of the Error{...}.)
    std::source_location origin = std::source_location::current();

    // The same error with words in front that say what was being done ("reading X: ...").
    Error prefixed(const QString &context) const
    {
        Error error = *this;
        error.message = context + QStringLiteral(": ") + message;
        return error;
    }
};

// What error() of a success answers.
inline const QString &noErrorMessage()
{
    static const QString none;
    return none;
}

// A value or the reason there is none (std::expected, which C++20 lacks).
// Errors are passed up as they are, origin and all: `if (!r) return r.failure();`.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    // The message, empty for a success (test messages and logs ask either way).
    const QString &error() const { return ok() ? noErrorMessage() : failure().message; }
    const Error &failure() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success with nothing to return, or the reason it failed.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    // The message, empty for a success (test messages and logs ask either way).
    const QString &error() const { return ok() ? noErrorMessage() : failure().message; }
    // Only for a failed result (ok() false): asking a success for its error throws.
    const Error &failure() const { return m_error.value(); }

private:
    std::optional<Error> m_error;
};

} // namespace backstep
