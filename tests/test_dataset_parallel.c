/* test_dataset_parallel.c - tests of cli/io/dataset_parallel.c: a file read by
 * several threads gives exactly the rows, counts and errors of one thread,
 * wherever the cuts fall (inside quoted fields, next to quoted newlines).
 * Besides the default chunks (1 MB and up), files are cut into chunks of
 * 4 KB and 64 KB, so that thousands of cuts land everywhere. */
#include "test_util.h"
#include "cli/io/dataset.h"
#include "cli/io/dataset_impl.h"

#include <unistd.h>

struct tally {
	unsigned long rows, sum_line, xsum, quoted_nl;
	int parts;                   /* contexts that received rows */
	unsigned long fail_at;       /* row index (1-based) to fail at, 0 = never */
};

static int on_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	struct tally *t = ctx;
	t->rows++;
	t->sum_line += row->line;               /* physical lines must agree too */
	t->xsum += strtoul(row->value[0], NULL, 10);
	t->quoted_nl += strchr(row->value[1], '\n') != NULL;
	if (t->fail_at && strtoul(row->value[0], NULL, 10) == t->fail_at)
		return cs_err_at(err, CS_EXIT_DATA, "f", row->vline[1], row->vfield[1], "bad row %lu",
				 t->fail_at);
	return 0;
}

#define ROWS 200000

/* A file of about 6 MB, fields separated by sep, whose records hold
 * quoted newlines every `every` rows, and whose note field is long enough
 * that a cut may land inside it. */
static char *make_file_sep(int every, int huge_quote_middle, char sep)
{
	static char path[64];
	strcpy(path, "/tmp/cs_test_par.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	fprintf(f, "id%cnote%cx\n", sep, sep);
	for (int i = 1; i <= ROWS; i++) {
		if (huge_quote_middle && i == ROWS / 2) {
			/* one quoted field of 400 KB full of newlines around the middle */
			fprintf(f, "%d%c\"", i, sep);
			for (int k = 0; k < 40000; k++)
				fputs("0123\"\"678\n", f);
			fprintf(f, "\"%c1\n", sep);
			continue;
		}
		/* a comma inside quotes is data whatever separates */
		if (i % every == 0)
			fprintf(f, "%d%c\"line one, \"\"quoted\"\"\nline two\n\"%c%d\n", i, sep, sep, i % 7);
		else
			fprintf(f, "%d%cplain note number %d%c%d\n", i, sep, i, sep, i % 7);
	}
	fclose(f);
	return path;
}

static char *make_file(int every, int huge_quote_middle)
{
	return make_file_sep(every, huge_quote_middle, ',');
}

/* Chunk sizes tried: 0 is the default. */
static const long chunk_sizes[] = { 0, 4096, 65536 };
#define NSIZES (sizeof chunk_sizes / sizeof *chunk_sizes)

static int read_with_sep(const char *path, char sep, int nctx, long chunk, struct tally *out,
			 struct cs_err *err, unsigned long fail_at)
{
	struct tally t[8];
	void *ctx[8];
	memset(t, 0, sizeof t);
	for (int k = 0; k < nctx; k++) {
		t[k].fail_at = fail_at;
		ctx[k] = &t[k];
	}
	const char *cols[] = { "id", "note" };
	unsigned long nrows = 0;
	memset(err, 0, sizeof *err);
	struct cs_csv_opts o = { sep, 0, chunk };
	int rc = sep == ',' ? (chunk ? cs_csv_read_parallel_chunked(path, cols, 2, on_row, ctx, nctx, chunk, &nrows, err)
				     : cs_csv_read_parallel(path, cols, 2, on_row, ctx, nctx, &nrows, err))
			    : cs_csv_read_parallel_with(path, &o, cols, 2, on_row, ctx, nctx, &nrows, err);
	memset(out, 0, sizeof *out);
	for (int k = 0; k < nctx; k++) {
		out->rows += t[k].rows;
		out->sum_line += t[k].sum_line;
		out->xsum += t[k].xsum;
		out->quoted_nl += t[k].quoted_nl;
		out->parts += t[k].rows > 0;
	}
	if (!rc)
		assert_int_equal(nrows, out->rows);
	return rc;
}

static int read_with(const char *path, int nctx, long chunk, struct tally *out, struct cs_err *err,
		     unsigned long fail_at)
{
	return read_with_sep(path, ',', nctx, chunk, out, err, fail_at);
}

/* With 2, 3, 5 and 7 threads and every chunk size the results equal one
 * thread's. */
static void same_as_one_thread(const char *path)
{
	struct tally one, many;
	struct cs_err e1, e2;
	assert_int_equal(read_with(path, 1, 0, &one, &e1, 0), 0);
	assert_int_equal(one.rows, ROWS);
	const int threads[] = { 2, 3, 5, 7 };
	for (size_t c = 0; c < NSIZES; c++)
		for (int i = 0; i < 4; i++) {
			assert_int_equal(read_with(path, threads[i], chunk_sizes[c], &many, &e2, 0), 0);
			assert_int_equal(many.rows, one.rows);
			assert_int_equal(many.sum_line, one.sum_line);
			assert_int_equal(many.xsum, one.xsum);
			assert_int_equal(many.quoted_nl, one.quoted_nl);
		}
}

/* Quoted newlines in every 3rd, 37th or 1000th record: with 2..7 threads
 * the cuts land next to or between them in many different ways. */
static void test_quoted_newlines_everywhere(void **state)
{
	(void)state;
	const int every[] = { 3, 37, 1000 };
	for (int i = 0; i < 3; i++) {
		char *path = make_file(every[i], 0);
		same_as_one_thread(path);
		unlink(path);
	}
}

/* A 400 KB quoted field full of newlines and doubled quotes sits on the
 * middle: with 4 KB chunks about a hundred cuts fall inside it, and none
 * may be used. */
static void test_cut_inside_quotes(void **state)
{
	(void)state;
	char *path = make_file(50, 1);
	same_as_one_thread(path);
	unlink(path);
}

/* The parallel path really runs: with two threads both get rows. */
static void test_both_threads_work(void **state)
{
	(void)state;
	char *path = make_file(37, 0);
	struct tally t;
	struct cs_err e;
	int seen = 0;
	for (int attempt = 0; attempt < 20 && !seen; attempt++) {
		assert_int_equal(read_with(path, 2, 4096, &t, &e, 0), 0);
		seen = t.parts == 2;     /* a thread may start late; not twenty times */
	}
	assert_true(seen);
	unlink(path);
}

/* An error in a later part is reported as one thread reports it; with
 * errors in two parts, the earlier one wins. */
static void test_errors_match(void **state)
{
	(void)state;
	char *path = make_file(37, 0);
	const unsigned long at[] = { 5, ROWS / 2 - 1, ROWS - 10 };
	for (int i = 0; i < 3; i++) {
		struct tally t;
		struct cs_err e1, e2;
		assert_int_equal(read_with(path, 1, 0, &t, &e1, at[i]), CS_EXIT_DATA);
		for (size_t c = 0; c < NSIZES; c++)
			for (int n = 2; n <= 4; n++) {
				assert_int_equal(read_with(path, n, chunk_sizes[c], &t, &e2, at[i]), CS_EXIT_DATA);
				assert_string_equal(e2.msg, e1.msg);
			}
	}
	unlink(path);
	/* a malformed quote late in the file */
	char *p2 = make_file(1000, 0);
	FILE *f = fopen(p2, "a");
	fputs("999999,bad\"quote,1\n", f);
	fclose(f);
	struct tally t;
	struct cs_err e1, e2;
	assert_int_equal(read_with(p2, 1, 0, &t, &e1, 0), CS_EXIT_DATA);
	for (size_t c = 0; c < NSIZES; c++) {
		assert_int_equal(read_with(p2, 3, chunk_sizes[c], &t, &e2, 0), CS_EXIT_DATA);
		assert_string_equal(e2.msg, e1.msg);
	}
	assert_non_null(strstr(e1.msg, "malformed quoting"));
	unlink(p2);
	/* a stray quote early on: the parity of every later cut flips, until
	 * the quoting breaks where one thread finds it too */
	char *p3 = make_file(1000, 0);
	FILE *g = fopen(p3, "r+");
	assert_int_equal(fseek(g, 300000, SEEK_SET), 0);
	int ch;
	while ((ch = fgetc(g)) != EOF && ch != '\n')
		;
	fputs("1,\"", g);                 /* overwrites the start of a record */
	fclose(g);
	assert_int_equal(read_with(p3, 1, 0, &t, &e1, 0), CS_EXIT_DATA);
	for (size_t c = 0; c < NSIZES; c++) {
		assert_int_equal(read_with(p3, 2, chunk_sizes[c], &t, &e2, 0), CS_EXIT_DATA);
		assert_string_equal(e2.msg, e1.msg);
	}
	unlink(p3);
}

/* Records ended by a lone CR (old Mac files): libcsv ends a record there,
 * so the header's first newline may come after data rows.  The parallel
 * reader must not count those rows twice: it hands such files to one
 * thread, and a header that ends with CRLF is fine.  A lone CR ends a
 * line too, so each record has a line of its own. */
static void test_lone_cr(void **state)
{
	(void)state;
	char path[] = "/tmp/cs_test_par_cr.XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	fputs("id,note\r", f);
	for (int i = 1; i <= 3000; i++)
		fprintf(f, "%d,\"a\nb\"\r", i);
	fputs("3001,z\n", f);
	for (int i = 3002; i <= 6000; i++)
		fprintf(f, "%d,plain\r\n", i);
	fclose(f);
	struct tally one, many;
	struct cs_err e;
	assert_int_equal(read_with(path, 1, 0, &one, &e, 0), 0);
	assert_int_equal(one.rows, 6000);
	unsigned long sum = 0;
	for (unsigned long i = 1; i <= 3000; i++)
		sum += 2 * i;          /* two lines each, from line 2 */
	sum += 6002;
	for (unsigned long j = 3002; j <= 6000; j++)
		sum += 6003 + (j - 3002);
	assert_int_equal(one.sum_line, sum);
	for (int n = 2; n <= 3; n++) {
		assert_int_equal(read_with(path, n, 4096, &many, &e, 0), 0);
		assert_int_equal(many.rows, one.rows);
		assert_int_equal(many.sum_line, one.sum_line);
		assert_int_equal(many.xsum, one.xsum);
	}
	/* and with no newline at all */
	f = fopen(path, "w");
	fputs("id,note\r", f);
	for (int i = 1; i <= 6000; i++)
		fprintf(f, "%d,x\r", i);
	fclose(f);
	assert_int_equal(read_with(path, 1, 0, &one, &e, 0), 0);
	assert_int_equal(one.rows, 6000);
	assert_int_equal(one.sum_line, 6000ul * 6001 / 2 + 6000);   /* record i on line i + 1 */
	assert_int_equal(read_with(path, 3, 4096, &many, &e, 0), 0);
	assert_int_equal(many.rows, 6000);
	assert_int_equal(many.xsum, one.xsum);
	unlink(path);
}

/* The other separators: the same file with ';', tab or '|' gives, with
 * 1 to 5 threads and every chunk size, exactly the comma file's rows (a
 * separator inside quotes is data), and an error late in the file is the
 * one a single thread reports. */
static void test_separators(void **state)
{
	(void)state;
	char *comma = make_file(37, 0);
	struct tally want, got;
	struct cs_err e1, e2;
	assert_int_equal(read_with(comma, 1, 0, &want, &e1, 0), 0);
	unlink(comma);
	for (const char *sep = ";\t|"; *sep; sep++) {
		char *path = make_file_sep(37, 0, *sep);
		for (size_t c = 0; c < NSIZES; c++)
			for (int n = 1; n <= 5; n += 2) {
				assert_int_equal(read_with_sep(path, *sep, n, chunk_sizes[c], &got, &e2, 0), 0);
				assert_int_equal(got.rows, want.rows);
				assert_int_equal(got.sum_line, want.sum_line);
				assert_int_equal(got.xsum, want.xsum);
				assert_int_equal(got.quoted_nl, want.quoted_nl);
			}
		/* read with the comma, a file of one column: fields never split */
		assert_int_equal(read_with(path, 2, 4096, &got, &e2, 0), CS_EXIT_DATA);
		assert_non_null(strstr(e2.msg, ":1: no column 'id' in the header"));
		assert_int_equal(read_with_sep(path, *sep, 1, 0, &got, &e1, ROWS - 10), CS_EXIT_DATA);
		for (size_t c = 0; c < NSIZES; c++) {
			assert_int_equal(read_with_sep(path, *sep, 3, chunk_sizes[c], &got, &e2, ROWS - 10), CS_EXIT_DATA);
			assert_string_equal(e2.msg, e1.msg);
		}
		unlink(path);
	}
}

/* Records and quoted fields ended by LF, CRLF or a lone CR after a header
 * ended by LF: every row, with any number of threads and chunk size, has
 * the physical line it starts on, and an error late in the file names its
 * line (the chunks' line counts include the lone CRs). */
static void test_lone_cr_in_the_body(void **state)
{
	(void)state;
	char path[] = "/tmp/cs_test_par_cr2.XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	fputs("id,note\n", f);
	unsigned long line = 2, sum = 0, fail_line = 0;
	const unsigned long n = 150000;
	for (unsigned long i = 1; i <= n; i++) {
		sum += line;
		if (i == n - 7)
			fail_line = line;
		switch (i % 5) {
		case 0: fprintf(f, "%lu,plain note with some length\n", i); line += 1; break;
		case 1: fprintf(f, "%lu,\"a\rb\"\n", i); line += 2; break;
		case 2: fprintf(f, "%lu,x\r", i); line += 1; break;
		case 3: fprintf(f, "%lu,\"c\r\nd\r\r\"\r\n", i); line += 4; break;
		default: fprintf(f, "%lu,y\r\n", i); line += 1; break;
		}
	}
	fclose(f);
	struct tally t;
	struct cs_err e;
	for (size_t c = 0; c < NSIZES; c++)
		for (int k = 1; k <= 3; k++) {
			assert_int_equal(read_with(path, k, chunk_sizes[c], &t, &e, 0), 0);
			assert_int_equal(t.rows, n);
			assert_int_equal(t.sum_line, sum);
			assert_int_equal(read_with(path, k, chunk_sizes[c], &t, &e, n - 7), CS_EXIT_DATA);
			char want[64];
			snprintf(want, sizeof want, "f:%lu:2: bad row %lu", fail_line, n - 7);
			assert_string_equal(e.msg, want);
		}
	unlink(path);
}

/* Small files and standard input take the one-thread path. */
static void test_small_file(void **state)
{
	(void)state;
	char path[] = "/tmp/cs_test_par_small.XXXXXX";
	int fd = mkstemp(path);
	assert_int_equal(write(fd, "id,note\n1,a\n2,\"b\nc\"\n", 20), 20);
	close(fd);
	struct tally t;
	struct cs_err e;
	assert_int_equal(read_with(path, 4, 0, &t, &e, 0), 0);
	assert_int_equal(t.rows, 2);
	assert_int_equal(t.sum_line, 2 + 3);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quoted_newlines_everywhere),
		cmocka_unit_test(test_cut_inside_quotes),
		cmocka_unit_test(test_both_threads_work),
		cmocka_unit_test(test_errors_match),
		cmocka_unit_test(test_lone_cr),
		cmocka_unit_test(test_separators),
		cmocka_unit_test(test_lone_cr_in_the_body),
		cmocka_unit_test(test_small_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
