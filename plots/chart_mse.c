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
	struct cs_dots *panel = calloc(c->npanels, sizeof *panel);
	const char **ptitle = calloc(c->npanels, sizeof *ptitle);
	char (*pt)[256] = calloc(c->npanels, sizeof *pt);
	char (*xl)[64] = calloc(c->npanels, sizeof *xl);
	int st = CS_PLOT_ENOMEM;
	if (!rows || !right || !panel || !ptitle || !pt || !xl)
		goto out;
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
	size_t r0 = 0;
	for (size_t k = 0; k < c->npanels; k++) {
		const struct cs_chart_mse_panel *p = &c->panels[k];
		for (size_t i = 0; i < p->nrows; i++) {
			const struct cs_chart_mse_row *src = &p->rows[i];
			struct cs_dots_row *r = &rows[r0 + i];
			right_text(right[r0 + i], sizeof right[r0 + i], c, src);
			r->label = src->label ? src->label : "";
			r->right = right[r0 + i];
			r->suppressed = src->suppressed;
			r->est = src->estimate;
			r->lo = src->lower;
			r->hi = src->upper;
			r->series = src->kind == CS_CHART_MSE_CHAO ? 1 : 0;
		}
		int log_x = wide(p);
		cs_cu_fmt(xl[k], sizeof xl[k], "people%s", log_x ? " (logarithmic scale)" : "");
		if (p->title && isfinite(p->observed)) {
			char obs[48];
			people(obs, sizeof obs, p->observed, 0);
			cs_cu_fmt(pt[k], sizeof pt[k], "%s: %s people named", p->title, obs);
		} else if (p->title) {
			cs_cu_fmt(pt[k], sizeof pt[k], "%s", p->title);
		}
		panel[k] = (struct cs_dots){
			.xlabel = xl[k], .log_x = log_x, .xmin = NAN, .xmax = NAN, .reference = p->observed,
			.nrows = p->nrows, .rows = rows + r0,
		};
		ptitle[k] = p->title ? pt[k] : NULL;
		r0 += p->nrows;
	}
	struct cs_dots_stack stack = {
		.title = c->title ? c->title : "How many people the lists missed: estimated totals",
		.npanels = c->npanels, .panel = panel, .panel_title = ptitle, .row_px = ROW_PX, .panel_px = PANEL_PX,
		.caption_px = 40 + 16 * (int)ncap, .caption = caption, .ncaption = ncap,
	};
	st = cs_dots_stack_write(fp, o, &stack);
out:
	free(panel);
	free(ptitle);
	free(pt);
	free(xl);
	free(rows);
	free(right);
	return st;
}
