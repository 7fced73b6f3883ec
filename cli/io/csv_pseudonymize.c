/* pseudonymize.c - a CSV copy with pseudonyms (see pseudonymize.h). */
#include "cli/io/csv_pseudonymize.h"
#include "cli/io/dataset.h"
#include "cli/io/input.h"
#include "cli/io/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct copy {
	const char *name;               /* input name for messages */
	const char *const *columns;
	size_t ncols;
	struct cs_pseudonym *key;
	FILE *out;
	unsigned char *replace;         /* per header field: 1 to pseudonymize */
	size_t nfields;
};

static int write_error(struct cs_err *err)
{
	return cs_err_set(err, CS_EXIT_ENV, "write error: %s", errno ? strerror(errno) : "unknown");
}

/* Would the copy's first bytes, a first name that is not quoted, read back
 * as something else: a byte-order mark (U+FEFF), or the magic number of a
 * file that is not text ("%PDF-", "PK\3\4" after blank lines that the copy
 * drops)?  Then it is quoted. */
static int first_name_misleads(const char *name)
{
	return strncmp(name, "\xEF\xBB\xBF", 3) == 0 || !cs_input_text_head(name, strlen(name));
}

static void write_header(FILE *out, const char *const *v, size_t n)
{
	if (n == 1 && v[0][0] == '\0') {
		fputs("\"\"\n", out);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (i)
			fputc(',', out);
		if (i == 0 && first_name_misleads(v[0]) && !strpbrk(v[0], ",\"\r\n"))
			fprintf(out, "\"%s\"", v[0]);
		else
			cs_csv_field(out, v[i]);
	}
	fputc('\n', out);
}

static int on_header(void *vc, const char *const *names, size_t n, unsigned long line,
		     const char *sheet, struct cs_err *err)
{
	struct copy *c = vc;
	c->replace = calloc(n, 1);
	if (!c->replace)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	c->nfields = n;
	struct cs_row at = { .line = line, .sheet = sheet };    /* where the header is */
	for (size_t i = 0; i < c->ncols; i++) {
		size_t again;
		long j = cs_header_find(c->columns[i], names, n, &again);
		if (j < 0) {
			char msg[sizeof err->msg];
			cs_no_column_text(msg, sizeof msg, c->columns[i], names, n);
			return cs_err_row(err, CS_EXIT_DATA, c->name, &at, "%s", msg);
		}
		if (again < n)
			return cs_err_row(err, CS_EXIT_DATA, c->name, &at,
					  "column '%s' appears twice in the header (%s %ld and %zu)", c->columns[i],
					  sheet ? "columns" : "fields", j + 1, again + 1);
		c->replace[j] = 1;
	}
	write_header(c->out, names, n);
	return ferror(c->out) ? write_error(err) : 0;
}

static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct copy *c = vc;
	FILE *out = c->out;
	if (c->nfields == 1 && row->len[0] == 0) {
		fputs("\"\"\n", out);     /* an empty line would be a blank line */
	} else {
		char p[CS_PSEUDONYM_HEX + 1];
		for (size_t i = 0; i < c->nfields; i++) {
			if (i)
				fputc(',', out);
			if (c->replace[i] && row->len[i] > 0) {
				cs_pseudonym_hex(c->key, row->value[i], row->len[i], p);
				fputs(p, out);
			} else {
				cs_csv_field(out, row->value[i]);
			}
		}
		fputc('\n', out);
	}
	return ferror(out) ? write_error(err) : 0;
}

int cs_pseudonymize_csv(const char *path, const struct cs_input *in, const char *const *columns, size_t ncols,
			struct cs_pseudonym *key, FILE *out, unsigned long *nrows, struct cs_err *err)
{
	struct copy c = { cs_input_name(path), columns, ncols, key, out, NULL, 0 };
	int rc = cs_input_read_all(path, in, on_header, on_row, &c, nrows, NULL, err);
	free(c.replace);
	return rc;
}
