#pragma once

#include <QString>

namespace backstep {

// Who runs a rollback or a playbook, for the journal and the reports: the login name
// ($USER, else $LOGNAME), else the account's name, else "uid N".
QString operatorName();

} // namespace backstep
