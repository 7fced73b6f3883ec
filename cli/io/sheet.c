/* sheet.c - what a file is, and the reading of a sheet handed to the reader
 * of its format (sheet.h).  Formats: sheet_xlsx.c, sheet_ods.c,
 * sheet_xls.c; the row: sheet_row.c; numbers and dates: sheet_num.c. */
#include "cli/io/sheet_impl.h"
#include "cli/io/zipxml.h"
#include "cli/io/dataset.h"
#include "cli/core/names.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- what a file is ------------------------------------------------------- */

static unsigned rd16(const unsigned char *p)
{
	return p[0] | (unsigned)p[1] << 8;
}

static unsigned long rd32(const unsigned char *p)
{
	return rd16(p) | (unsigned long)rd16(p + 2) << 16;
}

static int has_prefix(const unsigned char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

#define ODS_MIME "application/vnd.oasis.opendocument.spreadsheet"

/* The local file headers in the head: an OpenDocument file stores its
 * "mimetype" first and uncompressed; an .xlsx has parts under xl/. */
static enum cs_file_kind sniff_zip(const unsigned char *h, size_t n)
{
	size_t at = 0;
	int first = 1;
	while (at + 30 <= n && rd32(h + at) == 0x04034b50UL) {
		unsigned flags = rd16(h + at + 6), method = rd16(h + at + 8);
		unsigned long csize = rd32(h + at + 18);
		size_t nlen = rd16(h + at + 26), xlen = rd16(h + at + 28);
		const unsigned char *name = h + at + 30;
		if (at + 30 + nlen > n)
			break;
		if (first && nlen == 8 && memcmp(name, "mimetype", 8) == 0 && method == 0) {
			size_t data = at + 30 + nlen + xlen;
			return data < n && has_prefix(h + data, n - data, ODS_MIME) ? CS_FILE_ODS : CS_FILE_ZIP;
		}
		if (nlen >= 3 && memcmp(name, "xl/", 3) == 0)
			return CS_FILE_XLSX;
		first = 0;
		size_t next = at + 30 + nlen + xlen;
		if (flags & 8) {
			/* the sizes follow the data (LibreOffice writes so): look
			 * for the next header; a guess, but only a guess is asked */
			const unsigned char *q = next < n ? memmem(h + next, n - next, "PK\x03\x04", 4) : NULL;
			if (!q)
				break;
			at = (size_t)(q - h);
		} else {
			at = next + csize;
		}
	}
	return CS_FILE_ZIP;
}

enum cs_file_kind cs_file_sniff(const unsigned char *h, size_t n)
{
	if (n == 0)
		return CS_FILE_TEXT;
	if (has_prefix(h, n, "%PDF-"))
		return CS_FILE_PDF;
	if (has_prefix(h, n, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
		return CS_FILE_XLS;
	if (has_prefix(h, n, "PK\x03\x04"))
		return sniff_zip(h, n);
	if (has_prefix(h, n, "PK\x05\x06"))       /* an empty archive */
		return CS_FILE_ZIP;
	if (has_prefix(h, n, "\xFF\xFE") || has_prefix(h, n, "\xFE\xFF"))
		return CS_FILE_UTF16;
	return memchr(h, '\0', n) ? CS_FILE_OTHER_BINARY : CS_FILE_TEXT;
}

/* A zip's kind by its entries, when the head did not tell. */
static enum cs_file_kind zip_kind(const char *path, const void *buf, size_t len, enum cs_file_kind head)
{
	struct cs_zip *z;
	struct cs_err e = { 0 };
	if (cs_zip_open(&z, path, buf, len, "", &e))
		return head;
	enum cs_file_kind k = CS_FILE_ZIP;
	char text[4096];
	if (cs_zip_peek(z, "mimetype", text, sizeof text) > 0)
		k = strncmp(text, ODS_MIME, strlen(ODS_MIME)) == 0 ? CS_FILE_ODS : CS_FILE_ZIP;
	else if (cs_zip_has(z, "xl/workbook.xml"))
		k = CS_FILE_XLSX;
	else if (cs_zip_peek(z, "[Content_Types].xml", text, sizeof text) > 0 &&
		 (strstr(text, "spreadsheetml.sheet.main") || strstr(text, "ms-excel.sheet")))
		k = CS_FILE_XLSX;
	cs_zip_close(z);
	return k;
}

/* The head of a file; n receives its length. */
static int read_head(const char *path, unsigned char *head, size_t *n, struct cs_err *err)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", path, strerror(errno));
	*n = fread(head, 1, CS_SNIFF_BYTES, f);
	int bad = ferror(f);
	int e = errno;
	fclose(f);
	if (bad)
		return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", path, strerror(e));
	return 0;
}

int cs_file_sniff_path(const char *path, enum cs_file_kind *kind, struct cs_err *err)
{
	unsigned char head[CS_SNIFF_BYTES];
	size_t n = 0;
	int rc = read_head(path, head, &n, err);
	if (rc)
		return rc;
	*kind = cs_file_sniff(head, n);
	if (*kind == CS_FILE_ZIP && has_prefix(head, n, "PK\x03\x04"))
		*kind = zip_kind(path, NULL, 0, *kind);
	return 0;
}

enum cs_file_kind cs_file_kind_ext(const char *path)
{
	if (cs_name_ends(path, ".xlsx") || cs_name_ends(path, ".xlsm"))
		return CS_FILE_XLSX;
	if (cs_name_ends(path, ".ods"))
		return CS_FILE_ODS;
	if (cs_name_ends(path, ".xls"))
		return CS_FILE_XLS;
	return CS_FILE_TEXT;
}

int cs_file_is_sheet(enum cs_file_kind k)
{
	return k == CS_FILE_XLSX || k == CS_FILE_ODS || k == CS_FILE_XLS;
}

const char *cs_file_kind_name(enum cs_file_kind k)
{
	switch (k) {
	case CS_FILE_TEXT: return "text";
	case CS_FILE_UTF16: return "UTF-16 text (Excel's \"Unicode text\")";
	case CS_FILE_XLSX: return "an Excel workbook (.xlsx)";
	case CS_FILE_ODS: return "an OpenDocument spreadsheet (.ods)";
	case CS_FILE_XLS: return "an Excel 97-2003 workbook (.xls) or another old Office file";
	case CS_FILE_ZIP: return "a zip archive";
	case CS_FILE_PDF: return "a PDF document";
	case CS_FILE_OTHER_BINARY: return "a binary file";
	}
	return "a file of unknown kind";
}

static const char *ext_of(enum cs_file_kind k)
{
	return k == CS_FILE_XLSX ? ".xlsx" : k == CS_FILE_ODS ? ".ods" : ".xls";
}

int cs_file_err_not_text(struct cs_err *err, const char *name, enum cs_file_kind k)
{
	if (cs_file_is_sheet(k))
		return cs_err_set(err, CS_EXIT_DATA, "%s: this is %s, not CSV text: give it a name ending in %s "
				  "to read it as a workbook, or save the sheet as CSV (UTF-8)",
				  name, cs_file_kind_name(k), ext_of(k));
	if (k == CS_FILE_UTF16)
		return cs_err_set(err, CS_EXIT_DATA, "%s: this is %s, not UTF-8 CSV: save it as \"CSV UTF-8\"",
				  name, cs_file_kind_name(k));
	return cs_err_set(err, CS_EXIT_DATA, "%s: this is %s, not CSV text", name, cs_file_kind_name(k));
}

/* ---- messages ------------------------------------------------------------- */

void cs_sheet_cellref(char *buf, size_t size, unsigned long row, size_t col)
{
	char letters[16];
	size_t k = sizeof letters;
	size_t c = col + 1;
	letters[--k] = '\0';
	while (c > 0 && k > 0) {
		letters[--k] = (char)('A' + (c - 1) % 26);
		c = (c - 1) / 26;
	}
	snprintf(buf, size, "%s%lu", letters + k, row);
}

/* A sheet name as a reference shows it: quoted as in Excel ('My sheet',
 * 'It''s') unless it is letters, digits, '_' and '.' not led by a digit. */
static void sheet_label(char *buf, size_t size, const char *name)
{
	char clean[CS_MSG_TEXT];
	cs_msg_text(clean, sizeof clean, name, strlen(name));
	int plain = clean[0] != '\0' && !(clean[0] >= '0' && clean[0] <= '9');
	for (const unsigned char *p = (const unsigned char *)clean; *p && plain; p++)
		plain = *p >= 0x80 || *p == '_' || *p == '.' || (*p >= '0' && *p <= '9') ||
			(*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
	if (plain) {
		snprintf(buf, size, "%s", clean);
		return;
	}
	size_t o = 0;
	buf[o++] = '\'';
	for (const char *p = clean; *p && o + 3 < size; p++) {
		if (*p == '\'')
			buf[o++] = '\'';
		buf[o++] = *p;
	}
	buf[o++] = '\'';
	buf[o] = '\0';
}

static int verr_at(struct cs_err *err, int code, const char *file, const char *sheet,
		   unsigned long row, size_t col, const char *fmt, va_list ap)
{
	char what[sizeof err->msg];
	vsnprintf(what, sizeof what, fmt, ap);
	char label[2 * CS_MSG_TEXT + 8];
	if (!sheet)
		return cs_err_set(err, code, "%s: %s", file, what);
	sheet_label(label, sizeof label, sheet);
	if (row == 0)
		return cs_err_set(err, code, "%s: %s: %s", file, label, what);
	if (col == (size_t)-1)
		return cs_err_set(err, code, "%s: %s, row %lu: %s", file, label, row, what);
	char ref[32];
	cs_sheet_cellref(ref, sizeof ref, row, col);
	return cs_err_set(err, code, "%s: %s!%s: %s", file, label, ref, what);
}

int cs_sheet_err_at(struct cs_err *err, int code, const char *file, const char *sheet,
		    unsigned long row, size_t col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = verr_at(err, code, file, sheet, row, col, fmt, ap);
	va_end(ap);
	return rc;
}

int cs_sheet_fail(struct cs_sheet_ctx *s, unsigned long row, size_t col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = verr_at(s->err, CS_EXIT_DATA, s->file, s->sheet, row, col, fmt, ap);
	va_end(ap);
	return rc;
}

int cs_sheet_oom(struct cs_sheet_ctx *s)
{
	return cs_err_set(s->err, CS_EXIT_ENV, "out of memory");
}

/* ---- choosing the sheet --------------------------------------------------- */

static int same_ci(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		int x = *a >= 'A' && *a <= 'Z' ? *a + 32 : *a;
		int y = *b >= 'A' && *b <= 'Z' ? *b + 32 : *b;
		if (x != y)
			return 0;
	}
	return *a == *b;
}

long cs_sheet_choose(struct cs_sheet_ctx *s, const char *const *names, size_t n)
{
	const char *want = s->want;
	if (n == 0) {
		cs_err_set(s->err, CS_EXIT_DATA, "%s: the workbook has no sheet", s->file);
		return -1;
	}
	if (!want)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], want) == 0)
			return (long)i;
	long found = -1;
	for (size_t i = 0; i < n; i++)
		if (same_ci(names[i], want))
			found = found == -1 ? (long)i : -2;
	if (found >= 0)
		return found;
	char list[512], clean[CS_MSG_TEXT];
	cs_header_list(list, sizeof list, names, n);
	size_t k = strspn(want, "0123456789");
	if (k > 0 && want[k] == '\0') {
		unsigned long pos = k <= 9 ? strtoul(want, NULL, 10) : 0;
		if (pos >= 1 && pos <= n)
			return (long)pos - 1;
		cs_err_set(s->err, CS_EXIT_DATA, "%s: no sheet %s: the workbook has %zu sheet%s: %s", s->file,
			   cs_msg_text(clean, sizeof clean, want, strlen(want)), n, n == 1 ? "" : "s", list);
		return -1;
	}
	cs_err_set(s->err, CS_EXIT_DATA, "%s: no sheet '%s'; the sheets are: %s", s->file,
		   cs_msg_text(clean, sizeof clean, want, strlen(want)), list);
	return -1;
}

int cs_sheet_set_name(struct cs_sheet_ctx *s, const char *name)
{
	free(s->sheet);
	s->sheet = strdup(name);
	return s->sheet ? 0 : cs_sheet_oom(s);
}

/* ---- reading -------------------------------------------------------------- */

static void setup(struct cs_sheet_ctx *s, const struct cs_sheet_opts *o, const char *file,
		  cs_sheet_row_fn fn, void *ctx, struct cs_err *err)
{
	static const struct cs_sheet_opts none;
	if (!o)
		o = &none;
	memset(s, 0, sizeof *s);
	s->file = o->name ? o->name : file;
	s->want = o->sheet;
	s->keep_errors = o->keep_errors;
	s->max_part = o->max_part ? o->max_part : CS_SHEET_MAX_PART;
	s->max_held = o->max_held ? o->max_held : CS_SHEET_MAX_HELD;
	s->max_row_text = o->max_row_text ? o->max_row_text : CS_SHEET_MAX_ROWTXT;
	s->max_repeat = o->max_repeat ? o->max_repeat : CS_SHEET_MAX_REPEAT;
	s->fn = fn;
	s->ctx = ctx;
	s->err = err;
	s->rb.open = (size_t)-1;
}

static int finish(struct cs_sheet_ctx *s, int rc, char **sheet_out)
{
	if (sheet_out)
		*sheet_out = s->sheet;
	else
		free(s->sheet);
	cs_row_free(&s->rb);
	return rc;
}

static int not_a_sheet(struct cs_sheet_ctx *s, enum cs_file_kind k, const char *path, const void *buf,
		       size_t len)
{
	struct cs_zip *z;
	if (k == CS_FILE_ZIP) {         /* say why a damaged one is not read */
		int rc = cs_zip_open(&z, path, buf, len, s->file, s->err);
		if (rc)
			return rc;
		cs_zip_close(z);
	}
	if (k == CS_FILE_TEXT)
		return cs_err_set(s->err, CS_EXIT_DATA, "%s: this is text, not a workbook (some programs save "
				  "HTML or tab-separated text under a spreadsheet's name): read it as CSV, or save "
				  "it as .xlsx", s->file);
	return cs_err_set(s->err, CS_EXIT_DATA, "%s: this is %s, not a spreadsheet (.xlsx, .ods or .xls)",
			  s->file, cs_file_kind_name(k));
}

static int dispatch(struct cs_sheet_ctx *s, enum cs_file_kind k, const char *path, const void *buf, size_t len)
{
	switch (k) {
	case CS_FILE_XLSX: return cs_sheet_xlsx(s, path, buf, len);
	case CS_FILE_ODS: return cs_sheet_ods(s, path, buf, len);
	case CS_FILE_XLS: return cs_sheet_xls(s, path, buf, len);
	default: return not_a_sheet(s, k, path, buf, len);
	}
}

/* Standard input is read whole: a zip's directory is at its end. */
static int slurp_stdin(struct cs_sheet_ctx *s, char **buf, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap);
	if (!b)
		return cs_sheet_oom(s);
	for (;;) {
		if (n == cap) {
			if (cap > s->max_held) {
				free(b);
				return cs_err_set(s->err, CS_EXIT_DATA, "%s: more than %llu bytes: too large for a "
						  "workbook read from standard input", s->file,
						  (unsigned long long)s->max_held);
			}
			char *nb = realloc(b, cap * 2);
			if (!nb) {
				free(b);
				return cs_sheet_oom(s);
			}
			b = nb, cap *= 2;
		}
		size_t got = fread(b + n, 1, cap - n, stdin);
		n += got;
		if (got == 0) {
			if (ferror(stdin)) {
				free(b);
				return cs_err_set(s->err, CS_EXIT_ENV, "cannot read standard input: %s", strerror(errno));
			}
			break;
		}
	}
	*buf = b, *len = n;
	return 0;
}

int cs_sheet_read_mem(const void *buf, size_t len, enum cs_file_kind kind,
		      const struct cs_sheet_opts *o, cs_sheet_row_fn fn, void *ctx,
		      char **sheet_out, struct cs_err *err)
{
	struct cs_sheet_ctx s;
	setup(&s, o, "<memory>", fn, ctx, err);
	if (sheet_out)
		*sheet_out = NULL;
	if (!cs_file_is_sheet(kind)) {
		kind = cs_file_sniff(buf, len < CS_SNIFF_BYTES ? len : CS_SNIFF_BYTES);
		if (kind == CS_FILE_ZIP && has_prefix(buf, len, "PK\x03\x04"))
			kind = zip_kind(NULL, buf, len, kind);
	}
	return finish(&s, dispatch(&s, kind, NULL, buf, len), sheet_out);
}

int cs_sheet_read(const char *path, const struct cs_sheet_opts *o, cs_sheet_row_fn fn,
		  void *ctx, char **sheet_out, struct cs_err *err)
{
	if (sheet_out)
		*sheet_out = NULL;
	if (strcmp(path, "-") == 0) {
		struct cs_sheet_ctx s;
		setup(&s, o, cs_input_name(path), fn, ctx, err);
		char *buf = NULL;
		size_t len = 0;
		int rc = slurp_stdin(&s, &buf, &len);
		if (rc)
			return finish(&s, rc, sheet_out);
		struct cs_sheet_opts named = o ? *o : (struct cs_sheet_opts){ 0 };
		named.name = s.file;
		rc = cs_sheet_read_mem(buf, len, CS_FILE_TEXT, &named, fn, ctx, sheet_out, err);
		free(buf);
		cs_row_free(&s.rb);
		return rc;
	}
	struct cs_sheet_ctx s;
	setup(&s, o, path, fn, ctx, err);
	enum cs_file_kind kind;
	int rc = cs_file_sniff_path(path, &kind, err);
	if (rc)
		return finish(&s, rc, sheet_out);
	return finish(&s, dispatch(&s, kind, path, NULL, 0), sheet_out);
}
