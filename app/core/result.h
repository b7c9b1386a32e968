// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Gloss {

// Why an operation failed; the CLI maps these to its exit codes.
enum class ErrorKind {
    BadInput,  // the user's file or argument is wrong
    Database,  // the database refused, is damaged, locked or from a newer version
    Io,        // the operating system refused (permissions, disk full)
    Cancelled, // the user stopped it
};

struct Error {
    ErrorKind kind = ErrorKind::BadInput;
    QString message;
    // The surrounding transaction cannot be trusted any more and must be rolled back.
    bool abortTransaction = false;
};

// A value or an Error with a message for the user, in the spirit of std::expected.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }

    const Error &error() const { return m_error; }
    const QString &errorString() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation with nothing to return but success.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    const QString &errorString() const { return m_error.message; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error badInput(QString message) { return Error{ErrorKind::BadInput, std::move(message)}; }
inline Error databaseError(QString message) { return Error{ErrorKind::Database, std::move(message)}; }
inline Error ioError(QString message) { return Error{ErrorKind::Io, std::move(message)}; }

} // namespace Gloss
