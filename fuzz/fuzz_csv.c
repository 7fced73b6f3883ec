/* fuzz_csv.c - libFuzzer target: the CSV reader (cli/io/dataset.c).
 *
 * Input: one mode byte, then the CSV bytes.  The mode picks the columns
 * asked for (bits 0-1) and the separator (bits 2-3: ',' ';' tab '|'; for
 * the others ',' and the separator are swapped in the bytes, so that the
 * comma-separated seeds keep their structure).  The file is read twice,
 * once asking for some of the columns a, b (and a again) and once for
 * every column, and, when that succeeds, copied with cs_pseudonymize_csv()
 * and no column to replace, which is casestat's CSV writer (its copy is
 * comma-separated whatever the separator read).
 * Invariants: no crash or sanitizer report; an error has a known exit code
 * and a message that is valid UTF-8 without control characters; every
 * value is as long as it says, valid UTF-8 in a requested column, with
 * sane line and field numbers (each record on a later line than the one
 * before: LF, CRLF and a lone CR each end a line); both readings agree on
 * the rows and on column a; the complete reading gives exactly the fields
 * libcsv gives when told never to trim blanks; and reading the copy gives
 * the same table again (the writer and the reader round-trip). */
#include "fuzz_util.h"
#include "cli/io/csv_pseudonymize.h"
#include "cli/io/input.h"
#include "cli/io/sheet.h"

#include <csv.h>

struct seen {
	size_t nwant;
	unsigned long newlines;     /* line ends in the input: a bound on line numbers */
	unsigned long last_line;
	unsigned long rows;
	uint64_t hash_a;            /* of column a's values, row by row */
	int have_a;                 /* index of a among the requested, or -1 */
	volatile unsigned sink;
};

static int on_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	(void)err;
	struct seen *s = ctx;
	/* every record ends a line, so each starts on a later one */
	FUZZ_CHECK(row->line > s->last_line && row->line <= s->newlines + 1);
	s->last_line = row->line;
	s->rows++;
	for (size_t i = 0; i < s->nwant; i++) {
		FUZZ_CHECK(strlen(row->value[i]) == row->len[i]);
		FUZZ_CHECK(cs_utf8_valid(row->value[i], row->len[i]));
		FUZZ_CHECK(row->vline[i] >= row->line && row->vline[i] <= s->newlines + 1);
		FUZZ_CHECK(row->vfield[i] >= 1);
		unsigned sum = 0;
		for (size_t k = 0; k < row->len[i]; k++)   /* touch every byte */
			sum += (unsigned char)row->value[i][k];
		s->sink += sum;
	}
	if (s->nwant == 3)      /* a requested twice: one value */
		FUZZ_CHECK(row->value[2] == row->value[0] || strcmp(row->value[2], row->value[0]) == 0);
	if (s->have_a >= 0)
		s->hash_a = fuzz_mix(s->hash_a, row->value[s->have_a], row->len[s->have_a]);
	return 0;
}

/* The reference reading: libcsv on the whole input at once, strict and
 * told never to trim blanks (as the reader parsed everything before it let
 * libcsv use its own blank test where trimming changes nothing).  Every
 * field in order, header included. */
static int never_blank(unsigned char c)
{
	(void)c;
	return 0;
}

static void ref_field(void *s, size_t len, void *ctx)
{
	fuzz_table_push(ctx, s, len);
}

static int ref_read(struct fuzz_table *t, const uint8_t *data, size_t size, char sep)
{
	memset(t, 0, sizeof *t);
	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		data += 3, size -= 3;
	struct csv_parser p;
	FUZZ_CHECK(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL | CSV_APPEND_NULL) == 0);
	csv_set_space_func(&p, never_blank);
	csv_set_delim(&p, (unsigned char)sep);
	int ok = csv_parse(&p, data, size, ref_field, NULL, t) == size &&
		 csv_fini(&p, ref_field, NULL, t) == 0;
	csv_free(&p);
	return ok ? 0 : -1;
}

/* Copy the CSV at path, fields separated by sep, with casestat's writer
 * into a memory buffer. */
static int copy(const char *path, char sep, char **buf, size_t *len, struct cs_err *err)
{
	static struct cs_pseudonym key;   /* unused: no column is replaced */
	FILE *out = open_memstream(buf, len);
	FUZZ_CHECK(out);
	memset(err, 0, sizeof *err);
	struct cs_input in = { .delim = sep };
	int rc = cs_pseudonymize_csv(path, &in, NULL, 0, &key, out, NULL, err);
	FUZZ_CHECK(fclose(out) == 0);
	return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned mode = data[0];
	char sep = fuzz_sep(mode >> 2);
	uint8_t *swapped = fuzz_swap(data + 1, size - 1, sep);
	data = swapped, size--;
	const char *path = fuzz_path(data, size);
	unsigned long newlines = fuzz_line_ends(data, size);
	struct cs_csv_opts form = { sep };

	/* requested columns: none, a, a b, or a b a */
	static const char *const names[] = { "a", "b", "a" };
	struct seen s = { .nwant = mode & 3, .newlines = newlines, .have_a = (mode & 3) ? 0 : -1 };
	struct cs_err err = { 0 };
	unsigned long nrows = 0;
	int rc = cs_csv_read_with(path, &form, names, s.nwant, on_row, &s, &nrows, &err);
	if (rc)
		fuzz_check_error(rc, &err);
	else
		FUZZ_CHECK(nrows == s.rows);

	/* every column */
	struct fuzz_table t;
	struct cs_err err2;
	int rc2 = fuzz_table_read_sep(&t, path, sep, &err2);
	if (rc2) {
		fuzz_check_error(rc2, &err2);
		fuzz_table_free(&t);
		free(swapped);
		return 0;
	}
	/* the reader gives exactly the reference's fields, blanks kept */
	struct fuzz_table ref;
	FUZZ_CHECK(ref_read(&ref, data, size, sep) == 0);
	FUZZ_CHECK(ref.ncells == t.ncells);
	for (size_t i = 0; i < t.ncells; i++)
		FUZZ_CHECK(t.len[i] == ref.len[i] && memcmp(t.cell[i], ref.cell[i], t.len[i]) == 0);
	fuzz_table_free(&ref);

	/* what the complete reading accepts, a partial one accepts too */
	FUZZ_CHECK(rc == 0 || rc == CS_EXIT_DATA);
	if (rc == 0) {
		FUZZ_CHECK(nrows == t.nrows);
		/* column a as found by name in the header */
		int ia = -1, twice = 0;
		for (size_t c = 0; c < t.ncols; c++)
			if (strcmp(fuzz_cell(&t, 0, c, NULL), "a") == 0)
				twice |= ia >= 0, ia = (int)c;
		if (s.have_a >= 0) {
			FUZZ_CHECK(ia >= 0 && !twice);
			uint64_t h = 0;
			for (size_t r = 1; r <= t.nrows; r++) {
				size_t len;
				const char *v = fuzz_cell(&t, r, (size_t)ia, &len);
				h = fuzz_mix(h, v, len);
			}
			FUZZ_CHECK(h == s.hash_a);
		}
	}

	/* the writer round-trips through the reader (for text: a head that is
	 * a PDF's or a zip's is read as what it is) */
	if (cs_file_sniff(data, size < CS_SNIFF_BYTES ? size : CS_SNIFF_BYTES) != CS_FILE_TEXT) {
		fuzz_table_free(&t);
		free(swapped);
		return 0;
	}
	char *out1 = NULL, *out2 = NULL;
	size_t n1 = 0, n2 = 0;
	struct cs_err err3;
	FUZZ_CHECK(copy(path, sep, &out1, &n1, &err3) == 0);
	struct fuzz_table t2;
	const char *path2 = fuzz_path((const uint8_t *)out1, n1);
	FUZZ_CHECK(fuzz_table_read(&t2, path2, &err3) == 0);
	FUZZ_CHECK(t2.ncols == t.ncols && t2.nrows == t.nrows && t2.ncells == t.ncells);
	for (size_t i = 0; i < t.ncells; i++)
		FUZZ_CHECK(t.len[i] == t2.len[i] && memcmp(t.cell[i], t2.cell[i], t.len[i]) == 0);
	FUZZ_CHECK(copy(path2, ',', &out2, &n2, &err3) == 0);
	FUZZ_CHECK(n1 == n2 && memcmp(out1, out2, n1) == 0);
	free(out1);
	free(out2);
	fuzz_table_free(&t);
	fuzz_table_free(&t2);
	free(swapped);
	return 0;
}
