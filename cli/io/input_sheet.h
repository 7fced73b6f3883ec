/* input_sheet.h - a sheet of a workbook read as the CSV readers give rows,
 * for cs_input_read() and cs_input_read_all() (input.h).  Internal to
 * cli/io.
 *
 * The first non-empty row is the header; the requested columns are found
 * in it as the CSV reader finds them (the same messages, positions as
 * SHEET, row N).  Each later non-empty row is a struct cs_row: value[i] the
 * text of the requested column's cell ("" where the row ends before it),
 * line and vline[i] the sheet row, vfield[i] the column (A = 1), sheet the
 * sheet's name.  An error cell (#DIV/0!, #N/A) in a requested column stops
 * the read with SHEET!CELL; error cells elsewhere are not looked at.  A
 * non-empty cell to the right of the header's last column is an error
 * naming the cell, as a CSV row with more fields than its header is. */
#ifndef CS_INPUT_SHEET_H
#define CS_INPUT_SHEET_H

#include <stddef.h>
#include "cli/core/diag.h"
#include "cli/io/dataset.h"
#include "cli/io/sheet.h"

/* Where the workbook is. */
struct cs_workbook {
	const char *path;          /* a file; or NULL: buf[0..len) */
	const void *buf;
	size_t len;
	enum cs_file_kind kind;    /* for buf: its kind, or CS_FILE_TEXT to sniff */
	const char *name;          /* the input in messages */
	const char *sheet;         /* the sheet: NULL the first, a name or a number */
};

/* Read the sheet of w, calling fn with ctx for each data row.  columns
 * NULL: every column of the header, in order, hfn (may be NULL) seeing the
 * header first.  sheet[0..size) receives the sheet's name once known.
 * *nrows (may be NULL) receives the data rows.  Returns 0 or an exit code
 * with err filled. */
int cs_workbook_read(const struct cs_workbook *w, const char *const *columns, size_t ncols,
		     cs_header_fn hfn, cs_row_fn fn, void *ctx, unsigned long *nrows,
		     char *sheet, size_t size, struct cs_err *err);

#endif
