/* test_dataset.c - tests of cli/io/dataset.c: the streaming CSV reader. */
#include "test_util.h"
#include "cli/io/dataset.h"
#include "cli/io/dataset_impl.h"

#include <sys/wait.h>
#include <unistd.h>

struct seen {
	int rows;
	char text[4096];          /* "line:value|value;" per row */
	int stop_at;              /* stop with exit code 1 at this row (0: never) */
};

static int collect(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	struct seen *s = ctx;
	s->rows++;
	size_t n = strlen(s->text);
	n += (size_t)snprintf(s->text + n, sizeof s->text - n, "%lu:", row->line);
	for (int i = 0; i < 2; i++)
		n += (size_t)snprintf(s->text + n, sizeof s->text - n, "%s%s", i ? "|" : "", row->value[i]);
	snprintf(s->text + n, sizeof s->text - n, ";");
	if (s->stop_at == s->rows)
		return cs_err_at(err, CS_EXIT_DATA, "f", row->vline[1], row->vfield[1], "stop");
	return 0;
}

static char *write_tmp(const char *data, size_t len)
{
	static char path[64];
	strcpy(path, "/tmp/cs_test_dataset.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	close(fd);
	return path;
}

static int read_str(const char *data, const char *c1, const char *c2, struct seen *s, struct cs_err *e)
{
	char *path = write_tmp(data, strlen(data));
	const char *cols[] = { c1, c2 };
	memset(e, 0, sizeof *e);
	int rc = cs_csv_read(path, cols, 2, collect, s, NULL, e);
	unlink(path);
	return rc;
}

static void test_basic_and_order_of_columns(void **state)
{
	(void)state;
	struct seen s = { 0 };
	struct cs_err e;
	assert_int_equal(read_str("a,b,c\n1,2,3\n4,5,6\n", "c", "a", &s, &e), 0);
	assert_int_equal(s.rows, 2);
	assert_string_equal(s.text, "2:3|1;3:6|4;");
}

static void test_quotes_newlines_crlf_bom(void **state)
{
	(void)state;
	struct seen s = { 0 };
	struct cs_err e;
	assert_int_equal(read_str("\xEF\xBB\xBFid,note\r\n1,\"a, \"\"b\"\"\r\nc\"\r\n\r\n2, spaced \r\n", "id", "note", &s, &e), 0);
	assert_string_equal(s.text, "2:1|a, \"b\"\r\nc;5:2| spaced ;");
}

static void test_requested_twice(void **state)
{
	(void)state;
	struct seen s = { 0 };
	struct cs_err e;
	assert_int_equal(read_str("a,b\nx,y\n", "a", "a", &s, &e), 0);
	assert_string_equal(s.text, "2:x|x;");
}

static void test_errors(void **state)
{
	(void)state;
	static const struct { const char *data; const char *msg; } cases[] = {
		{ "a,b\n1,2\n3\n", ":3: row has 1 field but the header has 2" },
		{ "a,b\n\"x\ny\",2\n3,4,5\n", ":4: row has 3 fields but the header has 2" },
		{ "a,b\n1,\"open\n", ":2: unterminated quoted field" },
		{ "a,b\n1,x\"y\n", ":2: malformed quoting" },
		{ "a,b\n1,\"x\"y\n", ":2: malformed quoting" },
		{ "a,b\n1,\xC3\x28\n", ":2:2: the value in column 'b' is not valid UTF-8" },
		{ "a,\xff\n1,2\n", ":1:2: the header is not valid UTF-8" },
		{ "a,c\n1,2\n", ":1: no column 'b' in the header; the columns are: 'a', 'c'" },
		{ "a,b,b\n1,2,3\n", ":1: column 'b' appears twice in the header (fields 2 and 3)" },
		/* header names from the data are shown with their controls escaped
		 * (found by fuzz/fuzz_csv.c) */
		{ "a,\"b\n\x1b[2J\"\n1,2\n", ":1: no column 'b' in the header; the columns are: 'a', 'b\\n\\x1B[2J'" },
		{ "", "empty input: no header row" },
		{ "\n\n", "empty input: no header row" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct seen s = { 0 };
		struct cs_err e;
		int rc = read_str(cases[i].data, "a", "b", &s, &e);
		assert_int_equal(rc, CS_EXIT_DATA);
		if (!strstr(e.msg, cases[i].msg))
			fail_msg("case %zu: message '%s' lacks '%s'", i, e.msg, cases[i].msg);
	}
	/* NUL bytes inside a value */
	struct seen s = { 0 };
	struct cs_err e;
	char *path = write_tmp("a,b\n1,x\0y\n", 10);
	const char *cols[] = { "a", "b" };
	assert_int_equal(cs_csv_read(path, cols, 2, collect, &s, NULL, &e), CS_EXIT_DATA);
	assert_non_null(strstr(e.msg, ":2:2: the value in column 'b' contains a NUL byte"));
	unlink(path);
}

static void test_callback_stops(void **state)
{
	(void)state;
	struct seen s = { .stop_at = 2 };
	struct cs_err e;
	assert_int_equal(read_str("a,b\n1,2\n\"3\n\",4\n5,6\n", "a", "b", &s, &e), CS_EXIT_DATA);
	assert_int_equal(s.rows, 2);
	assert_string_equal(e.msg, "f:4:2: stop");
}

/* Rows and a multi-line field that straddle the 64 KiB read chunks keep
 * their physical line numbers. */
struct lines { unsigned long quoted, last; };

static int note_lines(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	(void)err;
	struct lines *l = ctx;
	if (row->value[0][0] == 'q')
		l->quoted = row->line;
	if (strcmp(row->value[0], "last") == 0)
		l->last = row->line;
	return 0;
}

/* cs_csv_read_all: the header, then every field of every row in order. */
struct all_seen {
	char text[1024];
	int stop_in_header;
};

static void add_text(struct all_seen *s, const char *t)
{
	size_t n = strlen(s->text);
	snprintf(s->text + n, sizeof s->text - n, "%s", t);
}

static int all_header(void *ctx, const char *const *names, size_t n, unsigned long line,
		      const char *sheet, struct cs_err *err)
{
	assert_null(sheet);
	struct all_seen *s = ctx;
	char buf[32];
	snprintf(buf, sizeof buf, "H%lu:", line);
	add_text(s, buf);
	for (size_t i = 0; i < n; i++) {
		add_text(s, i ? "|" : "");
		add_text(s, names[i]);
	}
	add_text(s, ";");
	if (s->stop_in_header)
		return cs_err_set(err, CS_EXIT_USAGE, "no such column");
	return 0;
}

static int all_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	(void)err;
	struct all_seen *s = ctx;
	char buf[32];
	snprintf(buf, sizeof buf, "%lu:", row->line);
	add_text(s, buf);
	for (size_t i = 0; i < 3; i++) {
		snprintf(buf, sizeof buf, "%s%d@%lu=", i ? "|" : "", row->vfield[i], row->vline[i]);
		add_text(s, buf);
		add_text(s, row->value[i]);
		assert_int_equal(strlen(row->value[i]), row->len[i]);
	}
	add_text(s, ";");
	return 0;
}

static void test_read_all(void **state)
{
	(void)state;
	struct all_seen s = { .text = "" };
	struct cs_err e = { 0 };
	const char *data = "\xEF\xBB\xBF\n\"a\",b,a\r\n1,\"x\ny\",\n\n,,\"\"\"\"\n";
	char *path = write_tmp(data, strlen(data));
	unsigned long nrows = 0;
	assert_int_equal(cs_csv_read_all(path, all_header, all_row, &s, &nrows, &e), 0);
	assert_int_equal(nrows, 2);
	assert_string_equal(s.text, "H2:a|b|a;3:1@3=1|2@3=x\ny|3@4=;6:1@6=|2@6=|3@6=\";");

	/* every column is checked, and the header callback can stop the read */
	struct all_seen s2 = { .text = "" };
	assert_int_equal(cs_csv_read_all(path, all_header, all_row, &s2, NULL, &e), 0);
	s2.text[0] = '\0';
	s2.stop_in_header = 1;
	assert_int_equal(cs_csv_read_all(path, all_header, all_row, &s2, NULL, &e), CS_EXIT_USAGE);
	assert_string_equal(s2.text, "H2:a|b|a;");
	unlink(path);
	path = write_tmp("a,b,c\n1,\xC3\x28,3\n", 13);
	assert_int_equal(cs_csv_read_all(path, NULL, all_row, &s, NULL, &e), CS_EXIT_DATA);
	assert_non_null(strstr(e.msg, ":2:2: the value in column 'b' is not valid UTF-8"));
	unlink(path);
}

static void test_chunk_boundaries(void **state)
{
	(void)state;
	size_t n = 0;
	char *data = malloc(400000);
	n += (size_t)sprintf(data + n, "a,b\n");
	unsigned long line = 2, want_quoted = 0;
	for (int i = 0; n < 300000; i++) {
		if (i == 9000) {     /* 6 physical lines, around byte 70,000 */
			want_quoted = line;
			n += (size_t)sprintf(data + n, "\"q\nq\nq\r\nq\nq\nq\",x\n");
			line += 6;
		} else {
			n += (size_t)sprintf(data + n, "%d,%d\n", i, i % 7);
			line++;
		}
	}
	n += (size_t)sprintf(data + n, "last,z\n");
	char *path = write_tmp(data, n);
	free(data);
	struct lines l = { 0, 0 };
	struct cs_err e = { 0 };
	unsigned long nrows = 0;
	const char *cols[] = { "a", "b" };
	assert_int_equal(cs_csv_read(path, cols, 2, note_lines, &l, &nrows, &e), 0);
	unlink(path);
	assert_true(want_quoted > 8000);
	assert_int_equal(l.quoted, want_quoted);
	assert_int_equal(l.last, line);
	assert_int_equal(nrows, line - 1 - 5);   /* physical lines - header - extra lines of q */
}

/* Standard input arriving one byte at a time, the BOM split over reads. */
static void test_byte_at_a_time_pipe(void **state)
{
	(void)state;
	const char *data = "\xEF\xBB\xBFid,v\n1,\"x\ny\"\n2,z\n";
	int fds[2];
	assert_int_equal(pipe(fds), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		for (const char *p = data; *p; p++) {
			if (write(fds[1], p, 1) != 1)
				_exit(1);
			usleep(200);
		}
		_exit(0);
	}
	close(fds[1]);
	char path[32];
	snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
	struct seen s = { 0 };
	struct cs_err e = { 0 };
	const char *cols[] = { "id", "v" };
	assert_int_equal(cs_csv_read(path, cols, 2, collect, &s, NULL, &e), 0);
	close(fds[0]);
	waitpid(pid, NULL, 0);
	assert_string_equal(s.text, "2:1|x\ny;4:2|z;");
}

static void test_missing_file(void **state)
{
	(void)state;
	struct seen s = { 0 };
	struct cs_err e = { 0 };
	const char *cols[] = { "a", "b" };
	assert_int_equal(cs_csv_read("/nonexistent/x.csv", cols, 2, collect, &s, NULL, &e), CS_EXIT_ENV);
	assert_non_null(strstr(e.msg, "cannot read '/nonexistent/x.csv'"));
	assert_string_equal(cs_input_name("-"), "<stdin>");
}

/* A mistyped column name: the one it most likely meant, or none. */
static void test_header_suggest(void **state)
{
	(void)state;
	const char *names[] = { "donor_id", "region", "date", "questioned", "complained", "complaint_date" };
	assert_string_equal(cs_header_suggest("complain", names, 6), "complained");
	assert_string_equal(cs_header_suggest("Questioned", names, 6), "questioned");
	assert_string_equal(cs_header_suggest("regoin", names, 6), "region");
	assert_string_equal(cs_header_suggest("date_", names, 6), "date");
	assert_null(cs_header_suggest("foo", names, 6));
	assert_null(cs_header_suggest("amount", names, 6));
	/* two names as close: no guess */
	const char *two[] = { "ab1", "ab2" };
	assert_null(cs_header_suggest("ab", two, 2));
	assert_null(cs_header_suggest("x", NULL, 0));
	/* short names: only a difference of case */
	const char *ab[] = { "a", "c", "ID" };
	assert_null(cs_header_suggest("b", ab, 3));
	assert_string_equal(cs_header_suggest("id", ab, 3), "ID");
}

/* A NUL in a header name is an error, not the end of the name (found by
 * the csv fuzz target: "b\0c" was read as "b"). */
static void test_nul_in_header(void **state)
{
	(void)state;
	static const char data[] = "a,b\0c\n1,2\n";
	char *path = write_tmp(data, sizeof data - 1);
	struct seen s = { 0 };
	struct cs_err e = { 0 };
	const char *cols[] = { "a", "b" };
	assert_int_equal(cs_csv_read(path, cols, 2, collect, &s, NULL, &e), CS_EXIT_DATA);
	assert_non_null(strstr(e.msg, ":1:2: the header contains a NUL byte"));
	assert_int_equal(s.rows, 0);
	unlink(path);
}

/* Feed data to a reader for separator delim (with the encoding hint if
 * hint) in pieces cut at `cuts` (ascending offsets, 0 to 2 of them);
 * "line:v|v;" per row, or "error: MESSAGE". */
static void feed_cut_as(const char *data, size_t n, char delim, int hint, const size_t *cuts, int ncuts,
			char *out, size_t size)
{
	struct seen s = { 0 };
	struct cs_err e = { 0 };
	struct cs_reader r;
	const char *cols[] = { "id", "v" };
	assert_int_equal(cs_reader_init(&r, "f", cols, 2, collect, &s, &e), 0);
	struct cs_csv_opts o = { delim, hint, 0 };
	cs_reader_configure(&r, &o);
	size_t at = 0;
	int rc = 0;
	for (int k = 0; k <= ncuts && !rc; k++) {
		size_t to = k < ncuts ? cuts[k] : n;
		if (to > at)
			rc = cs_reader_feed(&r, data + at, to - at);
		at = to;
	}
	if (!rc)
		rc = cs_reader_finish(&r);
	cs_reader_free(&r);
	snprintf(out, size, rc ? "error: %s" : "%s", rc ? e.msg : s.text);
}

static void feed_cut(const char *data, size_t n, const size_t *cuts, int ncuts, char *out, size_t size)
{
	feed_cut_as(data, n, ',', 0, cuts, ncuts, out, size);
}

struct cut_case {
	const char *in, *want;
	size_t n;           /* 0: strlen(in) */
};

/* Every way of cutting each input in two or three gives what one piece
 * gives, and that is `want` (a prefix of it for errors). */
static void same_at_every_cut(const struct cut_case *cases, size_t ncases, char delim, int hint)
{
	for (size_t c = 0; c < ncases; c++) {
		const char *in = cases[c].in;
		size_t n = cases[c].n ? cases[c].n : strlen(in);
		char whole[4096], part[4096];
		feed_cut_as(in, n, delim, hint, NULL, 0, whole, sizeof whole);
		if (strncmp(whole, cases[c].want, strlen(cases[c].want)) != 0)
			fail_msg("separator %d, case %zu: got '%s', want '%s'", delim, c, whole, cases[c].want);
		for (size_t i = 1; i < n; i++)
			for (size_t j = i; j < n; j++) {
				size_t cuts[2] = { i, j };
				feed_cut_as(in, n, delim, hint, cuts, j > i ? 2 : 1, part, sizeof part);
				if (strcmp(part, whole) != 0)
					fail_msg("separator %d, case %zu cut at %zu, %zu: got '%s', want '%s'", delim, c,
						 i, j, part, whole);
			}
	}
}

/* libcsv trims blanks unless told not to; the reader lets it use its
 * faster default where trimming would change nothing.  Every way of
 * cutting these inputs in two or three gives what one piece gives:
 * blanks kept, and the same errors. */
static void test_blanks_kept_at_every_cut(void **state)
{
	(void)state;
	static const struct {
		const char *in, *want;
		size_t n;           /* 0: strlen(in) */
	} cases[] = {
		{ "id,v\n1, a \n2,\tb\t\n3,c d\n", "2:1| a ;3:2|\tb\t;4:3|c d;" },
		{ "id,v\n 1 ,x\r\n2,\"a b\"\n,\n", "2: 1 |x;3:2|a b;4:|;" },
		{ "id,v\n1,Turkistan Region of more than sixteen bytes\n"
		  "2,  a value padded with blanks and longer than 16  \n"
		  "3,\"quoted, with blanks \"\"inside\"\" \"\n",
		  "2:1|Turkistan Region of more than sixteen bytes;"
		  "3:2|  a value padded with blanks and longer than 16  ;"
		  "4:3|quoted, with blanks \"inside\" ;" },
		{ "id,v\n1,x\n  \n", "error: f:3: row has 1 field but the header has 2" },
		{ "id,v\n1,\"q\" \n", "error: f:2: malformed quoting" },
		{ "id,v\n1, \"q\"\n", "error: f:2: malformed quoting" },
		{ "id,v\n1,\"q\"\t,\n", "error: f:2: malformed quoting" },
		{ "id,v\n1,\xC3\xA9t\xC3\xA9 \n2,ok\n3,x\xC3\x28y\n",
		  "error: f:4:2: the value in column 'v' is not valid UTF-8" },
		{ "id,v\n1,ok\n2,a\xC3", "error: f:3:2: the value in column 'v' is not valid UTF-8" },
		/* values of 8 to 16 bytes are tested as two words */
		{ "id,v\n\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B,abcdefgh\n"
		  "2,abcdefg\xC3\x28h\n", "error: f:3:2: the value in column 'v' is not valid UTF-8" },
		{ "id,v\n1,abcdefgh\n2,abcd\0efgh\n", "error: f:3:2: the value in column 'v' contains a NUL byte",
		  28 },
		{ "id,v\n1,\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B\n",
		  "2:1|\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B;" },
	};
	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		const char *in = cases[c].in;
		size_t n = cases[c].n ? cases[c].n : strlen(in);
		char whole[4096], part[4096];
		feed_cut(in, n, NULL, 0, whole, sizeof whole);
		if (strncmp(whole, cases[c].want, strlen(cases[c].want)) != 0)
			fail_msg("case %zu: got '%s', want '%s'", c, whole, cases[c].want);
		for (size_t i = 1; i < n; i++)
			for (size_t j = i; j < n; j++) {
				size_t cuts[2] = { i, j };
				feed_cut(in, n, cuts, j > i ? 2 : 1, part, sizeof part);
				if (strcmp(part, whole) != 0)
					fail_msg("case %zu cut at %zu, %zu: got '%s', want '%s'", c, i, j, part, whole);
			}
	}
}

/* The other separators: values keep their blanks (space, and tab where
 * tab does not separate) next to the separator, quotes and line ends, and
 * with tab separating a tab is never taken for a blank: a trailing tab is
 * an empty last field, and a tab after a closing quote ends the field. */
static void test_separators_at_every_cut(void **state)
{
	(void)state;
	static const struct cut_case semi[] = {
		{ "id;v\n1; a \n2;\tb\t\n3;c,d\n", "2:1| a ;3:2|\tb\t;4:3|c,d;" },
		{ "id;v\n 1 ;x\r\n2;\"a; b\"\n;\n", "2: 1 |x;3:2|a; b;4:|;" },
		{ "id;v\n1;x\n2;y;z\n", "error: f:3: row has 3 fields but the header has 2" },
		{ "id;v\n1;\"q\" \n", "error: f:2: malformed quoting" },
		{ "id;v\n1; \"q\"\n", "error: f:2: malformed quoting" },
		/* runs of 18 bytes and more are scanned sixteen at a time */
		{ "id;v\n1;Turkistan Region, of more than sixteen bytes\n"
		  "2;  a value padded with blanks and longer than 16  \n3;\t\ttabs around it, as long\t\n",
		  "2:1|Turkistan Region, of more than sixteen bytes;"
		  "3:2|  a value padded with blanks and longer than 16  ;4:3|\t\ttabs around it, as long\t;" },
	};
	static const struct cut_case pipe[] = {
		{ "id|v\n1| a \n2|\tb\t\n3|c,d;e\n", "2:1| a ;3:2|\tb\t;4:3|c,d;e;" },
		{ "id|v\n1|\"x|y\"\n2|\n", "2:1|x|y;3:2|;" },
		{ "id|v\n1|\"q\"\t\n", "error: f:2: malformed quoting" },
		{ "id|v\n1|Turkistan Region, of more than sixteen bytes\n"
		  "2|  a value padded with blanks and longer than 16  \n3|\t\ttabs around it, as long\t\n",
		  "2:1|Turkistan Region, of more than sixteen bytes;"
		  "3:2|  a value padded with blanks and longer than 16  ;4:3|\t\ttabs around it, as long\t;" },
	};
	static const struct cut_case tab[] = {
		{ "id\tv\n1\t a \n2\t  \n3\t\"x\ty\"\n ,\t, \n", "2:1| a ;3:2|  ;4:3|x\ty;5: ,|, ;" },
		{ "id\tv\n1\t\n\t\n3\tc\r\n", "2:1|;3:|;4:3|c;" },
		{ "id\tv\n1\t2\t\n", "error: f:2: row has 3 fields but the header has 2" },
		{ "id\tv\n1\t\t2\n", "error: f:2: row has 3 fields but the header has 2" },
		{ "id\tv\n\t1\t2\n", "error: f:2: row has 3 fields but the header has 2" },
		{ "id\tv\n1\t\"q\"\t\n", "error: f:2: row has 3 fields but the header has 2" },
		{ "id\tv\n1\t\"q\" \n", "error: f:2: malformed quoting" },
		{ "id\tv\n1\t \"q\"\n", "error: f:2: malformed quoting" },
		{ "id\tv\n1\tTurkistan Region, of more than sixteen bytes\n"
		  "2\t  a value padded with blanks and longer than 16  \n3\t\t\n4\tand one more long one\t\n",
		  "error: f:4: row has 3 fields but the header has 2" },
	};
	same_at_every_cut(semi, sizeof semi / sizeof *semi, ';', 0);
	same_at_every_cut(pipe, sizeof pipe / sizeof *pipe, '|', 0);
	same_at_every_cut(tab, sizeof tab / sizeof *tab, '\t', 0);
}

/* Parse data whole as one chunk with separator delim: did the reader let
 * libcsv use its own (faster) blank test? */
static int fast_path(const char *data, char delim)
{
	struct seen s = { 0 };
	struct cs_err e = { 0 };
	struct cs_reader r;
	const char *cols[] = { "id", "v" };
	assert_int_equal(cs_reader_init(&r, "f", cols, 2, collect, &s, &e), 0);
	struct cs_csv_opts o = { delim };
	cs_reader_configure(&r, &o);
	assert_int_equal(cs_reader_feed(&r, data, strlen(data)), 0);
	assert_int_equal(cs_reader_finish(&r), 0);
	int fast = r.fast_chunks == 1;
	cs_reader_free(&r);
	return fast;
}

/* The speed of every separator: empty fields and tabs next to a tab that
 * separates keep the fast path (a tab is no blank then), in short runs and
 * long ones; a space next to a separator, or a tab next to another
 * separator, takes the careful path. */
static void test_separators_keep_the_fast_path(void **state)
{
	(void)state;
	assert_true(fast_path("id\tv\n1\t\n\t2\n", '\t'));
	assert_true(fast_path("id\tv\n1\t\n\t2\nthree and more bytes\tthan sixteen in a run\n\t\n", '\t'));
	assert_false(fast_path("id\tv\n1\t \n", '\t'));
	assert_false(fast_path("id\tv\nthree and more bytes \tthan sixteen in a run\n", '\t'));
	for (const char *d = ",;|"; *d; d++) {
		char in[128];
		snprintf(in, sizeof in, "id%cv\n1%c\n%c2\nthree and more bytes%cthan sixteen in a run\n", *d, *d,
			 *d, *d);
		assert_true(fast_path(in, *d));
		snprintf(in, sizeof in, "id%cv\nthree and more bytes\t%cthan sixteen in a run\n", *d, *d);
		assert_false(fast_path(in, *d));
		snprintf(in, sizeof in, "id%cv\nthree and more bytes%c than sixteen in a run\n", *d, *d);
		assert_false(fast_path(in, *d));
	}
}

/* Line ends: LF, CRLF and a lone CR (old Mac files) each end a line, also
 * inside quoted fields, so rows, values and errors name the physical
 * line wherever the input is cut. */
static void test_lone_cr_lines_at_every_cut(void **state)
{
	(void)state;
	static const struct cut_case cases[] = {
		{ "id,v\r1,a\r2,\"x\ry\"\r3,b\r\n4,c\n5,\"p\r\nq\"\r\r6,d\n",
		  "2:1|a;3:2|x\ry;5:3|b;6:4|c;7:5|p\r\nq;10:6|d;" },
		{ "id,v\r\r\n\n1,\"\r\"\r2,z", "4:1|\r;6:2|z;" },
		{ "id,v\r1,a\r2,b\"c\r", "error: f:3: malformed quoting" },
		{ "id,v\r1,\"a\r\rb\"\r2,x\"\n", "error: f:5: malformed quoting" },
		{ "id,v\r1,a\r2,\xff\r", "error: f:3:2: the value in column 'v' is not valid UTF-8" },
		{ "id,v\r1,\"a\rb\"\r\r2,x", "2:1|a\rb;5:2|x;" },
		{ "id,v\r1,\"open\r", "error: f:2: unterminated quoted field" },
	};
	same_at_every_cut(cases, sizeof cases / sizeof *cases, ',', 0);
}

/* An error in a header field names the line where the field starts, after
 * a quoted line end of the field before (item 8 of the input issue). */
static void test_header_field_line(void **state)
{
	(void)state;
	static const struct cut_case cases[] = {
		{ "\"\n\",\xff\n", "error: f:2:2: the header is not valid UTF-8" },
		{ "\"\r\",\xff\n", "error: f:2:2: the header is not valid UTF-8" },
		{ "\"\r\n\",\"\n\",\"x\xff\"\n", "error: f:3:3: the header is not valid UTF-8" },
		{ "id,\"\n\n\"\n1,2\n", "error: f:1: no column 'v' in the header" },
	};
	same_at_every_cut(cases, sizeof cases / sizeof *cases, ',', 0);
}

/* Bytes that are not UTF-8: the message adds what they read as, when asked
 * to (no --encoding was given), and says nothing when it has no guess. */
static void test_encoding_hint(void **state)
{
	(void)state;
	/* "Алматы" and "Регион" in Windows-1251 and in KOI8-R */
	static const struct cut_case hinted[] = {
		{ "id,v\n1,\xc0\xeb\xec\xe0\xf2\xfb\n", "error: f:2:2: the value in column 'v' is not valid "
		  "UTF-8; it reads as Cyrillic in windows-1251: add --encoding windows-1251" },
		{ "id,v,\xd0\xe5\xe3\xe8\xee\xed\n", "error: f:1:3: the header is not valid UTF-8; it reads as "
		  "Cyrillic in windows-1251: add --encoding windows-1251" },
		{ "id,v,\xf2\xc5\xc7\xc9\xcf\xce\n", "error: f:1:3: the header is not valid UTF-8; it reads as "
		  "Cyrillic in koi8-r: add --encoding koi8-r" },
		{ "id,v\n1,\xff\n", "error: f:2:2: the value in column 'v' is not valid UTF-8" },
	};
	same_at_every_cut(hinted, sizeof hinted / sizeof *hinted, ',', 1);
	char out[1024];
	const char *in = "id,v\n1,\xc0\xeb\xec\xe0\xf2\xfb\n";
	feed_cut_as(in, strlen(in), ',', 0, NULL, 0, out, sizeof out);
	assert_string_equal(out, "error: f:2:2: the value in column 'v' is not valid UTF-8");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic_and_order_of_columns),
		cmocka_unit_test(test_quotes_newlines_crlf_bom),
		cmocka_unit_test(test_requested_twice),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_callback_stops),
		cmocka_unit_test(test_read_all),
		cmocka_unit_test(test_chunk_boundaries),
		cmocka_unit_test(test_byte_at_a_time_pipe),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_header_suggest),
		cmocka_unit_test(test_blanks_kept_at_every_cut),
		cmocka_unit_test(test_nul_in_header),
		cmocka_unit_test(test_separators_at_every_cut),
		cmocka_unit_test(test_separators_keep_the_fast_path),
		cmocka_unit_test(test_lone_cr_lines_at_every_cut),
		cmocka_unit_test(test_header_field_line),
		cmocka_unit_test(test_encoding_hint),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
