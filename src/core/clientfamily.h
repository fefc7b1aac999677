#pragma once

namespace backstep {

// Which family of client tools goes with a server: MariaDB's (mariadb, mariadb-dump) or
// Oracle MySQL's (mysql, mysqldump). Their command-line clients cut a file into statements
// alike but send different comments (StatementSplitter), and their options are spelled
// differently (ClientTools).
enum class ClientFamily { MariaDb, MySql };

} // namespace backstep
