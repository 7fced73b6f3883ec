/* sheet_impl.h - what the spreadsheet readers (sheet_xlsx.c, sheet_ods.c,
 * sheet_xls.c) share: the read's settings, the row being built, and the
 * conversion of numbers, dates and times to text (sheet_num.c).  Not for
 * use outside cli/io/sheet*.c and their tests. */
#ifndef CS_SHEET_IMPL_H
#define CS_SHEET_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "cli/io/sheet.h"

/* The row being built: the cells' text one after the other, each ended by
 * a NUL, and per cell its offset, length and kind.  Columns not given are
 * empty; cells must come in column order. */
struct cs_rowbuf {
	char *text;
	size_t tlen, tcap;
	size_t *off, *len;
	unsigned char *kind;
	const char **value;       /* built at emit time (text may move before) */
	size_t n, cap;            /* cells 0..n-1 held */
	size_t open;              /* column of the cell being filled, or (size_t)-1 */
	size_t open_at;           /* its text's start */
};

/* One read: settings, the callback, the chosen sheet, the row. */
struct cs_sheet_ctx {
	const char *file;         /* in messages */
	const char *want;         /* o->sheet */
	int keep_errors;
	uint64_t max_part, max_held, max_repeat;
	size_t max_row_text;
	cs_sheet_row_fn fn;
	void *ctx;
	struct cs_err *err;
	char *sheet;              /* the chosen sheet's name (owned), or NULL */
	unsigned long last_row;   /* the last row delivered, 0 before the first */
	uint64_t repeated;        /* cells made by repeats so far */
	struct cs_rowbuf rb;
};

/* The readers; each returns 0 or an exit code with s->err filled, and sets
 * s->sheet when it finds the sheet.  buf/len for xlsx and ods may be
 * NULL/0 to open s->file's path instead: path is what to open. */
int cs_sheet_xlsx(struct cs_sheet_ctx *s, const char *path, const void *buf, size_t len);
int cs_sheet_ods(struct cs_sheet_ctx *s, const char *path, const void *buf, size_t len);
int cs_sheet_xls(struct cs_sheet_ctx *s, const char *path, const void *buf, size_t len);

/* Choose among n sheet names by s->want (NULL: the first; a name; a
 * number).  Returns the index, or -1 with the error (the sheets there are)
 * in s->err. */
long cs_sheet_choose(struct cs_sheet_ctx *s, const char *const *names, size_t n);

/* Take a copy of the chosen sheet's name into s->sheet.  0 or CS_EXIT_ENV. */
int cs_sheet_set_name(struct cs_sheet_ctx *s, const char *name);

/* Errors naming the cell, the row (col (size_t)-1) or the sheet (row 0). */
int cs_sheet_fail(struct cs_sheet_ctx *s, unsigned long row, size_t col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
int cs_sheet_oom(struct cs_sheet_ctx *s);

/* ---- the row (sheet_row.c) ---------------------------------------------- */

/* A whole cell; empty text (and CS_SHEET_EMPTY) holds nothing. */
int cs_row_cell(struct cs_sheet_ctx *s, unsigned long row, size_t col, int kind,
		const char *text, size_t len);
/* A cell filled piece by piece: open, add text, close with its kind (a
 * cell that stays empty holds nothing). */
int cs_row_open(struct cs_sheet_ctx *s, unsigned long row, size_t col);
int cs_row_add(struct cs_sheet_ctx *s, unsigned long row, const char *text, size_t len);
int cs_row_close(struct cs_sheet_ctx *s, int kind);
/* Drop the cell being filled. */
void cs_row_drop(struct cs_sheet_ctx *s);
/* Repeat the last cell held, now in column col, k more times (.ods). */
int cs_row_repeat_cell(struct cs_sheet_ctx *s, unsigned long row, size_t col, uint64_t k);
/* Deliver the row as rows row..row+k-1 (k > 1 only for .ods repeats) and
 * clear it; a row with no cell is skipped. */
int cs_row_emit(struct cs_sheet_ctx *s, unsigned long row, uint64_t k);
void cs_row_free(struct cs_rowbuf *rb);

/* ---- numbers, dates, times (sheet_num.c) -------------------------------- */

#define CS_NUM_TEXT 40   /* enough for any cs_num_text() */
/* A number as Excel shows it to 15 significant digits, shortest form
 * (see sheet.h); NaN and infinities give "".  Returns the length. */
size_t cs_num_text(double v, char *buf);

/* What a number format shows: a number, a date, a time of day, or an
 * elapsed time ([h]). */
enum cs_numfmt { CS_FMT_NUMBER, CS_FMT_DATE, CS_FMT_TIME, CS_FMT_ELAPSED };
/* The kind of a built-in format id, or -1 when the id is not a built-in. */
int cs_numfmt_builtin(unsigned long id);
/* The kind of a format code ("dd/mm/yyyy", "[h]:mm", "0.00%"). */
enum cs_numfmt cs_numfmt_code(const char *code);

/* A date serial as YYYY-MM-DD (date1904: the 1904 system); the time of day
 * is dropped.  Returns 10, or 0 when the serial is outside 1900-01-00 (0)
 * .. 9999-12-31 (buf[11]). */
size_t cs_serial_date(double serial, int date1904, char *buf);
/* The time of a serial as HH:MM:SS (to the nearest second): of the day,
 * or elapsed hours (may pass 24).  Returns the length, 0 when out of range. */
size_t cs_serial_time(double serial, int elapsed, char *buf, size_t size);

/* An ODF date value "2023-07-09" or "2023-07-09T13:30:00" -> "2023-07-09";
 * an ODF duration "PT13H30M00S" (days, fractional seconds allowed) ->
 * "13:30:00".  Return the length, 0 when the text is not one. */
size_t cs_odf_date(const char *v, char *buf);
size_t cs_odf_time(const char *v, char *buf, size_t size);

#endif
