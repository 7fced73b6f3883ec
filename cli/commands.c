/* commands.c - the table of commands: it drives dispatch, casestat --help
 * and the sections a recipe may have.  Adding a command: write
 * cli/cmd/<name>.c with its struct cs_command, and add it here. */
#include "cli/frame/command.h"

#include <string.h>

extern const struct cs_command cs_cmd_prop, cs_cmd_compare, cs_cmd_tab, cs_cmd_rate, cs_cmd_funnel,
	cs_cmd_amounts, cs_cmd_disparity, cs_cmd_coverage, cs_cmd_mse, cs_cmd_pseudonymize, cs_cmd_keygen, cs_cmd_run,
	cs_cmd_verify;

const struct cs_command *const cs_commands[] = {
	&cs_cmd_prop,
	&cs_cmd_compare,
	&cs_cmd_tab,
	&cs_cmd_rate,
	&cs_cmd_funnel,
	&cs_cmd_amounts,
	&cs_cmd_disparity,
	&cs_cmd_coverage,
	&cs_cmd_mse,
	&cs_cmd_pseudonymize,
	&cs_cmd_keygen,
	&cs_cmd_run,
	&cs_cmd_verify,
};
const size_t cs_ncommands = sizeof cs_commands / sizeof cs_commands[0];

const struct cs_command *cs_command_find(const char *name)
{
	for (size_t i = 0; i < cs_ncommands; i++)
		if (strcmp(cs_commands[i]->name, name) == 0)
			return cs_commands[i];
	return NULL;
}
