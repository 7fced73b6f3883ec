/* cmd_keygen.c - casestat keygen: a new secret key for pseudonymize.
 *
 *   casestat keygen KEY */
#include "cli/frame/commands.h"
#include "cli/frame/common.h"
#include "cli/io/keyfile.h"

#include <string.h>

const struct cs_option cmd_keygen_options[] = {
	{ CS_OPT_HELP, "help", 'h', NULL, "show this help and exit" },
	{ 0, NULL, 0, NULL, NULL, NULL }
};

static void help(void)
{
	printf("Usage: casestat keygen KEY\n"
	       "Write a new secret key for casestat pseudonymize to the file KEY: %d random\n"
	       "bytes from the system's random source (getrandom), readable by you alone\n"
	       "(mode 600).  An existing KEY is never replaced.\n"
	       "\n"
	       "The key links pseudonyms across tables: use the same key for every table\n"
	       "that must be joined, and keep it (and its backups) apart from the data and\n"
	       "from everything you publish.  Whoever holds it can re-identify the values.\n"
	       "\n"
	       "Options:\n", CS_KEYGEN_BYTES);
	cs_args_print(stdout, cmd_keygen_options);
	printf("\nExample:\n"
	       "  casestat keygen case.key\n"
	       "\n"
	       "Exit status: 0 success, 2 bad usage, 3 KEY exists or cannot be written.\n"
	       "Full documentation: man casestat\n");
}

int cmd_keygen(int argc, char **argv, struct cs_err *err)
{
	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "keygen", cmd_keygen_options, argc, argv, err);
	if (rc)
		return rc;
	int k;
	while (!rc && (k = cs_args_next(&a, err)) != 0)
		if (k < 0)
			rc = CS_EXIT_USAGE;
	if (!rc && a.noperands != 1)
		rc = cs_err_usage(err, "keygen", a.noperands ? "give one KEY file" : "missing KEY file");
	else if (!rc && strcmp(a.operands[0], "-") == 0)
		rc = cs_err_usage(err, "keygen", "write the key to a file, not to standard output");
	if (!rc)
		rc = cs_key_generate(a.operands[0], CS_KEYGEN_BYTES, err);
	cs_args_free(&a);
	return rc;
}
