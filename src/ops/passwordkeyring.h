#pragma once

#include "core/connectionspec.h"
#include "core/result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace backstep {

// Database passwords in the desktop's keyring (the Secret Service, KWallet, ... through
// QtKeychain), when the DBA asks for it: never in a file Backstep writes. Every call is
// asynchronous (the keyring may ask the user to unlock it); the answer comes to `done` on
// the thread of `context`, and never after `context` is gone.
//
// Where no keyring answers, availability() says so with the reason, and Backstep asks for
// the password each time instead.
class PasswordKeyring : public QObject
{
    Q_OBJECT
public:
    enum class Availability { NotChecked, Checking, Available, Unavailable };

    // One per process: the keyring QtKeychain finds is decided once per process.
    static PasswordKeyring &instance();

    // What the password is stored under: the server and the user (`mysql://dba@db:3306`),
    // as one password serves every database of that account.
    static QString keyFor(const ConnectionSpec &spec);

    Availability availability() const { return m_availability; }
    // Why the keyring cannot be used, in words; empty unless Unavailable.
    QString unavailableReason() const { return m_reason; }
    // Finds out (once) whether a keyring answers; availabilityKnown() says when.
    void checkAvailability();

    // The stored password; nullopt when none is stored for the key.
    void read(const QString &key, QObject *context,
              const std::function<void(Result<std::optional<QString>>)> &done);
    void write(const QString &key, const QString &password, QObject *context,
               const std::function<void(Result<void>)> &done);
    // No error when nothing was stored.
    void forget(const QString &key, QObject *context,
                const std::function<void(Result<void>)> &done);

    // For programs without a window (backstep-cli): availability checked, then the stored
    // password read, waiting in a local event loop at most `timeoutMs` for each (a keyring
    // that waits for an unlock prompt nobody sees must not hang a script). An error says
    // why no keyring could be asked, or what it answered; nullopt: nothing stored for `key`.
    Result<std::optional<QString>> readNow(const QString &key, int timeoutMs = 20000);

Q_SIGNALS:
    void availabilityKnown(bool available, const QString &reason);

private:
    explicit PasswordKeyring(QObject *parent = nullptr);
    void settle(bool available, const QString &reason);

    Availability m_availability = Availability::NotChecked;
    QString m_reason;
};

} // namespace backstep
