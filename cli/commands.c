/* commands.c - the table of subcommands: drives dispatch, casestat --help
 * and the sections a recipe may have. */
#include "cli/frame/commands.h"

#include <string.h>

const struct cs_command cs_commands[] = {
	{ "prop", cmd_prop, "confidence intervals for proportions (6 of 7; 800 of 7,000)",
	  cmd_prop_options, 1 },
	{ "compare", cmd_compare, "two proportions: difference, ratio, odds ratio, tests (6/7 vs 800/7000)",
	  cmd_compare_options, 1 },
	{ "tab", cmd_tab, "shares of categories with simultaneous intervals; counts per month",
	  cmd_tab_options, 1 },
	{ "rate", cmd_rate, "counts over exposure: exact Poisson limits, rate ratios",
	  cmd_rate_options, 1 },
	{ "funnel", cmd_funnel, "attrition through stages (7,000 -> 800 -> 7 -> 6)",
	  cmd_funnel_options, 1 },
	{ "amounts", cmd_amounts, "money amounts: total, mean, median and quantiles with intervals",
	  cmd_amounts_options, 1 },
	{ "disparity", cmd_disparity, "amount alleged vs documented: ratio, share and gap",
	  cmd_disparity_options, 1 },
	{ "coverage", cmd_coverage, "how often each interval method really covers (teaching)",
	  cmd_coverage_options, 1 },
	{ "pseudonymize", cmd_pseudonymize, "replace identifier columns by keyed pseudonyms (HMAC-SHA256)",
	  cmd_pseudonymize_options, 0 },
	{ "keygen", cmd_keygen, "make a secret key for pseudonymize", cmd_keygen_options, 0 },
	{ "run", cmd_run, "run a recipe into a reproducible report directory", cmd_run_options, 0 },
	{ "verify", cmd_verify, "check a directory made by run against its manifest", cmd_verify_options, 0 },
};
const size_t cs_ncommands = sizeof cs_commands / sizeof cs_commands[0];

const struct cs_command *cs_command_find(const char *name)
{
	for (size_t i = 0; i < cs_ncommands; i++)
		if (strcmp(cs_commands[i].name, name) == 0)
			return &cs_commands[i];
	return NULL;
}
