#pragma once

class QCoreApplication;

namespace backstep {

// Installs Backstep's translation for the user's language (built into both programs as
// :/i18n/backstep_<language>.qm) and Qt's own (its dialogs' buttons), when there are
// such files. English needs neither.
void installTranslations(QCoreApplication &application);

} // namespace backstep
