/* chart_compare.c - forest plot comparing two groups (see chart_compare.h). */
#include "chart_compare.h"
#include "chart_dots.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ROW_PX 34
#define PANEL_PX 130   /* title, axis and labels of one panel */
#define TITLE_PX 50

static const char *panel_title(enum cs_forest_kind k)
{
	switch (k) {
	case CS_FOREST_DIFFERENCE: return "Difference p1 \xE2\x88\x92 p2 (reference line: no difference)";
	case CS_FOREST_RATIO: return "Ratio p1 / p2 (reference line: equal shares)";
	case CS_FOREST_ODDS_RATIO: return "Odds ratio (reference line: equal odds)";
	}
	return "";
}

static const char *axis_label(enum cs_forest_kind k)
{
	switch (k) {
	case CS_FOREST_DIFFERENCE: return "difference in share (percentage points)";
	case CS_FOREST_RATIO: return "ratio of shares (logarithmic scale)";
	case CS_FOREST_ODDS_RATIO: return "odds ratio (logarithmic scale)";
	}
	return "";
}

static void right_text(char *buf, size_t size, enum cs_forest_kind k, const struct cs_chart_forest_row *r)
{
	if (r->suppressed) {
		cs_cu_fmt(buf, size, "suppressed");
		return;
	}
	if (!isfinite(r->estimate)) {
		cs_cu_fmt(buf, size, "undefined");
		return;
	}
	char e[32], lo[32], hi[32];
	if (k == CS_FOREST_DIFFERENCE) {
		double w = 100.0 * (r->upper - r->lower);
		int d = w > 0 && w < 10 ? 2 : 1;
		cs_fmt_number(e, sizeof e, 100.0 * r->estimate, d);
		cs_fmt_number(lo, sizeof lo, 100.0 * r->lower, d);
		cs_fmt_number(hi, sizeof hi, 100.0 * r->upper, d);
		cs_cu_fmt(buf, size, "%s%s pp (%s to %s)", r->estimate > 0 ? "+" : "", e, lo, hi);
	} else {
		cs_fmt_sig(e, sizeof e, r->estimate, 3);
		cs_fmt_sig(lo, sizeof lo, r->lower, 3);
		if (isinf(r->upper))
			cs_cu_fmt(hi, sizeof hi, "\xE2\x88\x9E");   /* infinity sign */
		else
			cs_fmt_sig(hi, sizeof hi, r->upper, 3);
		cs_cu_fmt(buf, size, "%s (%s\xE2\x80\x93%s)", e, lo, hi);
	}
}

int cs_chart_compare_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_compare *c)
{
	size_t total = 0;
	for (size_t k = 0; k < c->npanels; k++)
		total += c->panels[k].nrows;
	if (c->npanels == 0 || total == 0)
		return CS_PLOT_EDATA;
	struct cs_dots_row *rows = calloc(total, sizeof *rows);
	char (*right)[128] = calloc(total, sizeof *right);
	if (!rows || !right) {
		free(rows);
		free(right);
		return CS_PLOT_ENOMEM;
	}

	const char *g1 = c->group1 ? c->group1 : "group 1", *g2 = c->group2 ? c->group2 : "group 2";
	char conf[32], title[512], cap1[512], cap2[512];
	cs_fmt_conf(conf, sizeof conf, c->conf);
	const char *caption[2] = { cap1, cap2 };
	if (isfinite(c->x1) && isfinite(c->n1) && isfinite(c->x2) && isfinite(c->n2)) {
		char a[32], b[32], x[32], y[32];
		cs_fmt_whole(a, sizeof a, c->x1);
		cs_fmt_whole(b, sizeof b, c->n1);
		cs_fmt_whole(x, sizeof x, c->x2);
		cs_fmt_whole(y, sizeof y, c->n2);
		cs_cu_fmt(cap1, sizeof cap1, "p1 = share in %s (%s of %s); p2 = share in %s (%s of %s).",
			 g1, a, b, g2, x, y);
	} else {
		cs_cu_fmt(cap1, sizeof cap1, "p1 = share in %s; p2 = share in %s.", g1, g2);
	}
	cs_cu_fmt(cap2, sizeof cap2, "Dot: estimate.  Line: %s confidence interval, one row per method.  "
		 "An interval crossing the dashed line is consistent with no difference.", conf);

	int height = TITLE_PX + 70;
	for (size_t k = 0; k < c->npanels; k++)
		height += PANEL_PX + ROW_PX * (int)c->panels[k].nrows;
	height = height < 320 ? 320 : height > 4000 ? 4000 : height;

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, 1000, height);
	cs_gp_raw(&g, "set multiplot title ");
	if (c->title) {
		cs_gp_str(&g, c->title);
	} else {
		cs_cu_fmt(title, sizeof title, "%s compared with %s", g1, g2);
		cs_gp_str(&g, title);
	}
	cs_gp_raw(&g, " font ',13'\n");

	/* the widest texts of all panels set everyone's margins */
	size_t margins[2] = { 4, 4 };
	for (size_t k = 0, r = 0; k < c->npanels; k++)
		for (size_t i = 0; i < c->panels[k].nrows; i++, r++) {
			char tmp[128];
			right_text(tmp, sizeof tmp, c->panels[k].kind, &c->panels[k].rows[i]);
			size_t l = cs_cu_chars(c->panels[k].rows[i].label), rt = cs_cu_chars(tmp);
			margins[0] = l > margins[0] ? l : margins[0];
			margins[1] = rt > margins[1] ? rt : margins[1];
		}

	/* panels from the top; the last one also carries the captions */
	double y = 1.0 - (double)TITLE_PX / height;
	size_t r0 = 0;
	for (size_t k = 0; k < c->npanels; k++) {
		const struct cs_chart_forest_panel *p = &c->panels[k];
		int ratio = p->kind != CS_FOREST_DIFFERENCE;
		for (size_t i = 0; i < p->nrows; i++) {
			const struct cs_chart_forest_row *src = &p->rows[i];
			struct cs_dots_row *r = &rows[r0 + i];
			right_text(right[r0 + i], sizeof right[r0 + i], p->kind, src);
			r->label = src->label;
			r->right = right[r0 + i];
			r->suppressed = src->suppressed;
			double s = ratio ? 1.0 : 100.0;
			r->est = s * src->estimate;
			r->lo = s * src->lower;
			r->hi = s * src->upper;
			if (ratio && !(src->estimate > 0 && isfinite(src->estimate)))
				r->est = NAN;   /* 0 or infinity has no place on a log axis */
		}
		struct cs_dots d = {
			.xlabel = axis_label(p->kind), .log_x = ratio, .xmin = NAN, .xmax = NAN,
			.reference = ratio ? 1.0 : 0.0, .nrows = p->nrows, .rows = rows + r0,
		};
		int last = k + 1 == c->npanels;
		double h = (double)(PANEL_PX + ROW_PX * (int)p->nrows + (last ? 70 : 0)) / height;
		y -= h;
		cs_dots_panel(&g, &d, panel_title(p->kind), y < 0 ? 0 : y, h, last ? caption : NULL,
			      last ? 2 : 0, margins);
		r0 += p->nrows;
	}
	cs_gp_raw(&g, "unset multiplot\n");
	int st = cs_gp_finish(&g);
	free(rows);
	free(right);
	return st;
}
