/* commands.h - the subcommands and the dispatch table entry they share.
 * Adding a command: write cli/cmd_<name>.c with cmd_<name>(), declare it
 * here, and add its row to the table in cli/main.c. */
#ifndef CS_COMMANDS_H
#define CS_COMMANDS_H

#include "diag.h"

/* argv[0] is the command name.  Returns an exit code; err describes a
 * non-zero one. */
typedef int (*cs_command_fn)(int argc, char **argv, struct cs_err *err);

struct cs_command {
	const char *name;
	cs_command_fn run;
	const char *summary;   /* one line for casestat --help */
};

int cmd_prop(int argc, char **argv, struct cs_err *err);
int cmd_amounts(int argc, char **argv, struct cs_err *err);
int cmd_disparity(int argc, char **argv, struct cs_err *err);

#endif
