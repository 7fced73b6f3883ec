/* chart_tab.c - category shares and counts over time (see chart_tab.h). */
#include "chart_tab.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void suppressed_caption(char *buf, size_t size, int min_cell)
{
	if (min_cell > 0)
		cs_cu_fmt(buf, size, "Suppressed: counts from 1 to %d are not shown, nor what would reveal them.",
			 min_cell - 1);
	else
		cs_cu_fmt(buf, size, "Suppressed: small counts are not shown.");
}

int cs_chart_tab_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_tab *c)
{
	size_t nb = c->nbars;
	if (nb == 0)
		return CS_PLOT_EDATA;
	char conf[32], buf[512], cap1[512], cap2[256];
	cs_fmt_conf(conf, sizeof conf, c->conf);
	double maxhi = 0;
	int any_suppressed = 0, any_ci = 0;
	for (size_t i = 0; i < nb; i++) {
		const struct cs_chart_bar *b = &c->bars[i];
		any_suppressed |= b->suppressed;
		if (!b->suppressed && isfinite(b->share)) {
			maxhi = fmax(maxhi, isfinite(b->upper) ? b->upper : b->share);
			any_ci |= isfinite(b->lower) && isfinite(b->upper);
		}
	}
	const char *caption[3];
	size_t ncap = 0;
	cs_cu_fmt(cap1, sizeof cap1, "Bar: share of all rows.  %s%s%s%s%sRight: share, interval and count.",
		 any_ci ? "Line: " : "", any_ci ? conf : "",
		 any_ci ? " confidence interval (" : "", any_ci ? (c->method ? c->method : "method not named") : "",
		 any_ci ? "), holding for all categories at once.  " : "");
	caption[ncap++] = cap1;
	if (any_suppressed) {
		suppressed_caption(cap2, sizeof cap2, c->min_cell);
		caption[ncap++] = cap2;
	}

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, 1000, cs_cu_height(nb, 34, 150 + 16 * (int)ncap));
	if (c->title) {
		cs_gp_title(&g, c->title);
	} else {
		cs_cu_fmt(buf, sizeof buf, "Share of each %s%s", c->subject ? "value of " : "category",
			 c->subject ? c->subject : "");
		cs_gp_title(&g, buf);
	}
	double xmax = maxhi > 0.5 ? 100 : cs_cu_nice_ceil(fmax(maxhi, 1e-6) * 110.0);
	cs_gp_raw(&g, "set bmargin %.4g\nset yrange [0.4:%.6g]\nset link y2\n"
		  "set grid noytics xtics\nset xrange [0:%.6g]\nset format x '%%g%%%%'\n"
		  "unset key\nset style fill solid 0.85 noborder\n",
		  cs_cu_caption_margin(ncap), (double)nb + 0.6, xmax);
	cs_gp_axis_label(&g, "x", "share of all rows (%)");
	cs_gp_tics_begin(&g, "y");
	for (size_t i = 0; i < nb; i++)
		cs_gp_tic(&g, c->bars[i].label && c->bars[i].label[0] ? c->bars[i].label : "(blank)",
			  (double)(nb - i), 40);
	cs_gp_tics_end(&g, "nomirror scale 0");
	cs_gp_tics_begin(&g, "y2");
	for (size_t i = 0; i < nb; i++) {
		const struct cs_chart_bar *b = &c->bars[i];
		char cnt[32], e[32], lo[32], hi[32];
		cs_fmt_whole(cnt, sizeof cnt, b->count);
		if (b->suppressed) {
			cs_cu_fmt(buf, sizeof buf, "suppressed");
		} else if (!isfinite(b->share)) {
			cs_cu_fmt(buf, sizeof buf, "%s", cnt);
		} else if (isfinite(b->lower) && isfinite(b->upper)) {
			int d = cs_pct_decimals(b->lower, b->upper);
			cs_fmt_pct(e, sizeof e, b->share, d);
			cs_fmt_pct(lo, sizeof lo, b->lower, d);
			cs_fmt_pct(hi, sizeof hi, b->upper, d);
			lo[strlen(lo) - 1] = '\0';
			cs_cu_fmt(buf, sizeof buf, "%s (%s\xE2\x80\x93%s) \xC2\xB7 %s", e, lo, hi, cnt);
		} else {
			cs_fmt_pct(e, sizeof e, b->share, 1);
			cs_cu_fmt(buf, sizeof buf, "%s \xC2\xB7 %s", e, cnt);
		}
		cs_gp_tic(&g, buf, (double)(nb - i), 60);
	}
	cs_gp_tics_end(&g, "scale 0");
	for (size_t i = 0; i < nb; i++)
		if (c->bars[i].suppressed)
			cs_gp_label(&g, "suppressed (small count)", "at graph 0.01, first %.6g left "
				    "textcolor rgb '" CS_GP_GREY "' font ',9'", (double)(nb - i));
	cs_cu_caption(&g, caption, ncap);

	/* columns: index, y, share %, lower %, upper % */
	cs_gp_block_begin(&g, "bars");
	size_t drawn = 0;
	for (size_t i = 0; i < nb; i++) {
		const struct cs_chart_bar *b = &c->bars[i];
		if (b->suppressed || !isfinite(b->share))
			continue;
		double lo = isfinite(b->lower) ? b->lower : b->share, hi = isfinite(b->upper) ? b->upper : b->share;
		double v[4] = { (double)(nb - i), 100.0 * b->share, 100.0 * lo, 100.0 * hi };
		cs_gp_block_row(&g, v, 4);
		drawn++;
	}
	cs_gp_block_end(&g);
	if (drawn)
		cs_gp_raw(&g, "plot $bars using (0):2:(0):3:($2-0.32):($2+0.32) with boxxyerror "
			  "lc rgb '" CS_GP_SKY "' notitle, \\\n"
			  "     $bars using 3:2:4:5 with xerrorbars lc rgb '#202020' lw 2 pt 7 ps 0.5 notitle\n");
	else
		cs_gp_raw(&g, "plot -1 notitle\n");
	return cs_gp_finish(&g);
}

int cs_chart_time_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_time *c)
{
	size_t np = c->nperiods;
	if (np == 0)
		return CS_PLOT_EDATA;
	char conf[32], buf[512], cap1[512], cap2[256];
	cs_fmt_conf(conf, sizeof conf, c->conf);
	double ymax = 0;
	int any_suppressed = 0, any_ci = 0;
	for (size_t i = 0; i < np; i++) {
		const struct cs_chart_period *p = &c->periods[i];
		any_suppressed |= p->suppressed;
		if (!p->suppressed && isfinite(p->count)) {
			ymax = fmax(ymax, p->count);
			if (isfinite(p->upper)) {
				ymax = fmax(ymax, p->upper);
				any_ci = 1;
			}
		}
	}
	const char *what = c->what ? c->what : "count";
	const char *caption[3];
	size_t ncap = 0;
	if (any_ci)
		cs_cu_fmt(cap1, sizeof cap1, "Bar: %s per %s.  Line: %s confidence interval (%s).", what,
			 c->bucket ? c->bucket : "period", conf, c->method ? c->method : "method not named");
	else
		cs_cu_fmt(cap1, sizeof cap1, "Bar: %s per %s; the number above each bar is the count.", what,
			 c->bucket ? c->bucket : "period");
	caption[ncap++] = cap1;
	if (any_suppressed) {
		suppressed_caption(cap2, sizeof cap2, c->min_cell);
		caption[ncap++] = cap2;
	}
	int rotate = np > 12;
	int width = np > 24 ? (int)(np * 40 + 200) : 1000;
	if (width > 4000)
		width = 4000;

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, width, 560 + (rotate ? 40 : 0));
	if (c->title) {
		cs_gp_title(&g, c->title);
	} else {
		cs_cu_fmt(buf, sizeof buf, "%s%s per %s", what[0] ? "" : "", what, c->bucket ? c->bucket : "period");
		buf[0] = (char)(buf[0] >= 'a' && buf[0] <= 'z' ? buf[0] - 'a' + 'A' : buf[0]);
		cs_gp_title(&g, buf);
	}
	double top = cs_cu_nice_ceil(fmax(ymax, 1) * 1.12);
	cs_gp_raw(&g, "set bmargin %.4g\nset xrange [0.4:%.6g]\nset yrange [0:%.6g]\n"
		  "set grid ytics noxtics\nunset key\nset style fill solid 0.85 noborder\n",
		  cs_cu_caption_margin(ncap) + (rotate ? 2 : 0), (double)np + 0.6, top);
	cs_cu_number_tics(&g, "y", 0, top, 0, NULL);
	cs_gp_axis_label(&g, "x", c->bucket ? c->bucket : "period");
	cs_gp_axis_label(&g, "y", what);
	cs_gp_tics_begin(&g, "x");
	for (size_t i = 0; i < np; i++)
		cs_gp_tic(&g, c->periods[i].period ? c->periods[i].period : "", (double)(i + 1), 20);
	cs_gp_tics_end(&g, rotate ? "nomirror scale 0 rotate by 45 right" : "nomirror scale 0");
	for (size_t i = 0; i < np; i++) {
		const struct cs_chart_period *p = &c->periods[i];
		if (p->suppressed) {
			cs_gp_label(&g, "<", "at first %zu, first 0 center offset 0,0.6 textcolor rgb '"
				    CS_GP_GREY "'", i + 1);
		} else if (np <= 40 && isfinite(p->count)) {
			char cnt[32];
			cs_fmt_whole(cnt, sizeof cnt, p->count);
			cs_gp_label(&g, cnt, "at first %zu, first %.17g center offset 0,0.7 font ',9'", i + 1,
				    isfinite(p->upper) && any_ci ? fmax(p->upper, p->count) : p->count);
		}
	}
	cs_cu_caption(&g, caption, ncap);
	cs_gp_block_begin(&g, "counts");
	size_t drawn = 0;
	for (size_t i = 0; i < np; i++) {
		const struct cs_chart_period *p = &c->periods[i];
		if (p->suppressed || !isfinite(p->count))
			continue;
		double v[4] = { (double)(i + 1), p->count, isfinite(p->lower) ? p->lower : p->count,
				isfinite(p->upper) ? p->upper : p->count };
		cs_gp_block_row(&g, v, 4);
		drawn++;
	}
	cs_gp_block_end(&g);
	if (!drawn)
		cs_gp_raw(&g, "plot -1 notitle\n");
	else if (any_ci)
		cs_gp_raw(&g, "plot $counts using 2:3:(0.7) with boxes lc rgb '" CS_GP_BLUE "' notitle, \\\n"
			  "     $counts using 2:3:4:5 with yerrorbars lc rgb '#202020' lw 1.5 pt 7 ps 0.4 notitle\n");
	else
		cs_gp_raw(&g, "plot $counts using 2:3:(0.7) with boxes lc rgb '" CS_GP_BLUE "' notitle\n");
	return cs_gp_finish(&g);
}
