#pragma once

#include "core/history.h"
#include "core/result.h"

class QSqlDatabase;

namespace backstep {

// Finds the database's migration history table among the known tools' tables and reads
// it in that tool's convention.
class HistoryReader
{
public:
    static Result<History> read(QSqlDatabase &database);
};

} // namespace backstep
