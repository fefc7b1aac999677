#pragma once

#include "core/connectionspec.h"
#include "core/result.h"

#include <QFuture>

namespace backstep {

// "Test connection": opens the database on a worker thread with a connection of its own
// and says what answered (the server's version), or why nothing did.
class ConnectionTester
{
public:
    static QFuture<Result<QString>> start(ConnectionSpec spec, QString password);
};

} // namespace backstep
