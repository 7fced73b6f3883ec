/* chart_funnel.h - a funnel of nested stages (7,000 donors -> 800
 * questioned -> 7 in the case file -> 6 complaints): one centred
 * horizontal bar per stage, its width proportional to the count, with the
 * stage-to-stage percentage and its confidence interval between bars.
 *
 * Input is a plain array; strings are borrowed for the call. */
#ifndef CS_CHART_FUNNEL_H
#define CS_CHART_FUNNEL_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

struct cs_chart_funnel_stage {
	const char *name;
	double count;
	/* stage / previous stage and its interval (proportions); ignored for
	 * the first stage; NaN = undefined */
	double step, step_lower, step_upper;
	int suppressed;
};

struct cs_chart_funnel {
	const char *title;     /* NULL: "From <first stage> to <last stage>" */
	const char *method;    /* proportion method title ("Wilson score") */
	double conf;
	int min_cell;
	size_t nstages;
	const struct cs_chart_funnel_stage *stages;   /* first (widest) first */
};

/* Bars narrower than 0.4% of the first are drawn at that width so they
 * stay visible (the count is written beside them).  Returns a CS_PLOT_
 * status. */
int cs_chart_funnel_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_funnel *c);

#endif
