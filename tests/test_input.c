/* test_input.c - tests of cli/io/input.c (with source.c and input_sheet.c):
 * a FILE read whatever its form.  The separator from the option, the name
 * or the header line; UTF-8, UTF-16 by its byte-order mark, or another
 * encoding converted with physical line numbers kept; workbooks read as
 * rows with sheet positions; files that are not text refused saying what
 * they are; standard input sniffed too. */
#include "test_util.h"
#include "test_book.h"
#include "cli/io/input.h"

#include <fcntl.h>
#include <iconv.h>
#include <sys/wait.h>
#include <unistd.h>

#define SHEETS "tests/data/sheet"

/* ---- files ---------------------------------------------------------------- */

static char *tmp_path(const char *suffix)
{
	static char path[2][64];
	static int k;
	char *p = path[k++ % 2];
	snprintf(p, sizeof path[0], "/tmp/cs_test_input.XXXXXX%s", suffix);
	int fd = mkstemps(p, (int)strlen(suffix));
	assert_true(fd >= 0);
	close(fd);
	return p;
}

static char *write_file(const char *suffix, const void *data, size_t len)
{
	char *p = tmp_path(suffix);
	FILE *f = fopen(p, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	return p;
}

static char *write_str(const char *suffix, const char *s)
{
	return write_file(suffix, s, strlen(s));
}

/* s (UTF-8) in encoding enc, by glibc's iconv: the tests' oracle. */
static char *encode(const char *s, const char *enc, size_t *len)
{
	iconv_t cd = iconv_open(enc, "UTF-8");
	assert_true(cd != (iconv_t)-1);
	size_t in = strlen(s), cap = 4 * in + 8, out = cap;
	char *buf = malloc(cap), *ip = (char *)s, *op = buf;
	assert_true(iconv(cd, &ip, &in, &op, &out) != (size_t)-1);
	iconv_close(cd);
	*len = cap - out;
	return buf;
}

/* A file holding prefix (of plen bytes) and then s in encoding enc. */
static char *write_encoded(const char *suffix, const char *prefix, size_t plen, const char *s, const char *enc)
{
	size_t n;
	char *b = encode(s, enc, &n);
	char *all = malloc(plen + n);
	memcpy(all, prefix, plen);
	memcpy(all + plen, b, n);
	char *p = write_file(suffix, all, plen + n);
	free(b);
	free(all);
	return p;
}

/* ---- reading -------------------------------------------------------------- */

struct seen {
	char text[8192];       /* "line:v|v;" per row, "S!" before it for a sheet */
	const char *fail_on;   /* fail with "stop" on a row whose first value is this */
	const char *input;
};

static void add(struct seen *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(struct seen *s, const char *fmt, ...)
{
	size_t n = strlen(s->text);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(s->text + n, sizeof s->text - n, fmt, ap);
	va_end(ap);
}

static int collect2(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	struct seen *s = ctx;
	if (row->sheet)
		add(s, "%s!", row->sheet);
	add(s, "%lu:%s|%s;", row->line, row->value[0], row->value[1]);
	for (int i = 0; i < 2; i++)
		assert_int_equal(strlen(row->value[i]), row->len[i]);
	if (s->fail_on && strcmp(row->value[0], s->fail_on) == 0)
		return cs_err_cell(err, CS_EXIT_DATA, s->input, row, 1, "stop");
	return 0;
}

/* Read columns c1, c2 of path as in says with nctx threads: rows in
 * s->text; the exit code, and the message in err. */
static int read2(const char *path, const struct cs_input *in, const char *c1, const char *c2, struct seen *s,
		 struct cs_input_found *found, struct cs_err *err)
{
	const char *cols[] = { c1, c2 };
	void *ctx[1] = { s };
	memset(err, 0, sizeof *err);
	s->input = cs_input_name(path);
	unsigned long nrows = 0;
	return cs_input_read(path, in, cols, 2, collect2, ctx, 1, &nrows, found, err);
}

/* The message of reading path (id, v) as in says, with the path left out:
 * ":2:2: ..." or ": Sheet1!B2: ...". */
static const char *message(const char *path, const struct cs_input *in)
{
	static struct cs_err e;
	struct seen s = { .text = "" };
	if (read2(path, in, "id", "v", &s, NULL, &e) == 0)
		return "(no error)";
	size_t n = strlen(path);
	return strncmp(e.msg, path, n) == 0 ? e.msg + n : e.msg;
}

/* ---- separators ----------------------------------------------------------- */

static void expect_rows(const char *path, const struct cs_input *in, const char *want, char delim)
{
	struct seen s = { .text = "" };
	struct cs_err e;
	struct cs_input_found f;
	int rc = read2(path, in, "id", "v", &s, &f, &e);
	if (rc)
		fail_msg("%s: %s", path, e.msg);
	assert_string_equal(s.text, want);
	assert_int_equal(f.delim, delim);
	assert_string_equal(f.format, "csv");
	assert_string_equal(f.sheet, "");
}

/* The separator is decided from the header line alone: a ';' or a tab
 * outside quotes and no comma picks it; a .tsv or .tab name picks tab; an
 * option wins; both ';' and tab with no comma is an error that says to
 * give --delimiter. */
static void test_separator_auto(void **state)
{
	(void)state;
	char *p;
	p = write_str(".csv", "id;v\n1;a,b\n2;\"x;y\"\n");
	expect_rows(p, NULL, "2:1|a,b;3:2|x;y;", ';');
	unlink(p);
	p = write_str(".csv", "id\tv\n1\ta b\n2\t\n");
	expect_rows(p, NULL, "2:1|a b;3:2|;", '\t');
	unlink(p);
	/* a ';' inside quotes, commas in the data rows: the header's comma wins */
	p = write_str(".csv", "\"i;d\",id,v\n1,2;3,4\n");
	expect_rows(p, NULL, "2:2;3|4;", ',');
	unlink(p);
	/* a quoted newline in the header: the line goes on to its end */
	p = write_str(".csv", "\"x\ny\";id;v\n1;2;3\n");
	expect_rows(p, NULL, "3:2|3;", ';');
	unlink(p);
	/* '|' only when asked for */
	p = write_str(".csv", "id|v\n1|2\n");
	assert_string_equal(message(p, NULL), ":1: no column 'id' in the header; the columns are: 'id|v'");
	struct cs_input pipe = { .delim = '|' };
	expect_rows(p, &pipe, "2:1|2;", '|');
	unlink(p);
	/* the option wins over the header */
	p = write_str(".csv", "id,v;w\n1,2;3\n");
	struct cs_input semi = { .delim = ';' };
	assert_string_equal(message(p, NULL), ":1: no column 'v' in the header; the columns are: 'id', 'v;w'");
	assert_string_equal(message(p, &semi), ":1: no column 'id' in the header; the columns are: 'id,v', 'w'");
	unlink(p);
	/* a .tsv name means tab, whatever the header */
	p = write_str(".tsv", "id;v\tw\n1;2\t3\n");
	assert_string_equal(message(p, NULL), ":1: no column 'id' in the header; the columns are: 'id;v', 'w'");
	unlink(p);
	/* both, and no comma */
	p = write_str(".csv", "id;v\tw\n1;2\t3\n");
	assert_string_equal(message(p, NULL), ":1: the header line has both ';' and tabs between names, and no "
			    "comma: say which one separates the fields with --delimiter");
	assert_string_equal(message(p, &semi), ":1: no column 'v' in the header; the columns are: 'id', 'v\\tw'");
	unlink(p);
	struct cs_input bad = { .delim = 'x' };
	p = write_str(".csv", "id,v\n");
	struct seen s = { .text = "" };
	struct cs_err e;
	assert_int_equal(read2(p, &bad, "id", "v", &s, NULL, &e), CS_EXIT_USAGE);
	unlink(p);
}

/* A ';' file of a few megabytes takes the parallel path with its separator:
 * the rows of two threads are those of one. */
struct tally {
	unsigned long rows, sum;
};

static int count_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	(void)err;
	struct tally *t = ctx;
	t->rows++;
	t->sum += row->line * 31 + strtoul(row->value[1], NULL, 10);
	return 0;
}

static void test_separator_parallel(void **state)
{
	(void)state;
	char *p = tmp_path(".csv");
	FILE *f = fopen(p, "w");
	fputs("id;note;v\n", f);
	for (int i = 1; i <= 200000; i++)
		fprintf(f, i % 41 ? "%d;plain note, number %d;%d\n" : "%d;\"two\nlines; %d\";%d\n", i, i, i % 13);
	fclose(f);
	const char *cols[] = { "id", "v" };
	struct tally one = { 0 }, two[2] = { { 0 } };
	void *c1[1] = { &one }, *c2[2] = { &two[0], &two[1] };
	struct cs_err e;
	struct cs_input_found found;
	unsigned long n1, n2;
	assert_int_equal(cs_input_read(p, NULL, cols, 2, count_row, c1, 1, &n1, &found, &e), 0);
	assert_int_equal(found.delim, ';');
	assert_int_equal(cs_input_read(p, NULL, cols, 2, count_row, c2, 2, &n2, &found, &e), 0);
	assert_int_equal(n1, 200000);
	assert_int_equal(n2, n1);
	assert_int_equal(two[0].rows + two[1].rows, one.rows);
	assert_int_equal(two[0].sum + two[1].sum, one.sum);
	unlink(p);
}

/* ---- encodings ------------------------------------------------------------ */

static void expect_found(const char *path, const struct cs_input *in, const char *want, char delim,
			 const char *enc)
{
	struct seen s = { .text = "" };
	struct cs_err e;
	struct cs_input_found f;
	if (read2(path, in, "id", "v", &s, &f, &e))
		fail_msg("%s: %s", path, e.msg);
	assert_string_equal(s.text, want);
	assert_int_equal(f.delim, delim);
	assert_string_equal(f.encoding, enc);
}

static const char cyr[] = "id;v\r\n1;Алматы\r\n2;\"Шымкент\r\nҚала\"\r\n3;Ёлка №5\r\n";
static const char cyr_want[] = "2:1|Алматы;3:2|Шымкент\r\nҚала;5:3|Ёлка №5;";

/* UTF-8 with its mark, UTF-16 by its mark (Excel's "Unicode text" is a
 * UTF-16LE TSV with CRLF), and 8-bit encodings named by --encoding: the
 * same rows, the separator found in the converted header. */
static void test_encodings(void **state)
{
	(void)state;
	char *p = write_encoded(".csv", "\xEF\xBB\xBF", 3, cyr, "UTF-8");
	expect_found(p, NULL, cyr_want, ';', "utf-8");
	unlink(p);
	static const char tsv[] = "id\tv\r\n1\tАлматы\r\n2\t\"x\ty\"\r\n";
	p = write_encoded(".txt", "\xFF\xFE", 2, tsv, "UTF-16LE");
	expect_found(p, NULL, "2:1|Алматы;3:2|x\ty;", '\t', "utf-16le");
	struct cs_input u16 = { .encoding = "utf-16" }, u16le = { .encoding = "UTF16LE" };
	expect_found(p, &u16, "2:1|Алматы;3:2|x\ty;", '\t', "utf-16le");
	expect_found(p, &u16le, "2:1|Алматы;3:2|x\ty;", '\t', "utf-16le");
	unlink(p);
	p = write_encoded(".txt", "\xFE\xFF", 2, tsv, "UTF-16BE");
	expect_found(p, NULL, "2:1|Алматы;3:2|x\ty;", '\t', "utf-16be");
	unlink(p);
	/* UTF-16 without a mark, when named (its NUL bytes are no sign of a
	 * binary file then) */
	p = write_encoded(".txt", "", 0, tsv, "UTF-16LE");
	expect_found(p, &u16le, "2:1|Алматы;3:2|x\ty;", '\t', "utf-16le");
	assert_string_equal(message(p, &u16), ":1: the file has no byte-order mark to tell the byte order of "
			    "utf-16: say --encoding utf-16le or utf-16be");
	assert_string_equal(message(p, NULL), ": this looks like UTF-16 text without a byte-order mark: add "
			    "--encoding utf-16le");
	unlink(p);
	static const struct { const char *iconv, *name; } eight[] = {
		{ "CP1251", "windows-1251" }, { "KOI8-R", "koi8-r" }, { "ISO-8859-5", "iso-8859-5" },
	};
	for (size_t i = 0; i < sizeof eight / sizeof *eight; i++) {
		char one[] = "id;v\r\n1;Алматы\r\n2;\"Шымкент\r\nКала\"\r\n3;Елка\r\n";
		p = write_encoded(".csv", "", 0, one, eight[i].iconv);
		struct cs_input in = { .encoding = eight[i].name };
		expect_found(p, &in, "2:1|Алматы;3:2|Шымкент\r\nКала;5:3|Елка;", ';', eight[i].name);
		unlink(p);
	}
	/* Kazakh letters in KZ-1048 */
	p = write_encoded(".csv", "", 0, "id,v\n1,Қарағанды\n", "RK1048");
	struct cs_input kz = { .encoding = "kz-1048" };
	expect_found(p, &kz, "2:1|Қарағанды;", ',', "kz-1048");
	unlink(p);
}

/* Converted input keeps physical lines: a row callback's error, a value
 * that is not a character of the encoding, and a parse error name the
 * line the converter saw, with quoted line ends and lone CRs before. */
static void test_encoding_lines(void **state)
{
	(void)state;
	static const char text[] = "id;v\n1;\"два\nряда\"\r2;ok\r\n3;стоп\n";
	char *p = write_encoded(".csv", "", 0, text, "CP1251");
	struct cs_input in = { .encoding = "cp1251" };
	struct seen s = { .text = "", .fail_on = "3" };
	struct cs_err e;
	assert_int_equal(read2(p, &in, "id", "v", &s, NULL, &e), CS_EXIT_DATA);
	assert_string_equal(s.text, "2:1|два\nряда;4:2|ok;5:3|стоп;");
	char want[256];
	snprintf(want, sizeof want, "%s:5:2: stop", p);
	assert_string_equal(e.msg, want);
	unlink(p);
	/* 0x98 is no character in Windows-1251: the rows before it are read */
	static const char bad[] = "id;v\n1;\"a\nb\"\r2;x\x98y\n3;z\n";
	p = write_str(".csv", bad);
	struct seen s2 = { .text = "" };
	assert_int_equal(read2(p, &in, "id", "v", &s2, NULL, &e), CS_EXIT_DATA);
	assert_string_equal(s2.text, "2:1|a\nb;");
	snprintf(want, sizeof want, "%s:4: byte 0x98 at offset 16 is not a character in windows-1251: is the "
		 "file in another encoding?", p);
	assert_string_equal(e.msg, want);
	unlink(p);
	/* a parse error in converted text */
	p = write_encoded(".csv", "\xFF\xFE", 2, "id,v\r\n1,\"a\rb\"\r\n2,x\"y\r\n", "UTF-16LE");
	assert_string_equal(message(p, NULL), ":4: malformed quoting: a '\"' inside an unquoted field, or text "
			    "after a closing '\"' (write a quote inside a quoted field as \"\")");
	unlink(p);
	/* UTF-16 that ends inside a character, and an unpaired surrogate */
	p = write_file(".txt", "\xFF\xFEi\0d\0,\0v\0\n\0" "1\0,\0" "2\0\n\0" "3", 21);
	assert_string_equal(message(p, NULL), ":3: the file ends inside a character of utf-16le (offset 20)");
	unlink(p);
	p = write_file(".txt", "\xFF\xFEi\0d\0,\0v\0\n\0" "1\0,\0\x00\xD8\n\0", 20);
	assert_string_equal(message(p, NULL), ":2: bytes 0x00 0xD8 at offset 16 are not a character in utf-16le: is "
			    "the file in another encoding?");
	unlink(p);
}

/* The byte-order mark and --encoding must agree; without --encoding,
 * bytes that are not UTF-8 get the guess of what they are. */
static void test_encoding_errors(void **state)
{
	(void)state;
	char *p = write_encoded(".csv", "\xEF\xBB\xBF", 3, "id,v\n1,x\n", "UTF-8");
	struct cs_input cp = { .encoding = "windows-1251" }, be = { .encoding = "utf-16be" },
			u8 = { .encoding = "utf-8" }, nope = { .encoding = "ebcdic" };
	assert_string_equal(message(p, &cp), ": the file starts with the byte-order mark of utf-8, but --encoding "
			    "says windows-1251: leave --encoding out");
	assert_string_equal(message(p, &u8), "(no error)");
	unlink(p);
	p = write_encoded(".csv", "\xFF\xFE", 2, "id,v\n1,x\n", "UTF-16LE");
	assert_string_equal(message(p, &be), ": the file starts with the byte-order mark of utf-16le, but "
			    "--encoding says utf-16be: leave --encoding out");
	assert_string_equal(message(p, &u8), ": the file starts with the byte-order mark of utf-16le, but "
			    "--encoding says utf-8: leave --encoding out");
	struct seen s = { .text = "" };
	struct cs_err e;
	assert_int_equal(read2(p, &nope, "id", "v", &s, NULL, &e), CS_EXIT_USAGE);
	unlink(p);
	p = write_encoded(".csv", "", 0, "Регион;Итог\nАлматы;1\n", "CP1251");
	assert_string_equal(message(p, NULL), ":1:1: the header is not valid UTF-8; it reads as Cyrillic in "
			    "windows-1251: add --encoding windows-1251");
	assert_string_equal(message(p, &u8), ":1:1: the header is not valid UTF-8");
	unlink(p);
	p = write_encoded(".csv", "", 0, "id,v\n1,Шымкент\n", "KOI8-R");
	assert_string_equal(message(p, NULL), ":2:2: the value in column 'v' is not valid UTF-8; it reads as "
			    "Cyrillic in koi8-r: add --encoding koi8-r");
	unlink(p);
}

/* ---- what a file is ------------------------------------------------------- */

/* A file named as text that is not: what it is.  A workbook under another
 * name, or under its own, is read as one. */
static void test_not_text(void **state)
{
	(void)state;
	char *p = write_str(".csv", "%PDF-1.4\n1 0 obj\n");
	assert_string_equal(message(p, NULL), ": this is a PDF document, not CSV text");
	unlink(p);
	p = write_file(".csv", "PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22);
	assert_string_equal(message(p, NULL), ": this is a zip archive, not CSV text");
	unlink(p);
	p = write_file(".txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
	assert_string_equal(message(p, NULL), ": this is a binary file, not CSV text");
	unlink(p);
	p = tmp_path(".csv");
	book_write(p, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>");
	assert_string_equal(message(p, NULL), ": this is an Excel workbook (.xlsx), not CSV text: give it a name "
			    "ending in .xlsx to read it as a workbook, or save the sheet as CSV (UTF-8)");
	char other[80];
	snprintf(other, sizeof other, "%s.data", p);
	assert_int_equal(rename(p, other), 0);
	assert_string_equal(message(other, NULL), ": Sheet1, row 1: no column 'v' in the header; the columns are: 'id'");
	unlink(other);
	p = write_str(".xlsx", "id,v\n1,2\n");
	assert_string_equal(message(p, NULL), ": this is text, not a workbook (some programs save HTML or "
			    "tab-separated text under a spreadsheet's name): read it as CSV, or save it as .xlsx");
	unlink(p);
	/* the options that do not fit the file */
	p = write_str(".csv", "id,v\n1,2\n");
	struct cs_input sheet = { .sheet = "Data" };
	struct seen s = { .text = "" };
	struct cs_err e;
	assert_int_equal(read2(p, &sheet, "id", "v", &s, NULL, &e), CS_EXIT_USAGE);
	assert_non_null(strstr(e.msg, " is CSV text: --sheet is for workbooks (.xlsx, .ods, .xls)"));
	unlink(p);
	struct cs_input semi = { .delim = ';' };
	assert_int_equal(read2(SHEETS "/cases.xlsx", &semi, "id", "v", &s, NULL, &e), CS_EXIT_USAGE);
	assert_string_equal(e.msg, SHEETS "/cases.xlsx is a workbook: --delimiter and --encoding are for CSV files");
}

/* ---- workbooks ------------------------------------------------------------ */

/* A sheet as rows: the header's columns found as in CSV, short rows padded
 * with "", empty rows skipped, positions as sheet rows and columns. */
static void test_workbook_rows(void **state)
{
	(void)state;
	char *p = tmp_path(".xlsx");
	char xml[4096] = "<row r=\"1\">";
	book_text(xml, sizeof xml, "A1", "v");
	book_text(xml, sizeof xml, "B1", "name");
	book_text(xml, sizeof xml, "D1", "id");
	strcat(xml, "</row><row r=\"2\">");
	book_text(xml, sizeof xml, "A2", "a<&>b");
	strcat(xml, "<c r=\"D2\"><v>17</v></c></row><row r=\"3\"/><row r=\"5\"><c r=\"A5\"><v>2.5</v></c>"
		    "<c r=\"C5\" t=\"e\"><v>#N/A</v></c><c r=\"D5\"><v>18</v></c></row>"
		    "<row r=\"6\"><c r=\"D6\"><v>19</v></c></row>");
	book_write(p, xml);
	struct seen s = { .text = "" };
	struct cs_err e;
	struct cs_input_found f;
	assert_int_equal(read2(p, NULL, "id", "v", &s, &f, &e), 0);
	/* the error cell in C5 is in a column not read */
	assert_string_equal(s.text, "Sheet1!2:17|a<&>b;Sheet1!5:18|2.5;Sheet1!6:19|;");
	assert_string_equal(f.format, "xlsx");
	assert_string_equal(f.sheet, "Sheet1");
	assert_int_equal(f.delim, 0);
	assert_string_equal(f.encoding, "");
	/* the sheet's positions in messages: cs_err_cell names the cell */
	s = (struct seen){ .text = "", .fail_on = "18" };
	assert_int_equal(read2(p, NULL, "id", "v", &s, NULL, &e), CS_EXIT_DATA);
	char want[256];
	snprintf(want, sizeof want, "%s: Sheet1!A5: stop", p);
	assert_string_equal(e.msg, want);
	assert_string_equal(message(p, &(struct cs_input){ .sheet = "1" }), "(no error)");
	/* an error cell in a column that is read (C, whose name is empty) */
	struct seen s3 = { .text = "" };
	assert_int_equal(read2(p, NULL, "id", "", &s3, NULL, &e), CS_EXIT_DATA);
	snprintf(want, sizeof want, "%s: Sheet1!C5: the cell holds the error #N/A", p);
	assert_string_equal(e.msg, want);
	/* columns as the CSV reader finds them */
	struct seen s4 = { .text = "" };
	assert_int_equal(read2(p, NULL, "id", "Name", &s4, NULL, &e), CS_EXIT_DATA);
	snprintf(want, sizeof want, "%s: Sheet1, row 1: no column 'Name' in the header (did you mean 'name'?); the "
		 "columns are: 'v', 'name', '', 'id'", p);
	assert_string_equal(e.msg, want);
	/* another sheet, by name or number */
	struct cs_input other = { .sheet = "other" };
	struct seen s5 = { .text = "" };
	assert_int_equal(read2(p, &other, "k", "k", &s5, &f, &e), 0);
	assert_string_equal(s5.text, "Other!2:7|7;");
	assert_string_equal(f.sheet, "Other");
	unlink(p);

	/* a value right of the header, twice the same name, no header */
	p = tmp_path(".xlsx");
	xml[0] = '\0';
	strcat(xml, "<row r=\"1\">");
	book_text(xml, sizeof xml, "A1", "id");
	book_text(xml, sizeof xml, "B1", "v");
	strcat(xml, "</row><row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"E2\"><v>5</v></c></row>");
	book_write(p, xml);
	assert_string_equal(message(p, NULL), ": Sheet1!E2: a value right of the header's last column (B): give the "
			    "column a name in the header row, or clear the cell");
	unlink(p);
	p = tmp_path(".xlsx");
	xml[0] = '\0';
	strcat(xml, "<row r=\"3\">");
	book_text(xml, sizeof xml, "B3", "id");
	book_text(xml, sizeof xml, "C3", "v");
	book_text(xml, sizeof xml, "D3", "id");
	strcat(xml, "</row>");
	book_write(p, xml);
	assert_string_equal(message(p, NULL), ": Sheet1, row 3: column 'id' appears twice in the header (columns B and D)");
	unlink(p);
	p = tmp_path(".xlsx");
	book_write(p, "");
	assert_string_equal(message(p, NULL), ": Sheet1: the sheet is empty: no header row");
	unlink(p);
}

/* The same table as CSV and as a workbook gives the same values (lines
 * too, where no value spans lines). */
static void test_workbook_same_as_csv(void **state)
{
	(void)state;
	static const char *const words[] = { "Алматы", "Astana, city", "say \"hi\"", "", "  blanks  ",
					     "Қарағанды", "a;b", "x\ty" };
	size_t cap = 1 << 17;
	char *csv = calloc(1, cap), *xml = calloc(1, cap);
	strcpy(csv, "id,v\n");
	for (int r = 2; r <= 200; r++) {
		const char *w = words[r % 8];
		char q[64] = "", ref[16];
		if (strpbrk(w, ",\"")) {
			size_t k = 0;
			q[k++] = '"';
			for (const char *c = w; *c; c++) {
				if (*c == '"')
					q[k++] = '"';
				q[k++] = *c;
			}
			q[k++] = '"';
			q[k] = '\0';
		} else {
			snprintf(q, sizeof q, "%s", w);
		}
		snprintf(csv + strlen(csv), cap - strlen(csv), "%d,%s\n", r * 3, q);
		snprintf(xml + strlen(xml), cap - strlen(xml), "<row r=\"%d\"><c r=\"A%d\"><v>%d</v></c>", r, r, r * 3);
		snprintf(ref, sizeof ref, "B%d", r);
		if (*w)
			book_text(xml, cap, ref, w);
		strcat(xml, "</row>");
	}
	char head[256] = "<row r=\"1\">";
	book_text(head, sizeof head, "A1", "id");
	book_text(head, sizeof head, "B1", "v");
	strcat(head, "</row>");
	char *all = malloc(cap + 256);
	snprintf(all, cap + 256, "%s%s", head, xml);
	char *book = tmp_path(".xlsx");
	book_write(book, all);
	char *text = write_str(".csv", csv);
	struct seen a = { .text = "" }, b = { .text = "" };
	struct cs_err e;
	assert_int_equal(read2(text, NULL, "id", "v", &a, NULL, &e), 0);
	assert_int_equal(read2(book, NULL, "id", "v", &b, NULL, &e), 0);
	/* drop the "Sheet1!" before each row */
	char *w = b.text;
	for (const char *r = b.text; *r;) {
		if (strncmp(r, "Sheet1!", 7) == 0)
			r += 7;
		else
			*w++ = *r++;
	}
	*w = '\0';
	assert_string_equal(b.text, a.text);
	unlink(book);
	unlink(text);
	free(csv), free(xml), free(all);
}

/* The LibreOffice workbooks (tests/data/sheet): the same rows from the
 * .xlsx, .ods and .xls, the error cell K4 when its column is read (FreeXL
 * reads formula cells as empty). */
static void test_workbook_files(void **state)
{
	(void)state;
	static const char *const files[] = { SHEETS "/cases.xlsx", SHEETS "/cases.ods", SHEETS "/cases.xls" };
	for (int i = 0; i < 3; i++) {
		struct seen s = { .text = "" };
		struct cs_err e;
		struct cs_input_found f;
		assert_int_equal(read2(files[i], NULL, "Case ID", "Region", &s, &f, &e), 0);
		assert_string_equal(s.text, "Cases!2:1001|Алматы;Cases!4:1002|Қарағанды;");
		assert_string_equal(f.format, i == 0 ? "xlsx" : i == 1 ? "ods" : "xls");
		int rc = read2(files[i], NULL, "Case ID", "Check", &s, &f, &e);
		if (i < 2) {
			assert_int_equal(rc, CS_EXIT_DATA);
			char want[128];
			snprintf(want, sizeof want, "%s: Cases!K4: the cell holds the error #DIV/0!", files[i]);
			assert_string_equal(e.msg, want);
		} else {
			assert_int_equal(rc, 0);
		}
		struct cs_input lookup = { .sheet = "2" };
		struct seen s2 = { .text = "" };
		assert_int_equal(read2(files[i], &lookup, "Region", "Population", &s2, &f, &e), 0);
		assert_string_equal(s2.text, "Lookup!2:Алматы|2211198;");
		assert_string_equal(f.sheet, "Lookup");
	}
}

/* ---- every column --------------------------------------------------------- */

struct all {
	char text[2048];
};

static int all_header(void *ctx, const char *const *names, size_t n, unsigned long line, const char *sheet,
		      struct cs_err *err)
{
	(void)err;
	struct all *a = ctx;
	size_t k = strlen(a->text);
	k += (size_t)snprintf(a->text + k, sizeof a->text - k, "H%s%s%lu:", sheet ? sheet : "", sheet ? "!" : "", line);
	for (size_t i = 0; i < n; i++)
		k += (size_t)snprintf(a->text + k, sizeof a->text - k, "%s%s", i ? "|" : "", names[i]);
	snprintf(a->text + k, sizeof a->text - k, ";");
	return 0;
}

static int all_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	(void)err;
	struct all *a = ctx;
	size_t k = strlen(a->text);
	k += (size_t)snprintf(a->text + k, sizeof a->text - k, "%lu:", row->line);
	for (size_t i = 0; i < 3; i++)
		k += (size_t)snprintf(a->text + k, sizeof a->text - k, "%s%d=%s", i ? "|" : "", row->vfield[i],
				      row->value[i]);
	snprintf(a->text + k, sizeof a->text - k, ";");
	return 0;
}

/* cs_input_read_all: every column, in order, whatever the form. */
static void test_read_all(void **state)
{
	(void)state;
	char *p = write_encoded(".csv", "", 0, "a;b;a\n1;\"x;\ny\";\r3;;Ё\n", "CP1251");
	struct cs_input in = { .encoding = "windows-1251" };
	struct all a = { "" };
	struct cs_err e;
	struct cs_input_found f;
	unsigned long n = 0;
	assert_int_equal(cs_input_read_all(p, &in, all_header, all_row, &a, &n, &f, &e), 0);
	assert_string_equal(a.text, "H1:a|b|a;2:1=1|2=x;\ny|3=;4:1=3|2=|3=Ё;");
	assert_int_equal(n, 2);
	assert_int_equal(f.delim, ';');
	assert_string_equal(f.encoding, "windows-1251");
	unlink(p);
	p = tmp_path(".xlsx");
	char xml[1024] = "<row r=\"2\">";
	book_text(xml, sizeof xml, "A2", "a");
	book_text(xml, sizeof xml, "B2", "b");
	book_text(xml, sizeof xml, "C2", "c");
	strcat(xml, "</row><row r=\"4\"><c r=\"B4\"><v>5</v></c></row>");
	book_write(p, xml);
	struct all b = { "" };
	assert_int_equal(cs_input_read_all(p, NULL, all_header, all_row, &b, &n, &f, &e), 0);
	assert_string_equal(b.text, "HSheet1!2:a|b|c;4:1=|2=5|3=;");
	unlink(p);
}

/* ---- standard input ------------------------------------------------------- */

/* Run read2 on "-" with stdin from path. */
static int read_stdin(const char *path, const struct cs_input *in, const char *c1, const char *c2,
		      struct seen *s, struct cs_input_found *f, struct cs_err *e)
{
	int saved = dup(STDIN_FILENO), fd = open(path, O_RDONLY);
	assert_true(saved >= 0 && fd >= 0);
	dup2(fd, STDIN_FILENO);
	close(fd);
	int rc = read2("-", in, c1, c2, s, f, e);
	dup2(saved, STDIN_FILENO);
	close(saved);
	return rc;
}

/* Standard input is sniffed from its first bytes and still read whole: a
 * ';' CSV (also when threads are offered: standard input is read on one,
 * from where the sniffing left it), a workbook, a PDF; and UTF-16 from a
 * pipe that delivers a byte at a time. */
static void test_stdin(void **state)
{
	(void)state;
	char *p = write_str(".csv", "id;v\n1;x\n2;y\n");
	struct seen s = { .text = "" };
	struct cs_err e;
	struct cs_input_found f;
	assert_int_equal(read_stdin(p, NULL, "id", "v", &s, &f, &e), 0);
	assert_string_equal(s.text, "2:1|x;3:2|y;");
	assert_int_equal(f.delim, ';');
	unlink(p);
	p = tmp_path(".csv");
	FILE *big = fopen(p, "w");
	fputs("id;v\n", big);
	for (int i = 0; i < 400000; i++)
		fprintf(big, "%d;%d\n", i, i % 10);
	fclose(big);
	int saved = dup(STDIN_FILENO), fd = open(p, O_RDONLY);
	dup2(fd, STDIN_FILENO);
	close(fd);
	const char *cols[] = { "id", "v" };
	struct tally t[2] = { { 0 } };
	void *ctx[2] = { &t[0], &t[1] };
	unsigned long nrows = 0;
	assert_int_equal(cs_input_read("-", NULL, cols, 2, count_row, ctx, 2, &nrows, &f, &e), 0);
	dup2(saved, STDIN_FILENO);
	close(saved);
	assert_int_equal(nrows, 400000);
	assert_int_equal(t[0].rows, 400000);
	unlink(p);
	struct seen s2 = { .text = "" };
	assert_int_equal(read_stdin(SHEETS "/cases.xlsx", NULL, "Case ID", "Region", &s2, &f, &e), 0);
	assert_string_equal(s2.text, "Cases!2:1001|Алматы;Cases!4:1002|Қарағанды;");
	assert_string_equal(f.format, "xlsx");
	struct seen s3 = { .text = "" };
	assert_int_equal(read_stdin(SHEETS "/cases.xls", NULL, "Case ID", "Region", &s3, &f, &e), 0);
	assert_string_equal(s3.text, "Cases!2:1001|Алматы;Cases!4:1002|Қарағанды;");
	p = write_str(".csv", "%PDF-1.7\n");
	struct seen s4 = { .text = "" };
	assert_int_equal(read_stdin(p, NULL, "id", "v", &s4, &f, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "<stdin>: this is a PDF document, not CSV text");
	unlink(p);

	size_t n;
	char *u16 = encode("id\tv\r\n1\tАлматы\r\n2\t\"a\rb\"\r\n", "UTF-16LE", &n);
	int fds[2];
	assert_int_equal(pipe(fds), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		if (write(fds[1], "\xFF\xFE", 2) != 2)
			_exit(1);
		for (size_t i = 0; i < n; i++) {
			if (write(fds[1], u16 + i, 1) != 1)
				_exit(1);
			usleep(100);
		}
		_exit(0);
	}
	close(fds[1]);
	char path[32];
	snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
	struct seen s5 = { .text = "" };
	assert_int_equal(read2(path, NULL, "id", "v", &s5, &f, &e), 0);
	close(fds[0]);
	waitpid(pid, NULL, 0);
	assert_string_equal(s5.text, "2:1|Алматы;3:2|a\rb;");
	assert_string_equal(f.encoding, "utf-16le");
	assert_int_equal(f.delim, '\t');
	free(u16);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_separator_auto),
		cmocka_unit_test(test_separator_parallel),
		cmocka_unit_test(test_encodings),
		cmocka_unit_test(test_encoding_lines),
		cmocka_unit_test(test_encoding_errors),
		cmocka_unit_test(test_not_text),
		cmocka_unit_test(test_workbook_rows),
		cmocka_unit_test(test_workbook_same_as_csv),
		cmocka_unit_test(test_workbook_files),
		cmocka_unit_test(test_read_all),
		cmocka_unit_test(test_stdin),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
