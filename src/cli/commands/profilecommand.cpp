#include "cli/commands/commands.h"
#include "core/incidentnotice.h"
#include "core/profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace backstep::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(profile)
};

int list(CliContext &context, const ProfileStore &store)
{
    auto profiles = store.loadAll();
    if (!profiles) {
        context.err << Tr::tr("error: %1").arg(profiles.error()) << Qt::endl;
        return ExitBadInput;
    }
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray entries;
        for (ConnectionProfile profile : profiles.value()) {
            // Shown, not exported: the webhook's token redacted, as in `show`.
            if (!profile.webhookUrl.isEmpty())
                profile.webhookUrl = redactedUrl(profile.webhookUrl);
            entries.append(profileToJson(profile));
        }
        context.out << QJsonDocument(entries).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const ConnectionProfile &profile : profiles.value())
        context.out << profile.name << u'\t'
                    << (profile.url.isEmpty() ? Tr::tr("(no connection)") : profile.url)
                    << Qt::endl;
    return ExitOk;
}

int show(CliContext &context, const ProfileStore &store, const QString &name)
{
    auto profile = store.load(name);
    if (!profile) {
        context.err << Tr::tr("error: %1").arg(profile.error()) << Qt::endl;
        return ExitBadInput;
    }
    // The same JSON as export: it is the profile's one readable form, and every
    // character of a command shows as it is; but the webhook's path and query are its
    // token, shown as everywhere else only redacted (export writes it whole, to move it).
    ConnectionProfile shown = profile.value();
    if (!shown.webhookUrl.isEmpty())
        shown.webhookUrl = redactedUrl(shown.webhookUrl);
    context.out << ProfileStore::exportDocument(shown);
    return ExitOk;
}

int exportProfile(CliContext &context, const ProfileStore &store, const QString &name,
                  const QString &path)
{
    auto profile = store.load(name);
    if (!profile) {
        context.err << Tr::tr("error: %1").arg(profile.error()) << Qt::endl;
        return ExitBadInput;
    }
    const QByteArray document = ProfileStore::exportDocument(profile.value());
    if (path.isEmpty() || path == u"-") {
        context.out << document;
        return ExitOk;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() ||
        !file.commit()) {
        context.err << Tr::tr("error: cannot write %1: %2").arg(path, file.errorString())
                    << Qt::endl;
        return ExitFailed;
    }
    context.err << Tr::tr("profile \"%1\" written to %2").arg(name, path) << Qt::endl;
    return ExitOk;
}

int importProfiles(CliContext &context, ProfileStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << Tr::tr("error: cannot read %1: %2").arg(path, file.errorString())
                    << Qt::endl;
        return ExitBadInput;
    }
    auto profiles = ProfileStore::readDocument(file.readAll(), path);
    if (!profiles) {
        context.err << Tr::tr("error: %1").arg(profiles.error()) << Qt::endl;
        return ExitBadInput;
    }
    auto existing = store.names();
    if (!existing) {
        context.err << Tr::tr("error: %1").arg(existing.error()) << Qt::endl;
        return ExitBadInput;
    }
    const bool replace = context.parser.isSet(QStringLiteral("replace"));
    // All or nothing: a name taken refuses the whole import before anything is written.
    for (const ConnectionProfile &profile : profiles.value())
        if (!replace && existing->contains(profile.name)) {
            context.err << Tr::tr("error: there is already a profile named \"%1\"; "
                                  "--replace replaces it")
                               .arg(profile.name)
                        << Qt::endl;
            return ExitRefused;
        }
    for (const ConnectionProfile &profile : profiles.value()) {
        if (auto saved = store.save(profile); !saved) {
            context.err << Tr::tr("error: %1").arg(saved.error()) << Qt::endl;
            return ExitFailed;
        }
        context.err << Tr::tr("imported \"%1\"").arg(profile.name) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

void declareProfile(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("action"),
        Tr::tr("list | show NAME | import FILE | export NAME [FILE] | remove NAME"));
    parser.addOption(
        {QStringLiteral("replace"), Tr::tr("import: replace profiles that have the same name.")});
}

int runProfile(CliContext &context)
{
    const QStringList arguments = context.parser.positionalArguments();
    const QString action = arguments.value(0);
    ProfileStore store;
    const qsizetype expected = action == u"list"                          ? 1
                               : action == u"export"                      ? -1
                               : action == u"show" || action == u"import" ? 2
                               : action == u"remove"                      ? 2
                                                                          : 0;
    const bool countOk = expected == -1 ? (arguments.size() == 2 || arguments.size() == 3)
                                        : arguments.size() == expected;
    if (expected == 0 || !countOk) {
        context.err << Tr::tr("error: use profile list | show NAME | import FILE | export NAME "
                              "[FILE] | remove NAME")
                    << Qt::endl;
        return ExitBadInput;
    }
    if (action == u"list")
        return list(context, store);
    if (action == u"show")
        return show(context, store, arguments.at(1));
    if (action == u"export")
        return exportProfile(context, store, arguments.at(1), arguments.value(2));
    if (action == u"import")
        return importProfiles(context, store, arguments.at(1));
    auto names = store.names();
    if (!names || !names->contains(arguments.at(1))) {
        context.err
            << Tr::tr("error: %1")
                   .arg(names ? Tr::tr("no connection profile named \"%1\"").arg(arguments.at(1))
                              : names.error())
            << Qt::endl;
        return ExitBadInput;
    }
    if (auto removed = store.remove(arguments.at(1)); !removed) {
        context.err << Tr::tr("error: %1").arg(removed.error()) << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace backstep::cli
