#pragma once

#include "core/result.h"

#include <QString>

namespace backstep {

// Where a database is: parsed from `mysql://USER@HOST:PORT/DB` (or `mariadb://`) or
// `sqlite:PATH`. It never holds a password.
struct ConnectionSpec
{
    enum class Engine { MySql, Sqlite };

    Engine engine = Engine::Sqlite;
    QString host;
    int port = 3306;
    QString user;
    QString database;   // MySQL schema name
    QString sqlitePath; // absolute path of the SQLite file

    static Result<ConnectionSpec> parse(const QString &url);
    // The URL again, without any secret: safe for logs, titles and settings.
    QString url() const;
    // What people call the database: the schema name, or the SQLite file's base name.
    QString databaseName() const;
    bool needsPassword() const { return engine == Engine::MySql; }
};

} // namespace backstep
