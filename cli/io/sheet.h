/* sheet.h - spreadsheets (.xlsx, .ods, .xls) read as a stream of rows, and
 * what a file is by its first bytes.
 *
 * One sheet is read: the first in workbook order, or the one named or
 * numbered.  Each non-empty row reaches a callback as the text a CSV export
 * of the sheet would hold, with the row's number in the sheet; nothing is
 * stored between rows, so memory does not grow with the sheet's length.
 * How cells become text (cs_sheet_row has the kind of each):
 *   numbers   shortest decimal that equals the value to 15 significant
 *             digits, as Excel shows it (85333.99000000001 -> 85333.99),
 *             '.' whatever the locale, plain digits up to 1e21 and from
 *             1e-10, else 1.5e+25; number formats (percent, currency,
 *             decimals) are not applied: 25% is 0.25
 *   dates     a number whose format is a date: YYYY-MM-DD (a date-time
 *             gives its date); a time-only format: HH:MM:SS (hours past 24
 *             for elapsed-time formats); Excel's 1900 system with its
 *             fictitious 1900-02-29 (serial 60) and 1900-01-00 (serial 0),
 *             and the 1904 system
 *   booleans  TRUE or FALSE
 *   text      as stored (UTF-8), rich-text runs joined, several paragraphs
 *             of an .ods cell joined by a newline
 *   formulas  their cached value (a formula never calculated is empty)
 *   errors    (#DIV/0!, #N/A) stop the read with FILE: SHEET!CELL: ...,
 *             unless the options keep them
 *   .xls      as FreeXL gives it: formula cells empty (it reads no
 *             formula results), booleans 1 and 0, error cells empty
 * Refused with a message: a damaged archive or XML, a document type
 * declaration (entities), a part that inflates beyond its limit (a zip
 * bomb), a cell past column XFD or row 16,777,216.
 * Libraries: libzip (the zip container, entry sizes known before
 * inflating), expat (XML read as a stream of events), FreeXL (the binary
 * BIFF format of .xls, run in a child process: it faults on some damaged
 * files).  Thread-safe: nothing is shared between calls.  More in
 * docs/notes/sheet.md. */
#ifndef CS_SHEET_H
#define CS_SHEET_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/diag.h"

/* ---- what a file is ----------------------------------------------------- */

enum cs_file_kind {
	CS_FILE_TEXT,          /* no NUL bytes: CSV or other text (also empty) */
	CS_FILE_UTF16,         /* text with a UTF-16 byte-order mark (Excel's "Unicode text") */
	CS_FILE_XLSX,          /* Office Open XML workbook (.xlsx, .xlsm) */
	CS_FILE_ODS,           /* OpenDocument spreadsheet */
	CS_FILE_XLS,           /* OLE2 compound file: .xls (or another legacy Office file) */
	CS_FILE_ZIP,           /* a zip archive that is not a spreadsheet (.docx, .odt, ...) */
	CS_FILE_PDF,
	CS_FILE_OTHER_BINARY   /* anything else with NUL bytes (image, gzip, ...) */
};

/* Bytes of a file's beginning that cs_file_sniff() wants to see. */
#define CS_SNIFF_BYTES 4096

/* What the first n bytes say a file is: magic numbers, and for a zip the
 * names of the first entries (an .ods stores "mimetype" first; an .xlsx
 * has entries under xl/).  A zip whose entries are not in the head counts
 * as CS_FILE_ZIP; cs_file_sniff_path() looks inside. */
enum cs_file_kind cs_file_sniff(const unsigned char *head, size_t n);

/* What the file at path is: its first bytes, and for a zip the archive's
 * entries (libzip).  Returns 0, or CS_EXIT_ENV when it cannot be read. */
int cs_file_sniff_path(const char *path, enum cs_file_kind *kind, struct cs_err *err);

/* The kind a file name's extension promises (.xlsx .xlsm .ods .xls, ASCII
 * case ignored), else CS_FILE_TEXT. */
enum cs_file_kind cs_file_kind_ext(const char *path);

/* Is k one that cs_sheet_read() reads? */
int cs_file_is_sheet(enum cs_file_kind k);

/* For messages: "an Excel workbook (.xlsx)", "a PDF document", ... */
const char *cs_file_kind_name(enum cs_file_kind k);

/* The error for a file given as CSV that is something else: "NAME: this is
 * an Excel workbook (.xlsx), not CSV text" (with a hint for workbooks and
 * UTF-16).  Returns CS_EXIT_DATA. */
int cs_file_err_not_text(struct cs_err *err, const char *name, enum cs_file_kind k);

/* ---- reading a sheet ---------------------------------------------------- */

enum cs_cell_kind {
	CS_SHEET_EMPTY,     /* value "" */
	CS_SHEET_TEXT,
	CS_SHEET_NUMBER,
	CS_SHEET_DATE,      /* YYYY-MM-DD */
	CS_SHEET_TIME,      /* HH:MM:SS */
	CS_SHEET_BOOL,      /* TRUE / FALSE */
	CS_SHEET_ERROR      /* #DIV/0!, #N/A, ... (only with keep_errors) */
};

struct cs_sheet_row {
	unsigned long row;            /* 1-based sheet row number, increasing */
	size_t n;                     /* cells 0..n-1 (column A = 0); n >= 1 */
	const char *const *value;     /* UTF-8, NUL-terminated, no NUL inside */
	const size_t *len;            /* their lengths in bytes */
	const unsigned char *kind;    /* enum cs_cell_kind of each */
	const char *sheet;            /* the sheet's name, for messages */
};
/* Everything in a cs_sheet_row is borrowed and valid only during the
 * callback.  Rows whose cells are all empty are not delivered (like blank
 * CSV lines); cells after the last non-empty one are left out, so rows of
 * one sheet may differ in n, and value[n-1] is never empty. */

/* Called for each non-empty row; returns 0 to go on or an exit code (with
 * err filled) to stop. */
typedef int (*cs_sheet_row_fn)(void *ctx, const struct cs_sheet_row *row, struct cs_err *err);

/* Limits against hostile files; 0 takes the default. */
#define CS_SHEET_MAX_PART   (UINT64_C(1) << 30)   /* sheet XML streamed: 1 GiB inflated */
#define CS_SHEET_MAX_HELD   (UINT64_C(256) << 20) /* parts held in memory (shared strings,
						     styles, workbook): 256 MiB inflated;
						     also the largest .xls */
#define CS_SHEET_MAX_ROWTXT ((size_t)16 << 20)    /* text of one row: 16 MiB */
#define CS_SHEET_MAX_REPEAT (UINT64_C(1) << 27)   /* cells made by .ods repeats */
#define CS_SHEET_MAX_COLS   16384                 /* columns A..XFD */
#define CS_SHEET_MAX_ROWS   16777216UL            /* the most rows a sheet may have */

struct cs_sheet_opts {
	const char *sheet;          /* NULL: the first; else a sheet name (exact, or
				       ASCII case ignored when that is unique) or
				       a 1-based position "3" */
	const char *name;           /* the file in messages (NULL: the path) */
	int keep_errors;            /* error cells: 0 stop the read, 1 deliver as CS_SHEET_ERROR */
	uint64_t max_part;          /* CS_SHEET_MAX_PART */
	uint64_t max_held;          /* CS_SHEET_MAX_HELD */
	size_t max_row_text;        /* CS_SHEET_MAX_ROWTXT */
	uint64_t max_repeat;        /* CS_SHEET_MAX_REPEAT */
};

/* Read one sheet of the workbook at path (its kind from its content, not
 * its name) and call fn for each non-empty row.  o may be NULL.  When
 * sheet_out is not NULL it receives the sheet's name (malloc'd; the caller
 * frees) once the sheet is found, also when an error follows.  Returns 0
 * or an exit code with err filled: CS_EXIT_DATA for damaged or hostile
 * files, a missing sheet (the message lists those there are), an error
 * cell, a file that is not a workbook; CS_EXIT_ENV when the file cannot be
 * read or memory runs out; or what fn returned. */
int cs_sheet_read(const char *path, const struct cs_sheet_opts *o, cs_sheet_row_fn fn,
		  void *ctx, char **sheet_out, struct cs_err *err);

/* As cs_sheet_read(), from memory; kind says which reader (CS_FILE_XLSX,
 * CS_FILE_ODS, CS_FILE_XLS), or CS_FILE_TEXT to sniff the bytes.  Messages
 * name the file as o->name, or "<memory>". */
int cs_sheet_read_mem(const void *buf, size_t len, enum cs_file_kind kind,
		      const struct cs_sheet_opts *o, cs_sheet_row_fn fn, void *ctx,
		      char **sheet_out, struct cs_err *err);

/* A cell's name in A1 style: row 17, column 3 -> "D17" (size >= 16). */
void cs_sheet_cellref(char *buf, size_t size, unsigned long row, size_t col);

/* Record an error about a cell: "FILE: SHEET!D17: message" ('My sheet'!D17
 * when the name needs quotes, as in Excel).  col (size_t)-1 names the row:
 * "FILE: SHEET, row 17: message"; row 0 the sheet: "FILE: SHEET: message".
 * Returns code. */
int cs_sheet_err_at(struct cs_err *err, int code, const char *file, const char *sheet,
		    unsigned long row, size_t col, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

#endif
