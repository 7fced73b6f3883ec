/* result.h - the one typed result of a command.
 *
 * A command fills a cs_result: columns that know their type and role,
 * rows of typed cells, and for every row the method it used and the counts
 * of people it rests on.  Everything after the computation reads this one
 * result: small-cell suppression (cli/frame/finish.h) hides cells in it
 * before anything else sees it; the explanations, the table/CSV/JSON/
 * Markdown writers (cli/io/output.h), the charts and the report of `run`
 * read it.  Nothing parses text that casestat itself wrote.
 *
 * Ownership: the result owns its cells' text, explanations, labels, row
 * data and its copy of the column array; column names and method strings
 * are borrowed (static tables). */
#ifndef CS_RESULT_H
#define CS_RESULT_H

#include <stddef.h>
#include <stdint.h>
#include "analysis/suppress.h"

enum cs_coltype { CS_COL_TEXT, CS_COL_INT, CS_COL_REAL, CS_COL_BOOL };

/* What a column holds.  Suppression empties the cells of the roles that
 * are computed from counts (ESTIMATE, LOWER, UPPER) when a count they rest
 * on is hidden; COUNT cells are hidden themselves; the others stay. */
enum cs_role {
	CS_ROLE_OTHER = 0,   /* a value that is neither a count nor computed from one (exposure, per) */
	CS_ROLE_LABEL,       /* what the row is about: group, category, stage, measure */
	CS_ROLE_COUNT,       /* a count of people or cases */
	CS_ROLE_ESTIMATE,    /* computed from the counts: estimate, share, rate, sum, p-value ... */
	CS_ROLE_LOWER,       /* its limits */
	CS_ROLE_UPPER,
	CS_ROLE_METHOD,      /* the method's name */
	CS_ROLE_CONF,        /* the confidence level */
	CS_ROLE_SUPPRESSED   /* whether a value of the row is hidden (added by the result) */
};

struct cs_column {
	const char *name;
	enum cs_coltype type;
	const char *human;     /* printf format of a REAL for table/md ("%.4f"); NULL: four
				* significant digits, amounts of 10,000 and more in full */
	enum cs_role role;
};

/* Columns by role, for a command's column array. */
#define CS_COL_LABEL(name) { name, CS_COL_TEXT, NULL, CS_ROLE_LABEL }
#define CS_COL_COUNT(name) { name, CS_COL_INT, NULL, CS_ROLE_COUNT }
#define CS_COL_ESTIMATE(name, fmt) { name, CS_COL_REAL, fmt, CS_ROLE_ESTIMATE }
#define CS_COL_VALUE(name, fmt) { name, CS_COL_REAL, fmt, CS_ROLE_OTHER }
#define CS_COL_METHOD { "method", CS_COL_TEXT, NULL, CS_ROLE_METHOD }
#define CS_COL_CONF { "conf", CS_COL_REAL, "%g", CS_ROLE_CONF }

/* The columns that end a row of intervals: the estimate (named est, a
 * share or an estimate), its limits (printed with fmt for people), the
 * method and the confidence level. */
#define CS_COLS_INTERVAL(est, fmt) CS_COLS_LIMITS(est, fmt), CS_COL_METHOD, CS_COL_CONF
/* An estimate and its limits. */
#define CS_COLS_LIMITS(est, fmt) \
	{ est, CS_COL_REAL, fmt, CS_ROLE_ESTIMATE }, { "lower", CS_COL_REAL, fmt, CS_ROLE_LOWER }, \
	{ "upper", CS_COL_REAL, fmt, CS_ROLE_UPPER }

/* HIDDEN: a value withheld by small-cell suppression: its mark ("<5") in
 * table and md, an empty field in csv, null in json, so machine-readable
 * output keeps its numeric columns numeric. */
enum { CS_CELL_EMPTY, CS_CELL_TEXT, CS_CELL_INT, CS_CELL_REAL, CS_CELL_HIDDEN, CS_CELL_BOOL };

struct cs_cell {
	int kind;
	char *text;            /* owned; the mark of a HIDDEN cell */
	char *human;           /* owned; how table and md show a number, when it needs a label
				* ("p < 0.0001"); NULL: the column's format */
	int64_t i;
	double d;
};

/* A count of people or cases that a row shows or rests on.  col is its
 * cell, or -1 for a count that only the sentences name (the four cells of
 * a 2x2 table).  key: the row's estimates rest on it, so hiding it hides
 * them. */
struct cs_count {
	long col;
	int64_t v;
	enum cs_sup_why why;   /* the --min-cell decision (CS_SUP_SHOWN without --min-cell) */
	const char *name;      /* for the sentence that says why it is hidden: "the count x" */
	int key;
};

#define CS_ROW_MAX_COUNTS 6

/* The method of a row, as its analysis table names it (borrowed). */
struct cs_method_ref {
	const char *name;      /* "wilson"; also the text of the METHOD column */
	const char *title;     /* "Wilson score" */
	const char *reference; /* "Wilson (1927)"; NULL when there is none to cite */
};

struct cs_rowinfo {
	struct cs_method_ref method;
	struct cs_count count[CS_ROW_MAX_COUNTS];
	size_t ncount;
	const char *rests_on;  /* what the estimates are, for the sentence of a hidden row:
				* "the share and its interval"; NULL for none */
	char *label;           /* starts that sentence ("Almaty: "); owned, may be NULL */
	int suppressed;        /* a value of the row is hidden */
	char *explain;         /* the row's sentences; owned, may be NULL */
	void *data;            /* the command's own facts about the row; owned, may be NULL */
};

struct cs_result {
	struct cs_column *cols;        /* owned copy; the last is 'suppressed' when min_cell > 0 */
	size_t ncols;
	size_t nrows, cap;
	struct cs_cell *cells;         /* nrows * ncols, owned */
	struct cs_rowinfo *row;        /* nrows */
	int64_t min_cell;              /* --min-cell K, 0 for none */
	int failed;                    /* an allocation failed (then cs_result_ok() is 0) */
};

/* Columns cols[0..n) (copied), and a last column 'suppressed' when
 * min_cell > 0.  Returns 0, or -1 when out of memory. */
int cs_result_init(struct cs_result *r, const struct cs_column *cols, size_t n, int64_t min_cell);
void cs_result_free(struct cs_result *r);
/* Did every setter since init succeed?  (Setters that allocate record a
 * failure instead of returning it, so that a command can fill a row and
 * check once.) */
int cs_result_ok(const struct cs_result *r);

/* Append an empty row; returns its index, or -1 when out of memory. */
long cs_result_add_row(struct cs_result *r);
/* Setters; text is copied.  A non-finite real is stored as empty. */
void cs_result_text(struct cs_result *r, size_t row, size_t col, const char *s);
void cs_result_int(struct cs_result *r, size_t row, size_t col, int64_t v);
void cs_result_real(struct cs_result *r, size_t row, size_t col, double v);
void cs_result_bool(struct cs_result *r, size_t row, size_t col, int v);
/* How table and md show the number of a cell ("p = 0.013", "df = 1");
 * csv and json keep the number.  Set after the value; a later setter
 * drops it. */
void cs_result_human(struct cs_result *r, size_t row, size_t col, const char *s);
/* A hidden value shown to people as mark. */
void cs_result_hidden(struct cs_result *r, size_t row, size_t col, const char *mark);
/* The row's method; also writes m.name into the METHOD-role column, if any. */
void cs_result_method(struct cs_result *r, size_t row, struct cs_method_ref m);
/* A count of the row (see struct cs_count); writes v into col when col >= 0.
 * At most CS_ROW_MAX_COUNTS per row.  Returns its index among the row's counts. */
size_t cs_result_count(struct cs_result *r, size_t row, long col, int64_t v, enum cs_sup_why why,
		       const char *name, int key);
/* What the row's estimates are and the label of its hidden-row sentence. */
void cs_result_rests_on(struct cs_result *r, size_t row, const char *what, const char *label);
/* Copy size bytes of the command's facts about the row. */
void cs_result_data(struct cs_result *r, size_t row, const void *data, size_t size);
void cs_result_explain(struct cs_result *r, size_t row, const char *s);

/* Reading, after suppression: the cell as a number (NAN when empty,
 * hidden or text), its text ("" when not text), whether it is hidden. */
const struct cs_cell *cs_result_cell(const struct cs_result *r, size_t row, size_t col);
double cs_result_num(const struct cs_result *r, size_t row, size_t col);
const char *cs_result_str(const struct cs_result *r, size_t row, size_t col);
int cs_result_is_hidden(const struct cs_result *r, size_t row, size_t col);
/* Count i of the row: 1 with *v when it is shown, 0 when it is hidden. */
int cs_result_shown(const struct cs_result *r, size_t row, size_t i, int64_t *v);
/* Count i of the row, or 0 when it is hidden (for sentences that leave a
 * hidden count out: "12 rows were left out"). */
int64_t cs_result_shown_or_0(const struct cs_result *r, size_t row, size_t i);
/* The command's facts about the row (NULL when none). */
const void *cs_result_row_data(const struct cs_result *r, size_t row);
/* Is any value of any row hidden? */
int cs_result_any_hidden(const struct cs_result *r);

#endif
