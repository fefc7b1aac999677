// Remembering a password, for real: the profile editor and the password prompt against
// gnome-keyring-daemon on a D-Bus session bus of the test's own. The "remember" choice is
// offered because a keyring answers; the password comes back from it to open the profile;
// and no file the test's HOME, settings, profiles or journal hold ever contains it.
#include "core/profilestore.h"
#include "ops/passwordkeyring.h"
#include "support/secretservice.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/profileeditor.h"
#include "ui/profilescontroller.h"
#include "ui/workspacecontroller.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

class TestProfileKeyring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::temporaryTemplate(QStringLiteral("profilekeyring"))};
    test::SecretServiceSandbox m_secrets;
    const QString m_password = QStringLiteral("Keyring;Only#Pa55");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_secrets.start(m_dir.filePath(QStringLiteral("secrets")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_secrets.useAsSessionBus();
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
        qputenv("BACKSTEP_JOURNAL", m_dir.filePath(QStringLiteral("data/journal.sqlite")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
    }

    void theEditorRemembersInTheKeyring()
    {
        MainWindow window;
        window.show();
        auto *profiles = window.findChild<ProfilesController *>();
        QVERIFY(profiles);
        ProfileEditor *editor = profiles->showEditor();
        auto *remember = editor->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        // Offered once the keyring has answered.
        QTRY_VERIFY_WITH_TIMEOUT(remember->isEnabled(), 30000);
        editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("heartguard"));
        editor->findChild<QLineEdit *>(QStringLiteral("hostEdit"))
            ->setText(QStringLiteral("127.0.0.1"));
        editor->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("dba"));
        editor->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))
            ->setText(QStringLiteral("heartguard"));
        editor->findChild<QLineEdit *>(QStringLiteral("folderEdit"))
            ->setText(m_dir.filePath(QStringLiteral("migrations")));
        remember->setChecked(true);
        auto *password = editor->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(password->isEnabled());
        password->setText(m_password);
        QVERIFY(editor->save().ok());

        // The keyring has it, under the server and user.
        std::optional<Result<std::optional<QString>>> stored;
        const QString key = PasswordKeyring::keyFor(
            ConnectionSpec::parse(QStringLiteral("mysql://dba@127.0.0.1:3306/heartguard")).value());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                stored.reset();
                PasswordKeyring::instance().read(key, this, [&](auto answer) { stored = answer; });
                return QTest::qWaitFor([&] { return stored.has_value(); }, 10000) && stored->ok() &&
                       stored->value() == m_password;
            }(),
            30000);

        // Opening the profile takes the password from the keyring, without asking.
        QSignalSpy loaded(window.controller(), &WorkspaceController::loaded);
        profiles->openProfile(ProfileStore().load(QStringLiteral("heartguard")).value());
        QVERIFY(loaded.wait(30000));
        QVERIFY(!profiles->passwordDialog());
        QCOMPARE(window.controller()->workspace().request.password, m_password);
        editor->close();
    }

    void noFileHoldsThePassword()
    {
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList scanned;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            scanned.append(file.fileName());
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(m_password.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(m_password.utf16()),
                                                m_password.size() * 2)),
                     qPrintable(file.fileName()));
        }
        const QString joined = scanned.join(u'\n');
        QVERIFY2(joined.contains(QStringLiteral("profiles.json")), qPrintable(joined));
        QVERIFY2(joined.contains(QStringLiteral("journal.sqlite")), qPrintable(joined));
        QVERIFY2(joined.contains(QStringLiteral("keyrings/")), qPrintable(joined));
    }
};

QTEST_MAIN(TestProfileKeyring)
#include "tst_profilekeyring.moc"
