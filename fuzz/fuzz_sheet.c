/* fuzz_sheet.c - libFuzzer target: the spreadsheet readers (cli/io/sheet*.c,
 * zipxml.c on libzip, expat and FreeXL).
 *
 * Input: a mode byte, then the rest.  Mode bits 0-1 say what the rest is:
 * 0 the parts of an .xlsx (sheet1.xml, sharedStrings.xml, styles.xml,
 * workbook.xml, workbook.xml.rels, split at 0xFF bytes, which UTF-8 XML
 * never holds; a part left out gets a plain default), 1 the content.xml
 * of an .ods (and, after an 0xFF, its mimetype), 2 and 3 a whole file
 * (sniffed; mutated bytes of real workbooks reach libzip's and FreeXL's
 * parsers).  Built archives are made here with libzip (stored; bit 6:
 * deflated, which costs zlib a large table per part), so mutations of the XML get past the checksums.  Bit 2 keeps
 * error cells, bits 3-4 pick the sheet (first, "1", "2", "Sheet2"), bit 5
 * reads a second time through a file path and compares.
 * Invariants: no crash or sanitizer report; an error has exit code 1/2/3
 * and a clean, non-empty message; each row has 1..16384 cells, a row
 * number above the last one's and at most 16,777,216; each value is valid
 * UTF-8, as long as it says, empty exactly when its kind is, and the last
 * one is not empty; numbers read back as plain decimals with at most 15
 * significant digits, dates are YYYY-MM-DD, times HH:MM:SS, booleans TRUE
 * or FALSE, error cells only when asked for; the path and the memory give
 * the same rows and the same result (but for .xls: FreeXL's results on
 * damaged files vary); and cs_num_text() of 8 input bytes
 * taken as a double equals that double rounded to 15 digits. */
#include "fuzz_util.h"
#include "cli/io/sheet.h"
#include "cli/io/sheet_impl.h"

#include <math.h>
#include <zip.h>

struct seen {
	unsigned long last_row;
	unsigned long rows;
	uint64_t hash;
	int keep_errors;
};

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

static void check_value(const char *v, size_t len, int kind, int keep_errors)
{
	FUZZ_CHECK(strlen(v) == len);
	FUZZ_CHECK(cs_utf8_valid(v, len));
	FUZZ_CHECK((len == 0) == (kind == CS_SHEET_EMPTY));
	switch (kind) {
	case CS_SHEET_NUMBER: {
		double d;
		FUZZ_CHECK(cs_parse_real(v, &d) == 0);
		/* significant digits: from the first to the last non-zero one */
		int first = -1, last = -1, k = 0;
		for (const char *p = v; *p && *p != 'e'; p++)
			if (digit(*p)) {
				if (*p != '0')
					last = k, first = first < 0 ? k : first;
				k++;
			}
		FUZZ_CHECK(first < 0 || last - first < 15);
		break;
	}
	case CS_SHEET_DATE:
		FUZZ_CHECK(len == 10 && digit(v[0]) && digit(v[3]) && v[4] == '-' && digit(v[5]) && digit(v[6]) &&
			   v[7] == '-' && digit(v[8]) && digit(v[9]));
		break;
	case CS_SHEET_TIME:
		FUZZ_CHECK(len >= 8 && v[len - 3] == ':' && v[len - 6] == ':' && digit(v[len - 1]) && digit(v[len - 4]));
		break;
	case CS_SHEET_BOOL:
		FUZZ_CHECK(strcmp(v, "TRUE") == 0 || strcmp(v, "FALSE") == 0);
		break;
	case CS_SHEET_ERROR:
		FUZZ_CHECK(keep_errors);
		break;
	case CS_SHEET_TEXT:
	case CS_SHEET_EMPTY:
		break;
	default:
		FUZZ_CHECK(0);
	}
}

static int on_row(void *ctx, const struct cs_sheet_row *r, struct cs_err *err)
{
	(void)err;
	struct seen *s = ctx;
	FUZZ_CHECK(r->n >= 1 && r->n <= CS_SHEET_MAX_COLS);
	FUZZ_CHECK(r->row > s->last_row && r->row <= CS_SHEET_MAX_ROWS);
	FUZZ_CHECK(r->sheet && cs_utf8_valid(r->sheet, strlen(r->sheet)));
	FUZZ_CHECK(r->len[r->n - 1] > 0);
	s->last_row = r->row;
	s->rows++;
	s->hash = fuzz_mix(s->hash, &r->row, sizeof r->row);
	for (size_t i = 0; i < r->n; i++) {
		check_value(r->value[i], r->len[i], r->kind[i], s->keep_errors);
		s->hash = fuzz_mix(s->hash, r->value[i], r->len[i] + 1);
		s->hash = fuzz_mix(s->hash, &r->kind[i], 1);
	}
	return 0;
}

/* ---- building archives ---------------------------------------------------- */

struct seg {
	const uint8_t *p;
	size_t n;
};

static void add(zip_t *z, const char *name, const void *data, size_t n, int store)
{
	zip_source_t *src = zip_source_buffer(z, n ? data : "", n, 0);
	FUZZ_CHECK(src);
	zip_int64_t i = zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8);
	FUZZ_CHECK(i >= 0);
	if (store)
		FUZZ_CHECK(zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE, 0) == 0);
}

#define NSX "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
	"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define RELT "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char def_wb[] =
	"<workbook " NSX "><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
	"<sheet name=\"Sheet2\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
static const char def_rels[] =
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"" RELT "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
	"<Relationship Id=\"rId2\" Type=\"" RELT "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
	"<Relationship Id=\"rId3\" Type=\"" RELT "styles\" Target=\"styles.xml\"/>"
	"<Relationship Id=\"rId4\" Type=\"" RELT "sharedStrings\" Target=\"sharedStrings.xml\"/>"
	"</Relationships>";

/* The archive's bytes (malloc'd) from the segments. */
static uint8_t *build(int ods, int store, const struct seg *sg, size_t nseg, size_t *len)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	FUZZ_CHECK(src);
	zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	FUZZ_CHECK(z);
	zip_source_keep(src);
	if (ods) {
		static const char mime[] = "application/vnd.oasis.opendocument.spreadsheet";
		if (nseg > 1)
			add(z, "mimetype", sg[1].p, sg[1].n, 1);
		else
			add(z, "mimetype", mime, sizeof mime - 1, 1);
		add(z, "content.xml", sg[0].p, sg[0].n, store);
	} else {
		static const char *const names[] = { "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
						     "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels" };
		for (size_t i = 0; i < 5; i++) {
			if (i < nseg)
				add(z, names[i], sg[i].p, sg[i].n, store);
			else if (i == 3)
				add(z, names[i], def_wb, sizeof def_wb - 1, store);
			else if (i == 4)
				add(z, names[i], def_rels, sizeof def_rels - 1, store);
		}
	}
	FUZZ_CHECK(zip_close(z) == 0);
	zip_stat_t st;
	FUZZ_CHECK(zip_source_stat(src, &st) == 0 && (st.valid & ZIP_STAT_SIZE));
	uint8_t *out = malloc(st.size ? st.size : 1);
	FUZZ_CHECK(out);
	FUZZ_CHECK(zip_source_open(src) == 0);
	FUZZ_CHECK(zip_source_read(src, out, st.size) == (zip_int64_t)st.size);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&ze);
	*len = st.size;
	return out;
}

/* ---- numbers ------------------------------------------------------------------ */

static void check_number(const uint8_t *data, size_t size)
{
	if (size < 9)
		return;
	double v;
	memcpy(&v, data + 1, sizeof v);
	char buf[CS_NUM_TEXT];
	size_t n = cs_num_text(v, buf);
	if (!isfinite(v)) {
		FUZZ_CHECK(n == 0);
		return;
	}
	double back, want;
	FUZZ_CHECK(n == strlen(buf) && cs_parse_real(buf, &back) == 0);
	char ref[64];
	snprintf(ref, sizeof ref, "%.14e", v);     /* the fuzzer runs in the C locale */
	want = strtod(ref, NULL);
	FUZZ_CHECK(back == want || (back == 0 && want == 0));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_number(data, size);
	if (size < 1)
		return 0;
	unsigned mode = data[0];
	const uint8_t *rest = data + 1;
	size_t nrest = size - 1;
	struct seg sg[5];
	size_t nseg = 0;
	for (size_t i = 0, start = 0; i <= nrest && nseg < 5; i++)
		if (i == nrest || rest[i] == 0xFF) {
			sg[nseg++] = (struct seg){ rest + start, i - start };
			start = i + 1;
		}
	uint8_t *file = NULL;
	const uint8_t *bytes = rest;
	size_t len = nrest;
	enum cs_file_kind kind = CS_FILE_TEXT;
	if ((mode & 3) < 2) {
		file = build(mode & 1, !((mode >> 6) & 1), sg, nseg, &len);
		bytes = file;
		kind = (mode & 1) ? CS_FILE_ODS : CS_FILE_XLSX;
	}
	static const char *const sheets[] = { NULL, "1", "2", "Sheet2" };
	struct cs_sheet_opts o = {
		.sheet = sheets[(mode >> 3) & 3], .name = "f.xlsx", .keep_errors = (mode >> 2) & 1,
		.max_part = 1 << 20, .max_held = 1 << 20, .max_row_text = 1 << 16, .max_repeat = 100000,
	};
	struct seen a = { .keep_errors = o.keep_errors }, b = a;
	struct cs_err ea = { 0 }, eb = { 0 };
	char *name = NULL;
	/* read twice, the first reading sniffs as the path's must */
	if (mode & 32)
		kind = CS_FILE_TEXT;
	int rc = cs_sheet_read_mem(bytes, len, kind, &o, on_row, &a, &name, &ea);
	if (rc)
		fuzz_check_error(rc, &ea);
	else if (a.rows)
		FUZZ_CHECK(name != NULL);
	if (name)
		FUZZ_CHECK(cs_utf8_valid(name, strlen(name)));
	free(name);
	/* FreeXL reads memory it did not write on some damaged files (the
	 * child process of sheet_xls.c contains that): its results on them may
	 * differ from run to run, so .xls input is not compared */
	int ole = len >= 4 && memcmp(bytes, "\xD0\xCF\x11\xE0", 4) == 0;
	if ((mode & 32) && !ole) {
		/* the same bytes through a path: the same rows and result */
		int rc2 = cs_sheet_read(fuzz_path(bytes, len), &o, on_row, &b, NULL, &eb);
		if (rc2 != rc || strcmp(ea.msg, eb.msg) != 0)
			fprintf(stderr, "memory: %d %s\npath:   %d %s\n", rc, ea.msg, rc2, eb.msg);
		FUZZ_CHECK(rc2 == rc && a.rows == b.rows && a.hash == b.hash);
		FUZZ_CHECK(strcmp(ea.msg, eb.msg) == 0 || rc == CS_EXIT_ENV);
	}
	free(file);
	return 0;
}
