/* chart_prop.c - proportions with confidence intervals (see chart_prop.h). */
#include "chart_prop.h"
#include "chart_dots.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct group {
	size_t first, n;     /* the group's points are points[first .. first+n) in `order` */
	const struct cs_chart_prop_point *head;
};

static int drawable(const struct cs_chart_prop_point *p)
{
	return !p->suppressed && isfinite(p->estimate);
}

static int cmp_group(const void *va, const void *vb)
{
	const struct group *a = va, *b = vb;
	int da = drawable(a->head), db = drawable(b->head);
	if (da != db)
		return db - da;
	if (da && a->head->estimate != b->head->estimate)
		return a->head->estimate > b->head->estimate ? -1 : 1;
	int c = strcmp(a->head->group ? a->head->group : "", b->head->group ? b->head->group : "");
	if (c)
		return c;
	return a->first < b->first ? -1 : a->first > b->first;
}

static int same(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Points regrouped: order[] lists point indices group by group. */
static int make_groups(const struct cs_chart_prop *c, size_t *order, struct group *gr, size_t *ngroups)
{
	size_t ng = 0, k = 0;
	char *taken = calloc(c->npoints, 1);
	if (!taken)
		return CS_PLOT_ENOMEM;
	for (size_t i = 0; i < c->npoints; i++) {
		if (taken[i])
			continue;
		gr[ng].first = k;
		gr[ng].head = &c->points[i];
		for (size_t j = i; j < c->npoints; j++)
			if (!taken[j] && same(c->points[j].group, c->points[i].group)) {
				taken[j] = 1;
				order[k++] = j;
			}
		gr[ng].n = k - gr[ng].first;
		ng++;
	}
	free(taken);
	*ngroups = ng;
	return CS_PLOT_OK;
}

static void right_text(char *buf, size_t size, const struct cs_chart_prop_point *p)
{
	char x[32], n[32];
	cs_fmt_whole(x, sizeof x, p->x);
	cs_fmt_whole(n, sizeof n, p->n);
	if (p->suppressed) {
		cs_cu_fmt(buf, size, "suppressed");
	} else if (!isfinite(p->estimate)) {
		cs_cu_fmt(buf, size, "%s of %s", x, n);
	} else {
		int d = cs_pct_decimals(p->lower, p->upper);
		char e[32], lo[32], hi[32];
		cs_fmt_pct(e, sizeof e, p->estimate, d);
		cs_fmt_pct(lo, sizeof lo, p->lower, d);
		cs_fmt_pct(hi, sizeof hi, p->upper, d);
		lo[strlen(lo) - 1] = '\0';   /* 49-97%, not 49%-97% */
		cs_cu_fmt(buf, size, "%s (%s\xE2\x80\x93%s) \xC2\xB7 %s of %s", e, lo, hi, x, n);
	}
}

int cs_chart_prop_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_prop *c)
{
	if (c->npoints == 0)
		return CS_PLOT_EDATA;
	size_t np = c->npoints, ng;
	size_t *order = malloc(np * sizeof *order);
	struct group *gr = malloc(np * sizeof *gr);
	struct cs_dots_row *rows = calloc(np, sizeof *rows);
	char (*right)[160] = calloc(np, sizeof *right);
	int st = !order || !gr || !rows || !right ? CS_PLOT_ENOMEM : make_groups(c, order, gr, &ng);
	if (st)
		goto out;
	qsort(gr, ng, sizeof *gr, cmp_group);

	/* methods become colours, in order of first appearance */
	const char *methods[CS_DOTS_MAX_SERIES] = { NULL };
	size_t nmethods = 0;
	int overflow = 0;
	for (size_t i = 0; i < np; i++) {
		size_t m = 0;
		while (m < nmethods && !same(methods[m], c->points[i].method))
			m++;
		if (m == nmethods) {
			if (nmethods < CS_DOTS_MAX_SERIES)
				methods[nmethods++] = c->points[i].method;
			else
				overflow = 1;
		}
	}

	double maxhi = 0;
	size_t r = 0;
	for (size_t gi = 0; gi < ng; gi++)
		for (size_t k = 0; k < gr[gi].n; k++, r++) {
			const struct cs_chart_prop_point *p = &c->points[order[gr[gi].first + k]];
			int series = 0;
			while (series < (int)nmethods && !same(methods[series], p->method))
				series++;
			if (series == (int)nmethods)
				series = CS_DOTS_MAX_SERIES - 1;
			right_text(right[r], sizeof right[r], p);
			rows[r].label = nmethods > 1 && ng == 1 ? p->method : k == 0 ? p->group : "";
			if (nmethods > 1 && ng == 1 && !rows[r].label)
				rows[r].label = "";
			rows[r].right = right[r];
			rows[r].est = drawable(p) ? 100.0 * p->estimate : NAN;
			rows[r].lo = 100.0 * p->lower;
			rows[r].hi = 100.0 * p->upper;
			rows[r].series = nmethods > 1 && ng > 1 ? series : 0;
			rows[r].suppressed = p->suppressed;
			if (drawable(p) && isfinite(p->upper))
				maxhi = fmax(maxhi, p->upper);
		}

	char conf[32], buf[256];
	cs_fmt_conf(conf, sizeof conf, c->conf);
	struct cs_dots d = {
		.xlabel = "share (%)", .xsuffix = "%", .log_x = 0, .xmin = 0,
		.xmax = maxhi > 0.5 ? 100 : cs_cu_nice_ceil(fmax(maxhi, 1e-6) * 110.0),
		.reference = NAN, .nrows = np, .rows = rows,
	};
	if (nmethods > 1 && ng > 1)
		for (size_t m = 0; m < nmethods; m++)
			d.series_names[m] = methods[m] ? methods[m] : "";

	const char *caption[4];
	size_t ncap = 0;
	char cap1[512], cap2[512], cap3[256];
	if (nmethods == 1)
		cs_cu_fmt(cap1, sizeof cap1, "Dot: observed share x/n.  Line: %s confidence interval (%s).",
			 conf, methods[0] ? methods[0] : "method not named");
	else
		cs_cu_fmt(cap1, sizeof cap1, "Dot: observed share x/n.  Line: %s confidence interval, "
			 "one per method%s.", conf, overflow ? " (more than 8 methods: colours repeat)" : "");
	caption[ncap++] = cap1;
	cs_cu_fmt(cap2, sizeof cap2, "%s%s%s%sRight: share, interval and x of n.",
		 ng > 1 ? "Sorted by share, highest first.  " : "",
		 c->subject ? "Counted: " : "", c->subject ? c->subject : "", c->subject ? ".  " : "");
	caption[ncap++] = cap2;
	int any_suppressed = 0;
	for (size_t i = 0; i < np; i++)
		any_suppressed |= c->points[i].suppressed;
	if (any_suppressed) {
		if (c->min_cell > 0)
			cs_cu_fmt(cap3, sizeof cap3, "Suppressed: counts from 1 to %d are not shown, "
				 "nor what would reveal them.", c->min_cell - 1);
		else
			cs_cu_fmt(cap3, sizeof cap3, "Suppressed: small counts are not shown.");
		caption[ncap++] = cap3;
	}

	struct cs_gp g;
	cs_gp_init(&g, fp);
	int extra = 150 + 16 * (int)ncap + (d.series_names[0] ? 30 : 0);
	cs_gp_preamble(&g, o, 1000, cs_cu_height(np, 34, extra));
	if (c->title) {
		cs_gp_title(&g, c->title);
	} else {
		cs_cu_fmt(buf, sizeof buf, "Share with %s confidence interval", conf);
		cs_gp_title(&g, buf);
	}
	cs_dots_panel(&g, &d, NULL, 0, 0, caption, ncap, NULL);
	st = cs_gp_finish(&g);
out:
	free(order);
	free(gr);
	free(rows);
	free(right);
	return st;
}
