/* chart_compare.c - forest plot comparing two groups (see chart_compare.h). */
#include "chart_compare.h"
#include "chart_dots.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ROW_PX 34
#define PANEL_PX 130   /* title, axis and labels of one panel */

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
	struct cs_dots *panel = calloc(c->npanels, sizeof *panel);
	const char **ptitle = calloc(c->npanels, sizeof *ptitle);
	int st = CS_PLOT_ENOMEM;
	if (!rows || !right || !panel || !ptitle)
		goto out;

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
	if (!c->title)
		cs_cu_fmt(title, sizeof title, "%s compared with %s", g1, g2);

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
		panel[k] = (struct cs_dots){
			.xlabel = axis_label(p->kind), .log_x = ratio, .xmin = NAN, .xmax = NAN,
			.reference = ratio ? 1.0 : 0.0, .nrows = p->nrows, .rows = rows + r0,
		};
		ptitle[k] = panel_title(p->kind);
		r0 += p->nrows;
	}
	struct cs_dots_stack stack = {
		.title = c->title ? c->title : title, .npanels = c->npanels, .panel = panel, .panel_title = ptitle,
		.row_px = ROW_PX, .panel_px = PANEL_PX, .caption_px = 70, .caption = caption, .ncaption = 2,
	};
	st = cs_dots_stack_write(fp, o, &stack);
out:
	free(rows);
	free(right);
	free(panel);
	free(ptitle);
	return st;
}
