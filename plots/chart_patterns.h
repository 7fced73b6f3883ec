/* chart_patterns.h - the people of each capture pattern of multiple
 * systems estimation: a bar per pattern (people on exactly those lists),
 * a panel of bars per group (stratum), and under them a grid with a row
 * per list whose dots mark the lists of each pattern (an "UpSet" plot,
 * Lex et al. 2014).  Patterns go by how many lists they hold, then in
 * list order: A, B, C, A+B, A+C, B+C, A+B+C.
 *
 * Input is plain arrays; strings are borrowed for the call. */
#ifndef CS_CHART_PATTERNS_H
#define CS_CHART_PATTERNS_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

#define CS_CHART_PATTERNS_MAX_LISTS 6

struct cs_chart_patterns_group {
	const char *title;            /* the stratum, or NULL for the only group */
	double count[1 << CS_CHART_PATTERNS_MAX_LISTS];   /* by pattern bitmask (bit i: list i+1); [0] unused */
	unsigned char hidden[1 << CS_CHART_PATTERNS_MAX_LISTS];   /* suppressed: marked, not drawn */
	double observed;              /* people named (for the panel's title); NaN: hidden */
};

struct cs_chart_patterns {
	const char *title;            /* NULL: "People by the lists that name them" */
	int t;                        /* lists, 2 .. 6 */
	const char *names[CS_CHART_PATTERNS_MAX_LISTS];
	int min_cell;                 /* K of hidden counts, for the caption; 0 = none */
	const char *note;             /* one more caption line; may be NULL */
	size_t ngroups;
	const struct cs_chart_patterns_group *groups;
};

/* Write the script.  Returns a CS_PLOT_ status (CS_PLOT_EDATA for no
 * group or t outside 2..6). */
int cs_chart_patterns_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_patterns *c);

#endif
