#include "ops/passwordkeyring.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKeyring, "backstep.keyring")

namespace backstep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKeyring)
};

// The keyring's "service" attribute: every Backstep password is filed under it.
const QString keyringService = QStringLiteral("Backstep");
// Looked up to learn whether a keyring answers; never written.
const QString probeKey = QStringLiteral("backstep:availability-probe");
// A keyring that has not answered by then is treated as absent (it may be waiting for an
// unlock prompt that nobody sees).
constexpr int probeTimeoutMs = 15000;

template <typename JobType> JobType *newJob(const QString &key)
{
    auto *job = new JobType(keyringService);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never the plain-text QSettings fallback: a password is in a keyring or nowhere.
    job->setInsecureFallback(false);
    return job;
}

QString describe(const QKeychain::Job *job)
{
    return job->errorString().isEmpty() ? Tr::tr("the keyring refused (error %1)").arg(job->error())
                                        : job->errorString();
}

} // namespace

PasswordKeyring::PasswordKeyring(QObject *parent)
    : QObject(parent)
{}

PasswordKeyring &PasswordKeyring::instance()
{
    static PasswordKeyring *keyring = new PasswordKeyring(QCoreApplication::instance());
    return *keyring;
}

QString PasswordKeyring::keyFor(const ConnectionSpec &spec)
{
    return QStringLiteral("mysql://%1@%2:%3").arg(spec.user, spec.host).arg(spec.port);
}

void PasswordKeyring::settle(bool available, const QString &reason)
{
    if (m_availability == Availability::Available || m_availability == Availability::Unavailable)
        return;
    m_availability = available ? Availability::Available : Availability::Unavailable;
    m_reason = available ? QString() : reason;
    if (!available)
        qCInfo(lcKeyring).noquote() << "no keyring:" << reason;
    Q_EMIT availabilityKnown(available, m_reason);
}

void PasswordKeyring::checkAvailability()
{
    if (m_availability != Availability::NotChecked)
        return;
    m_availability = Availability::Checking;
    // Without a session bus no keyring can answer; asking the library anyway could make
    // it try to launch a bus of its own.
    if (!QDBusConnection::sessionBus().isConnected()) {
        QMetaObject::invokeMethod(
            this,
            [this] { settle(false, Tr::tr("no D-Bus session bus, so no keyring can be reached")); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(probeKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const auto error = finished->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            settle(true, {});
        else
            settle(false, Tr::tr("the keyring did not answer: %1").arg(describe(finished)));
    });
    QTimer::singleShot(probeTimeoutMs, this, [this] {
        settle(false,
               Tr::tr("the keyring did not answer within %1 seconds").arg(probeTimeoutMs / 1000));
    });
    job->start();
}

void PasswordKeyring::read(const QString &key, QObject *context,
                           const std::function<void(Result<std::optional<QString>>)> &done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound)
            done(std::optional<QString>());
        else if (finished->error() != QKeychain::NoError)
            done(Error{
                Tr::tr("cannot read the password from the keyring: %1").arg(describe(finished))});
        else
            done(std::optional<QString>(
                static_cast<QKeychain::ReadPasswordJob *>(finished)->textData()));
    });
    job->start();
}

void PasswordKeyring::write(const QString &key, const QString &password, QObject *context,
                            const std::function<void(Result<void>)> &done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(Error{
                Tr::tr("cannot store the password in the keyring: %1").arg(describe(finished))});
        else
            done({});
    });
    job->start();
}

void PasswordKeyring::forget(const QString &key, QObject *context,
                             const std::function<void(Result<void>)> &done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            done(Error{
                Tr::tr("cannot remove the password from the keyring: %1").arg(describe(finished))});
        else
            done({});
    });
    job->start();
}

Result<std::optional<QString>> PasswordKeyring::readNow(const QString &key, int timeoutMs)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (m_availability == Availability::NotChecked || m_availability == Availability::Checking) {
        QObject::connect(this, &PasswordKeyring::availabilityKnown, &loop, &QEventLoop::quit);
        checkAvailability();
        deadline.start(timeoutMs);
        if (m_availability == Availability::Checking)
            loop.exec();
        QObject::disconnect(this, &PasswordKeyring::availabilityKnown, &loop, nullptr);
    }
    if (m_availability == Availability::Unavailable)
        return Error{m_reason};
    if (m_availability != Availability::Available)
        return Error{Tr::tr("the keyring did not answer within %1 seconds").arg(timeoutMs / 1000)};

    // The answer goes to `receiver`, gone when this returns: a late one is dropped.
    std::optional<Result<std::optional<QString>>> answer;
    QObject receiver;
    read(key, &receiver, [&answer, &loop](Result<std::optional<QString>> result) {
        answer.emplace(std::move(result));
        loop.quit();
    });
    deadline.start(timeoutMs);
    if (!answer)
        loop.exec();
    if (!answer)
        return Error{Tr::tr("the keyring did not answer within %1 seconds").arg(timeoutMs / 1000)};
    return std::move(*answer);
}

} // namespace backstep
