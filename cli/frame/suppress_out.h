/* suppress_out.h - small-cell suppression in a command's output
 * (--min-cell K): turns the decisions of analysis/suppress.h into cells
 * printed as '<K', the 'suppressed' column and the sentences of
 * --explain, the same way for every command.
 *
 * A command computes its rows as usual, decides with analysis/suppress.h
 * (or cs_hide_why() for a count that is part of no published total), and
 * calls cs_hide_row() on each row.  With K = 0 (no --min-cell) nothing
 * changes: no column, no mark.  The rules and what each command hides are
 * in docs/notes/suppression.md. */
#ifndef CS_SUPPRESS_OUT_H
#define CS_SUPPRESS_OUT_H

#include <stddef.h>
#include <stdint.h>
#include "cli/frame/explain.h"
#include "cli/io/output.h"
#include "analysis/suppress.h"

/* The last column of a command's column array; cs_hide_ncols() says
 * whether the table has it. */
#define CS_SUPPRESSED_COLUMN { "suppressed", CS_COL_TEXT, NULL }

/* The number of columns to give cs_table_init: n, and one more (the
 * suppressed column, at index n) when k > 0. */
size_t cs_hide_ncols(int64_t k, size_t n);

/* The decision for a count that belongs to no published total (a rate's
 * events, the amounts of a group, rows left out): small or shown. */
enum cs_sup_why cs_hide_why(int64_t v, int64_t k);

/* The decisions for a proportion x of n whose total is printed (x and n
 * printed, n - x implied).  CS_OK or CS_ENOMEM. */
int cs_hide_proportion(int64_t x, int64_t n, int64_t k, enum cs_sup_why *x_why, enum cs_sup_why *n_why);

/* The mark of a hidden count: "<5". */
void cs_hide_mark(char *buf, size_t size, int64_t k);

/* A count for a label the table prints ("6/7" in the calculator form):
 * its digits, or the mark when it is hidden. */
void cs_hide_text(char *buf, size_t size, int64_t v, enum cs_sup_why why, int64_t k);

/* One count of a result row. */
struct cs_hide_count {
	long col;              /* its column, or -1 when it is only in the sentences */
	enum cs_sup_why why;
	const char *name;      /* for the sentence: "the count x", "the number of rows left out" */
	int key;               /* the row's estimates rest on it */
};

/* Apply the decisions to row `row` (nothing when k <= 0): hidden counts
 * print as '<K'; when a key count is hidden, the cells of est_cols
 * (estimates, limits, anything computed from it) are emptied; the
 * suppressed column says whether a cell of the row is hidden.  With
 * explain, a row whose estimates are hidden gets a sentence that says why
 * instead of its own (which names the counts); a row with only other
 * counts hidden keeps its sentence with this one added (the command must
 * leave those counts out of its own).  label starts the new sentence (may
 * be NULL); est_name names what est_cols hold ("the share and its
 * interval").  Returns 0, or -1 when out of memory. */
int cs_hide_row(struct cs_table *t, size_t row, int64_t k, const struct cs_hide_count *c, size_t nc,
		const size_t *est_cols, size_t nest, const char *est_name, const char *label, int explain);

/* Is any count of c hidden?  Any key count? */
int cs_hide_any(const struct cs_hide_count *c, size_t nc, int key_only);

#endif
