#pragma once

// What the format-reader tests share: a folder of files written to a temporary folder,
// read by MigrationFolderReader, rendered as one line per migration and per diagnostic.
#include "core/formats/formatregistry.h"
#include "core/migrationfolderreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace backstep::formattesting {

using Files = QList<std::pair<QString, QString>>;

inline QString statementsOf(const MigrationSection &section)
{
    QStringList parts;
    for (const Statement &statement : section.statements)
        parts.append(QStringLiteral("%1@%2:%3:%4")
                         .arg(statement.sql, QFileInfo(statement.start.file).fileName())
                         .arg(statement.start.line)
                         .arg(statement.start.column));
    return parts.join(QStringLiteral(" | "));
}

// One line per migration: version, name, kind, author, options, files, UP, DOWN or why not.
inline QStringList render(const MigrationSet &set)
{
    QStringList lines;
    for (const Migration &m : set.migrations) {
        QStringList files;
        for (const QString &file : m.files)
            files.append(QFileInfo(file).fileName());
        QString line = QStringLiteral("%1 \"%2\"").arg(m.version, m.name);
        if (m.kind != MigrationKind::Versioned)
            line += u' ' + kindName(m.kind);
        if (!m.author.isEmpty())
            line += QStringLiteral(" by ") + m.author;
        if (!m.options.isEmpty())
            line += QStringLiteral(" {%1}").arg(m.options.join(u','));
        line += QStringLiteral(" [%1] UP: %2").arg(files.join(u','), statementsOf(m.up));
        if (m.reversible())
            line += QStringLiteral(" DOWN(%1): %2")
                        .arg(QFileInfo(m.down.file).fileName(), statementsOf(m.down));
        else
            line += QStringLiteral(" IRREVERSIBLE: ") + m.irreversibleReason();
        lines.append(line);
    }
    return lines;
}

// "file:line: message" with the file's name only ("<folder>" for the folder).
inline QStringList renderDiagnostics(const MigrationSet &set, const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(QStringLiteral("%1:%2: %3")
                         .arg(d.location.file == set.folder ? QStringLiteral("<folder>")
                                                            : QFileInfo(d.location.file).fileName())
                         .arg(d.location.line)
                         .arg(d.message));
    lines.sort();
    return lines;
}

inline QStringList renderErrors(const MigrationSet &set)
{
    return renderDiagnostics(set, set.errors);
}

// Files are written below a fresh temporary folder ("sub/name" makes the subfolder).
inline MigrationSet readFolder(const Files &files, MigrationFormat format,
                               ClientFamily client = ClientFamily::MariaDb)
{
    QTemporaryDir dir;
    dir.setAutoRemove(true);
    for (const auto &[name, text] : files) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).path());
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(text.toUtf8());
    }
    FolderReadOptions options;
    options.format = format;
    options.client = client;
    return MigrationFolderReader::read(dir.path(), options);
}

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Each expected diagnostic: "file:line: " and a fragment of the message; all must be there
// and no other.
inline bool diagnosticsMatch(const QStringList &actual, const QStringList &expected, QString &why)
{
    if (actual.size() != expected.size()) {
        why = QStringLiteral("%1 instead of %2:\n").arg(actual.size()).arg(expected.size()) +
              actual.join(u'\n');
        return false;
    }
    for (const QString &wanted : expected) {
        const qsizetype split = wanted.indexOf(QStringLiteral(": "));
        const QString where = wanted.first(split + 2);
        const QString fragment = wanted.sliced(split + 2);
        bool found = false;
        for (const QString &line : actual)
            found = found || (line.startsWith(where) && line.contains(fragment));
        if (!found) {
            why = wanted + QStringLiteral("\nnot in:\n") + actual.join(u'\n');
            return false;
        }
    }
    return true;
}

} // namespace backstep::formattesting
