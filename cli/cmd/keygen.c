/* keygen.c - casestat keygen KEY: a new secret key for pseudonymize. */
#include "cli/frame/command.h"
#include "cli/io/keyfile.h"

#include <string.h>

#define STR_(x) #x
#define STR(x) STR_(x)

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

const struct cs_command cs_cmd_keygen = {
	.name = "keygen",
	.summary = "make a secret key for pseudonymize",
	.usage = "Usage: casestat keygen KEY\n",
	.about = "Write a new secret key for casestat pseudonymize to the file KEY: " STR(CS_KEYGEN_BYTES) " random\n"
		 "bytes from the system's random source (getrandom), readable by you alone\n"
		 "(mode 600).  An existing KEY is never replaced.\n"
		 "\n"
		 "The key links pseudonyms across tables: use the same key for every table\n"
		 "that must be joined, and keep it (and its backups) apart from the data and\n"
		 "from everything you publish.  Whoever holds it can re-identify the values.\n",
	.examples = "  casestat keygen case.key\n",
	.exit_status = "0 success, 2 bad usage, 3 KEY exists or cannot be written.\n",
	.options = options,
	.run = run,
};
