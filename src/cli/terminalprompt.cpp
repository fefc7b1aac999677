#include "cli/terminalprompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace backstep::cli {

Result<QString> TerminalPrompt::askPassword(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return Error{QCoreApplication::translate(
            "TerminalPrompt", "a password is needed and there is no terminal to ask it on: use "
                              "--password-file FILE or the BACKSTEP_PASSWORD variable")};
    const QByteArray question = prompt.toLocal8Bit();
    [[maybe_unused]] auto written = ::write(fd, question.constData(), size_t(question.size()));
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &silent);
    }
    QByteArray answer;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        answer.append(c);
    if (isTerminal)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    written = ::write(fd, "\n", 1);
    ::close(fd);
    if (answer.endsWith('\r'))
        answer.chop(1);
    return QString::fromLocal8Bit(answer);
}

Result<bool> TerminalPrompt::askYesNo(const QString &question)
{
    const int fd = ::isatty(STDIN_FILENO) ? ::open("/dev/tty", O_RDWR | O_CLOEXEC) : -1;
    if (fd < 0)
        return Error{QCoreApplication::translate(
            "TerminalPrompt", "there is no terminal to ask on: pass --yes to go on")};
    const QByteArray text = question.toLocal8Bit();
    [[maybe_unused]] auto written = ::write(fd, text.constData(), size_t(text.size()));
    QByteArray answer;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        answer.append(c);
    ::close(fd);
    const QString said = QString::fromLocal8Bit(answer).trimmed().toLower();
    const QString yes = QCoreApplication::translate("TerminalPrompt", "yes");
    return said == u"y" || said == u"yes" || said == yes ||
           (!said.isEmpty() && yes.startsWith(said));
}

} // namespace backstep::cli
