/* amtread.h - what the money commands (amounts, disparity) do with a FILE:
 * read the amounts of one or two columns per group, in file order, and
 * keep them (quantiles need them all, bootstraps draw rows by position);
 * go through the groups in label order with a generator; run a bootstrap
 * under its progress line.
 *
 * Memory: 8 bytes per amount kept; a row with an amount missing is only
 * counted. */
#ifndef CS_AMTREAD_H
#define CS_AMTREAD_H

#include <stddef.h>
#include <stdint.h>
#include <gsl/gsl_rng.h>
#include "cli/core/diag.h"
#include "cli/core/groups.h"
#include "cli/frame/command.h"
#include "cli/frame/money.h"
#include "analysis/bootstrap.h"

#define CS_AMT_MAXCOL 2

/* The amounts of one group. */
struct cs_amt_group {
	int64_t *v[CS_AMT_MAXCOL];   /* v[c][i]: column c of the i-th row with every amount (owned) */
	size_t n, cap;
	int64_t missing;             /* rows with an amount missing */
};

/* A reading context (struct cs_reduce): zeroed, then cs_amt_read_init(). */
struct cs_amt_read {
	const struct cs_amt_opts *money;
	const struct cs_cells *cells;
	const char *input;           /* as messages name it */
	const char *col[CS_AMT_MAXCOL];
	size_t ncol;                 /* row->value[0..ncol) are amounts, value[ncol] the group (with by) */
	int by;
	const char *unit;            /* what a group holds, for "out of memory (N rows in one group)" */
	const char *no_negative;     /* why a negative amount is an error; NULL: negatives are fine */
	struct cs_groups groups;     /* label -> struct cs_amt_group */
	int decimals;                /* most decimals written in any amount */
	int64_t ndec[CS_AMT_MAXCOL][CS_MONEY_DECIMALS + 1];   /* amounts of column c by decimals written */
};

/* The amount columns are job->columns[0..ncol), the group column
 * job->columns[ncol] (NULL for none). */
void cs_amt_read_init(struct cs_amt_read *r, const struct cs_job *job, size_t ncol, const char *unit,
		      const char *no_negative);
/* The row and fini callbacks of a struct cs_reduce whose context is a
 * struct cs_amt_read. */
int cs_amt_read_row(void *ctx, const struct cs_row *row, struct cs_err *err);
void cs_amt_read_fini(void *ctx);
/* A struct cs_reduce of a struct cs_amt_read set up by init. */
#define CS_AMT_REDUCE(init) { sizeof(struct cs_amt_read), 1, (init), cs_amt_read_row, NULL, cs_amt_read_fini, \
			      cs_amt_read_groups, cs_amt_group_rows }
/* Its groups and the rows of a group (struct cs_reduce groups, group_rows). */
struct cs_groups *cs_amt_read_groups(void *ctx);
int64_t cs_amt_group_rows(const void *group);

/* Call fn for every group in label order ("all" without --by), with one
 * generator for all of them (cs_amt_boot seeds it again for each).
 * Returns 0 or the first exit code. */
typedef int (*cs_amt_group_fn)(void *arg, const char *label, struct cs_amt_group *g, gsl_rng *rng,
			       struct cs_err *err);
int cs_amt_read_each(struct cs_amt_read *r, cs_amt_group_fn fn, void *arg, struct cs_err *err);

/* Run boot(b, arg) for the group labelled label, with --boot resamples,
 * level conf and rng seeded with --seed, under a progress line
 * "bootstrap of the <what> for '<label>'" (without the label when r has no
 * --by).  *status gets what boot returned: CS_OK, or CS_EUNDEF for too
 * few rows (anything else is an error), or -1 with --boot 0, when boot is
 * not called.  Returns 0 or an exit code. */
typedef int (*cs_amt_boot_fn)(const struct cs_boot *b, void *arg);
int cs_amt_boot(const struct cs_amt_read *r, double conf, gsl_rng *rng, const char *what, const char *label,
		cs_amt_boot_fn boot, void *arg, int *status, struct cs_err *err);

#endif
