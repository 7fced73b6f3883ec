/* chart_rate.c - rates with exact confidence intervals (see chart_rate.h). */
#include "chart_rate.h"
#include "chart_dots.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int drawable(const struct cs_chart_rate_point *p)
{
	return !p->suppressed && isfinite(p->rate);
}

static int cmp_point(const void *va, const void *vb)
{
	const struct cs_chart_rate_point *a = *(const struct cs_chart_rate_point *const *)va;
	const struct cs_chart_rate_point *b = *(const struct cs_chart_rate_point *const *)vb;
	int da = drawable(a), db = drawable(b);
	if (da != db)
		return db - da;
	if (da && a->rate != b->rate)
		return a->rate > b->rate ? -1 : 1;
	int c = strcmp(a->group ? a->group : "", b->group ? b->group : "");
	return c ? c : (a < b ? -1 : a > b);
}

int cs_chart_rate_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_rate *c)
{
	if (c->npoints == 0)
		return CS_PLOT_EDATA;
	size_t np = c->npoints;
	const struct cs_chart_rate_point **sorted = malloc(np * sizeof *sorted);
	struct cs_dots_row *rows = calloc(np, sizeof *rows);
	char (*right)[256] = calloc(np, sizeof *right);
	if (!sorted || !rows || !right) {
		free(sorted);
		free(rows);
		free(right);
		return CS_PLOT_ENOMEM;
	}
	for (size_t i = 0; i < np; i++)
		sorted[i] = &c->points[i];
	qsort(sorted, np, sizeof *sorted, cmp_point);

	double minpos = INFINITY, maxhi = 0;
	int any_suppressed = 0;
	for (size_t i = 0; i < np; i++) {
		const struct cs_chart_rate_point *p = sorted[i];
		any_suppressed |= p->suppressed;
		if (drawable(p)) {
			if (p->rate > 0)
				minpos = fmin(minpos, p->rate);
			maxhi = fmax(maxhi, isfinite(p->upper) ? p->upper : p->rate);
		}
	}
	int log_x = isfinite(minpos) && maxhi / minpos > 100;
	for (size_t i = 0; i < np; i++) {
		const struct cs_chart_rate_point *p = sorted[i];
		char cnt[32], exp[32], r[32], lo[32], hi[32];
		cs_fmt_whole(cnt, sizeof cnt, p->count);
		cs_fmt_amount(exp, sizeof exp, p->exposure);
		cs_fmt_sig(r, sizeof r, p->rate, 3);
		cs_fmt_sig(lo, sizeof lo, p->lower, 3);
		cs_fmt_sig(hi, sizeof hi, p->upper, 3);
		if (p->suppressed)
			cs_cu_fmt(right[i], sizeof right[i], "suppressed");
		else if (!isfinite(p->rate))
			cs_cu_fmt(right[i], sizeof right[i], "%s events / %s", cnt, exp);
		else
			cs_cu_fmt(right[i], sizeof right[i], "%s (%s\xE2\x80\x93%s) \xC2\xB7 %s events / %s",
				 r, lo, hi, cnt, exp);
		rows[i].label = p->group;
		rows[i].right = right[i];
		rows[i].est = drawable(p) && (!log_x || p->rate > 0) ? p->rate : NAN;
		rows[i].lo = p->lower;
		rows[i].hi = p->upper;
		rows[i].suppressed = p->suppressed;
	}

	char conf[32], title[256], xlabel[256], cap1[512], cap2[512], cap3[256];
	cs_fmt_conf(conf, sizeof conf, c->conf);
	const char *unit = c->unit ? c->unit : "per unit of exposure";
	cs_cu_fmt(xlabel, sizeof xlabel, "rate (%s)%s", unit, log_x ? ", logarithmic scale" : "");
	struct cs_dots d = {
		.xlabel = xlabel, .log_x = log_x, .xmin = log_x ? NAN : 0, .xmax = NAN,
		.reference = NAN, .nrows = np, .rows = rows,
	};
	const char *caption[3];
	size_t ncap = 0;
	cs_cu_fmt(cap1, sizeof cap1, "Dot: observed rate (events / exposure).  Line: %s confidence interval (%s).",
		 conf, c->method ? c->method : "exact Poisson, Garwood");
	caption[ncap++] = cap1;
	cs_cu_fmt(cap2, sizeof cap2, "%sRight: rate, interval, events and exposure.",
		 np > 1 ? "Sorted by rate, highest first.  " : "");
	caption[ncap++] = cap2;
	if (any_suppressed) {
		if (c->min_cell > 0)
			cs_cu_fmt(cap3, sizeof cap3, "Suppressed: counts from 1 to %d are not shown.", c->min_cell - 1);
		else
			cs_cu_fmt(cap3, sizeof cap3, "Suppressed: small counts are not shown.");
		caption[ncap++] = cap3;
	}

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, 1000, cs_cu_height(np, 34, 150 + 16 * (int)ncap));
	if (c->title) {
		cs_gp_title(&g, c->title);
	} else {
		cs_cu_fmt(title, sizeof title, "Rate with %s confidence interval", conf);
		cs_gp_title(&g, title);
	}
	cs_dots_panel(&g, &d, NULL, 0, 0, caption, ncap, NULL);
	int st = cs_gp_finish(&g);
	free(sorted);
	free(rows);
	free(right);
	return st;
}
