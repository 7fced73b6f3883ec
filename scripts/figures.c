/* figures.c - renders the example charts of docs/figures/ from the sample
 * numbers of the story (README): 6 of 7; 800 of 7,000; 23,000 against
 * "millions" of tenge; 7,000 -> 800 -> 7 -> 6.  Built and run by
 * scripts/figures.sh; the prop and coverage examples come from casestat
 * itself there.  The numbers below were computed with R 4.2.2 (calls in
 * the comments) until the compare, tab, rate, amounts, disparity and
 * funnel commands draw their own charts. */
#include "plots/chart_amounts.h"
#include "plots/chart_compare.h"
#include "plots/chart_disparity.h"
#include "plots/chart_funnel.h"
#include "plots/chart_rate.h"
#include "plots/chart_tab.h"
#include "plots/render.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*writer)(FILE *, const struct cs_gp_out *, const void *);

static int make(const char *dir, const char *name, writer w, const void *chart)
{
	char gp[512], png[256], msg[256];
	snprintf(gp, sizeof gp, "%s/%s.gp", dir, name);
	snprintf(png, sizeof png, "%s.png", name);
	FILE *f = fopen(gp, "w");
	if (!f) {
		perror(gp);
		return 1;
	}
	struct cs_gp_out o = { CS_GP_PNG, png };
	int st = w(f, &o, chart);
	if (fclose(f) != 0 || st) {
		fprintf(stderr, "figures: %s: %s\n", name, cs_plot_strerror(st));
		return 1;
	}
	char script[256];
	snprintf(script, sizeof script, "%s.gp", name);
	st = cs_render_run(dir, script, png, msg, sizeof msg);
	if (st || msg[0]) {
		fprintf(stderr, "figures: %s: %s %s\n", name, cs_plot_strerror(st), msg);
		return 1;
	}
	return 0;
}

#define W(fn) ((writer)(void (*)(void))(fn))

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "docs/figures";
	int bad = 0;

	/* compare: the 7 donors of the case file (6 complained) against the
	 * 7,000 donors (800 questioned).  Wilson-based Newcombe (method 10)
	 * and Wald differences; Katz ratio; Woolf and fisher.test() odds ratio. */
	static const struct cs_chart_forest_row diff[] = {
		{ "Newcombe hybrid score", 0.7428571, 0.3725071, 0.8602583, 0 },
		{ "Wald", 0.7428571, 0.4835252, 1.0, 0 },
	};
	static const struct cs_chart_forest_row ratio[] = {
		{ "Katz log", 7.5, 5.504261, 10.21936, 0 },
	};
	static const struct cs_chart_forest_row odds[] = {
		{ "Woolf logit", 46.5, 5.591062, 386.7333, 0 },
		{ "exact conditional", 46.43828, 5.624783, 2112.276, 0 },
	};
	static const struct cs_chart_forest_panel panels[] = {
		{ CS_FOREST_DIFFERENCE, 2, diff },
		{ CS_FOREST_RATIO, 1, ratio },
		{ CS_FOREST_ODDS_RATIO, 2, odds },
	};
	struct cs_chart_compare cmp = {
		NULL, "the case file (complained)", "all donors (questioned)", 6, 7, 800, 7000, 0.95, 3, panels
	};
	bad |= make(dir, "compare", W(cs_chart_compare_write), &cmp);

	/* tab: donors by channel (datasets/donors.csv), Goodman (1965)
	 * simultaneous 95% intervals, k = 4. */
	static const struct cs_chart_bar bars[] = {
		{ "Kaspi", 4611, 0.6391738, 0.6249367, 0.6531705, 0 },
		{ "card", 1732, 0.2400887, 0.2277558, 0.2528708, 0 },
		{ "bank transfer", 649, 0.08996396, 0.08190015, 0.09873634, 0 },
		{ "cash", 222, 0.03077350, 0.02608624, 0.03627161, 0 },
	};
	struct cs_chart_tab tab = { "Donors by payment channel", "channel",
				    "Goodman (1965) simultaneous", 0.95, 0, 4, bars };
	bad |= make(dir, "tab", W(cs_chart_tab_write), &tab);

	/* counts over time: donations per month, datasets/donors.csv */
	static const struct cs_chart_period months[] = {
		{ "2023-06", 1576, NAN, NAN, 0 },
		{ "2023-07", 3888, NAN, NAN, 0 },
		{ "2023-08", 1750, NAN, NAN, 0 },
	};
	struct cs_chart_time tm = { "Donations per month (18 June to 14 August 2023)", "donations", "month",
				    NULL, 0.95, 0, 3, months };
	bad |= make(dir, "time", W(cs_chart_time_write), &tm);

	/* rate: per 1,000 donors, poisson.test(x, 7000)$conf.int * 1000 */
	static const struct cs_chart_rate_point rates[] = {
		{ "questioned", 800, 7000, 114.2857, 106.5024, 122.4874, 0 },
		{ "in the case file", 7, 7000, 1.0, 0.4020519, 2.060382, 0 },
		{ "complained", 6, 7000, 0.8571429, 0.3145563, 1.865639, 0 },
	};
	struct cs_chart_rate rate = { "Donors questioned, charged and complaining, per 1,000 donors",
				      "per 1,000 donors", NULL, 0.95, 0, 3, rates };
	bad |= make(dir, "rate", W(cs_chart_rate_write), &rate);

	/* amounts, strip: the case file (datasets/case_file.csv); quartiles
	 * from quantile(type = 7) */
	static const double donated[] = { 3500, 3500, 2718.84, 3059.42, 6000, 16500, 1325.84 };
	static const double prosecution[] = { 3000, 2000, 5000, 3000, 3000, 5000, 2000 };
	static const double complaint[] = { 2000, 2000, 4000, 2000, 3000, 3000 };
	static const struct cs_chart_amount_group strips[] = {
		{ "donated", donated, 7, 1325.84, 2889.13, 3500, 4750, 16500, 5229.157, 0 },
		{ "alleged by the prosecution", prosecution, 7, 2000, 2500, 3000, 4000, 5000, 3285.714, 0 },
		{ "alleged in the complaints", complaint, 6, 2000, 2000, 2500, 3000, 4000, 2666.667, 0 },
	};
	struct cs_chart_amounts am = { "The 7 donors of the case file: amounts in tenge", "amount", "KZT",
				       CS_AMOUNTS_AUTO, 0, 3, strips };
	bad |= make(dir, "amounts_strip", W(cs_chart_amounts_write), &am);

	/* amounts, box: all donors by channel (datasets/donors.csv) */
	static const struct cs_chart_amount_group boxes[] = {
		{ "Kaspi", NULL, 4611, 200, 1600, 3000, 5500, 84000, 4581.52, 0 },
		{ "card", NULL, 1732, 200, 1600, 3000, 5233.778, 66000, 4525.815, 0 },
		{ "bank transfer", NULL, 649, 200, 1500, 3000, 5500, 55500, 4236.31, 0 },
		{ "cash", NULL, 222, 200, 1754.055, 3000, 5000, 39000, 4737.361, 0 },
	};
	struct cs_chart_amounts ab = { "Donations by channel", "amount donated", "KZT",
				       CS_AMOUNTS_AUTO, 0, 4, boxes };
	bad |= make(dir, "amounts_box", W(cs_chart_amounts_write), &ab);

	/* disparity: "millions of tenge" claimed in public (2,000,000 taken as
	 * the smallest "millions") against the 23,000 alleged in the case */
	static const struct cs_chart_disparity_row disp[] = {
		{ "the whole case", 2000000, 23000, NAN, NAN, 0 },
	};
	struct cs_chart_disparity dp = { "Loss claimed in public against loss alleged in the case file",
					 "claimed in public (\"millions\")", "alleged in the case file", "KZT",
					 0.95, NULL, 1, disp };
	bad |= make(dir, "disparity", W(cs_chart_disparity_write), &dp);

	/* funnel: Wilson intervals, prop.test(x, n, correct = FALSE) */
	static const struct cs_chart_funnel_stage stages[] = {
		{ "donors identified", 7000, NAN, NAN, NAN, 0 },
		{ "questioned", 800, 0.1142857, 0.1070431, 0.1219514, 0 },
		{ "in the case file", 7, 0.00875, 0.004244841, 0.017950405, 0 },
		{ "complained", 6, 0.8571429, 0.4868722, 0.9743204, 0 },
	};
	struct cs_chart_funnel fu = { "From 7,000 donors to 6 complaints", "Wilson score", 0.95, 0, 4, stages };
	bad |= make(dir, "funnel", W(cs_chart_funnel_write), &fu);
	return bad;
}
