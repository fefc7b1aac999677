#include "cli/cliapplication.h"

int main(int argc, char *argv[])
{
    return backstep::cli::runCli(argc, argv);
}
