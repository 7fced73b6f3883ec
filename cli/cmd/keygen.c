/* keygen.c - casestat keygen KEY: a new secret key for pseudonymize. */
#include "cli/frame/command.h"
#include "cli/io/keyfile.h"

#include <string.h>

static const struct cs_opt options[] = {
	CS_OPT_INCLUDE(cs_opts_help),
	CS_OPT_END
};

static int run(struct cs_job *job, struct cs_err *err)
{
	if (job->noperand != 1)
		return cs_err_usage(err, "keygen", job->noperand ? "give one KEY file" : "missing KEY file");
	if (strcmp(job->operand[0], "-") == 0)
		return cs_err_usage(err, "keygen", "write the key to a file, not to standard output");
	return cs_key_generate(job->operand[0], CS_KEYGEN_BYTES, err);
}

/* The size of a key in the help text. */
static int help_part(FILE *out, const char *name)
{
	if (strcmp(name, "key_bytes") != 0)
		return 0;
	fprintf(out, "%d", CS_KEYGEN_BYTES);
	return 1;
}

const struct cs_command cs_cmd_keygen = {
	.name = "keygen", .summary = "make a secret key for pseudonymize",
	.options = options, .help_part = help_part,
	.run = run,
};
