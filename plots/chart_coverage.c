/* chart_coverage.c - coverage probability curves (see chart_coverage.h). */
#include "chart_coverage.h"
#include "chart_util.h"

#include <math.h>
#include <stdio.h>

#define PANEL_PX 210
#define TOP_PX 60
#define BOTTOM_PX 95

static const char *const colours[] = {
	CS_GP_BLUE, CS_GP_VERMILION, CS_GP_GREEN, CS_GP_ORANGE, CS_GP_PURPLE, CS_GP_SKY, CS_GP_BLACK
};

int cs_chart_coverage_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_coverage *c)
{
	if (c->npoints == 0 || c->nseries == 0)
		return CS_PLOT_EDATA;
	char conf[32], buf[512], cap1[512], cap2[512];
	cs_fmt_conf(conf, sizeof conf, c->conf);
	/* one lower limit for every panel, so they compare at a glance */
	double lo = 1.0;
	for (size_t s = 0; s < c->nseries; s++)
		for (size_t i = 0; i < c->npoints; i++)
			if (isfinite(c->series[s].coverage[i]))
				lo = fmin(lo, c->series[s].coverage[i]);
	double ymin = floor(fmin(lo, c->conf - 0.05) * 10.0) / 10.0;
	if (ymin < 0)
		ymin = 0;
	int height = TOP_PX + BOTTOM_PX + PANEL_PX * (int)c->nseries;
	if (height > 4000)
		height = 4000;

	cs_cu_fmt(cap1, sizeof cap1, "Coverage: the chance that the interval from a sample of n = %lld contains "
		 "the true share p (exact binomial sum at %zu values of p).", c->n, c->npoints);
	cs_cu_fmt(cap2, sizeof cap2, "Dashed line: the promised (nominal) %s.  Below it, the method promises "
		 "more certainty than it gives.", conf);
	const char *caption[2] = { cap1, cap2 };

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, 1000, height);
	cs_gp_raw(&g, "set multiplot title ");
	if (c->title) {
		cs_gp_str(&g, c->title);
	} else {
		cs_cu_fmt(buf, sizeof buf, "Actual coverage of %s confidence intervals, n = %lld", conf, c->n);
		cs_gp_str(&g, buf);
	}
	cs_gp_raw(&g, " font ',13'\n");
	cs_gp_block_begin(&g, "cov");
	for (size_t i = 0; i < c->npoints; i++) {
		double v[16];
		size_t k = 0;
		v[k++] = c->p[i];
		for (size_t s = 0; s < c->nseries && k < 16; s++)
			v[k++] = c->series[s].coverage[i];
		cs_gp_block_row(&g, v, k);
	}
	cs_gp_block_end(&g);
	cs_gp_raw(&g, "unset key\nset xrange [0:1]\nset yrange [%.6g:1.005]\nset grid xtics ytics\n"
		  "set ytics %.6g nomirror format '%%.2f'\nset xtics 0.1 nomirror format '%%.1f'\n"
		  "set lmargin 10\nset rmargin 4\n",
		  ymin, 1.0 - ymin > 0.5 ? 0.2 : 0.1);

	double y = 1.0 - (double)TOP_PX / height;
	for (size_t s = 0; s < c->nseries && s < 15; s++) {
		const struct cs_chart_coverage_series *se = &c->series[s];
		int last = s + 1 == c->nseries || s == 14;
		double h = (double)(PANEL_PX + (last ? BOTTOM_PX : 0)) / height;
		y -= h;
		cs_gp_raw(&g, "unset label\nunset arrow\nset origin 0,%.6g\nset size 1,%.6g\n", y < 0 ? 0 : y, h);
		cs_gp_raw(&g, "set tmargin 2\nset bmargin %.4g\n", last ? cs_cu_caption_margin(2) : 1.5);
		if (isfinite(se->mean) && isfinite(se->min)) {
			char mean[32], mn[32];
			cs_fmt_sig(mean, sizeof mean, se->mean, 3);
			cs_fmt_sig(mn, sizeof mn, se->min, 3);
			cs_cu_fmt(buf, sizeof buf, "%s: average %s, lowest %s", se->method ? se->method : "", mean, mn);
		} else {
			cs_cu_fmt(buf, sizeof buf, "%s", se->method ? se->method : "");
		}
		cs_gp_raw(&g, "set title ");
		cs_gp_str(&g, buf);
		cs_gp_raw(&g, " noenhanced font ',11'\n");
		cs_gp_axis_label(&g, "x", last ? "true share p" : "");
		cs_gp_axis_label(&g, "y", "coverage");
		if (!last)
			cs_gp_raw(&g, "set format x ''\n");
		else
			cs_gp_raw(&g, "set format x '%%.1f'\n");
		cs_gp_raw(&g, "set arrow from graph 0, first %.17g to graph 1, first %.17g nohead dt 2 lw 1.5 "
			  "lc rgb '#000000' front\n", c->conf, c->conf);
		cs_gp_label(&g, conf, "at graph 1, first %.17g right offset -0.5,0.6 font ',9'", c->conf);
		if (last)
			cs_cu_caption(&g, caption, 2);
		cs_gp_raw(&g, "plot $cov using 2:%zu with lines lw 1.5 lc rgb '%s' notitle\n", s + 3,
			  colours[s % (sizeof colours / sizeof colours[0])]);
	}
	cs_gp_raw(&g, "unset multiplot\n");
	return cs_gp_finish(&g);
}
