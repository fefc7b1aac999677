#include "ui/applicationlauncher.h"

int main(int argc, char *argv[])
{
    return backstep::runApplication(argc, argv);
}
