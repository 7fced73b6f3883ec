/* dataset.h - streaming CSV input through libcsv.
 *
 * A command names the columns it needs; the reader resolves them against
 * the header once, then calls the command back for every data row with
 * just those values.  No row is stored: memory is one buffer per requested
 * column, reused from row to row.
 *
 * Accepted: a UTF-8 byte-order mark (dropped), LF, CRLF or lone CR line
 * ends (each ends a physical line), blank lines (skipped), quoted fields
 * holding separators, quotes ("") and line ends.  The separator is ','
 * here; dataset_impl.h has the readers for ';', tab and '|', and input.h
 * the entry that decides it (and the encoding, or a workbook).
 * Refused with FILE:LINE (the physical line, counting line ends inside
 * quoted fields; a header field's, the line it starts on): malformed or
 * unterminated quotes, a row whose field count
 * differs from the header's, invalid UTF-8 or NUL bytes in the header or in
 * a requested column (other columns are not checked), an unknown or
 * ambiguous column name.  Fields are
 * taken verbatim: no blanks are trimmed. */
#ifndef CS_DATASET_H
#define CS_DATASET_H

#include <stddef.h>
#include "cli/core/diag.h"

struct cs_row {
	unsigned long line;            /* physical line where the record starts */
	const char *const *value;      /* value[i]: the i-th requested column, NUL-terminated */
	const size_t *len;             /* its length in bytes */
	const unsigned long *vline;    /* physical line where value[i] starts */
	const int *vfield;             /* its 1-based field number */
	const char *sheet;             /* a spreadsheet's sheet (then line is its row number and
					* vfield its column, A = 1); NULL for CSV */
};
/* Everything in a cs_row is borrowed and valid only during the callback. */

/* Called for each data row; returns 0 to go on or an exit code (with err
 * filled) to stop. */
typedef int (*cs_row_fn)(void *ctx, const struct cs_row *row, struct cs_err *err);

/* The name of an input in messages: the path, or "<stdin>" for "-". */
const char *cs_input_name(const char *path);

/* The header names for a message ("'a', 'b', 'c'"), each through
 * cs_msg_text(), ending in "..." where they do not fit in size bytes. */
void cs_header_list(char *buf, size_t size, const char *const *names, size_t n);

/* The header name a mistyped column name most likely meant, or NULL when no
 * single name is close: letter case may differ, and a name of 4 or 5
 * characters may have one added, dropped or changed, a longer one one in
 * three.  Names of 1 to 3 characters only by case. */
const char *cs_header_suggest(const char *want, const char *const *names, size_t n);

/* Where column `want` is among the header names[0..n): the index of its
 * first field, or -1 when it is not there; *again receives the index of a
 * second field of that name, or n when there is none. */
long cs_header_find(const char *want, const char *const *names, size_t n, size_t *again);

/* The message for a column `want` that the header names[0..n) does not
 * have: "no column 'x' in the header (did you mean 'y'?); the columns are:
 * ..." (cs_header_suggest()). */
void cs_no_column_text(char *buf, size_t size, const char *want, const char *const *names, size_t n);

/* That error about input's header at line, "FILE:LINE: no column ...".
 * Returns CS_EXIT_DATA. */
int cs_err_no_column(struct cs_err *err, const char *input, unsigned long line, const char *want,
		     const char *const *names, size_t n);

/* Read path ("-" = standard input), resolve the ncols names in columns
 * against its header, and call fn for each data row.  *nrows (may be NULL)
 * receives the number of data rows.  Returns 0 or an exit code with err
 * filled: CS_EXIT_DATA for bad data and unknown columns, CS_EXIT_ENV
 * when the file cannot be read. */
int cs_csv_read(const char *path, const char *const *columns, size_t ncols,
		cs_row_fn fn, void *ctx, unsigned long *nrows, struct cs_err *err);

/* Called once, when the header has been read and checked, with its n field
 * names in order (borrowed, valid until the read returns), its physical
 * line and, for a spreadsheet, the sheet (then line is the sheet's row;
 * NULL for CSV); returns 0 to go on or an exit code (with err filled) to
 * stop. */
typedef int (*cs_header_fn)(void *ctx, const char *const *names, size_t n,
			    unsigned long line, const char *sheet, struct cs_err *err);

/* As cs_csv_read(), but every column is delivered, in header order: hfn
 * (may be NULL) sees the header, then fn gets each row with value[i] the
 * i-th field.  Names may repeat.  Every field is checked for NUL bytes and
 * UTF-8.  For commands that copy whole rows (pseudonymize). */
int cs_csv_read_all(const char *path, cs_header_fn hfn, cs_row_fn fn, void *ctx,
		    unsigned long *nrows, struct cs_err *err);

/* As cs_csv_read(), but a regular file of a few megabytes or more is
 * parsed by up to nctx threads, thread k calling fn with ctx[k]: callbacks
 * run concurrently, and each may touch only its own context.  Which rows a
 * thread gets changes from run to run, so the caller merges the nctx
 * contexts with order-free operations (counts; output sorted afterwards);
 * the ones not used stay as they were.
 * Standard input, small files and nctx < 2 take the streaming path with
 * ctx[0].  The rows seen are exactly those of one thread, and an error is
 * the one a single thread would report. */
int cs_csv_read_parallel(const char *path, const char *const *columns, size_t ncols,
			 cs_row_fn fn, void *const *ctx, int nctx,
			 unsigned long *nrows, struct cs_err *err);

#endif
