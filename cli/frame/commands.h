/* commands.h - the subcommands and the dispatch table.
 * Adding a command: write cli/cmd_<name>.c with cmd_<name>() and its option
 * table, declare both here, and add its row to the table in cli/commands.c. */
#ifndef CS_COMMANDS_H
#define CS_COMMANDS_H

#include <stddef.h>
#include "cli/frame/args.h"
#include "cli/core/diag.h"

/* argv[0] is the command name.  Returns an exit code; err describes a
 * non-zero one. */
typedef int (*cs_command_fn)(int argc, char **argv, struct cs_err *err);

struct cs_command {
	const char *name;
	cs_command_fn run;
	const char *summary;             /* one line for casestat --help */
	const struct cs_option *options; /* its option table (recipes check keys) */
	int in_recipes;                  /* may be a [section] of a recipe */
};

extern const struct cs_command cs_commands[];
extern const size_t cs_ncommands;
/* The command called name, or NULL. */
const struct cs_command *cs_command_find(const char *name);

int cmd_prop(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_prop_options[];
int cmd_tab(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_tab_options[];
int cmd_rate(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_rate_options[];
int cmd_funnel(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_funnel_options[];
int cmd_run(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_run_options[];
int cmd_verify(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_verify_options[];
int cmd_amounts(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_amounts_options[];
int cmd_disparity(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_disparity_options[];
int cmd_coverage(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_coverage_options[];
int cmd_compare(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_compare_options[];
int cmd_pseudonymize(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_pseudonymize_options[];
int cmd_keygen(int argc, char **argv, struct cs_err *err);
extern const struct cs_option cmd_keygen_options[];

#endif
