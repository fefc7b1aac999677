// Passwords in a real keyring: gnome-keyring-daemon on a D-Bus session bus of the test's
// own, reached through QtKeychain exactly as the window reaches the desktop's keyring.
// What is stored comes back; nothing is written in plain text to any file.
#include "ops/passwordkeyring.h"
#include "support/secretservice.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestPasswordKeyring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("keyring"))};
    test::SecretServiceSandbox m_secrets;

    template <typename T> static T waitFor(std::function<void(std::function<void(T)>)> call)
    {
        std::optional<T> answer;
        call([&](T value) { answer.emplace(std::move(value)); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            qFatal("the keyring did not answer within 30 s");
        return std::move(*answer);
    }

    Result<std::optional<QString>> read(const QString &key)
    {
        return waitFor<Result<std::optional<QString>>>(
            [&](auto done) { PasswordKeyring::instance().read(key, this, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_secrets.start(m_dir.filePath(QStringLiteral("secrets")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_secrets.useAsSessionBus();
    }

    void aRunningSecretServiceIsAvailable()
    {
        PasswordKeyring &keyring = PasswordKeyring::instance();
        QSignalSpy known(&keyring, &PasswordKeyring::availabilityKnown);
        keyring.checkAvailability();
        QVERIFY(known.wait(30000));
        QVERIFY2(known.first().at(0).toBool(), qPrintable(known.first().at(1).toString()));
        QCOMPARE(keyring.availability(), PasswordKeyring::Availability::Available);
    }

    void storesReadsAndForgets()
    {
        ConnectionSpec spec =
            ConnectionSpec::parse(QStringLiteral("mysql://dba@db.example:3307/heartguard")).value();
        const QString key = PasswordKeyring::keyFor(spec);
        QCOMPARE(key, QStringLiteral("mysql://dba@db.example:3307"));

        QVERIFY(!read(key).value().has_value());
        const QString password = QStringLiteral("Pa55;#\"wörd\n");
        const auto written = waitFor<Result<void>>(
            [&](auto done) { PasswordKeyring::instance().write(key, password, this, done); });
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
        const auto back = read(key);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
        QCOMPARE(back.value(), std::optional<QString>(password));

        // The keyring keeps it encrypted: no file under the test's folders holds it.
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(QByteArray("Pa55;#")), qPrintable(file.fileName()));
        }
        QVERIFY2(scanned > 0, "the keyring wrote no file at all: is it really storing?");

        const auto forgotten = waitFor<Result<void>>(
            [&](auto done) { PasswordKeyring::instance().forget(key, this, done); });
        QVERIFY(forgotten.ok());
        QVERIFY(!read(key).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestPasswordKeyring)
#include "tst_passwordkeyring.moc"
