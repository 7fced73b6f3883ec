/* fuzz_input.c - libFuzzer target: cs_input_read() (cli/io/input.c,
 * source.c) on a file named .csv or .tsv: what the file is, the byte-order
 * mark, the encoding converted while streaming, the separator from the
 * option, the name or the header line.
 *
 * Input: one mode byte, then the file's bytes.  The mode picks --encoding
 * (bits 0-1: none, windows-1251, utf-16, koi8-r), --delimiter (bits 2-4:
 * none, ',', ';', tab, '|'; 5-7 none) and the name (bit 5: .tsv, else
 * .csv).  Columns a and b are read, with a row callback that fails on a
 * row whose a is "x".
 * Invariants: an error has a known exit code and a clean message; when the
 * file was read as CSV (found->format), the text is the file's bytes less
 * a UTF-8 mark, or the whole file converted at once; the separator found
 * is the option's, else tab for .tsv, else what cs_delim_detect() says of
 * that text; and a reader fed that text in one piece, with that separator,
 * gives the same exit code and message, or the same rows (lines, values,
 * their lines and fields): reading in pieces, converting on the way and
 * the look-ahead for the header line change nothing.  A conversion that
 * fails on the whole file fails the reading with a message of the
 * conversion or an earlier error. */
#include "fuzz_util.h"
#include "cli/core/delim.h"
#include "cli/core/encoding.h"
#include "cli/io/input.h"


struct tally {
	unsigned long rows, last;
	uint64_t sum;
};

static int on_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	struct tally *t = ctx;
	FUZZ_CHECK(row->sheet == NULL && row->line > t->last);
	t->last = row->line;
	t->rows++;
	uint64_t h = fuzz_mix(FUZZ_MIX_SEED, &row->line, sizeof row->line);
	for (size_t i = 0; i < 2; i++) {
		FUZZ_CHECK(strlen(row->value[i]) == row->len[i] && cs_utf8_valid(row->value[i], row->len[i]));
		FUZZ_CHECK(row->vline[i] >= row->line);
		h = fuzz_mix(h, row->value[i], row->len[i]);
		h = fuzz_mix(h, &row->vline[i], sizeof row->vline[i]);
		h = fuzz_mix(h, &row->vfield[i], sizeof row->vfield[i]);
	}
	t->sum += h;
	if (strcmp(row->value[0], "x") == 0)
		return cs_err_cell(err, CS_EXIT_DATA, "f", row, 0, "x found");
	return 0;
}

static char dir[64];

static void cleanup(void)
{
	char p[96];
	snprintf(p, sizeof p, "%s/in.csv", dir);
	unlink(p);
	snprintf(p, sizeof p, "%s/in.tsv", dir);
	unlink(p);
	rmdir(dir);
}

/* A name ending in suffix (.csv or .tsv) for the bytes: a link to the
 * memory file of fuzz_path(). */
static const char *named(const uint8_t *data, size_t size, const char *suffix)
{
	const char *mem = fuzz_path(data, size);
	static char path[96];
	if (!dir[0]) {
		strcpy(dir, "/tmp/casestat-fuzz-input.XXXXXX");
		FUZZ_CHECK(mkdtemp(dir) != NULL);
		atexit(cleanup);
		char p[96];
		snprintf(p, sizeof p, "%s/in.csv", dir);
		FUZZ_CHECK(symlink(mem, p) == 0);
		snprintf(p, sizeof p, "%s/in.tsv", dir);
		FUZZ_CHECK(symlink(mem, p) == 0);
	}
	snprintf(path, sizeof path, "%s/in%s", dir, suffix);
	return path;
}

/* The whole file as text at once: 0, or -1 when the conversion fails. */
static int whole_text(const uint8_t *data, size_t size, const char *enc, char **text, size_t *len)
{
	if (!enc) {
		size_t skip = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
		*text = malloc(size - skip + 1);
		FUZZ_CHECK(*text);
		memcpy(*text, data + skip, size - skip);
		*len = size - skip;
		return 0;
	}
	struct cs_conv *c;
	FUZZ_CHECK(cs_conv_open(&c, enc) == CS_CONV_OK);
	const char *out;
	size_t n, k;
	int st = cs_conv_feed(c, data, size, &out, &n);
	*text = malloc(n + 16);
	FUZZ_CHECK(*text);
	memcpy(*text, out, n);
	if (st == CS_CONV_OK) {
		st = cs_conv_finish(c, &out, &k);
		*text = realloc(*text, n + k + 1);
		FUZZ_CHECK(*text);
		memcpy(*text + n, out, k);
		n += k;
	}
	cs_conv_close(c);
	*len = n;
	return st == CS_CONV_OK ? 0 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned mode = data[0];
	data++, size--;
	static const char *const encs[4] = { NULL, "windows-1251", "utf-16", "koi8-r" };
	static const char opts[8] = { 0, ',', ';', '\t', '|', 0, 0, 0 };
	struct cs_input in = { .delim = opts[(mode >> 2) & 7], .encoding = encs[mode & 3] };
	int tsv = (mode >> 5) & 1;
	const char *path = named(data, size, tsv ? ".tsv" : ".csv");
	static const char *const names[] = { "a", "b" };

	struct tally t1 = { 0 };
	void *ctx[1] = { &t1 };
	struct cs_err e1 = { 0 };
	struct cs_input_found f;
	unsigned long n1 = 0;
	int rc1 = cs_input_read(path, &in, names, 2, on_row, ctx, 1, &n1, &f, &e1);
	if (rc1)
		fuzz_check_error(rc1, &e1);
	else
		FUZZ_CHECK(n1 == t1.rows);
	if (strcmp(f.format, "csv") != 0)
		return 0;      /* not read as CSV: refused as what it is, or a usage error */

	/* the text the reader should have seen */
	const char *enc = strcmp(f.encoding, "utf-8") == 0 ? NULL : in.encoding ? in.encoding : "utf-16";
	char *text;
	size_t len;
	if (whole_text(data, size, enc, &text, &len) != 0) {
		FUZZ_CHECK(rc1 == CS_EXIT_DATA);
		free(text);
		return 0;
	}
	FUZZ_CHECK(f.delim == (in.delim ? in.delim : tsv ? '\t' : cs_delim_detect(text, len)));

	/* a reader fed the text in one piece */
	struct tally t2 = { 0 };
	struct cs_err e2 = { 0 };
	struct cs_reader r;
	FUZZ_CHECK(cs_reader_init(&r, path, names, 2, on_row, &t2, &e2) == 0);
	struct cs_csv_opts o = { f.delim, in.encoding == NULL, 0 };
	cs_reader_configure(&r, &o);
	int rc2 = len ? cs_reader_feed(&r, text, len) : 0;
	if (!rc2)
		rc2 = cs_reader_finish(&r);
	if (!rc2 && !r.have_header)
		rc2 = cs_err_at(&e2, CS_EXIT_DATA, path, 0, 0, "empty input: no header row");
	cs_reader_free(&r);
	if (rc1 != rc2 || (rc1 && strcmp(e1.msg, e2.msg) != 0))
		fprintf(stderr, "streamed: %d %s\nwhole: %d %s\n", rc1, e1.msg, rc2, e2.msg);
	FUZZ_CHECK(rc1 == rc2);
	if (rc1)
		FUZZ_CHECK(strcmp(e1.msg, e2.msg) == 0);
	else
		FUZZ_CHECK(t1.rows == t2.rows && t1.sum == t2.sum);
	free(text);
	return 0;
}
