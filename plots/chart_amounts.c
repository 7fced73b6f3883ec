/* chart_amounts.c - strip or box plot of amounts (see chart_amounts.h). */
#include "chart_amounts.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A deterministic vertical spread for the k-th value of a strip: the
 * fractional parts of k times the golden ratio fill [-0.28, 0.28] evenly
 * (no random numbers: the same data give the same picture). */
static double jitter(size_t k)
{
	double f = fmod((double)k * 0.6180339887498949, 1.0);
	return (f - 0.5) * 0.56;
}

int cs_chart_amounts_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_amounts *c)
{
	size_t ng = c->ngroups;
	if (ng == 0)
		return CS_PLOT_EDATA;
	int strip;
	if (c->style == CS_AMOUNTS_AUTO) {
		strip = 1;
		for (size_t i = 0; i < ng; i++)
			if (!c->groups[i].suppressed && (!c->groups[i].values || c->groups[i].n > CS_AMOUNTS_STRIP_MAX))
				strip = 0;
	} else {
		strip = c->style == CS_AMOUNTS_STRIP;
	}
	double lo = INFINITY, hi = -INFINITY;
	int any_suppressed = 0;
	for (size_t i = 0; i < ng; i++) {
		const struct cs_chart_amount_group *gr = &c->groups[i];
		any_suppressed |= gr->suppressed;
		if (gr->suppressed || gr->n == 0)
			continue;
		if (strip && !gr->values)
			return CS_PLOT_EDATA;
		if (isfinite(gr->min)) lo = fmin(lo, gr->min);
		if (isfinite(gr->max)) hi = fmax(hi, gr->max);
		if (strip)
			for (size_t k = 0; k < gr->n; k++)
				if (isfinite(gr->values[k])) {
					lo = fmin(lo, gr->values[k]);
					hi = fmax(hi, gr->values[k]);
				}
	}
	int log_x = lo > 0 && hi / lo > 100;
	const char *what = c->what ? c->what : "amount";
	char xlabel[256], buf[512], cap1[512], cap2[256], cap3[256];
	cs_cu_fmt(xlabel, sizeof xlabel, "%s%s%s%s%s", what, c->unit ? " (" : "", c->unit ? c->unit : "",
		 c->unit ? ")" : "", log_x ? ", logarithmic scale" : "");
	const char *caption[3];
	size_t ncap = 0;
	if (strip)
		cs_cu_fmt(cap1, sizeof cap1, "Each dot is one amount (spread vertically so they do not hide each "
			 "other).  Black bar: median.");
	else
		cs_cu_fmt(cap1, sizeof cap1, "Box: middle half of the amounts (quartiles, Hyndman-Fan type 7); "
			 "black bar: median; whiskers: smallest to largest.");
	caption[ncap++] = cap1;
	if (log_x) {
		cs_cu_fmt(cap2, sizeof cap2, "The axis is logarithmic because the amounts range over more than a "
			 "factor of 100: equal steps are equal ratios.");
		caption[ncap++] = cap2;
	}
	if (any_suppressed) {
		if (c->min_cell > 0)
			cs_cu_fmt(cap3, sizeof cap3, "Suppressed: groups with 1 to %d amounts are not shown.",
				 c->min_cell - 1);
		else
			cs_cu_fmt(cap3, sizeof cap3, "Suppressed: small groups are not shown.");
		caption[ncap++] = cap3;
	}

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, 1000, cs_cu_height(ng, strip ? 60 : 44, 150 + 16 * (int)ncap));
	if (c->title) {
		cs_gp_title(&g, c->title);
	} else {
		cs_cu_fmt(buf, sizeof buf, "%c%s by group", what[0] >= 'a' && what[0] <= 'z' ? what[0] - 'a' + 'A' : what[0],
			 what + 1);
		cs_gp_title(&g, buf);
	}
	if (!(lo <= hi)) {
		lo = log_x ? 1 : 0;
		hi = log_x ? 10 : 1;
	}
	double xlo, xhi;
	if (log_x) {
		xlo = pow(10.0, floor(log10(lo)));
		xhi = pow(10.0, ceil(log10(hi)));
		cs_gp_raw(&g, "set logscale x\n");
	} else {
		double pad = (hi - lo) * 0.05;
		xlo = lo >= 0 ? 0 : lo - pad;
		xhi = hi + (pad > 0 ? pad : 1);
	}
	cs_gp_raw(&g, "set bmargin %.4g\nset yrange [0.4:%.6g]\nset link y2\nset grid noytics xtics\n"
		  "unset key\nset style fill solid 0.5 border lc rgb '" CS_GP_BLUE "'\n",
		  cs_cu_caption_margin(ncap), (double)ng + 0.6);
	cs_cu_number_tics(&g, "x", xlo, xhi, log_x, NULL);
	/* on a log axis, a hair below the lowest tic (gnuplot skips a tic at
	 * the exact end) */
	cs_gp_raw(&g, "set xrange [");
	cs_gp_num(&g, log_x ? xlo / 1.001 : xlo);
	cs_gp_raw(&g, ":");
	cs_gp_num(&g, xhi);
	cs_gp_raw(&g, "]\n");
	cs_gp_axis_label(&g, "x", xlabel);
	cs_gp_tics_begin(&g, "y");
	for (size_t i = 0; i < ng; i++)
		cs_gp_tic(&g, c->groups[i].label && c->groups[i].label[0] ? c->groups[i].label : "(blank)",
			  (double)(ng - i), 40);
	cs_gp_tics_end(&g, "nomirror scale 0");
	cs_gp_tics_begin(&g, "y2");
	for (size_t i = 0; i < ng; i++) {
		const struct cs_chart_amount_group *gr = &c->groups[i];
		char med[32], n[32];
		cs_fmt_sig(med, sizeof med, gr->median, 4);
		cs_fmt_whole(n, sizeof n, (double)gr->n);
		if (gr->suppressed)
			cs_cu_fmt(buf, sizeof buf, "suppressed");
		else
			cs_cu_fmt(buf, sizeof buf, "median %s%s%s \xC2\xB7 n = %s", med, c->unit ? " " : "",
				 c->unit ? c->unit : "", n);
		cs_gp_tic(&g, buf, (double)(ng - i), 60);
	}
	cs_gp_tics_end(&g, "scale 0");
	for (size_t i = 0; i < ng; i++)
		if (c->groups[i].suppressed)
			cs_gp_label(&g, "suppressed (small group)", "at graph 0.01, first %.6g left "
				    "textcolor rgb '" CS_GP_GREY "' font ',9'", (double)(ng - i));
	cs_cu_caption(&g, caption, ncap);

	/* summaries: index, y, min, q1, median, q3, max */
	cs_gp_block_begin(&g, "summary");
	for (size_t i = 0; i < ng; i++) {
		const struct cs_chart_amount_group *gr = &c->groups[i];
		if (gr->suppressed || gr->n == 0)
			continue;
		double v[6] = { (double)(ng - i), gr->min, gr->q1, gr->median, gr->q3, gr->max };
		cs_gp_block_row(&g, v, 6);
	}
	cs_gp_block_end(&g);
	if (strip) {
		/* values: index, amount, y with spread */
		cs_gp_block_begin(&g, "values");
		for (size_t i = 0; i < ng; i++) {
			const struct cs_chart_amount_group *gr = &c->groups[i];
			if (gr->suppressed)
				continue;
			for (size_t k = 0; k < gr->n; k++) {
				if (!isfinite(gr->values[k]) || (log_x && gr->values[k] <= 0))
					continue;
				double v[2] = { gr->values[k], (double)(ng - i) + jitter(k) };
				cs_gp_block_row(&g, v, 2);
			}
		}
		cs_gp_block_end(&g);
		cs_gp_raw(&g, "plot $values using 2:3 with points pt 7 ps 0.9 lc rgb '#400072B2' notitle, \\\n"
			  "     $summary using 5:($2-0.38):(0):(0.76) with vectors nohead lc rgb '#000000' lw 3 "
			  "notitle\n");
	} else {
		cs_gp_raw(&g, "plot $summary using 4:2:4:6:($2-0.3):($2+0.3) with boxxyerror "
			  "lc rgb '" CS_GP_SKY "' notitle, \\\n"
			  "     $summary using 3:2:($4-$3):(0) with vectors nohead lc rgb '#404040' lw 1.5 notitle, \\\n"
			  "     $summary using 6:2:($7-$6):(0) with vectors nohead lc rgb '#404040' lw 1.5 notitle, \\\n"
			  "     $summary using 5:($2-0.3):(0):(0.6) with vectors nohead lc rgb '#000000' lw 3 "
			  "notitle\n");
	}
	return cs_gp_finish(&g);
}
