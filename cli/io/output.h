/* output.h - result tables and their four renderings.
 *
 * A command fills a cs_table (typed cells, one optional explanation per
 * row) and hands it to cs_table_write(), which renders it as
 *   table  aligned columns for a terminal, numbers rounded for people,
 *   csv    RFC 4180 with LF line ends, numbers as %.17g, empty = undefined,
 *   json   an array of objects, numbers as %.17g, undefined = null,
 *   md     a GitHub-flavoured Markdown table, numbers rounded for people.
 * Numbers are printed with '.' whatever the locale (LC_NUMERIC is never set). */
#ifndef CS_OUTPUT_H
#define CS_OUTPUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum cs_format { CS_FMT_TABLE, CS_FMT_CSV, CS_FMT_JSON, CS_FMT_MD };

/* Parse "table", "csv", "json", "md" (or "markdown"); -1 if unknown. */
int cs_format_parse(const char *s);

enum cs_coltype { CS_COL_TEXT, CS_COL_INT, CS_COL_REAL };

struct cs_column {
	const char *name;
	enum cs_coltype type;
	const char *human;     /* printf format of a REAL for table/md ("%.4f"); NULL: four
				* significant digits, amounts of 10,000 and more in full */
};

/* HIDDEN: a value withheld by small-cell suppression (--min-cell): its
 * mark ("<5") in table and md, an empty field in csv, null in json, so
 * machine-readable output keeps its numeric columns numeric.  BOOL: true
 * or false in every format (unquoted in json). */
enum { CS_CELL_EMPTY, CS_CELL_TEXT, CS_CELL_INT, CS_CELL_REAL, CS_CELL_HIDDEN, CS_CELL_BOOL };

struct cs_cell {
	int kind;
	char *text;            /* owned; the mark of a HIDDEN cell */
	int64_t i;
	double d;
};

struct cs_table {
	const struct cs_column *cols;  /* borrowed, ncols entries */
	size_t ncols;
	size_t nrows, cap;
	struct cs_cell *cells;         /* nrows * ncols, owned */
	char **explain;                /* per row, owned, may be NULL */
};

void cs_table_init(struct cs_table *t, const struct cs_column *cols, size_t ncols);
void cs_table_free(struct cs_table *t);
/* Append an empty row; returns its index or -1 when out of memory. */
long cs_table_add_row(struct cs_table *t);
/* Setters; text is copied.  A non-finite real is stored as empty.  The
 * functions that copy return -1 when out of memory. */
int cs_table_text(struct cs_table *t, size_t row, size_t col, const char *s);
void cs_table_int(struct cs_table *t, size_t row, size_t col, int64_t v);
void cs_table_real(struct cs_table *t, size_t row, size_t col, double v);
int cs_table_explain(struct cs_table *t, size_t row, const char *s);
/* A hidden value (see CS_CELL_HIDDEN) shown to people as mark. */
int cs_table_hidden(struct cs_table *t, size_t row, size_t col, const char *mark);
void cs_table_bool(struct cs_table *t, size_t row, size_t col, int v);

/* Render; with explain, sentences follow the table (table, md) or go in an
 * "explanation" field (json); csv never carries them.  Returns 0, or -1 if
 * the stream reports an error. */
int cs_table_write(FILE *out, const struct cs_table *t, enum cs_format fmt, int explain);

/* One CSV field as the csv rendering writes it (RFC 4180, minimal quoting):
 * quoted only when it holds a comma, a quote, CR or LF, quotes doubled. */
void cs_csv_field(FILE *out, const char *s);

/* Display width of UTF-8 text in terminal columns (needs LC_CTYPE UTF-8;
 * falls back to one column per code point). */
size_t cs_display_width(const char *s);

#endif
