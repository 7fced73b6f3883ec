/* chart_dots.c - the dot-and-whisker panel (see chart_dots.h). */
#include "chart_dots.h"
#include "chart_util.h"

#include <math.h>
#include <stdio.h>

/* Can row r be drawn on this axis? */
static int drawable(const struct cs_dots *d, const struct cs_dots_row *r)
{
	if (r->suppressed || !isfinite(r->est))
		return 0;
	return !d->log_x || r->est > 0;
}

void cs_dots_range(const struct cs_dots *d, double *lo, double *hi)
{
	double a = INFINITY, b = -INFINITY;
	for (size_t i = 0; i < d->nrows; i++) {
		const struct cs_dots_row *r = &d->rows[i];
		if (!drawable(d, r))
			continue;
		double vals[3] = { r->est, r->lo, r->hi };
		for (int k = 0; k < 3; k++)
			if (isfinite(vals[k]) && (!d->log_x || vals[k] > 0)) {
				a = fmin(a, vals[k]);
				b = fmax(b, vals[k]);
			}
	}
	if (isfinite(d->reference) && (!d->log_x || d->reference > 0)) {
		a = fmin(a, d->reference);
		b = fmax(b, d->reference);
	}
	if (!(a <= b)) {            /* nothing to draw */
		a = d->log_x ? 0.1 : 0.0;
		b = d->log_x ? 10.0 : 1.0;
	}
	if (d->log_x) {
		double la = log10(a), lb = log10(b), pad = fmax(0.05 * (lb - la), 0.05);
		a = pow(10.0, la - pad);
		b = pow(10.0, lb + pad);
	} else {
		double pad = 0.05 * (b - a);
		if (pad == 0)
			pad = a == 0 ? 0.5 : 0.1 * fabs(a);
		a -= pad;
		b += pad;
	}
	*lo = isfinite(d->xmin) ? d->xmin : a;
	*hi = isfinite(d->xmax) ? d->xmax : b;
}

static double row_y(const struct cs_dots *d, size_t i)
{
	return (double)(d->nrows - i);
}

double cs_dots_margin(size_t chars)
{
	if (chars > 60)
		chars = 60;
	return (24.0 + 7.0 * (double)chars) / 1000.0;
}

void cs_dots_panel(struct cs_gp *g, const struct cs_dots *d, const char *top_title,
		   double origin_y, double size_y, const char *const *caption, size_t ncaption,
		   const size_t *margins)
{
	double bmargin = cs_cu_caption_margin(ncaption);
	double lo, hi;
	cs_dots_range(d, &lo, &hi);
	cs_gp_raw(g, "unset label\nunset arrow\nunset logscale\n");
	if (size_y > 0 && !top_title)
		cs_gp_raw(g, "unset title\n");
	if (size_y > 0)
		cs_gp_raw(g, "set origin 0,%.6g\nset size 1,%.6g\n", origin_y, size_y);
	if (top_title) {
		cs_gp_raw(g, "set title ");
		cs_gp_str(g, top_title);
		cs_gp_raw(g, " noenhanced font ',11'\n");
	}
	cs_gp_raw(g, "set bmargin %.4g\nset tmargin %s\n", bmargin,
		  top_title ? "2.5" : size_y > 0 ? "1" : "3");
	cs_gp_raw(g, "set yrange [0.4:%.6g]\nset link y2\n", (double)d->nrows + 0.6);
	cs_gp_raw(g, "set grid noytics xtics\nunset mytics\n");
	if (d->log_x)
		cs_gp_raw(g, "set logscale x\n");
	cs_gp_raw(g, "set xrange [");
	cs_gp_num(g, lo);
	cs_gp_raw(g, ":");
	cs_gp_num(g, hi);
	cs_gp_raw(g, "]\n");
	/* a panel with nothing to draw and no range of its own has no axis to number */
	size_t ndrawable = 0;
	for (size_t i = 0; i < d->nrows; i++)
		ndrawable += drawable(d, &d->rows[i]);
	if (ndrawable || isfinite(d->xmin) || isfinite(d->xmax))
		cs_cu_number_tics(g, "x", lo, hi, d->log_x, d->xsuffix);
	else
		cs_gp_raw(g, "unset xtics\n");
	/* fixed margins from the longest texts, so stacked panels line up */
	size_t left = 4, right = 4;
	for (size_t i = 0; i < d->nrows; i++) {
		size_t l = cs_cu_chars(d->rows[i].label), r = cs_cu_chars(d->rows[i].right);
		left = l > left ? l : left;
		right = r > right ? r : right;
	}
	if (margins) {
		left = margins[0];
		right = margins[1];
	}
	cs_gp_raw(g, "set lmargin at screen %.4f\nset rmargin at screen %.4f\n",
		  cs_dots_margin(left), 1.0 - cs_dots_margin(right));
	cs_gp_axis_label(g, "x", d->xlabel && (ndrawable || isfinite(d->xmin) || isfinite(d->xmax)) ? d->xlabel : "");
	cs_gp_axis_label(g, "y", "");

	cs_gp_tics_begin(g, "y");
	for (size_t i = 0; i < d->nrows; i++)
		cs_gp_tic(g, d->rows[i].label && d->rows[i].label[0] ? d->rows[i].label : "(blank)",
			  row_y(d, i), 40);
	cs_gp_tics_end(g, "nomirror scale 0");
	cs_gp_tics_begin(g, "y2");
	for (size_t i = 0; i < d->nrows; i++) {
		const struct cs_dots_row *r = &d->rows[i];
		const char *t = r->right ? r->right : r->suppressed ? "suppressed" : "";
		cs_gp_tic(g, t, row_y(d, i), 60);
	}
	cs_gp_tics_end(g, "scale 0");

	if (isfinite(d->reference) && d->reference > lo && d->reference < hi) {
		cs_gp_raw(g, "set arrow from first ");
		cs_gp_num(g, d->reference);
		cs_gp_raw(g, ", graph 0 to first ");
		cs_gp_num(g, d->reference);
		cs_gp_raw(g, ", graph 1 nohead dt 2 lw 1.5 lc rgb '" CS_GP_GREY "' back\n");
	}
	for (size_t i = 0; i < d->nrows; i++) {
		const struct cs_dots_row *r = &d->rows[i];
		if (drawable(d, r))
			continue;
		cs_gp_label(g, r->suppressed ? "suppressed (small count)" : "undefined for these counts",
			    "at graph 0.01, first %.6g left textcolor rgb '" CS_GP_GREY "' font ',9'",
			    row_y(d, i));
	}

	cs_cu_caption(g, caption, ncaption);
	int keyed = 0;
	for (int s = 0; s < CS_DOTS_MAX_SERIES; s++)
		keyed |= d->series_names[s] != NULL;
	if (keyed)
		cs_gp_raw(g, "set key outside top center horizontal samplen 2\n");
	else
		cs_gp_raw(g, "unset key\n");

	/* one datablock per colour, so the key can name the series */
	int any = 0;
	for (int s = 0; s < CS_DOTS_MAX_SERIES; s++) {
		size_t n = 0;
		for (size_t i = 0; i < d->nrows; i++)
			n += d->rows[i].series == s && drawable(d, &d->rows[i]);
		if (!n)
			continue;
		char name[16];
		cs_cu_fmt(name, sizeof name, "dots%d", s + 1);
		cs_gp_block_begin(g, name);
		for (size_t i = 0; i < d->nrows; i++) {
			const struct cs_dots_row *r = &d->rows[i];
			if (r->series != s || !drawable(d, r))
				continue;
			double l = r->lo, h = r->hi;
			/* an open end (infinite, or 0 on a log axis) runs to the edge */
			if (isnan(l)) l = r->est;
			else if (isinf(l) || (d->log_x && l <= 0)) l = lo;
			if (isnan(h)) h = r->est;
			else if (isinf(h)) h = hi;
			double v[4] = { row_y(d, i), r->est, l, h };
			cs_gp_block_row(g, v, 4);
		}
		cs_gp_block_end(g);
	}
	cs_gp_raw(g, "plot ");
	for (int s = 0; s < CS_DOTS_MAX_SERIES; s++) {
		size_t n = 0;
		for (size_t i = 0; i < d->nrows; i++)
			n += d->rows[i].series == s && drawable(d, &d->rows[i]);
		if (!n)
			continue;
		cs_gp_raw(g, "%s$dots%d using 3:2:4:5 with xerrorbars lt %d lw 2.5 ", any ? ", \\\n     " : "",
			  s + 1, s + 1);
		if (d->series_names[s]) {
			cs_gp_raw(g, "title ");
			cs_gp_str(g, d->series_names[s]);
		} else {
			cs_gp_raw(g, "notitle");
		}
		any = 1;
	}
	if (!any)   /* nothing drawable: draw the frame with a point off the range */
		cs_gp_raw(g, "-1 notitle");
	cs_gp_raw(g, "\n");
}

#define STACK_TITLE_PX 50

int cs_dots_stack_write(FILE *fp, const struct cs_gp_out *o, const struct cs_dots_stack *s)
{
	int height = STACK_TITLE_PX + s->caption_px;
	for (size_t k = 0; k < s->npanels; k++)
		height += s->panel_px + s->row_px * (int)s->panel[k].nrows;
	height = height < 320 ? 320 : height > 4000 ? 4000 : height;

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, 1000, height);
	cs_gp_raw(&g, "set multiplot title ");
	cs_gp_str(&g, s->title);
	cs_gp_raw(&g, " font ',13'\n");

	size_t margins[2] = { 4, 4 };
	for (size_t k = 0; k < s->npanels; k++)
		for (size_t i = 0; i < s->panel[k].nrows; i++) {
			const struct cs_dots_row *r = &s->panel[k].rows[i];
			size_t l = cs_cu_chars(r->label), rt = cs_cu_chars(r->right);
			margins[0] = l > margins[0] ? l : margins[0];
			margins[1] = rt > margins[1] ? rt : margins[1];
		}

	/* panels from the top; the last one also carries the captions */
	double y = 1.0 - (double)STACK_TITLE_PX / height;
	for (size_t k = 0; k < s->npanels; k++) {
		int last = k + 1 == s->npanels;
		int px = s->panel_px + s->row_px * (int)s->panel[k].nrows + (last ? s->caption_px : 0);
		double h = (double)px / height;
		y -= h;
		cs_dots_panel(&g, &s->panel[k], s->panel_title[k], y < 0 ? 0 : y, h, last ? s->caption : NULL,
			      last ? s->ncaption : 0, margins);
	}
	cs_gp_raw(&g, "unset multiplot\n");
	return cs_gp_finish(&g);
}
