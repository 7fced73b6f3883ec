/* input.h - a FILE as commands read it, whatever its form: CSV with any
 * of the usual separators, in UTF-8 or another encoding, or a sheet of a
 * spreadsheet.  The one entry the framework uses (cli/frame/reduce.c,
 * pseudonymize); below it are the CSV readers (dataset.h), the encoding
 * converter (cli/core/encoding.h) and the spreadsheet reader (sheet.h).
 *
 * What a reader found out (the separator it decided on, the encoding, the
 * sheet) comes back in struct cs_input_found, for messages and run.txt. */
#ifndef CS_INPUT_H
#define CS_INPUT_H

#include <stddef.h>
#include "cli/core/diag.h"
#include "cli/io/dataset.h"

/* How to read a FILE (from --delimiter, --encoding, --sheet). */
struct cs_input {
	char delim;                /* ',' ';' '\t' '|', or 0: decide from the header line
				    * (and a .tsv or .tab name) */
	const char *encoding;      /* NULL: UTF-8 (a byte-order mark dropped; a UTF-16 one read as
				    * UTF-16); else a name cs_enc_check() accepts */
	const char *sheet;         /* a spreadsheet's sheet: NULL the first, a name or a number */
};

/* What reading found (all "" and 0 when the file was refused before it
 * was read). */
struct cs_input_found {
	char delim;                /* the separator used (0 for a spreadsheet) */
	char encoding[32];         /* "utf-8", "utf-16le", "windows-1251", ...; "" for a
				    * spreadsheet */
	char format[16];           /* "csv", "xlsx", "ods", "xls" */
	char sheet[256];           /* the sheet read, or "" */
};

/* Read path ("-" = standard input) as cs_csv_read_parallel() does (nctx
 * contexts; one thread unless the file is plain UTF-8 CSV of a few
 * megabytes or more), with the separator, encoding and sheet of in (NULL:
 * the defaults).  found (may be NULL) receives what was found.  Returns 0
 * or an exit code with err filled.
 *
 * What a file is: a workbook's name (.xlsx .xlsm .ods .xls) is read as a
 * workbook; a text name (.csv .tsv .tab .txt) as CSV, a workbook, zip,
 * PDF or binary file under it refused saying what it is; any other name,
 * and standard input (its first bytes looked at, then read with the rest),
 * by content.  The rest of the rules: docs/casestat.1, INPUT. */
int cs_input_read(const char *path, const struct cs_input *in, const char *const *columns, size_t ncols,
		  cs_row_fn fn, void *const *ctx, int nctx, unsigned long *nrows, struct cs_input_found *found,
		  struct cs_err *err);

/* As cs_csv_read_all() (every column, in order; pseudonymize), with in. */
int cs_input_read_all(const char *path, const struct cs_input *in, cs_header_fn hfn, cs_row_fn fn, void *ctx,
		      unsigned long *nrows, struct cs_input_found *found, struct cs_err *err);

/* Would a FILE whose first bytes are s[0..n) be read as text (CSV), not
 * taken for a workbook, zip, PDF or binary file?  (For writers of CSV.) */
int cs_input_text_head(const void *s, size_t n);

/* The error about value i of a row, "FILE:LINE:FIELD: ..." for CSV or
 * "FILE: SHEET!D17: ..." for a spreadsheet; cs_err_row() about the whole
 * row ("FILE:LINE: ..." or "FILE: SHEET, row 17: ...").  Return code. */
int cs_err_cell(struct cs_err *err, int code, const char *input, const struct cs_row *row, size_t i,
		const char *fmt, ...) __attribute__((format(printf, 6, 7)));
int cs_err_row(struct cs_err *err, int code, const char *input, const struct cs_row *row,
	       const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
