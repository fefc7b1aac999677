#pragma once

#include "cli/clicontext.h"

namespace backstep::cli {

// A subcommand of backstep-cli: it declares its options, then runs with them parsed.
struct Command
{
    QString name;
    QString summary;
    void (*declare)(QCommandLineParser &parser);
    int (*run)(CliContext &context);
    bool takesArguments = false; // positional arguments beyond the options
};

const QList<Command> &commands();

void declareParse(QCommandLineParser &parser);
int runParse(CliContext &context);
void declareStatus(QCommandLineParser &parser);
int runStatus(CliContext &context);
void declareDemo(QCommandLineParser &parser);
int runDemo(CliContext &context);
void declareBackup(QCommandLineParser &parser);
int runBackup(CliContext &context);
void declareBackups(QCommandLineParser &parser);
int runBackups(CliContext &context);
void declareCheckBackup(QCommandLineParser &parser);
int runCheckBackup(CliContext &context);
void declareRestore(QCommandLineParser &parser);
int runRestore(CliContext &context);
void declarePlan(QCommandLineParser &parser);
int runPlan(CliContext &context);
void declareRollback(QCommandLineParser &parser);
int runRollback(CliContext &context);
void declareVerify(QCommandLineParser &parser);
int runVerify(CliContext &context);
void declareService(QCommandLineParser &parser);
int runService(CliContext &context);
void declareSnapshot(QCommandLineParser &parser);
int runSnapshot(CliContext &context);
void declareTail(QCommandLineParser &parser);
int runTail(CliContext &context);
void declareProfile(QCommandLineParser &parser);
int runProfile(CliContext &context);
void declareValidate(QCommandLineParser &parser);
int runValidate(CliContext &context);
void declarePlaybook(QCommandLineParser &parser);
int runPlaybook(CliContext &context);

} // namespace backstep::cli
