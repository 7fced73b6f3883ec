/* chart_mse.h - multiple systems estimation: the estimated totals of the
 * models (and Chao's lower bound) with their intervals, a row each, a
 * panel per group (stratum), a dashed line at the people the lists name.
 * The counts by capture pattern are chart_patterns.h.
 *
 * Input is plain arrays; strings are borrowed for the call. */
#ifndef CS_CHART_MSE_H
#define CS_CHART_MSE_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

enum cs_chart_mse_kind {
	CS_CHART_MSE_MODEL,   /* a log-linear model or a two-list estimator */
	CS_CHART_MSE_CHAO     /* Chao's lower bound */
};

struct cs_chart_mse_row {
	const char *label;            /* the model ("12,13"), "chapman", "Chao's lower bound" */
	int kind;                     /* enum cs_chart_mse_kind */
	double estimate, lower, upper;   /* people; estimate NaN: none; upper +INFINITY: no upper limit;
					  * limits NaN: no interval */
	double gap;                   /* criterion above the best model's; NaN: none shown */
	const char *why;              /* no estimate: a short reason ("empty margin"); may be NULL */
	int suppressed;
};

struct cs_chart_mse_panel {
	const char *title;            /* the stratum, or NULL for the only panel */
	double observed;              /* the people the lists name: the dashed line; NaN: not drawn */
	size_t nrows;
	const struct cs_chart_mse_row *rows;
};

struct cs_chart_mse {
	const char *title;            /* NULL: "How many people the lists missed: estimated totals" */
	const char *criterion;        /* "BIC" or "AIC" for the gaps; NULL when there are none */
	const char *interval;         /* the interval's name for the caption ("profile likelihood") */
	const char *lists;            /* what the digits of the models mean ("1 hotline, 2 lawyers"); may be NULL */
	const char *note;             /* one more caption line (rows left out); may be NULL */
	double conf;
	int min_cell;                 /* K of suppressed rows, for the caption; 0 = none */
	size_t npanels;
	const struct cs_chart_mse_panel *panels;
};

/* Write the script: rows in the order given, top to bottom.  The x axis
 * is in people, logarithmic when the limits span more than a factor of 20
 * (within a panel); an open upper limit runs to the edge.  Returns a
 * CS_PLOT_ status (CS_PLOT_EDATA when there is no row). */
int cs_chart_mse_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_mse *c);

#endif
