/* profile.c - `glassjit profile` (placeholder until the driver lands). */
#include <stdio.h>

#include "profile.h"

int profile_main(int argc, char **argv) {
    (void)argc, (void)argv;
    fprintf(stderr, "glassjit: profile: not available in this build\n");
    return 2;
}
