#pragma once

#include "core/playbook.h"

namespace backstep::test {

// The heartguard incident as a playbook run whose steps carry every evidence key
// PlaybookActions lists (values shaped as a real run on MariaDB writes them, times fixed):
// 1203 and 1202 rolled back, a targeted backup, a rehearsal, the verification passed with
// a table its budget did not cover, two validation commands, the log watch.
PlaybookRun incidentFixtureRun();
// The same run failed at the verification (tried twice): the expected and actual
// definitions of a table and a differing checksum chunk; the later steps never reached.
PlaybookRun incidentFixtureFailedRun();

} // namespace backstep::test
