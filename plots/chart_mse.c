/* chart_mse.c - estimated totals of multiple systems estimation (see
 * chart_mse.h). */
#include "chart_mse.h"
#include "chart_dots.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ROW_PX 30
#define PANEL_PX 120   /* title, axis and labels of one panel */
#define TITLE_PX 50

/* People with dec decimals (1 for a row whose estimate is under 100). */
static void people(char *buf, size_t size, double v, int dec)
{
	cs_fmt_number(buf, size, v, dec);
}

static void right_text(char *buf, size_t size, const struct cs_chart_mse *c, const struct cs_chart_mse_row *r)
{
	if (r->suppressed) {
		cs_cu_fmt(buf, size, "suppressed");
		return;
	}
	if (!isfinite(r->estimate)) {
		cs_cu_fmt(buf, size, "no estimate%s%s", r->why ? ": " : "", r->why ? r->why : "");
		return;
	}
	char e[48], lo[48], hi[48], gap[64] = "";
	int dec = r->estimate < 100;
	people(e, sizeof e, r->estimate, dec);
	if (isfinite(r->gap) && c->criterion) {
		if (r->gap < 0.05)
			cs_cu_fmt(gap, sizeof gap, "  \xC2\xB7 best %s", c->criterion);
		else
			cs_cu_fmt(gap, sizeof gap, "  \xC2\xB7 %s +%.1f", c->criterion, r->gap);
	}
	if (isnan(r->lower) || isnan(r->upper)) {
		cs_cu_fmt(buf, size, "%s (no interval)%s", e, gap);
		return;
	}
	people(lo, sizeof lo, r->lower, dec);
	if (isinf(r->upper))
		cs_cu_fmt(hi, sizeof hi, "\xE2\x88\x9E");   /* infinity sign */
	else
		people(hi, sizeof hi, r->upper, dec);
	cs_cu_fmt(buf, size, "%s%s (%s\xE2\x80\x93%s)%s", r->kind == CS_CHART_MSE_CHAO ? "\xE2\x89\xA5 " : "", e, lo, hi,
		 gap);
}

/* Does a panel need a logarithmic axis: limits over a factor of 20? */
static int wide(const struct cs_chart_mse_panel *p)
{
	double a = INFINITY, b = 0;
	for (size_t i = 0; i < p->nrows; i++) {
		const struct cs_chart_mse_row *r = &p->rows[i];
		if (r->suppressed || !isfinite(r->estimate))
			continue;
		double v[3] = { r->estimate, r->lower, r->upper };
		for (int k = 0; k < 3; k++)
			if (isfinite(v[k]) && v[k] > 0)
				a = fmin(a, v[k]), b = fmax(b, v[k]);
	}
	if (isfinite(p->observed) && p->observed > 0)
		a = fmin(a, p->observed);
	return a > 0 && b / a > 20;
}

int cs_chart_mse_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_mse *c)
{
	size_t total = 0;
	int chao = 0, suppressed = 0;
	for (size_t k = 0; k < c->npanels; k++)
		for (size_t i = 0; i < c->panels[k].nrows; i++, total++) {
			int kind = c->panels[k].rows[i].kind;
			chao |= kind == CS_CHART_MSE_CHAO;
			suppressed |= c->panels[k].rows[i].suppressed;
		}
	if (c->npanels == 0 || total == 0)
		return CS_PLOT_EDATA;
	struct cs_dots_row *rows = calloc(total, sizeof *rows);
	char (*right)[160] = calloc(total, sizeof *right);
	if (!rows || !right) {
		free(rows);
		free(right);
		return CS_PLOT_ENOMEM;
	}
	char conf[32], cap[5][512];
	const char *caption[6];
	size_t ncap = 0;
	cs_fmt_conf(conf, sizeof conf, c->conf);
	cs_cu_fmt(cap[0], sizeof cap[0], "Dot: estimated total.  Line: %s confidence interval (%s).", conf,
		 c->interval ? c->interval : "method not named");
	caption[ncap++] = cap[0];
	cs_cu_fmt(cap[3], sizeof cap[3], "Dashed: the people the lists name.  A line that runs to the right edge has"
		 " no upper limit (\xE2\x88\x9E).");
	caption[ncap++] = cap[3];
	if (c->lists || chao) {
		cs_cu_fmt(cap[1], sizeof cap[1], "%s%s%s%s", c->lists ? "Models: digits are lists (" : "",
			 c->lists ? c->lists : "", c->lists ? ").  " : "",
			 chao ? "\xE2\x89\xA5: Chao's lower bound, not an estimate of the total." : "");
		caption[ncap++] = cap[1];
	}
	if (c->note)
		caption[ncap++] = c->note;
	if (suppressed) {
		if (c->min_cell > 0)
			cs_cu_fmt(cap[2], sizeof cap[2], "Suppressed: groups with counts from 1 to %d are not shown, nor what"
				 " would reveal them.", c->min_cell - 1);
		else
			cs_cu_fmt(cap[2], sizeof cap[2], "Suppressed: small counts are not shown.");
		caption[ncap++] = cap[2];
	}
	int height = TITLE_PX + 40 + 16 * (int)ncap;
	for (size_t k = 0; k < c->npanels; k++)
		height += PANEL_PX + ROW_PX * (int)c->panels[k].nrows;
	height = height < 320 ? 320 : height > 4000 ? 4000 : height;

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, 1000, height);
	cs_gp_raw(&g, "set multiplot title ");
	cs_gp_str(&g, c->title ? c->title : "How many people the lists missed: estimated totals");
	cs_gp_raw(&g, " font ',13'\n");

	size_t margins[2] = { 4, 4 };
	for (size_t k = 0, r = 0; k < c->npanels; k++)
		for (size_t i = 0; i < c->panels[k].nrows; i++, r++) {
			right_text(right[r], sizeof right[r], c, &c->panels[k].rows[i]);
			size_t l = cs_cu_chars(c->panels[k].rows[i].label), rt = cs_cu_chars(right[r]);
			margins[0] = l > margins[0] ? l : margins[0];
			margins[1] = rt > margins[1] ? rt : margins[1];
		}
	double y = 1.0 - (double)TITLE_PX / height;
	size_t r0 = 0;
	for (size_t k = 0; k < c->npanels; k++) {
		const struct cs_chart_mse_panel *p = &c->panels[k];
		for (size_t i = 0; i < p->nrows; i++) {
			const struct cs_chart_mse_row *src = &p->rows[i];
			struct cs_dots_row *r = &rows[r0 + i];
			r->label = src->label ? src->label : "";
			r->right = right[r0 + i];
			r->suppressed = src->suppressed;
			r->est = src->estimate;
			r->lo = src->lower;
			r->hi = src->upper;
			r->series = src->kind == CS_CHART_MSE_CHAO ? 1 : 0;
		}
		char xl[64], pt[256], obs[48];
		int log_x = wide(p);
		cs_cu_fmt(xl, sizeof xl, "people%s", log_x ? " (logarithmic scale)" : "");
		if (p->title && isfinite(p->observed)) {
			people(obs, sizeof obs, p->observed, 0);
			cs_cu_fmt(pt, sizeof pt, "%s: %s people named", p->title, obs);
		} else if (p->title) {
			cs_cu_fmt(pt, sizeof pt, "%s", p->title);
		}
		struct cs_dots d = {
			.xlabel = xl, .log_x = log_x, .xmin = NAN, .xmax = NAN, .reference = p->observed,
			.nrows = p->nrows, .rows = rows + r0,
		};
		int last = k + 1 == c->npanels;
		int px = PANEL_PX + ROW_PX * (int)p->nrows + (last ? 40 + 16 * (int)ncap : 0);
		double h = (double)px / height;
		y -= h;
		cs_dots_panel(&g, &d, p->title ? pt : NULL, y < 0 ? 0 : y, h, last ? caption : NULL, last ? ncap : 0,
			      margins);
		r0 += p->nrows;
	}
	cs_gp_raw(&g, "unset multiplot\n");
	int st = cs_gp_finish(&g);
	free(rows);
	free(right);
	return st;
}
