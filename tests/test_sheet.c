/* test_sheet.c - tests of cli/io/sheet*.c and zipxml.c: spreadsheets read
 * as a stream of rows.  The .xlsx and .ods files are built here with libzip
 * from XML written below, so that each feature has a file of its own;
 * tests/data/sheet has the same small workbook made by LibreOffice as
 * .xlsx, .ods and .xls (README there). */
#include "test_util.h"
#include "cli/io/sheet.h"
#include "cli/io/sheet_impl.h"

#include <locale.h>
#include <unistd.h>
#include <zip.h>

#define DATA_DIR "tests/data/sheet"

/* ---- building archives ---------------------------------------------------- */

struct part {
	const char *name;
	const char *data;
	size_t len;          /* 0: strlen(data) */
	int store;           /* stored, not deflated */
};

/* Write the parts as a zip to a new temporary file; returns its path
 * (static: one at a time). */
static const char *zip_file(const struct part *p, size_t n)
{
	static char path[64];
	strcpy(path, "/tmp/cs_test_sheet.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	int err = 0;
	zip_t *z = zip_open(path, ZIP_TRUNCATE, &err);
	assert_non_null(z);
	for (size_t i = 0; i < n; i++) {
		size_t len = p[i].len ? p[i].len : strlen(p[i].data);
		zip_source_t *src = zip_source_buffer(z, p[i].data, len, 0);
		assert_non_null(src);
		zip_int64_t idx = zip_file_add(z, p[i].name, src, ZIP_FL_ENC_UTF_8);
		assert_true(idx >= 0);
		if (p[i].store)
			assert_int_equal(zip_set_file_compression(z, (zip_uint64_t)idx, ZIP_CM_STORE, 0), 0);
	}
	assert_int_equal(zip_close(z), 0);
	return path;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *b = malloc((size_t)n + 1);
	assert_non_null(b);
	assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return b;
}

static const char *tmp_file(const void *data, size_t len)
{
	static char path[64];
	strcpy(path, "/tmp/cs_test_sheet.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	close(fd);
	return path;
}

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
	   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define RELNS "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\""
#define RELTYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char content_types[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	"<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
	"officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
static const char root_rels[] =
	"<Relationships " RELNS "><Relationship Id=\"rId1\" Type=\"" RELTYPE "officeDocument\" "
	"Target=\"xl/workbook.xml\"/></Relationships>";
static const char one_sheet_wb[] =
	"<workbook " NS "><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char wb_rels[] =
	"<Relationships " RELNS ">"
	"<Relationship Id=\"rId1\" Type=\"" RELTYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
	"<Relationship Id=\"rId2\" Type=\"" RELTYPE "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
	"<Relationship Id=\"rId3\" Type=\"" RELTYPE "styles\" Target=\"styles.xml\"/>"
	"<Relationship Id=\"rId4\" Type=\"" RELTYPE "sharedStrings\" Target=\"./sharedStrings.xml\"/>"
	"</Relationships>";

/* An .xlsx of one sheet (workbook NULL: Sheet1 = sheet1.xml); sst and
 * styles may be NULL. */
static const char *xlsx_full(const char *workbook, const char *sheet1, const char *sheet2,
			     const char *sst, const char *styles)
{
	struct part p[8] = {
		{ "[Content_Types].xml", content_types }, { "_rels/.rels", root_rels },
		{ "xl/workbook.xml", workbook ? workbook : one_sheet_wb },
		{ "xl/_rels/workbook.xml.rels", wb_rels }, { "xl/worksheets/sheet1.xml", sheet1 },
	};
	size_t n = 5;
	if (sheet2)
		p[n++] = (struct part){ "xl/worksheets/sheet2.xml", sheet2 };
	if (sst)
		p[n++] = (struct part){ "xl/sharedStrings.xml", sst };
	if (styles)
		p[n++] = (struct part){ "xl/styles.xml", styles };
	return zip_file(p, n);
}

static const char *xlsx(const char *sheet_data, const char *sst, const char *styles)
{
	static char sheet[1 << 16];
	snprintf(sheet, sizeof sheet, "<worksheet " NS "><sheetData>%s</sheetData></worksheet>", sheet_data);
	return xlsx_full(NULL, sheet, NULL, sst, styles);
}

#define ODSNS "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
	"xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
	"xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
	"xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" " \
	"xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""

/* An .ods whose spreadsheet holds `tables` (table:table elements). */
static const char *ods(const char *tables)
{
	static char content[1 << 16];
	snprintf(content, sizeof content,
		 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " ODSNS ">"
		 "<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>"
		 "</office:document-content>", tables);
	struct part p[] = {
		{ "mimetype", "application/vnd.oasis.opendocument.spreadsheet", 0, 1 },
		{ "content.xml", content },
		{ "META-INF/manifest.xml", "<manifest/>" },
	};
	return zip_file(p, 3);
}

/* ---- reading -------------------------------------------------------------- */

struct seen {
	int rows;
	char text[8192];          /* "row:v|v|v;" per row */
	char kinds[1024];         /* kind digits per row, ';' after each */
	char sheet[64];           /* the sheet's name as the rows give it */
	int stop_at;
};

static int collect(void *ctx, const struct cs_sheet_row *r, struct cs_err *err)
{
	struct seen *s = ctx;
	if (s->rows++ == 0)
		snprintf(s->sheet, sizeof s->sheet, "%s", r->sheet);
	else
		assert_string_equal(s->sheet, r->sheet);
	size_t n = strlen(s->text), k = strlen(s->kinds);
	assert_true(r->n >= 1);
	assert_true(r->len[r->n - 1] > 0);
	n += (size_t)snprintf(s->text + n, sizeof s->text - n, "%lu:", r->row);
	for (size_t i = 0; i < r->n; i++) {
		assert_int_equal(strlen(r->value[i]), r->len[i]);
		assert_int_equal(r->len[i] == 0, r->kind[i] == CS_SHEET_EMPTY);
		n += (size_t)snprintf(s->text + n, sizeof s->text - n, "%s%s", i ? "|" : "", r->value[i]);
		if (k + 2 < sizeof s->kinds)
			s->kinds[k++] = (char)('0' + r->kind[i]);
	}
	snprintf(s->text + n, sizeof s->text - n, ";");
	if (k + 1 < sizeof s->kinds)
		s->kinds[k++] = ';';
	s->kinds[k] = '\0';
	if (s->stop_at == s->rows)
		return cs_sheet_err_at(err, CS_EXIT_DATA, "f.xlsx", r->sheet, r->row, 1, "stop");
	return 0;
}

static int read_opts(const char *path, const struct cs_sheet_opts *o, struct seen *s, struct cs_err *e,
		     char **name)
{
	memset(s, 0, sizeof *s);
	memset(e, 0, sizeof *e);
	int rc = cs_sheet_read(path, o, collect, s, name, e);
	if (rc)
		assert_int_equal(e->code, rc);
	return rc;
}

static int read_named(const char *path, const char *sheet, struct seen *s, struct cs_err *e)
{
	struct cs_sheet_opts o = { .sheet = sheet, .name = "f.xlsx" };
	char *name = NULL;
	int rc = read_opts(path, &o, s, e, &name);
	free(name);
	unlink(path);
	return rc;
}

static int read_path(const char *path, struct seen *s, struct cs_err *e)
{
	return read_named(path, NULL, s, e);
}

/* ---- numbers, dates, times ------------------------------------------------ */

static void check_num(double v, const char *want)
{
	char buf[CS_NUM_TEXT];
	size_t n = cs_num_text(v, buf);
	if (strcmp(buf, want) != 0)
		print_error("cs_num_text(%.17g) = \"%s\", expected \"%s\"\n", v, buf, want);
	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void numbers(void)
{
	check_num(85333.99000000001, "85333.99");
	check_num(0.1 + 0.2, "0.3");
	check_num(1e20, "100000000000000000000");
	check_num(1e21, "1e+21");
	check_num(1.5e25, "1.5e+25");
	check_num(-2.5, "-2.5");
	check_num(-0.0, "0");
	check_num(0.0001, "0.0001");
	check_num(1e-10, "0.0000000001");
	check_num(1.25e-11, "1.25e-11");
	check_num(123456789012345678.0, "123456789012346000");
	check_num(1.0 / 3, "0.333333333333333");
	check_num(2.0 / 3, "0.666666666666667");
	check_num(1001, "1001");
	check_num(-123, "-123");
	check_num(999999999999999.0, "999999999999999");
	check_num(1e15, "1000000000000000");
	check_num(-4503599627370497.0, "-4503599627370500");
	check_num(45116, "45116");
	check_num(0.30000000000000004 * 1000, "300");
	check_num(999999999999999.9, "1000000000000000");
	check_num(NAN, "");
	check_num(INFINITY, "");
}

static void test_numbers(void **state)
{
	(void)state;
	numbers();
	/* a comma-decimal locale changes nothing (LOCPATH from make check) */
	const char *locs[] = { "ru_RU.UTF-8", "kk_KZ.UTF-8" };
	for (int i = 0; i < 2; i++) {
		if (!setlocale(LC_ALL, locs[i]))
			continue;
		numbers();
		setlocale(LC_ALL, "C");
	}
}

static void test_number_formats(void **state)
{
	(void)state;
	struct { const char *code; int kind; } c[] = {
		{ "dd/mm/yyyy", CS_FMT_DATE }, { "yyyy\\-mm\\-dd", CS_FMT_DATE }, { "DD.MM.YYYY", CS_FMT_DATE },
		{ "[$-419]dd.mm.yyyy", CS_FMT_DATE }, { "dd.mm.yyyy hh:mm", CS_FMT_DATE }, { "mmm-yy", CS_FMT_DATE },
		{ "mm", CS_FMT_DATE }, { "d", CS_FMT_DATE },
		{ "h:mm", CS_FMT_TIME }, { "mm:ss", CS_FMT_TIME }, { "hh:mm:ss AM/PM", CS_FMT_TIME },
		{ "[h]:mm:ss", CS_FMT_ELAPSED }, { "[mm]:ss", CS_FMT_ELAPSED },
		{ "General", CS_FMT_NUMBER }, { "0.00E+00", CS_FMT_NUMBER }, { "0.00e-00", CS_FMT_NUMBER },
		{ "\"day\"0", CS_FMT_NUMBER }, { "[Red]0.00;[Blue]-0.00", CS_FMT_NUMBER }, { "0%", CS_FMT_NUMBER },
		{ "#,##0\\ \"тг\"", CS_FMT_NUMBER }, { "\"TRUE\";\"TRUE\";\"FALSE\"", CS_FMT_NUMBER },
		{ "@", CS_FMT_NUMBER }, { "_-* #,##0_-", CS_FMT_NUMBER }, { "[", CS_FMT_NUMBER }, { "\"", CS_FMT_NUMBER },
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		if ((int)cs_numfmt_code(c[i].code) != c[i].kind)
			print_error("format %s\n", c[i].code);
		assert_int_equal(cs_numfmt_code(c[i].code), c[i].kind);
	}
	assert_int_equal(cs_numfmt_builtin(14), CS_FMT_DATE);
	assert_int_equal(cs_numfmt_builtin(22), CS_FMT_DATE);
	assert_int_equal(cs_numfmt_builtin(20), CS_FMT_TIME);
	assert_int_equal(cs_numfmt_builtin(46), CS_FMT_ELAPSED);
	assert_int_equal(cs_numfmt_builtin(0), CS_FMT_NUMBER);
	assert_int_equal(cs_numfmt_builtin(10), CS_FMT_NUMBER);
	assert_int_equal(cs_numfmt_builtin(164), -1);
}

static void check_date(double serial, int d1904, const char *want)
{
	char buf[16];
	size_t n = cs_serial_date(serial, d1904, buf);
	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void test_serial_dates_and_times(void **state)
{
	(void)state;
	check_date(1, 0, "1900-01-01");
	check_date(59, 0, "1900-02-28");
	check_date(60, 0, "1900-02-29");      /* Excel's fictitious day */
	check_date(61, 0, "1900-03-01");
	check_date(0, 0, "1900-01-00");
	check_date(45116, 0, "2023-07-09");
	check_date(45117.5625, 0, "2023-07-10");
	check_date(45116.99999999999, 0, "2023-07-10");   /* float noise for the next day */
	check_date(45116.9999, 0, "2023-07-09");
	check_date(2958465, 0, "9999-12-31");
	check_date(2958466, 0, "");
	check_date(-1, 0, "");
	check_date(NAN, 0, "");
	check_date(0, 1, "1904-01-01");
	check_date(43654, 1, "2023-07-09");
	check_date(2957003, 1, "9999-12-31");
	char b[32];
	cs_serial_time(0.5625, 0, b, sizeof b);
	assert_string_equal(b, "13:30:00");
	cs_serial_time(45117.5625, 0, b, sizeof b);
	assert_string_equal(b, "13:30:00");
	cs_serial_time(1.5, 1, b, sizeof b);
	assert_string_equal(b, "36:00:00");
	cs_serial_time(0.999999999, 0, b, sizeof b);
	assert_string_equal(b, "00:00:00");
	assert_int_equal(cs_serial_time(-0.5, 0, b, sizeof b), 0);
	assert_int_equal(cs_odf_time("PT13H30M00S", b, sizeof b), 8);
	assert_string_equal(b, "13:30:00");
	cs_odf_time("P1DT2H", b, sizeof b);
	assert_string_equal(b, "26:00:00");
	cs_odf_time("PT00H00M00.6S", b, sizeof b);
	assert_string_equal(b, "00:00:01");
	assert_int_equal(cs_odf_time("13:30", b, sizeof b), 0);
	assert_int_equal(cs_odf_time("PT1X", b, sizeof b), 0);
	assert_int_equal(cs_odf_date("2023-07-09T13:30:00", b), 10);
	assert_string_equal(b, "2023-07-09");
	assert_int_equal(cs_odf_date("2023-7-9", b), 0);
	assert_int_equal(cs_odf_date("2023-07-09x", b), 0);
}

static void test_cellref(void **state)
{
	(void)state;
	char b[32];
	cs_sheet_cellref(b, sizeof b, 1, 0);
	assert_string_equal(b, "A1");
	cs_sheet_cellref(b, sizeof b, 17, 3);
	assert_string_equal(b, "D17");
	cs_sheet_cellref(b, sizeof b, 2, 25);
	assert_string_equal(b, "Z2");
	cs_sheet_cellref(b, sizeof b, 2, 26);
	assert_string_equal(b, "AA2");
	cs_sheet_cellref(b, sizeof b, 1048576, 16383);
	assert_string_equal(b, "XFD1048576");
	struct cs_err e = { 0 };
	cs_sheet_err_at(&e, 1, "a.xlsx", "My sheet", 17, 3, "bad %s", "x");
	assert_string_equal(e.msg, "a.xlsx: 'My sheet'!D17: bad x");
	cs_sheet_err_at(&e, 1, "a.xlsx", "It's", 2, (size_t)-1, "bad");
	assert_string_equal(e.msg, "a.xlsx: 'It''s', row 2: bad");
	cs_sheet_err_at(&e, 1, "a.xlsx", "Лист1", 0, 0, "bad");
	assert_string_equal(e.msg, "a.xlsx: Лист1: bad");
	cs_sheet_err_at(&e, 1, "a.xlsx", "2023", 1, 0, "bad");
	assert_string_equal(e.msg, "a.xlsx: '2023'!A1: bad");
	cs_sheet_err_at(&e, 1, "a.xlsx", "a\nb", 1, 0, "bad");
	assert_string_equal(e.msg, "a.xlsx: 'a\\nb'!A1: bad");
}

/* ---- .xlsx ---------------------------------------------------------------- */

static const char sst_xml[] =
	"<sst " NS " count=\"5\" uniqueCount=\"5\">"
	"<si><t>Name</t></si>"
	"<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Case </t></r><r><t>ID</t></r></si>"   /* rich runs */
	"<si><t>Алматы</t><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh><phoneticPr fontId=\"1\"/></si>"
	"<si><t xml:space=\"preserve\"> two_x000D_\nlines_x005F_x0041_ </t></si>"
	"<si><t/></si>"
	"</sst>";

static const char styles_xml[] =
	"<styleSheet " NS "><numFmts count=\"2\">"
	"<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"0.00%\"/>"
	"</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
	"<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
	"<xf numFmtId=\"165\"/><xf numFmtId=\"20\"/><xf numFmtId=\"46\"/></cellXfs></styleSheet>";

static void test_xlsx_cells(void **state)
{
	(void)state;
	struct seen s;
	struct cs_err e;
	const char *path = xlsx(
		"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
		"<c r=\"C1\" t=\"inlineStr\"><is><r><t>In</t></r><r><t>line</t></r></is></c>"
		"<c r=\"D1\" t=\"s\"><v>2</v></c></row>"
		"<row r=\"2\"><c r=\"A2\"><v>85333.99000000001</v></c><c r=\"B2\" t=\"n\"><v>1E+20</v></c>"
		"<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"b\"><v>0</v></c>"
		"<c r=\"F2\" t=\"str\"><f>A1&amp;\"x\"</f><v>Casex</v></c>"
		"<c r=\"G2\"><f>0.1+0.2</f><v>0.30000000000000004</v></c><c r=\"H2\"><f>NOW()</f></c>"
		"<c r=\"I2\" s=\"3\"/></row>"
		"<row r=\"3\"/><row r=\"4\"><c r=\"B4\" s=\"2\"/></row>"
		"<row r=\"5\"><c r=\"A5\" s=\"1\"><v>45116</v></c><c r=\"B5\" s=\"2\"><v>45117.5625</v></c>"
		"<c r=\"C5\" s=\"3\"><v>0.25</v></c><c r=\"D5\" s=\"4\"><v>0.5625</v></c><c r=\"E5\" s=\"5\"><v>1.5</v></c>"
		"<c r=\"F5\" s=\"1\"><v>60</v></c><c r=\"G5\" s=\"99\"><v>7</v></c><c r=\"H5\" t=\"d\"><v>2023-07-09T10:00:00</v></c></row>"
		"<row><c t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c><c><v>-1.5</v></c></row>",
		sst_xml, styles_xml);
	assert_int_equal(read_path(path, &s, &e), 0);
	assert_string_equal(s.text,
		"1:Case ID|Name|Inline|Алматы;"
		"2:85333.99|100000000000000000000||TRUE|FALSE|Casex|0.3;"
		"5:2023-07-09|2023-07-10|0.25|13:30:00|36:00:00|1900-02-29|7|2023-07-09;"
		"6: two\r\nlines_x0041_ ||-1.5;");
	assert_string_equal(s.kinds, "1111;2205512;33244323;102;");
}

static void test_xlsx_errors_and_positions(void **state)
{
	(void)state;
	struct seen s;
	struct cs_err e;
	const char *rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
			   "<row r=\"17\"><c r=\"A17\"><v>1</v></c><c r=\"D17\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>";
	assert_int_equal(read_path(xlsx(rows, NULL, NULL), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: Sheet1!D17: the cell holds the error #DIV/0!");
	assert_string_equal(s.text, "1:a;");
	/* kept when the caller asks */
	struct cs_sheet_opts o = { .keep_errors = 1 };
	const char *path = xlsx(rows, NULL, NULL);
	assert_int_equal(read_opts(path, &o, &s, &e, NULL), 0);
	unlink(path);
	assert_string_equal(s.text, "1:a;17:1|||#DIV/0!;");
	assert_string_equal(s.kinds, "1;2006;");

	/* damaged sheets: each message names the file, sheet and place */
	struct { const char *rows, *msg; } bad[] = {
		{ "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"A2\"><v>2</v></c></row>",
		  "f.xlsx: Sheet1, row 2: cell A2 comes after B2: the sheet is damaged" },
		{ "<row r=\"5\"><c><v>1</v></c></row><row r=\"3\"><c><v>1</v></c></row>",
		  "f.xlsx: Sheet1, row 3: the row comes after row 5: the sheet is damaged" },
		{ "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>",
		  "f.xlsx: Sheet1, row 1: the cell reference 'XFE1' is not valid: the sheet is damaged" },
		{ "<row r=\"0\"/>", "f.xlsx: Sheet1: the row number '0' is not valid: the sheet is damaged" },
		{ "<row r=\"16777217\"/>",
		  "f.xlsx: Sheet1: the row number '16777217' is not valid: the sheet is damaged" },
		{ "<row><c t=\"s\"><v>0</v></c></row>",
		  "f.xlsx: Sheet1!A1: the cell refers to shared string '0', but there are 0: the file is damaged" },
		{ "<row><c><v>1,5</v></c></row>", "f.xlsx: Sheet1!A1: the number '1,5' does not read: the sheet is damaged" },
		{ "<row><c t=\"b\"><v>2</v></c></row>",
		  "f.xlsx: Sheet1!A1: the boolean '2' is neither 0 nor 1: the sheet is damaged" },
		{ "<row><c t=\"x\"><v>2</v></c></row>",
		  "f.xlsx: Sheet1!A1: the cell has the unknown type 'x': the sheet is damaged" },
		{ "<row><c s=\"1\"><v>-3</v></c></row>",
		  "f.xlsx: Sheet1!A1: the date's number -3 is outside the dates a sheet can show (1900-01-00 to 9999-12-31)" },
		{ "<row><c>", "f.xlsx: xl/worksheets/sheet1.xml, line 1, column 177: mismatched tag: the file is damaged" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(read_path(xlsx(bad[i].rows, NULL, styles_xml), &s, &e), CS_EXIT_DATA);
		assert_string_equal(e.msg, bad[i].msg);
	}
	/* 16,384 columns, no more */
	static char sheet[16385 * 24 + 512];
	char *w = sheet + sprintf(sheet, "<worksheet " NS "><sheetData><row>");
	for (int i = 0; i < 16385; i++)
		w += sprintf(w, "<c><v>1</v></c>");
	strcpy(w, "</row></sheetData></worksheet>");
	assert_int_equal(read_path(xlsx_full(NULL, sheet, NULL, NULL, NULL), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: Sheet1, row 1: a cell in column 16385, past the last column a sheet "
				   "may have (XFD1)");
	/* the callback's error stops the read */
	memset(&s, 0, sizeof s);
	s.stop_at = 1;
	path = xlsx("<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\"><v>2</v></c></row><row r=\"4\"><c><v>1</v></c></row>",
		    NULL, NULL);
	memset(&e, 0, sizeof e);
	assert_int_equal(cs_sheet_read(path, NULL, collect, &s, NULL, &e), CS_EXIT_DATA);
	unlink(path);
	assert_string_equal(e.msg, "f.xlsx: Sheet1!B3: stop");
	assert_int_equal(s.rows, 1);
}

static void test_xlsx_1904_and_odd_xml(void **state)
{
	(void)state;
	struct seen s;
	struct cs_err e;
	static const char wb1904[] =
		"<workbook " NS "><workbookPr date1904=\"1\"/><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
		"</sheets></workbook>";
	static const char sheet[] = "<worksheet " NS "><sheetData><row><c s=\"1\"><v>43654</v></c></row>"
				    "</sheetData></worksheet>";
	assert_int_equal(read_path(xlsx_full(wb1904, sheet, NULL, NULL, styles_xml), &s, &e), 0);
	assert_string_equal(s.text, "1:2023-07-09;");
	/* a byte-order mark, CRLF, comments, processing instructions, CDATA,
	 * character references, a prefixed Strict namespace */
	static const char odd[] =
		"\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
		"<!-- made by hand --><?pi data?>\r\n"
		"<x:worksheet xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\">\r\n"
		"<x:sheetData>\r\n<x:row x:r=\"1\" r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t><![CDATA[a<b]]>&#1178;&amp;</x:t>"
		"</x:is></x:c></x:row></x:sheetData><x:mergeCells/></x:worksheet>\r\n";
	assert_int_equal(read_path(xlsx_full(NULL, odd, NULL, NULL, NULL), &s, &e), 0);
	assert_string_equal(s.text, "2:|a<bҚ&;");
	/* parts found through the relationships, not by name; workbook order */
	static const char wb[] =
		"<workbook " NS "><sheets><sheet name=\"Data\" sheetId=\"7\" r:id=\"rId2\"/>"
		"<sheet name=\"Other sheet\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
	static const char s1[] = "<worksheet " NS "><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>";
	static const char s2[] = "<worksheet " NS "><sheetData><row><c><v>2</v></c></row></sheetData></worksheet>";
	const char *want[][2] = { { NULL, "1:2;" }, { "Other sheet", "1:1;" }, { "2", "1:1;" },
				  { "1", "1:2;" }, { "other SHEET", "1:1;" }, { "data", "1:2;" } };
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		assert_int_equal(read_named(xlsx_full(wb, s1, s2, NULL, NULL), want[i][0], &s, &e), 0);
		assert_string_equal(s.text, want[i][1]);
	}
	assert_int_equal(read_named(xlsx_full(wb, s1, s2, NULL, NULL), "Missing", &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: no sheet 'Missing'; the sheets are: 'Data', 'Other sheet'");
	assert_int_equal(read_named(xlsx_full(wb, s1, s2, NULL, NULL), "3", &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: no sheet 3: the workbook has 2 sheets: 'Data', 'Other sheet'");
	/* the sheet's name comes back */
	char *name = NULL;
	const char *path = xlsx_full(wb, s1, s2, NULL, NULL);
	assert_int_equal(read_opts(path, NULL, &s, &e, &name), 0);
	unlink(path);
	assert_string_equal(name, "Data");
	free(name);
}

/* ---- .ods ------------------------------------------------------------------- */

static void test_ods_cells(void **state)
{
	(void)state;
	struct seen s;
	struct cs_err e;
	const char *path = ods(
		"<table:table table:name=\"Cases\"><table:table-column table:number-columns-repeated=\"3\"/>"
		"<table:table-header-rows><table:table-row>"
		"<table:table-cell office:value-type=\"string\"><text:p>Case <text:span>ID</text:span></text:p></table:table-cell>"
		"<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d</text:p>"
		"<text:p>second</text:p></table:table-cell>"
		"<table:table-cell office:value-type=\"string\" office:string-value=\"shown\"><text:p>other</text:p></table:table-cell>"
		"</table:table-row></table:table-header-rows>"
		"<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"3\"/></table:table-row>"
		"<table:table-row-group><table:table-row>"
		"<table:table-cell office:value-type=\"float\" office:value=\"85333.99000000001\"><text:p>85 333,99</text:p></table:table-cell>"
		"<table:table-cell office:value-type=\"percentage\" office:value=\"0.25\"><text:p>25%</text:p></table:table-cell>"
		"<table:table-cell office:value-type=\"currency\" office:currency=\"KZT\" office:value=\"1500\"><text:p>1 500 ₸</text:p></table:table-cell>"
		"<table:table-cell office:value-type=\"date\" office:date-value=\"2023-07-09T13:30:00\"><text:p>09.07.2023</text:p></table:table-cell>"
		"<table:table-cell office:value-type=\"time\" office:time-value=\"PT13H30M00S\"/>"
		"<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"><text:p>FALSE</text:p></table:table-cell>"
		"<table:table-cell><office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>"
		"<table:table-cell office:value-type=\"string\"><text:p>x<draw:frame><draw:text-box><text:p>pic</text:p></draw:text-box></draw:frame></text:p></table:table-cell>"
		"</table:table-row></table:table-row-group>"
		"<table:table-row table:number-rows-repeated=\"2\">"
		"<table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"2\"><text:p>r</text:p></table:table-cell>"
		"<table:table-cell table:number-columns-repeated=\"2\"/>"
		"<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"float\" office:value=\"1\"/>"
		"<table:covered-table-cell office:value-type=\"string\"><text:p>hidden</text:p></table:covered-table-cell>"
		"<table:table-cell office:value-type=\"float\" office:value=\"2\"/>"
		"<table:table-cell table:number-columns-repeated=\"16000\"/></table:table-row>"
		"<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
		"<table:table-row><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
		"</table:table>"
		"<table:table table:name=\"Second\"><table:table-row><table:table-cell office:value-type=\"string\"><text:p>2nd</text:p></table:table-cell></table:table-row></table:table>");
	assert_int_equal(read_path(path, &s, &e), 0);
	assert_string_equal(s.text,
		"1:Case ID|a   b\tc\nd\nsecond|shown;"
		"4:85333.99|0.25|1500|2023-07-09|13:30:00|FALSE||x;"
		"5:r|r|||1||2;6:r|r|||1||2;");
	assert_string_equal(s.kinds, "111;22234501;1100202;1100202;");
}

static void test_ods_sheets_errors_limits(void **state)
{
	(void)state;
	struct seen s;
	struct cs_err e;
	const char *two =
		"<table:table table:name=\"Data\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row></table:table>"
		"<table:table table:name=\"2\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"2\"/></table:table-row></table:table>"
		"<table:table table:name=\"Лист 3\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"3\"/></table:table-row></table:table>";
	const char *want[][2] = { { NULL, "1:1;" }, { "2", "1:2;" }, { "3", "1:3;" }, { "Лист 3", "1:3;" },
				  { "data", "1:1;" }, { "1", "1:1;" } };
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		assert_int_equal(read_named(ods(two), want[i][0], &s, &e), 0);
		assert_string_equal(s.text, want[i][1]);
	}
	assert_int_equal(read_named(ods(two), "Nope", &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: no sheet 'Nope'; the sheets are: 'Data', '2', 'Лист 3'");
	assert_int_equal(read_named(ods(""), NULL, &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: the workbook has no sheet");

	/* error cells: LibreOffice's mark, and the text of a formula */
	const char *errs =
		"<table:table table:name=\"My sheet\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/>"
		"<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"string\" office:string-value=\"\" "
		"calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
		"<table:table-cell table:formula=\"of:=NA()\" office:value-type=\"float\" office:value=\"0\"><text:p>#N/A</text:p></table:table-cell>"
		"</table:table-row></table:table>";
	assert_int_equal(read_path(ods(errs), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: 'My sheet'!B1: the cell holds the error #DIV/0!");
	struct cs_sheet_opts o = { .keep_errors = 1 };
	const char *path = ods(errs);
	assert_int_equal(read_opts(path, &o, &s, &e, NULL), 0);
	unlink(path);
	assert_string_equal(s.text, "1:1|#DIV/0!|#N/A;");
	assert_string_equal(s.kinds, "266;");

	/* copies of non-empty rows and cells count against the repeat limit */
	const char *rep = "<table:table table:name=\"T\"><table:table-row table:number-rows-repeated=\"3\">"
			  "<table:table-cell office:value-type=\"float\" office:value=\"1\" table:number-columns-repeated=\"2\"/>"
			  "</table:table-row></table:table>";
	assert_int_equal(read_path(ods(rep), &s, &e), 0);
	assert_string_equal(s.text, "1:1|1;2:1|1;3:1|1;");
	o = (struct cs_sheet_opts){ .max_repeat = 4 };
	path = ods(rep);
	assert_int_equal(read_opts(path, &o, &s, &e, NULL), CS_EXIT_DATA);
	unlink(path);
	assert_non_null(strstr(e.msg, "T, row 1: repeated rows make more than 4 cells (the limit)"));
	const char *huge = "<table:table table:name=\"T\"><table:table-row table:number-rows-repeated=\"20000000\">"
			   "<table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row></table:table>";
	assert_int_equal(read_path(ods(huge), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: T, row 16777216: a row past the last row a sheet may have (16777216)");
	const char *wide = "<table:table table:name=\"T\"><table:table-row>"
			   "<table:table-cell table:number-columns-repeated=\"16384\"/>"
			   "<table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row></table:table>";
	assert_int_equal(read_path(ods(wide), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: T, row 1: a cell in column 16385, past the last column a sheet may have (XFD1)");
	/* a value attribute too long to be a number is not cut to one */
	char longv[400];
	snprintf(longv, sizeof longv, "<table:table table:name=\"T\"><table:table-row><table:table-cell "
		 "office:value-type=\"float\" office:value=\"1%0150d\"/></table:table-row></table:table>", 0);
	assert_int_equal(read_path(ods(longv), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: T!A1: the cell's value is too long to be a number: the sheet is damaged");
	/* the row's text has a limit */
	o = (struct cs_sheet_opts){ .max_row_text = 8, .name = "f.ods" };
	path = ods("<table:table table:name=\"T\"><table:table-row><table:table-cell office:value-type=\"string\">"
		   "<text:p>0123456789</text:p></table:table-cell></table:table-row></table:table>");
	assert_int_equal(read_opts(path, &o, &s, &e, NULL), CS_EXIT_DATA);
	unlink(path);
	assert_string_equal(e.msg, "f.ods: T!A1: the cell's text is longer than 8 bytes (the limit)");
}

/* ---- hostile and wrong files ------------------------------------------------ */

static void test_zip_bomb_and_dtd(void **state)
{
	(void)state;
	struct seen s;
	struct cs_err e;
	/* 4 MiB of blanks inside the sheet: deflates to a few KiB */
	size_t big = 4u << 20;
	char *sheet = malloc(big + 256);
	assert_non_null(sheet);
	int k = sprintf(sheet, "<worksheet " NS "><sheetData>");
	memset(sheet + k, ' ', big);
	strcpy(sheet + k + big, "</sheetData></worksheet>");
	struct cs_sheet_opts o = { .max_part = 1u << 20, .name = "bomb.xlsx" };
	const char *path = xlsx_full(NULL, sheet, NULL, NULL, NULL);
	assert_int_equal(read_opts(path, &o, &s, &e, NULL), CS_EXIT_DATA);
	assert_string_equal(e.msg, "bomb.xlsx: xl/worksheets/sheet1.xml inflates to more than 1048576 bytes "
				   "(the limit): the file is damaged or a zip bomb");
	/* a zip that says its part is small is still stopped while inflating */
	size_t len;
	char *zip = slurp(path, &len);
	unlink(path);
	for (size_t i = 0; i + 30 < len; i++)
		if (memcmp(zip + i, "PK\x01\x02", 4) == 0 || memcmp(zip + i, "PK\x03\x04", 4) == 0) {
			size_t at = i + (zip[i + 2] == 1 ? 24 : 22);       /* uncompressed size */
			unsigned long usize = (unsigned char)zip[at] | (unsigned char)zip[at + 1] << 8 |
					      (unsigned long)(unsigned char)zip[at + 2] << 16;
			if (usize >= big)
				memset(zip + at, 0, 3), zip[at] = 100;
		}
	memset(&e, 0, sizeof e);
	int rc = cs_sheet_read_mem(zip, len, CS_FILE_XLSX, &o, collect, &s, NULL, &e);
	assert_int_equal(rc, CS_EXIT_DATA);
	assert_true(strstr(e.msg, "inflates to more than 1048576 bytes") || strstr(e.msg, "the file is damaged"));
	free(zip);
	/* the same in shared strings, held in memory (its own limit) */
	memcpy(sheet, "<sst " NS ">", strlen("<sst " NS ">"));
	k = (int)strlen("<sst " NS ">");
	memset(sheet + k, ' ', big);
	strcpy(sheet + k + big, "</sst>");
	o = (struct cs_sheet_opts){ .max_held = 1u << 20, .name = "bomb.xlsx" };
	path = xlsx("<row><c t=\"s\"><v>0</v></c></row>", sheet, NULL);
	assert_int_equal(read_opts(path, &o, &s, &e, NULL), CS_EXIT_DATA);
	unlink(path);
	assert_string_equal(e.msg, "bomb.xlsx: xl/sharedStrings.xml inflates to more than 1048576 bytes "
				   "(the limit): the file is damaged or a zip bomb");
	free(sheet);

	/* billion laughs: refused at the document type declaration */
	static const char laughs[] =
		"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
		"<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
		"<worksheet " NS "><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
	assert_int_equal(read_path(xlsx_full(NULL, laughs, NULL, NULL, NULL), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: xl/worksheets/sheet1.xml has a document type declaration, which no "
				   "spreadsheet has: refused");
	static const char ext[] = "<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><sst/>";
	assert_int_equal(read_path(xlsx("<row><c t=\"s\"><v>0</v></c></row>", ext, NULL), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: xl/sharedStrings.xml has a document type declaration, which no "
				   "spreadsheet has: refused");
}

static void test_not_workbooks(void **state)
{
	(void)state;
	struct seen s;
	struct cs_err e;
	static const char pdf[] = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n";
	assert_int_equal(read_path(tmp_file(pdf, sizeof pdf - 1), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: this is a PDF document, not a spreadsheet (.xlsx, .ods or .xls)");
	unsigned char rnd[600];
	unsigned x = 12345;
	for (size_t i = 0; i < sizeof rnd; i++)
		rnd[i] = (unsigned char)((x = x * 1103515245u + 12345u) >> 16);
	rnd[7] = 0;
	assert_int_equal(read_path(tmp_file(rnd, sizeof rnd), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: this is a binary file, not a spreadsheet (.xlsx, .ods or .xls)");
	struct part txt[] = { { "hello.txt", "hello" } };
	assert_int_equal(read_path(zip_file(txt, 1), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: this is a zip archive, not a spreadsheet (.xlsx, .ods or .xls)");
	struct part odt[] = { { "mimetype", "application/vnd.oasis.opendocument.text", 0, 1 }, { "content.xml", "<x/>" } };
	assert_int_equal(read_path(zip_file(odt, 2), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: this is a zip archive, not a spreadsheet (.xlsx, .ods or .xls)");
	static const char csv[] = "a,b\n1,2\n";
	assert_int_equal(read_path(tmp_file(csv, sizeof csv - 1), &s, &e), CS_EXIT_DATA);
	assert_non_null(strstr(e.msg, "f.xlsx: this is text, not a workbook"));
	/* a workbook cut short */
	size_t len;
	char *wb = slurp(DATA_DIR "/cases.xlsx", &len);
	assert_int_equal(read_path(tmp_file(wb, len / 2), &s, &e), CS_EXIT_DATA);
	assert_non_null(strstr(e.msg, "f.xlsx: not a readable zip archive ("));
	free(wb);
	/* an .xlsx without its workbook, or its sheet */
	struct part nowb[] = { { "[Content_Types].xml", content_types }, { "xl/styles.xml", "<x/>" } };
	assert_int_equal(read_path(zip_file(nowb, 2), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: no workbook part xl/workbook.xml: the file is damaged or not an .xlsx workbook");
	struct part nosheet[] = { { "[Content_Types].xml", content_types }, { "xl/workbook.xml", one_sheet_wb },
				  { "xl/_rels/workbook.xml.rels", wb_rels } };
	assert_int_equal(read_path(zip_file(nosheet, 3), &s, &e), CS_EXIT_DATA);
	assert_string_equal(e.msg, "f.xlsx: Sheet1: the sheet's part xl/worksheets/sheet1.xml is missing: the file is damaged");
	/* missing file */
	memset(&e, 0, sizeof e);
	assert_int_equal(cs_sheet_read("/nonexistent/x.xlsx", NULL, collect, &s, NULL, &e), CS_EXIT_ENV);
	assert_string_equal(e.msg, "cannot read '/nonexistent/x.xlsx': No such file or directory");
}

static void test_sniff(void **state)
{
	(void)state;
	struct { const char *head; size_t n; enum cs_file_kind k; } c[] = {
		{ "", 0, CS_FILE_TEXT }, { "a,b\n1,2\n", 8, CS_FILE_TEXT }, { "\xEF\xBB\xBF" "a,b\n", 7, CS_FILE_TEXT },
		{ "\xFF\xFE" "a\0,\0", 6, CS_FILE_UTF16 }, { "%PDF-1.4", 8, CS_FILE_PDF },
		{ "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10, CS_FILE_XLS }, { "PK\x05\x06", 4, CS_FILE_ZIP },
		{ "\x1F\x8B\x08\0", 4, CS_FILE_OTHER_BINARY }, { "PK\x03\x04", 4, CS_FILE_ZIP },
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
		assert_int_equal(cs_file_sniff((const unsigned char *)c[i].head, c[i].n), c[i].k);
	struct cs_err e = { 0 };
	enum cs_file_kind k;
	const char *files[][2] = { { DATA_DIR "/cases.xlsx", "x" }, { DATA_DIR "/cases.ods", "o" },
				   { DATA_DIR "/cases.xls", "l" }, { DATA_DIR "/cases.fods", "t" } };
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(cs_file_sniff_path(files[i][0], &k, &e), 0);
		assert_int_equal(k, files[i][1][0] == 'x' ? CS_FILE_XLSX : files[i][1][0] == 'o' ? CS_FILE_ODS
				    : files[i][1][0] == 'l' ? CS_FILE_XLS : CS_FILE_TEXT);
		/* the head alone says the same for these */
		size_t len;
		char *b = slurp(files[i][0], &len);
		assert_int_equal(cs_file_sniff((unsigned char *)b, len < CS_SNIFF_BYTES ? len : CS_SNIFF_BYTES), k);
		free(b);
	}
	/* an .xlsx whose parts under xl/ come after the head: libzip looks */
	static char pad[8192];
	memset(pad, 'x', sizeof pad - 1);
	struct part late[] = { { "docProps/big.bin", pad, 0, 1 }, { "[Content_Types].xml", content_types },
			       { "xl/workbook.xml", one_sheet_wb } };
	const char *path = zip_file(late, 3);
	size_t len;
	char *b = slurp(path, &len);
	assert_int_equal(cs_file_sniff((unsigned char *)b, CS_SNIFF_BYTES), CS_FILE_ZIP);
	free(b);
	assert_int_equal(cs_file_sniff_path(path, &k, &e), 0);
	assert_int_equal(k, CS_FILE_XLSX);
	unlink(path);
	assert_int_equal(cs_file_sniff_path("/nonexistent", &k, &e), CS_EXIT_ENV);

	assert_int_equal(cs_file_kind_ext("a/Cases.XLSX"), CS_FILE_XLSX);
	assert_int_equal(cs_file_kind_ext("a.xlsm"), CS_FILE_XLSX);
	assert_int_equal(cs_file_kind_ext("a.ods"), CS_FILE_ODS);
	assert_int_equal(cs_file_kind_ext("a.xls"), CS_FILE_XLS);
	assert_int_equal(cs_file_kind_ext("a.csv"), CS_FILE_TEXT);
	assert_int_equal(cs_file_kind_ext("xls"), CS_FILE_TEXT);
	assert_true(cs_file_is_sheet(CS_FILE_ODS) && !cs_file_is_sheet(CS_FILE_ZIP));
	assert_int_equal(cs_file_err_not_text(&e, "cases.csv", CS_FILE_XLSX), CS_EXIT_DATA);
	assert_string_equal(e.msg, "cases.csv: this is an Excel workbook (.xlsx), not CSV text: give it a name "
				   "ending in .xlsx to read it as a workbook, or save the sheet as CSV (UTF-8)");
	cs_file_err_not_text(&e, "cases.csv", CS_FILE_PDF);
	assert_string_equal(e.msg, "cases.csv: this is a PDF document, not CSV text");
	cs_file_err_not_text(&e, "cases.csv", CS_FILE_UTF16);
	assert_string_equal(e.msg, "cases.csv: this is UTF-16 text (Excel's \"Unicode text\"), not UTF-8 CSV: "
				   "save it as \"CSV UTF-8\"");
}

/* ---- files made by LibreOffice ---------------------------------------------- */

static const char lo_rows[] =
	"1:Case ID|Region|Filed|Amount|Closed|Ratio|Note|Hearing|Time|Share|Check;"
	"2:1001|Алматы|2023-07-09|85333.99|TRUE|0.3|first line\nsecond  line|2023-07-10|13:30:00|0.25|2002;"
	"4:1002|Қарағанды|1900-03-01|-0.5|FALSE|100000000000000000000|||||#DIV/0!;";

static void test_libreoffice_files(void **state)
{
	(void)state;
	struct seen s;
	struct cs_err e;
	struct cs_sheet_opts o = { .keep_errors = 1 };
	const char *files[] = { DATA_DIR "/cases.xlsx", DATA_DIR "/cases.ods" };
	for (int i = 0; i < 2; i++) {
		char *name = NULL;
		assert_int_equal(read_opts(files[i], &o, &s, &e, &name), 0);
		assert_string_equal(s.text, lo_rows);
		assert_string_equal(s.sheet, "Cases");
		assert_string_equal(s.kinds, "11111111111;21325213422;21325200006;");
		assert_string_equal(name, "Cases");
		free(name);
		/* without keep_errors the error stops the read, naming the cell */
		assert_int_equal(read_opts(files[i], NULL, &s, &e, NULL), CS_EXIT_DATA);
		char want[256];
		snprintf(want, sizeof want, "%s: Cases!K4: the cell holds the error #DIV/0!", files[i]);
		assert_string_equal(e.msg, want);
		o.sheet = "Lookup";
		assert_int_equal(read_opts(files[i], &o, &s, &e, NULL), 0);
		assert_string_equal(s.text, "1:Region|Population;2:Алматы|2211198;");
		o.sheet = NULL;
	}
	/* FreeXL gives no formula results (F2, K2, K4) and booleans as 1/0 */
	assert_int_equal(read_opts(DATA_DIR "/cases.xls", NULL, &s, &e, NULL), 0);
	assert_string_equal(s.sheet, "Cases");
	assert_string_equal(s.text,
		"1:Case ID|Region|Filed|Amount|Closed|Ratio|Note|Hearing|Time|Share|Check;"
		"2:1001|Алматы|2023-07-09|85333.99|1||first line\nsecond  line|2023-07-10|13:30:00|0.25;"
		"4:1002|Қарағанды|1900-03-01|-0.5|0|100000000000000000000;");
	o.sheet = "2";
	assert_int_equal(read_opts(DATA_DIR "/cases.xls", &o, &s, &e, NULL), 0);
	assert_string_equal(s.text, "1:Region|Population;2:Алматы|2211198;");
	o.sheet = "Missing";
	assert_int_equal(read_opts(DATA_DIR "/cases.xls", &o, &s, &e, NULL), CS_EXIT_DATA);
	assert_string_equal(e.msg, DATA_DIR "/cases.xls: no sheet 'Missing'; the sheets are: 'Cases', 'Lookup'");
	/* from memory: each kind, and sniffed */
	const char *all[] = { DATA_DIR "/cases.xlsx", DATA_DIR "/cases.ods", DATA_DIR "/cases.xls" };
	enum cs_file_kind kinds[] = { CS_FILE_XLSX, CS_FILE_ODS, CS_FILE_XLS };
	for (int i = 0; i < 3; i++) {
		size_t len;
		char *b = slurp(all[i], &len);
		for (int sniff = 0; sniff < 2; sniff++) {
			memset(&s, 0, sizeof s);
			memset(&e, 0, sizeof e);
			char *name = NULL;
			struct cs_sheet_opts lk = { .sheet = "Lookup", .name = "m" };
			assert_int_equal(cs_sheet_read_mem(b, len, sniff ? CS_FILE_TEXT : kinds[i], &lk, collect, &s,
							   &name, &e), 0);
			assert_string_equal(s.text, "1:Region|Population;2:Алматы|2211198;");
			assert_string_equal(name, "Lookup");
			free(name);
		}
		/* a file of another kind given as this one */
		memset(&e, 0, sizeof e);
		assert_int_equal(cs_sheet_read_mem(b, len, kinds[(i + 1) % 3], NULL, collect, &s, NULL, &e),
				 CS_EXIT_DATA);
		assert_non_null(strstr(e.msg, "<memory>: "));
		free(b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_number_formats),
		cmocka_unit_test(test_serial_dates_and_times),
		cmocka_unit_test(test_cellref),
		cmocka_unit_test(test_xlsx_cells),
		cmocka_unit_test(test_xlsx_errors_and_positions),
		cmocka_unit_test(test_xlsx_1904_and_odd_xml),
		cmocka_unit_test(test_ods_cells),
		cmocka_unit_test(test_ods_sheets_errors_limits),
		cmocka_unit_test(test_zip_bomb_and_dtd),
		cmocka_unit_test(test_not_workbooks),
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_libreoffice_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
