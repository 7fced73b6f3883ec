/* chart_patterns.c - people by capture pattern (see chart_patterns.h). */
#include "chart_patterns.h"
#include "chart_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TITLE_PX 50
#define BAR_PX 190
#define LIST_PX 26
#define MAX_PANELS 20

static int bits(unsigned p)
{
	int k = 0;
	for (; p; p &= p - 1)
		k++;
	return k;
}

/* The patterns in drawing order: fewer lists first, then list order
 * (A before B; A+B before A+C before B+C). */
static size_t pattern_order(int t, unsigned *order)
{
	size_t n = 0;
	for (int k = 1; k <= t; k++) {
		/* patterns of k lists, in the order their lists read: the
		 * reversed bit order compares that way */
		size_t first = n;
		for (unsigned p = 1; p < (1u << t); p++)
			if (bits(p) == k)
				order[n++] = p;
		for (size_t i = first + 1; i < n; i++)
			for (size_t j = i; j > first; j--) {
				unsigned a = order[j - 1], b = order[j], ra = 0, rb = 0;
				for (int q = 0; q < t; q++) {
					ra |= ((a >> q) & 1u) << (t - 1 - q);
					rb |= ((b >> q) & 1u) << (t - 1 - q);
				}
				if (ra >= rb)
					break;
				order[j - 1] = b;
				order[j] = a;
			}
	}
	return n;
}

static void bar_panel(struct cs_gp *g, const struct cs_chart_patterns *c, const struct cs_chart_patterns_group *gr,
		      const unsigned *order, size_t np, double y, double h, double lm, double rm)
{
	char buf[256], obs[48];
	double top = 0;
	for (size_t i = 0; i < np; i++)
		if (!gr->hidden[order[i]] && isfinite(gr->count[order[i]]))
			top = fmax(top, gr->count[order[i]]);
	top = cs_cu_nice_ceil(fmax(top, 1) * 1.15);
	cs_gp_raw(g, "unset label\nunset arrow\nunset logscale\nset origin 0,%.6g\nset size 1,%.6g\n", y, h);
	cs_gp_raw(g, "set lmargin at screen %.4f\nset rmargin at screen %.4f\nset tmargin 2.4\nset bmargin 0.6\n",
		  lm, rm);
	if (isfinite(gr->observed))
		cs_fmt_whole(obs, sizeof obs, gr->observed);
	if (gr->title)
		cs_cu_fmt(buf, sizeof buf, "%s%s%s%s", gr->title, isfinite(gr->observed) ? ": " : "",
			 isfinite(gr->observed) ? obs : "", isfinite(gr->observed) ? " people named" : "");
	else if (isfinite(gr->observed))
		cs_cu_fmt(buf, sizeof buf, "%s people named", obs);
	else
		buf[0] = '\0';
	cs_gp_raw(g, "set title ");
	cs_gp_str(g, buf);
	cs_gp_raw(g, " noenhanced font ',11'\n");
	/* unlabelled x tics at every pattern: faint lines down to the grid of dots */
	cs_gp_raw(g, "set border 3\nset xrange [0.4:%.6g]\nset xtics 1,1,%zu format '' scale 0\nset yrange [0:%.6g]\n"
		  "set grid ytics xtics\nunset key\nset style fill solid 0.85 noborder\nset boxwidth 0.7\n",
		  (double)np + 0.6, np, top);
	cs_cu_number_tics(g, "y", 0, top, 0, NULL);
	cs_gp_axis_label(g, "x", "");
	cs_gp_axis_label(g, "y", "people");
	size_t drawn = 0;
	for (size_t i = 0; i < np; i++) {
		unsigned p = order[i];
		if (gr->hidden[p]) {
			cs_cu_fmt(buf, sizeof buf, "<%d", c->min_cell > 0 ? c->min_cell : 0);
			cs_gp_label(g, c->min_cell > 0 ? buf : "hidden", "at first %zu, first 0 center offset 0,0.6"
				    " textcolor rgb '" CS_GP_GREY "' font ',9'", i + 1);
		} else if (isfinite(gr->count[p])) {
			cs_fmt_whole(buf, sizeof buf, gr->count[p]);
			cs_gp_label(g, buf, "at first %zu, first %.17g center offset 0,0.6 font ',9'", i + 1, gr->count[p]);
			drawn++;
		}
	}
	cs_gp_block_begin(g, "bars");
	for (size_t i = 0; i < np; i++) {
		unsigned p = order[i];
		if (gr->hidden[p] || !isfinite(gr->count[p]))
			continue;
		double v[2] = { (double)(i + 1), gr->count[p] };
		cs_gp_block_row(g, v, 2);
	}
	cs_gp_block_end(g);
	if (drawn)
		cs_gp_raw(g, "plot $bars using 2:3 with boxes lc rgb '" CS_GP_BLUE "' notitle\n");
	else
		cs_gp_raw(g, "plot -1 notitle\n");
}

/* The grid: a row per list, a dot where the pattern holds the list. */
static void matrix_panel(struct cs_gp *g, const struct cs_chart_patterns *c, const unsigned *order, size_t np,
			 double y, double h, double lm, double rm, const char *const *caption, size_t ncap)
{
	int t = c->t;
	cs_gp_raw(g, "unset label\nunset arrow\nunset title\nset origin 0,%.6g\nset size 1,%.6g\n", y, h);
	cs_gp_raw(g, "set lmargin at screen %.4f\nset rmargin at screen %.4f\nset tmargin 0.3\nset bmargin %.4g\n",
		  lm, rm, cs_cu_caption_margin(ncap) - 2);
	cs_gp_raw(g, "unset border\nset xrange [0.4:%.6g]\nset xtics 1,1,%zu format '' scale 0\nset grid xtics noytics\n"
		  "set yrange [0.5:%.6g]\n", (double)np + 0.6, np, (double)t + 0.5);
	cs_gp_axis_label(g, "x", "");
	cs_gp_axis_label(g, "y", "");
	cs_gp_tics_begin(g, "y");
	for (int k = 0; k < t; k++)
		cs_gp_tic(g, c->names[k] && c->names[k][0] ? c->names[k] : "(blank)", (double)(t - k), 24);
	cs_gp_tics_end(g, "nomirror scale 0");
	cs_cu_caption(g, caption, ncap);
	const char *block[3] = { "off", "on", "join" };
	for (int b = 0; b < 3; b++) {
		cs_gp_block_begin(g, block[b]);
		for (size_t i = 0; i < np; i++) {
			unsigned p = order[i];
			int lo = t, hi = 0;
			for (int k = 0; k < t; k++) {
				int on = (p >> k) & 1u;
				if (on) {
					lo = t - k < lo ? t - k : lo;
					hi = t - k > hi ? t - k : hi;
				}
				if (b < 2 && on == b) {
					double v[2] = { (double)(i + 1), (double)(t - k) };
					cs_gp_block_row(g, v, 2);
				}
			}
			if (b == 2) {
				double v[3] = { (double)(i + 1), (double)lo, (double)(hi - lo) };
				cs_gp_block_row(g, v, 3);
			}
		}
		cs_gp_block_end(g);
	}
	cs_gp_raw(g, "plot $off using 2:3 with points pt 7 ps 1.3 lc rgb '#D9D9D9' notitle, \\\n"
		  "     $join using 2:3:(0):4 with vectors nohead lw 2.5 lc rgb '#303030' notitle, \\\n"
		  "     $on using 2:3 with points pt 7 ps 1.5 lc rgb '#303030' notitle\n");
}

int cs_chart_patterns_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_patterns *c)
{
	if (c->ngroups == 0 || c->t < 2 || c->t > CS_CHART_PATTERNS_MAX_LISTS)
		return CS_PLOT_EDATA;
	unsigned order[1 << CS_CHART_PATTERNS_MAX_LISTS];
	size_t np = pattern_order(c->t, order);
	size_t ng = c->ngroups < MAX_PANELS ? c->ngroups : MAX_PANELS;
	int hidden = 0;
	for (size_t k = 0; k < ng; k++)
		for (size_t i = 0; i < np; i++)
			hidden |= c->groups[k].hidden[order[i]];
	char cap[3][512];
	const char *caption[4];
	size_t ncap = 0;
	cs_cu_fmt(cap[0], sizeof cap[0], "Bar: the people on exactly the lists dotted below.  People on no list are not"
		 " counted: they are what the estimate is about.");
	caption[ncap++] = cap[0];
	if (c->ngroups > ng) {
		cs_cu_fmt(cap[1], sizeof cap[1], "Only the first %zu of %zu groups are drawn.", ng, c->ngroups);
		caption[ncap++] = cap[1];
	}
	if (hidden) {
		if (c->min_cell > 0)
			cs_cu_fmt(cap[2], sizeof cap[2], "<%d: a count from 1 to %d, or one that would reveal such a count,"
				 " is not shown.", c->min_cell, c->min_cell - 1);
		else
			cs_cu_fmt(cap[2], sizeof cap[2], "Hidden: small counts are not shown.");
		caption[ncap++] = cap[2];
	}
	if (c->note)
		caption[ncap++] = c->note;
	size_t wname = 4;
	for (int k = 0; k < c->t; k++) {
		size_t w = cs_cu_chars(c->names[k]);
		wname = w > wname ? w : wname;
	}
	wname = wname > 24 ? 24 : wname;
	int width = 300 + 34 * (int)np;
	width = width < 1000 ? 1000 : width > 2600 ? 2600 : width;
	int mat = 30 + LIST_PX * c->t + 30 + 16 * (int)ncap;
	int height = TITLE_PX + BAR_PX * (int)ng + mat;
	height = height > 4000 ? 4000 : height;
	/* room for the list names, and for the bars' tic numbers and axis label */
	double lm = fmax(100.0, 30.0 + 8.0 * (double)wname) / width, rm = 1.0 - 40.0 / width;

	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_preamble(&g, o, width, height);
	cs_gp_raw(&g, "set multiplot title ");
	cs_gp_str(&g, c->title ? c->title : "People by the lists that name them");
	cs_gp_raw(&g, " font ',13'\n");
	double y = 1.0 - (double)TITLE_PX / height, hb = (double)(height - TITLE_PX - mat) / (double)ng / height;
	for (size_t k = 0; k < ng; k++) {
		y -= hb;
		bar_panel(&g, c, &c->groups[k], order, np, y, hb, lm, rm);
	}
	matrix_panel(&g, c, order, np, 0, y, lm, rm, caption, ncap);
	cs_gp_raw(&g, "unset multiplot\n");
	return cs_gp_finish(&g);
}
