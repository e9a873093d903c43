/* cmd_explain.c: `khaldun explain` (being written). */
#include "cmd.h"

#include <stdio.h>

int cmd_explain(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "khaldun: explain: not available yet\n");
    return 2;
}
