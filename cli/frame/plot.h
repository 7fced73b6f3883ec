/* plot.h - the files of --plot FILE: the gnuplot script, written
 * atomically, and for FILE.png/.svg/.pdf the picture, rendered by gnuplot
 * from that script and also written atomically (temporary file + rename),
 * with the script kept beside it as FILE-without-extension.gp. */
#ifndef CS_PLOT_H
#define CS_PLOT_H

#include <stdint.h>
#include <stdio.h>
#include "cli/core/diag.h"
#include "cli/io/output.h"
#include "plots/gnuplot.h"

struct cs_plot_target {
	char *dir;          /* directory of both files ("." for none); owned */
	char *script;       /* path of the .gp; owned */
	char *image;        /* path of the picture; NULL for a script alone; owned */
	char *image_name;   /* picture file name the script draws to; owned */
	enum cs_gp_term term;
};

/* Check --plot FILE before any work: the extension (.gp .png .svg .pdf,
 * else a usage error, exit 2), the file name (no control characters,
 * valid UTF-8, not starting with '|' or '<'), and for a picture that
 * gnuplot is installed (else exit 3, naming the Debian package).  Returns
 * 0 or an exit code with err filled. */
int cs_plot_target_init(struct cs_plot_target *t, const char *arg, const char *cmd, struct cs_err *err);
void cs_plot_target_free(struct cs_plot_target *t);

/* A chart writer: plots/chart_*.c functions have this shape (with their
 * own chart type behind the void pointer). */
typedef int (*cs_plot_writer)(FILE *fp, const struct cs_gp_out *o, const void *chart);

/* Write the script with w(chart) and, for a picture, render it; the PDF
 * creation date is set from SOURCE_DATE_EPOCH (else 1970-01-01) so that
 * reruns give the same bytes.  Returns 0 or an exit code (1 for text the
 * chart cannot carry, 3 when a file cannot be written or gnuplot fails). */
int cs_plot_write(const struct cs_plot_target *t, cs_plot_writer w, const void *chart, struct cs_err *err);

/* The table-to-chart adapters below read a command's result table by
 * column name.  Under --min-cell (min_cell = K > 0), a row whose counts
 * are hidden (cells of kind CS_CELL_HIDDEN, or a true 'suppressed' cell
 * where the table has no counts) is drawn as a suppressed point, without
 * its numbers, and the caption names K. */

/* The prop chart from prop's result table (columns group, x, n,
 * estimate, lower, upper, method; rows of one group adjacent).  title may
 * be NULL for the default; subject names what was counted (may be NULL). */
int cs_plot_prop_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
		       const char *title, const char *subject, int64_t min_cell, struct cs_err *err);

/* The forest plot from compare's result table (measure, estimate, lower,
 * upper, method): one panel per measure, one row per method; the test rows
 * are not drawn.  name1/name2 are the groups; x1..n2 their counts. */
int cs_plot_compare_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
			  const char *name1, const char *name2, double x1, double n1, double x2, double n2,
			  int64_t min_cell, struct cs_err *err);

/* The tab chart from tab's result table (category, count, share, lower,
 * upper, method): bars with simultaneous whiskers, or, with over_time
 * (month or year buckets, "month"/"year" in bucket), counts per period in
 * table order.  subject names the column tabulated (may be NULL). */
int cs_plot_tab_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
		      const char *subject, const char *bucket, int64_t min_cell, struct cs_err *err);

/* The rate chart from rate's result table: the rows of single rates (a
 * table with a group column, or the measure = rate rows of a comparison);
 * unit says what the rates are per ("per 1,000"). */
int cs_plot_rate_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
		       const char *unit, int64_t min_cell, struct cs_err *err);

/* The funnel chart from funnel's result table (stage, relative_to, x, n,
 * estimate, lower, upper, method); the first stage, which has no row of
 * its own, is called first and its size is the n of the first row. */
int cs_plot_funnel_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
			 const char *first, int64_t min_cell, struct cs_err *err);

#endif
