/* chart_coverage.h - the actual coverage probability of interval methods
 * as p runs over (0, 1), with the nominal level as a dashed line: one
 * panel per method, stacked, sharing the p axis.
 *
 * Input is plain arrays; strings and numbers are borrowed for the call. */
#ifndef CS_CHART_COVERAGE_H
#define CS_CHART_COVERAGE_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

struct cs_chart_coverage_series {
	const char *method;         /* method title ("Wald") */
	const double *coverage;     /* npoints values in [0, 1] */
	double mean, min;           /* summary for the panel title; NaN = leave out */
};

struct cs_chart_coverage {
	const char *title;          /* NULL: "Actual coverage of 95% intervals, n = 20" */
	long long n;
	double conf;
	size_t npoints;
	const double *p;            /* the grid, increasing */
	size_t nseries;
	const struct cs_chart_coverage_series *series;
};

/* Returns a CS_PLOT_ status. */
int cs_chart_coverage_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_coverage *c);

#endif
