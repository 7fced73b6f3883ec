/* test_dataset_parallel.c - tests of cli/dataset_parallel.c: a file read by
 * several threads gives exactly the rows, counts and errors of one thread,
 * wherever the cuts fall (inside quoted fields, next to quoted newlines). */
#include "test_util.h"
#include "cli/dataset.h"

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

/* A file of about 6 MB whose records hold quoted newlines every `every`
 * rows, and whose note field is long enough that a cut may land inside it. */
static char *make_file(int every, int huge_quote_middle)
{
	static char path[64];
	strcpy(path, "/tmp/cs_test_par.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	fprintf(f, "id,note,x\n");
	for (int i = 1; i <= ROWS; i++) {
		if (huge_quote_middle && i == ROWS / 2) {
			/* one quoted field of 400 KB full of newlines around the middle */
			fprintf(f, "%d,\"", i);
			for (int k = 0; k < 40000; k++)
				fputs("0123\"\"678\n", f);
			fputs("\",1\n", f);
			continue;
		}
		if (i % every == 0)
			fprintf(f, "%d,\"line one, \"\"quoted\"\"\nline two\n\",%d\n", i, i % 7);
		else
			fprintf(f, "%d,plain note number %d,%d\n", i, i, i % 7);
	}
	fclose(f);
	return path;
}

static int read_with(const char *path, int nctx, struct tally *out, struct cs_err *err,
		     unsigned long fail_at)
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
	int rc = cs_csv_read_parallel(path, cols, 2, on_row, ctx, nctx, &nrows, err);
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

/* With 2..7 threads the results equal one thread's; with two threads the
 * parallel path is used unless the middle cut is inside quotes. */
static void same_as_one_thread(const char *path, int middle_in_quotes)
{
	struct tally one, many;
	struct cs_err e1, e2;
	assert_int_equal(read_with(path, 1, &one, &e1, 0), 0);
	assert_int_equal(one.rows, ROWS);
	for (int n = 2; n <= 7; n++) {
		assert_int_equal(read_with(path, n, &many, &e2, 0), 0);
		if (n == 2 && middle_in_quotes)
			assert_int_equal(many.parts, 1);  /* the cut was refused */
		else
			assert_true(many.parts >= 2);     /* the parallel path really ran */
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
		same_as_one_thread(path, 0);
		unlink(path);
	}
}

/* A 400 KB quoted field full of newlines and doubled quotes sits on the
 * middle: the cut there is inside quotes and must not be used. */
static void test_cut_inside_quotes(void **state)
{
	(void)state;
	char *path = make_file(50, 1);
	same_as_one_thread(path, 1);
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
		assert_int_equal(read_with(path, 1, &t, &e1, at[i]), CS_EXIT_DATA);
		for (int n = 2; n <= 4; n++) {
			assert_int_equal(read_with(path, n, &t, &e2, at[i]), CS_EXIT_DATA);
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
	assert_int_equal(read_with(p2, 1, &t, &e1, 0), CS_EXIT_DATA);
	assert_int_equal(read_with(p2, 3, &t, &e2, 0), CS_EXIT_DATA);
	assert_string_equal(e2.msg, e1.msg);
	assert_non_null(strstr(e1.msg, "malformed quoting"));
	unlink(p2);
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
	assert_int_equal(read_with(path, 4, &t, &e, 0), 0);
	assert_int_equal(t.rows, 2);
	assert_int_equal(t.sum_line, 2 + 3);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quoted_newlines_everywhere),
		cmocka_unit_test(test_cut_inside_quotes),
		cmocka_unit_test(test_errors_match),
		cmocka_unit_test(test_small_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
