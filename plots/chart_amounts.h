/* chart_amounts.h - money amounts per group: a strip plot of every value
 * (small groups) or a box plot from the quartiles (large ones), one row
 * per group, with a logarithmic axis when the amounts span more than a
 * factor of 100.
 *
 * Input is plain arrays; strings and values are borrowed for the call.
 * The quartiles are the caller's (Hyndman-Fan type 7 in casestat), so the
 * picture and the table agree. */
#ifndef CS_CHART_AMOUNTS_H
#define CS_CHART_AMOUNTS_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

struct cs_chart_amount_group {
	const char *label;
	const double *values;   /* every amount, or NULL (then only a box is possible) */
	size_t n;               /* number of amounts */
	double min, q1, median, q3, max, mean;
	int suppressed;
};

enum cs_amounts_style { CS_AMOUNTS_AUTO, CS_AMOUNTS_STRIP, CS_AMOUNTS_BOX };

/* Groups of at most this many values are drawn as strips under AUTO. */
#define CS_AMOUNTS_STRIP_MAX 200

struct cs_chart_amounts {
	const char *title;     /* NULL: "Amounts by group" */
	const char *what;      /* "amount donated"; NULL: "amount" */
	const char *unit;      /* "KZT"; may be NULL */
	enum cs_amounts_style style;
	int min_cell;
	size_t ngroups;
	const struct cs_chart_amount_group *groups;   /* drawn top to bottom */
};

/* Returns a CS_PLOT_ status (CS_PLOT_EDATA with no groups, or a strip
 * asked for a group without values). */
int cs_chart_amounts_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_amounts *c);

#endif
