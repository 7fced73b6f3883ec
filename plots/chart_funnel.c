/* chart_funnel.c - funnel of nested stages (see chart_funnel.h). */
#include "chart_funnel.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MIN_WIDTH 0.4    /* percent of the widest bar */
#define HALF_H 0.28      /* half the height of a bar, in rows */

int cs_chart_funnel_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_funnel *c)
{
	size_t ns = c->nstages;
	if (ns == 0)
		return CS_PLOT_EDATA;
	double top = 0;
	int any_suppressed = 0;
	for (size_t i = 0; i < ns; i++) {
		any_suppressed |= c->stages[i].suppressed;
		if (!c->stages[i].suppressed && isfinite(c->stages[i].count))
			top = fmax(top, c->stages[i].count);
	}
	if (!(top > 0))
		top = 1;
	char conf[32], buf[512], cap1[512], cap2[512], cap3[256];
	cs_fmt_conf(conf, sizeof conf, c->conf);
	const char *caption[3];
	size_t ncap = 0;
	cs_cu_fmt(cap1, sizeof cap1, "Bar width is proportional to the count (very small bars are widened to "
		 "stay visible).");
	caption[ncap++] = cap1;
	cs_cu_fmt(cap2, sizeof cap2, "Between bars: the share of one stage that reached the next, with its %s "
		 "confidence interval (%s).", conf, c->method ? c->method : "method not named");
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
	cs_gp_preamble(&g, o, 1000, cs_cu_height(ns, 90, 130 + 16 * (int)ncap));
	if (c->title) {
		cs_gp_title(&g, c->title);
	} else {
		cs_cu_fmt(buf, sizeof buf, "From %s to %s", c->stages[0].name ? c->stages[0].name : "first stage",
			 c->stages[ns - 1].name ? c->stages[ns - 1].name : "last stage");
		cs_gp_title(&g, buf);
	}
	cs_gp_raw(&g, "set bmargin %.4g\nset yrange [0.4:%.6g]\nset xrange [-52:80]\nunset xtics\n"
		  "unset x2tics\nset border 0\nunset grid\nunset key\nset style fill solid 0.9 noborder\n",
		  cs_cu_caption_margin(ncap), (double)ns + 0.6);
	cs_gp_tics_begin(&g, "y");
	for (size_t i = 0; i < ns; i++)
		cs_gp_tic(&g, c->stages[i].name && c->stages[i].name[0] ? c->stages[i].name : "(blank)",
			  (double)(ns - i), 40);
	cs_gp_tics_end(&g, "nomirror scale 0");

	for (size_t i = 0; i < ns; i++) {
		const struct cs_chart_funnel_stage *s = &c->stages[i];
		double y = (double)(ns - i);
		double half = s->suppressed ? 0 : fmax(50.0 * s->count / top, MIN_WIDTH / 2);
		char cnt[32];
		cs_fmt_whole(cnt, sizeof cnt, s->count);
		/* the count beside the bar, and its share of the first stage */
		if (s->suppressed) {
			cs_cu_fmt(buf, sizeof buf, "suppressed");
		} else if (i == 0) {
			cs_cu_fmt(buf, sizeof buf, "%s", cnt);
		} else {
			char pct[32];
			double cum = s->count / c->stages[0].count;
			cs_fmt_pct(pct, sizeof pct, cum, cum < 0.1 ? 2 : 1);
			cs_cu_fmt(buf, sizeof buf, "%s  (%s of the first stage)", cnt, pct);
		}
		cs_gp_label(&g, buf, "at first %.6g, first %.6g left offset 1,0 font ',11'", half, y);
		if (i == 0)
			continue;
		const struct cs_chart_funnel_stage *prev = &c->stages[i - 1];
		if (s->suppressed || prev->suppressed) {
			cs_cu_fmt(buf, sizeof buf, "\xE2\x86\x93  share not shown");
		} else if (!isfinite(s->step)) {
			cs_cu_fmt(buf, sizeof buf, "\xE2\x86\x93  share undefined");
		} else {
			int d = isfinite(s->step_lower) && isfinite(s->step_upper) ?
				cs_pct_decimals(s->step_lower, s->step_upper) : 1;
			char e[32], lo[32], hi[32];
			cs_fmt_pct(e, sizeof e, s->step, d);
			if (isfinite(s->step_lower) && isfinite(s->step_upper)) {
				cs_fmt_pct(lo, sizeof lo, s->step_lower, d);
				cs_fmt_pct(hi, sizeof hi, s->step_upper, d);
				lo[strlen(lo) - 1] = '\0';
				cs_cu_fmt(buf, sizeof buf, "\xE2\x86\x93  %s went on  (%s CI %s\xE2\x80\x93%s)", e, conf, lo, hi);
			} else {
				cs_cu_fmt(buf, sizeof buf, "\xE2\x86\x93  %s went on", e);
			}
		}
		cs_gp_label(&g, buf, "at first 0, first %.6g center font ',10' textcolor rgb '#303030'", y + 0.5);
	}
	cs_cu_caption(&g, caption, ncap);
	/* stages: index, y, half width */
	cs_gp_block_begin(&g, "stages");
	for (size_t i = 0; i < ns; i++) {
		const struct cs_chart_funnel_stage *s = &c->stages[i];
		if (s->suppressed || !isfinite(s->count))
			continue;
		double v[2] = { (double)(ns - i), fmax(50.0 * s->count / top, MIN_WIDTH / 2) };
		cs_gp_block_row(&g, v, 2);
	}
	cs_gp_block_end(&g);
	cs_gp_raw(&g, "plot $stages using (0):2:(-$3):3:($2-%.4g):($2+%.4g) with boxxyerror lc rgb '"
		  CS_GP_BLUE "' notitle\n", HALF_H, HALF_H);
	return cs_gp_finish(&g);
}
