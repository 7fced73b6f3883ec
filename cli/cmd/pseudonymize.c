/* cmd_pseudonymize.c - casestat pseudonymize: a copy of a CSV file whose
 * identifier columns hold keyed pseudonyms instead of the identifiers.
 *
 *   casestat pseudonymize FILE --columns COL[,COL...] --key-file KEY [-o OUT]
 *
 * Streams the file (memory is one row); with -o the copy appears only
 * when it is complete. */
#include "cli/frame/commands.h"
#include "cli/frame/common.h"
#include "cli/io/keyfile.h"
#include "cli/io/outfile.h"
#include "cli/io/csv_pseudonymize.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { OPT_COLUMNS = CS_OPT_FIRST_OWN, OPT_KEY_FILE };

const struct cs_option cmd_pseudonymize_options[] = {
	{ OPT_COLUMNS, "columns", 0, "COL,...", "the columns to pseudonymize (repeatable)" },
	{ OPT_KEY_FILE, "key-file", 0, "KEY", "the secret key (make one with casestat keygen KEY)" },
	{ CS_OPT_OUTPUT, "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" },
	{ CS_OPT_PROGRESS, "progress", 0, NULL, "show reading progress on stderr even when it is not a terminal" },
	{ CS_OPT_HELP, "help", 'h', NULL, "show this help and exit" },
	{ 0, NULL, 0, NULL, NULL, NULL }
};

static void help(void)
{
	printf("Usage: casestat pseudonymize FILE --columns COL[,COL...] --key-file KEY [-o OUT]\n"
	       "Copy a CSV file, replacing each value of the named columns by a keyed\n"
	       "pseudonym, so that tables can be linked without names, phone numbers or ids.\n"
	       "\n"
	       "FILE is a CSV file with a header row, or - for standard input.  A pseudonym\n"
	       "is HMAC-SHA256 of the value under the key, as %d hexadecimal digits (64 bits:\n"
	       "among ten million distinct values the chance of any two sharing one is about\n"
	       "3 in a million).  The same key and value always give the same pseudonym;\n"
	       "without the key they cannot be recomputed.  Values are hashed exactly as\n"
	       "written (no trimming or case folding); empty cells stay empty.\n"
	       "\n"
	       "The key file's bytes are the key: at least %d of them, in a file only its\n"
	       "owner can read (mode 600; otherwise it is refused).  Keep it apart from the\n"
	       "data and the outputs: whoever has it can re-identify the pseudonyms.\n"
	       "\n"
	       "Output: every column in order, RFC 4180 CSV with minimal quoting, LF line ends.\n"
	       "\n"
	       "Options:\n", CS_PSEUDONYM_HEX, CS_PSEUDONYM_KEY_MIN);
	cs_args_print(stdout, cmd_pseudonymize_options);
	printf("\nExamples:\n"
	       "  casestat keygen case.key\n"
	       "  casestat pseudonymize cases.csv --columns case_id,phone --key-file case.key -o cases-pseudo.csv\n"
	       "\n"
	       "Exit status: 0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or\n"
	       "written (or the key file is short or open to other users).\n"
	       "Full documentation: man casestat\n");
}

struct names {
	const char **v;
	size_t n, cap;
};

/* Add the comma-separated names of one --columns. */
static int add_columns(struct names *c, const char *spec, struct cs_err *err)
{
	const char *s = spec;
	for (;;) {
		const char *comma = strchr(s, ',');
		size_t len = comma ? (size_t)(comma - s) : strlen(s);
		if (len == 0)
			return cs_err_usage(err, "pseudonymize", "invalid --columns '%s': an empty column name", spec);
		if (c->n == c->cap) {
			size_t cap = c->cap ? 2 * c->cap : 8;
			const char **v = realloc(c->v, cap * sizeof *v);
			if (!v)
				return cs_err_set(err, CS_EXIT_ENV, "out of memory");
			c->v = v, c->cap = cap;
		}
		char *name = strndup(s, len);
		if (!name)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		c->v[c->n++] = name;
		if (!comma)
			return 0;
		s = comma + 1;
	}
}

static void free_names(struct names *c)
{
	for (size_t i = 0; i < c->n; i++)
		free((char *)c->v[i]);
	free(c->v);
}

/* Do paths a and b name the same existing file? */
static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int run(const char *input, const struct names *cols, const char *keyfile,
	       const char *output, struct cs_err *err)
{
	/* the key must not end up in the output, nor be replaced by it */
	if (strcmp(input, "-") != 0 && same_file(input, keyfile))
		return cs_err_usage(err, "pseudonymize", "the input is the key file");
	if (output && strcmp(output, "-") != 0 && same_file(output, keyfile))
		return cs_err_usage(err, "pseudonymize", "-o names the key file");

	struct cs_key *key = malloc(sizeof *key);
	if (!key)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int rc = cs_key_read(keyfile, key, err);
	struct cs_pseudonym ps;
	if (!rc)
		cs_pseudonym_init(&ps, key->bytes, key->len);
	cs_key_wipe(key);
	free(key);
	if (rc)
		return rc;

	struct cs_outfile o;
	rc = cs_outfile_open(&o, output, err);
	if (!rc) {
		rc = cs_pseudonymize_csv(input, cols->v, cols->n, &ps, o.fp, NULL, err);
		if (rc)
			cs_outfile_abort(&o);
		else
			rc = cs_outfile_commit(&o, err);
	}
	cs_pseudonym_wipe(&ps);
	return rc;
}

int cmd_pseudonymize(int argc, char **argv, struct cs_err *err)
{
	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_common common;
	cs_common_init(&common);
	struct names cols = { NULL, 0, 0 };
	const char *keyfile = NULL;
	struct cs_args a;
	int rc = cs_args_init(&a, "pseudonymize", cmd_pseudonymize_options, argc, argv, err);
	if (rc)
		return rc;
	int k;
	while (!rc && (k = cs_common_next(&a, &common, err)) != 0) {
		if (k < 0)
			rc = CS_EXIT_USAGE;
		else if (k == OPT_COLUMNS)
			rc = add_columns(&cols, a.value, err);
		else if (k == OPT_KEY_FILE)
			keyfile = a.value;
	}
	if (!rc && a.noperands != 1)
		rc = cs_err_usage(err, "pseudonymize", a.noperands ? "give one input FILE (or - for standard input)"
				  : "missing input FILE (or - for standard input)");
	else if (!rc && cols.n == 0)
		rc = cs_err_usage(err, "pseudonymize", "name the columns to pseudonymize with --columns COL[,COL...]");
	else if (!rc && !keyfile)
		rc = cs_err_usage(err, "pseudonymize", "missing --key-file KEY (make a key with: casestat keygen KEY)");
	if (!rc)
		rc = run(a.operands[0], &cols, keyfile, common.output, err);
	free_names(&cols);
	cs_args_free(&a);
	return rc;
}
