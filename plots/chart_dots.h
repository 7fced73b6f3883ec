/* chart_dots.h - the dot-and-whisker panel behind the proportion, rate,
 * forest and multiple-systems-estimation charts, and the stack of such
 * panels under one title (internal to plots/).
 *
 * One row per estimate, drawn top to bottom in the order given: a dot at
 * the estimate, a horizontal whisker from lower to upper, the row's label
 * on the left and a text (numbers, counts) on the right.  Rows that are
 * suppressed or undefined get a grey note instead of a dot. */
#ifndef CS_CHART_DOTS_H
#define CS_CHART_DOTS_H

#include <stddef.h>
#include "gnuplot.h"

#define CS_DOTS_MAX_SERIES 8

struct cs_dots_row {
	const char *label;    /* left; borrowed */
	const char *right;    /* right-hand text, or NULL; borrowed */
	double est, lo, hi;   /* axis units; est NaN = undefined */
	int series;           /* colour (linetype - 1), 0 .. CS_DOTS_MAX_SERIES - 1 */
	int suppressed;       /* hidden for disclosure control */
};

struct cs_dots {
	const char *xlabel;
	const char *xsuffix;      /* after each tic number, e.g. "%"; NULL = none */
	int log_x;                /* logarithmic x axis (estimates > 0) */
	double xmin, xmax;        /* NaN = from the data */
	double reference;         /* vertical reference line; NaN = none */
	const char *series_names[CS_DOTS_MAX_SERIES];  /* key entries; NULL = no key */
	size_t nrows;
	const struct cs_dots_row *rows;
};

/* Write one panel: its settings and its plot command.  top_title is the
 * panel's title (NULL for none).  In a multiplot, origin_y and size_y give
 * the panel's place in screen units (size_y = 0: the whole picture).  The
 * ncaption caption lines (may be 0) go under the picture, with a bottom
 * margin that leaves room for them. */
void cs_dots_panel(struct cs_gp *g, const struct cs_dots *d, const char *top_title,
		   double origin_y, double size_y, const char *const *caption, size_t ncaption,
		   const size_t *margins);
/* margins: NULL, or the widths in characters of the left labels and right
 * texts to leave room for (the widest over all panels of a multiplot).
 * cs_dots_margin gives the screen fraction for such a width (at most 60
 * characters, in a picture 1000 pixels wide). */
double cs_dots_margin(size_t chars);

/* The x range a panel will use (from the data when xmin/xmax are NaN). */
void cs_dots_range(const struct cs_dots *d, double *lo, double *hi);

/* A picture of panels stacked top to bottom under one title, 1000 pixels
 * wide: each panel panel_px high and row_px more a row, the last one
 * caption_px more for the caption lines under it.  The widest left label
 * and right text of all the panels set the margins of every one. */
struct cs_dots_stack {
	const char *title;
	size_t npanels;
	const struct cs_dots *panel;       /* npanels */
	const char *const *panel_title;    /* npanels; an entry may be NULL */
	int row_px, panel_px, caption_px;
	const char *const *caption;
	size_t ncaption;
};

/* Write the stack as a whole script; returns cs_gp_finish()'s status. */
int cs_dots_stack_write(FILE *fp, const struct cs_gp_out *o, const struct cs_dots_stack *s);

#endif
