/* input.c - a FILE as commands read it (see input.h): what the file is,
 * its encoding and separator decided once, then the CSV readers
 * (dataset.h) or the sheet reader (input_sheet.h). */
#include "cli/io/input.h"
#include "cli/io/dataset_impl.h"
#include "cli/io/input_sheet.h"
#include "cli/io/sheet.h"
#include "cli/io/source.h"
#include "cli/core/delim.h"
#include "cli/core/encoding.h"
#include "cli/core/names.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What the input is, and how it is read. */
struct form {
	enum cs_file_kind kind;     /* by its content */
	int workbook;               /* read with the sheet reader */
	const char *conv;           /* convert from this encoding; NULL: UTF-8 */
	char delim;
};

/* Does the name say the file is text (.csv .tsv .tab .txt)?  Such a file
 * that is a workbook is refused rather than read, as the user took it for
 * CSV: the message says what it is. */
static int text_name(const char *path)
{
	static const char *const ext[] = { ".csv", ".tsv", ".tab", ".txt" };
	for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
		if (cs_name_ends(path, ext[i]))
			return 1;
	return 0;
}

/* A file that is no text: what it is, and for UTF-16 without a
 * byte-order mark what to say. */
static int not_text(struct cs_err *err, const char *name, enum cs_file_kind k, const unsigned char *head,
		    size_t n)
{
	const char *g = k == CS_FILE_OTHER_BINARY ? cs_enc_sniff(head, n) : NULL;
	if (g && strncmp(g, "utf-16", 6) == 0)
		return cs_err_set(err, CS_EXIT_DATA, "%s: this looks like UTF-16 text without a byte-order mark: "
				  "add --encoding %s", name, g);
	return cs_file_err_not_text(err, name, k);
}

/* Can the file be opened again by its path (a regular file, not standard
 * input)?  Then the sheet reader and the parallel reader open it. */
static int reopens(const struct cs_source *src)
{
	return src->own && src->regular;
}

/* Which reader: a workbook's name (.xlsx .xlsm .ods .xls) sends the file
 * to the sheet reader, which goes by the content; a text name keeps it
 * CSV; any other name, and standard input, go by the content. */
static int choose_reader(const char *path, const struct cs_source *src, struct form *f,
			 const char *enc, const unsigned char *head, size_t n, struct cs_err *err)
{
	int named = strcmp(path, "-") != 0;
	if (named && cs_file_is_sheet(cs_file_kind_ext(path))) {
		f->workbook = 1;
		return 0;
	}
	enum cs_file_kind k = f->kind;
	/* a zip whose head did not tell: a file was looked into; standard
	 * input and pipes must be read whole first, so the sheet reader tells */
	int maybe_book = cs_file_is_sheet(k) || (k == CS_FILE_ZIP && !reopens(src));
	if (maybe_book && !(named && text_name(path))) {
		f->workbook = 1;
		return 0;
	}
	/* UTF-16 text without its mark has NUL bytes */
	int utf16 = enc && strncmp(enc, "utf-16", 6) == 0;
	if (k == CS_FILE_TEXT || k == CS_FILE_UTF16 || (k == CS_FILE_OTHER_BINARY && utf16))
		return 0;
	return not_text(err, src->name, k, head, n);
}

/* The encoding to convert from (NULL: none), from --encoding and the
 * byte-order mark, which must agree; a UTF-8 mark is dropped. */
static int choose_encoding(struct cs_source *src, const char *enc, const unsigned char *head, size_t n,
			   struct form *f, struct cs_err *err)
{
	size_t bomlen;
	const char *bom = cs_enc_bom(head, n, &bomlen);
	int utf8 = !enc || strcmp(enc, "utf-8") == 0;
	int ok = !bom || (utf8 && strcmp(bom, "utf-8") == 0) || (!utf8 && strcmp(bom, "utf-8") != 0 &&
		 (strcmp(enc, "utf-16") == 0 || strcmp(enc, bom) == 0));
	if (bom && enc && !ok)
		return cs_err_set(err, CS_EXIT_DATA, "%s: the file starts with the byte-order mark of %s, but "
				  "--encoding says %s: leave --encoding out", src->name, bom, enc);
	if (utf8 && bom && strcmp(bom, "utf-8") == 0) {
		cs_source_skip(src, bomlen);
		return 0;
	}
	if (utf8 && !bom)
		return 0;
	f->conv = utf8 ? "utf-16" : enc;     /* the converter reads the mark */
	return cs_source_convert(src, f->conv, err);
}

/* The separator: --delimiter, a .tsv or .tab name, or the header line. */
static int choose_delim(struct cs_source *src, const char *path, char opt, struct form *f, struct cs_err *err)
{
	if (opt && !strchr(",;\t|", opt))
		return cs_err_set(err, CS_EXIT_USAGE, "invalid separator '%c': use ',', ';', tab or '|'", opt);
	const char *line;
	size_t len;
	int rc = cs_source_first_line(src, &line, &len, err);
	if (rc)
		return rc;
	int d = cs_delim_choose(opt, path, line, len);
	if (d < 0)
		return cs_err_at(err, CS_EXIT_DATA, src->name, 1, 0, "the header line has both ';' and tabs "
				 "between names, and no comma: say which one separates the fields with --delimiter");
	f->delim = (char)d;
	return 0;
}

/* Open path and decide how to read it (found, when not NULL, is
 * cleared).  On success src is open (unless the file is a workbook at a
 * path, which the sheet reader opens). */
static int open_input(const char *path, const struct cs_input *in, struct cs_source *src, struct form *f,
		      struct cs_input_found *found, struct cs_err *err)
{
	memset(f, 0, sizeof *f);
	if (found)
		memset(found, 0, sizeof *found);
	const char *enc = NULL;
	if (in && in->encoding && !(enc = cs_enc_name(in->encoding)))
		return cs_err_set(err, CS_EXIT_USAGE, "invalid encoding '%s': the encodings are %s", in->encoding,
				  cs_enc_names());
	int rc = cs_source_open(src, path, err);
	if (rc)
		return rc;
	const unsigned char *head;
	size_t n;
	rc = cs_source_head(src, CS_SNIFF_BYTES, &head, &n, err);
	if (!rc) {
		f->kind = cs_file_sniff(head, n);
		if (f->kind == CS_FILE_ZIP && reopens(src))
			rc = cs_file_sniff_path(path, &f->kind, err);
	}
	if (!rc)
		rc = choose_reader(path, src, f, enc, head, n, err);
	if (!rc && f->workbook && in && (in->delim || in->encoding))
		rc = cs_err_set(err, CS_EXIT_USAGE, "%s is a workbook: --delimiter and --encoding are for CSV "
				"files", src->name);
	if (!rc && !f->workbook && in && in->sheet)
		rc = cs_err_set(err, CS_EXIT_USAGE, "%s is CSV text: --sheet is for workbooks (.xlsx, .ods, .xls)",
				src->name);
	if (!rc && !f->workbook)
		rc = choose_encoding(src, enc, head, n, f, err);
	if (!rc && !f->workbook)
		rc = choose_delim(src, path, in ? in->delim : 0, f, err);
	if (rc || (f->workbook && reopens(src)))
		cs_source_close(src);
	return rc;
}

static const char *format_name(enum cs_file_kind k)
{
	return k == CS_FILE_XLSX ? "xlsx" : k == CS_FILE_ODS ? "ods" : k == CS_FILE_XLS ? "xls" : "";
}

/* Read a workbook (at path, or the rest of src when that is open). */
static int read_workbook(const char *path, const struct cs_input *in, struct cs_source *src, const struct form *f,
			 const char *const *columns, size_t ncols, cs_header_fn hfn, cs_row_fn fn, void *ctx,
			 unsigned long *nrows, struct cs_input_found *found, struct cs_err *err)
{
	struct cs_workbook w = { .path = path, .kind = f->kind, .name = cs_input_name(path),
				 .sheet = in ? in->sheet : NULL };
	char *buf = NULL;
	int rc = 0;
	if (src->fd >= 0) {       /* standard input or a pipe: the zip's directory is at its end */
		w.path = NULL;
		w.kind = cs_file_is_sheet(f->kind) ? f->kind : CS_FILE_TEXT;
		rc = cs_source_slurp(src, CS_SHEET_MAX_HELD, &buf, &w.len, err);
		w.buf = buf;
		cs_source_close(src);
	}
	char sheet[sizeof found->sheet] = "";
	if (!rc)
		rc = cs_workbook_read(&w, columns, ncols, hfn, fn, ctx, nrows, sheet, sizeof sheet, err);
	free(buf);
	if (found) {
		snprintf(found->format, sizeof found->format, "%s", format_name(f->kind));
		snprintf(found->sheet, sizeof found->sheet, "%s", sheet);
	}
	return rc;
}

static void found_csv(struct cs_input_found *found, const struct form *f, const struct cs_source *src)
{
	if (!found)
		return;
	found->delim = f->delim;
	snprintf(found->encoding, sizeof found->encoding, "%s", cs_source_encoding(src));
	snprintf(found->format, sizeof found->format, "csv");
}

/* Read src on this thread with a reader made for columns (all: every
 * column, hfn seeing the header). */
static int read_stream(struct cs_source *src, const struct cs_csv_opts *o, const char *const *columns,
		       size_t ncols, int all, cs_header_fn hfn, cs_row_fn fn, void *ctx, unsigned long *nrows,
		       struct cs_err *err)
{
	struct cs_reader r;
	int rc = cs_reader_init(&r, src->name, columns, ncols, fn, ctx, err);
	if (rc)
		return rc;
	r.all = all;
	r.on_header = hfn;
	cs_reader_configure(&r, o);
	return cs_reader_run(&r, src, nrows, err);
}

int cs_input_read(const char *path, const struct cs_input *in, const char *const *columns, size_t ncols,
		  cs_row_fn fn, void *const *ctx, int nctx, unsigned long *nrows, struct cs_input_found *found,
		  struct cs_err *err)
{
	struct cs_source src;
	struct form f;
	int rc = open_input(path, in, &src, &f, found, err);
	if (rc)
		return rc;
	if (f.workbook)           /* one thread (and for .xls a child process) */
		return read_workbook(path, in, &src, &f, columns, ncols, NULL, fn, ctx[0], nrows, found, err);
	struct cs_csv_opts o = { f.delim, !(in && in->encoding), 0 };
	found_csv(found, &f, &src);
	if (!f.conv && reopens(&src) && nctx >= 2) {
		cs_source_close(&src);
		return cs_csv_read_parallel_with(path, &o, columns, ncols, fn, ctx, nctx, nrows, err);
	}
	/* Converted text is read on one thread: the parallel reader cuts the
	 * file's bytes at LFs and reads each piece on its own, but a UTF-16
	 * LF is two bytes and the converter is a stream (a character may span
	 * two reads).  Exports in other encodings are small. */
	rc = read_stream(&src, &o, columns, ncols, 0, NULL, fn, ctx[0], nrows, err);
	found_csv(found, &f, &src);       /* "utf-16" has seen its mark now */
	cs_source_close(&src);
	return rc;
}

int cs_input_read_all(const char *path, const struct cs_input *in, cs_header_fn hfn, cs_row_fn fn, void *ctx,
		      unsigned long *nrows, struct cs_input_found *found, struct cs_err *err)
{
	struct cs_source src;
	struct form f;
	int rc = open_input(path, in, &src, &f, found, err);
	if (rc)
		return rc;
	if (f.workbook)
		return read_workbook(path, in, &src, &f, NULL, 0, hfn, fn, ctx, nrows, found, err);
	struct cs_csv_opts o = { f.delim, !(in && in->encoding), 0 };
	rc = read_stream(&src, &o, NULL, 0, 1, hfn, fn, ctx, nrows, err);
	found_csv(found, &f, &src);
	cs_source_close(&src);
	return rc;
}

int cs_input_text_head(const void *s, size_t n)
{
	enum cs_file_kind k = cs_file_sniff(s, n < CS_SNIFF_BYTES ? n : CS_SNIFF_BYTES);
	return k == CS_FILE_TEXT || k == CS_FILE_UTF16;
}

static int verr(struct cs_err *err, int code, const char *input, const struct cs_row *row, long i,
		const char *fmt, va_list ap)
{
	char msg[sizeof err->msg];
	vsnprintf(msg, sizeof msg, fmt, ap);
	if (row->sheet)
		return cs_sheet_err_at(err, code, input, row->sheet, i < 0 ? row->line : row->vline[i],
				       i < 0 ? (size_t)-1 : (size_t)row->vfield[i] - 1, "%s", msg);
	if (i < 0)
		return cs_err_at(err, code, input, row->line, 0, "%s", msg);
	return cs_err_at(err, code, input, row->vline[i], row->vfield[i], "%s", msg);
}

int cs_err_cell(struct cs_err *err, int code, const char *input, const struct cs_row *row, size_t i,
		const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = verr(err, code, input, row, (long)i, fmt, ap);
	va_end(ap);
	return rc;
}

int cs_err_row(struct cs_err *err, int code, const char *input, const struct cs_row *row, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = verr(err, code, input, row, -1, fmt, ap);
	va_end(ap);
	return rc;
}
