#include "core/operatorname.h"

#include <pwd.h>
#include <unistd.h>

namespace backstep {

QString operatorName()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    if (const passwd *account = getpwuid(getuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
}

} // namespace backstep
