#include "ops/connectiontester.h"

#include "db/databasesession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace backstep {

QFuture<Result<QString>> ConnectionTester::start(ConnectionSpec spec, QString password)
{
    return QtConcurrent::run([spec = std::move(spec), password = std::move(password)] {
        auto session = DatabaseSession::open(spec, password);
        if (!session)
            return Result<QString>(session.failure());
        return Result<QString>(session.value()->serverVersion());
    });
}

} // namespace backstep
