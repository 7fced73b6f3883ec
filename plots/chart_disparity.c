/* chart_disparity.c - paired bars of two amounts (see chart_disparity.h). */
#include "chart_disparity.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define BAR_W 0.36   /* width of one bar; a pair is 2 BAR_W wide */

static int ok(double v)
{
	return isfinite(v) && v > 0;
}

static void ratio_text(char *buf, size_t size, const struct cs_chart_disparity_row *r)
{
	if (r->suppressed) {
		cs_cu_fmt(buf, size, "suppressed");
		return;
	}
	if (!ok(r->a) || !ok(r->b)) {
		cs_cu_fmt(buf, size, "ratio undefined");
		return;
	}
	char q[32], lo[32], hi[32];
	cs_fmt_sig(q, sizeof q, r->a / r->b, 3);
	if (isfinite(r->ratio_lower) && isfinite(r->ratio_upper)) {
		cs_fmt_sig(lo, sizeof lo, r->ratio_lower, 3);
		cs_fmt_sig(hi, sizeof hi, r->ratio_upper, 3);
		cs_cu_fmt(buf, size, "\xC3\x97%s (%s\xE2\x80\x93%s)", q, lo, hi);
	} else {
		cs_cu_fmt(buf, size, "\xC3\x97%s", q);   /* multiplication sign */
	}
}

int cs_chart_disparity_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_disparity *c)
{
	size_t nr = c->nrows;
	if (nr == 0)
		return CS_PLOT_EDATA;
	const char *an = c->a_name ? c->a_name : "A", *bn = c->b_name ? c->b_name : "B";
	double lo = INFINITY, hi = 0;
	int any_ci = 0;
	for (size_t i = 0; i < nr; i++) {
		const struct cs_chart_disparity_row *r = &c->rows[i];
		if (r->suppressed)
			continue;
		if (ok(r->a)) lo = fmin(lo, r->a), hi = fmax(hi, r->a);
		if (ok(r->b)) lo = fmin(lo, r->b), hi = fmax(hi, r->b);
		any_ci |= isfinite(r->ratio_lower) && isfinite(r->ratio_upper);
	}
	if (!(lo <= hi))
		lo = 1, hi = 10;
	double ylo = pow(10.0, floor(log10(lo)) - (lo == hi ? 1 : 0));
	double yhi = pow(10.0, ceil(log10(hi) + 0.35));   /* room for the labels above */

	char buf[512], cap1[512], cap2[512], ylabel[256];
	const char *caption[2];
	size_t ncap = 0;
	cs_cu_fmt(cap1, sizeof cap1, "Bars start at the bottom of a logarithmic axis: each gridline is ten "
		 "times the one below.  \xC3\x97 = %s divided by %s.", an, bn);
	caption[ncap++] = cap1;
	if (any_ci) {
		char conf[32];
		cs_fmt_conf(conf, sizeof conf, c->conf);
		cs_cu_fmt(cap2, sizeof cap2, "In brackets: %s confidence interval of the ratio (%s).", conf,
			 c->method ? c->method : "method not named");
		caption[ncap++] = cap2;
	}
	cs_cu_fmt(ylabel, sizeof ylabel, "amount%s%s%s, logarithmic scale", c->unit ? " (" : "",
		 c->unit ? c->unit : "", c->unit ? ")" : "");

	int width = nr > 6 ? (int)(nr * 140 + 200) : 1000;
	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, width > 4000 ? 4000 : width, 600 + 16 * (int)ncap);
	if (c->title) {
		cs_gp_title(&g, c->title);
	} else {
		cs_cu_fmt(buf, sizeof buf, "%s against %s", an, bn);
		cs_gp_title(&g, buf);
	}
	cs_gp_raw(&g, "set bmargin %.4g\nset logscale y\nset xrange [0.4:%.6g]\nset grid ytics noxtics\n"
		  "set style fill solid 0.9 noborder\nset key top right\n",
		  cs_cu_caption_margin(ncap), (double)nr + 0.6);
	/* a hair below the lowest tic, which gnuplot skips when it is exactly
	 * the end of a log axis */
	cs_gp_raw(&g, "set yrange [");
	cs_gp_num(&g, ylo / 1.001);
	cs_gp_raw(&g, ":");
	cs_gp_num(&g, yhi);
	cs_gp_raw(&g, "]\n");
	cs_cu_number_tics(&g, "y", ylo, yhi, 1, NULL);
	cs_gp_axis_label(&g, "y", ylabel);
	cs_gp_tics_begin(&g, "x");
	for (size_t i = 0; i < nr; i++)
		cs_gp_tic(&g, c->rows[i].label && c->rows[i].label[0] ? c->rows[i].label : "(blank)",
			  (double)(i + 1), 30);
	cs_gp_tics_end(&g, "nomirror scale 0");

	/* value labels above each bar, the ratio above the pair */
	for (size_t i = 0; i < nr; i++) {
		const struct cs_chart_disparity_row *r = &c->rows[i];
		double x = (double)(i + 1);
		ratio_text(buf, sizeof buf, r);
		double top = fmax(ok(r->a) ? r->a : ylo, ok(r->b) ? r->b : ylo);
		cs_gp_label(&g, buf, "at first %.6g, first %.17g center offset 0,2.2 font ',12'", x,
			    r->suppressed ? ylo : top);
		if (r->suppressed)
			continue;
		const double v[2] = { r->a, r->b };
		for (int k = 0; k < 2; k++) {
			if (!ok(v[k]))
				continue;
			char amt[48];
			cs_fmt_amount(amt, sizeof amt, v[k]);
			cs_gp_label(&g, amt, "at first %.6g, first %.17g center offset 0,0.7 font ',9'",
				    x + (k ? 0.5 : -0.5) * BAR_W, v[k]);
		}
	}
	cs_cu_caption(&g, caption, ncap);
	cs_gp_block_begin(&g, "pairs");
	for (size_t i = 0; i < nr; i++) {
		const struct cs_chart_disparity_row *r = &c->rows[i];
		double v[3] = { (double)(i + 1), r->suppressed || !ok(r->a) ? NAN : r->a,
				r->suppressed || !ok(r->b) ? NAN : r->b };
		cs_gp_block_row(&g, v, 3);
	}
	cs_gp_block_end(&g);
	cs_gp_raw(&g, "plot $pairs using ($2-%.4g):3:($2-%.4g):2:(%.17g):3 with boxxyerror lc rgb '"
		  CS_GP_VERMILION "' title ", 0.5 * BAR_W, BAR_W, ylo);
	cs_gp_str(&g, an);
	cs_gp_raw(&g, ", \\\n     $pairs using ($2+%.4g):4:2:($2+%.4g):(%.17g):4 with boxxyerror lc rgb '"
		  CS_GP_BLUE "' title ", 0.5 * BAR_W, BAR_W, ylo);
	cs_gp_str(&g, bn);
	cs_gp_raw(&g, "\n");
	return cs_gp_finish(&g);
}
