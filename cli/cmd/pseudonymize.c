/* pseudonymize.c - casestat pseudonymize: a copy of a CSV file whose
 * identifier columns hold keyed pseudonyms instead of the identifiers.
 *
 *   casestat pseudonymize FILE --columns COL[,COL...] --key-file KEY [-o OUT]
 *
 * Streams the file (memory is one row); with -o the copy appears only
 * when it is complete. */
#include "cli/core/names.h"
#include "cli/frame/command.h"
#include "cli/io/csv_pseudonymize.h"
#include "cli/io/keyfile.h"
#include "cli/io/outfile.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct pseudo_opts {
	struct cs_names col;    /* --columns */
	const char *keyfile;
};

/* Add the comma-separated names of one --columns. */
static int opt_columns(void *dest, const char *spec, const struct cs_opt_use *u, struct cs_err *err)
{
	int rc = cs_names_split(dest, spec);
	if (rc == CS_NAMES_NOMEM)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (rc == CS_NAMES_EMPTY)
		return cs_err_usage(err, u->cmd, "invalid --columns '%s': an empty column name", spec);
	return 0;
}

static void fini(void *vo)
{
	cs_names_free(&((struct pseudo_opts *)vo)->col);
}

static const struct cs_opt options[] = {
	{ "columns", 0, "COL,...", "the columns to pseudonymize (repeatable)", NULL,
	  offsetof(struct pseudo_opts, col), opt_columns, CS_OPT_MULTI },
	{ "key-file", 0, "KEY", "the secret key (make one with casestat keygen KEY)", NULL,
	  offsetof(struct pseudo_opts, keyfile) },
	CS_OPT_INCLUDE(cs_opts_file),
	CS_OPT_INCLUDE(cs_opts_progress),
	CS_OPT_INCLUDE(cs_opts_help),
	CS_OPT_SECTION("Reading FILE (see INPUT in the man page):", cs_opts_input_file),
	CS_OPT_END
};

/* Do paths a and b name the same existing file? */
static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int copy(const char *input, const struct cs_input *in, const struct pseudo_opts *o, const char *output,
		struct cs_err *err)
{
	struct cs_key *key = malloc(sizeof *key);
	if (!key)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int rc = cs_key_read(o->keyfile, key, err);
	struct cs_pseudonym ps;
	if (!rc)
		cs_pseudonym_init(&ps, key->bytes, key->len);
	cs_key_wipe(key);
	free(key);
	if (rc)
		return rc;
	struct cs_outfile out;
	rc = cs_outfile_open(&out, output, err);
	if (!rc) {
		rc = cs_pseudonymize_csv(input, in, (const char *const *)o->col.v, o->col.n, &ps, out.fp, NULL, err);
		if (rc)
			cs_outfile_abort(&out);
		else
			rc = cs_outfile_commit(&out, err);
	}
	cs_pseudonym_wipe(&ps);
	return rc;
}

static int run(struct cs_job *job, struct cs_err *err)
{
	const struct pseudo_opts *o = job->opts;
	const char *output = job->common->output;
	if (job->noperand != 1)
		return cs_err_usage(err, "pseudonymize", job->noperand ? "give one input FILE (or - for standard input)"
				    : "missing input FILE (or - for standard input)");
	if (o->col.n == 0)
		return cs_err_usage(err, "pseudonymize", "name the columns to pseudonymize with --columns COL[,COL...]");
	if (!o->keyfile)
		return cs_err_usage(err, "pseudonymize", "missing --key-file KEY (make a key with: casestat keygen KEY)");
	/* the key must not end up in the output, nor be replaced by it */
	if (strcmp(job->operand[0], "-") != 0 && same_file(job->operand[0], o->keyfile))
		return cs_err_usage(err, "pseudonymize", "the input is the key file");
	if (output && strcmp(output, "-") != 0 && same_file(output, o->keyfile))
		return cs_err_usage(err, "pseudonymize", "-o names the key file");
	return copy(job->operand[0], &job->common->in, o, output, err);
}

/* The numbers in the help text, from the constants that define them. */
static int help_part(FILE *out, const char *name)
{
	if (strcmp(name, "pseudonym_digits") == 0)
		fprintf(out, "%d", CS_PSEUDONYM_HEX);
	else if (strcmp(name, "key_min") == 0)
		fprintf(out, "%d", CS_PSEUDONYM_KEY_MIN);
	else
		return 0;
	return 1;
}

const struct cs_command cs_cmd_pseudonymize = {
	.name = "pseudonymize", .summary = "replace identifier columns by keyed pseudonyms (HMAC-SHA256)",
	.options = options, .help_part = help_part, .opts_size = sizeof(struct pseudo_opts), .fini = fini,
	.run = run,
};
