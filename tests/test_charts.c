/* test_charts.c - tests of the chart writers plots/chart_*.c: each writes
 * a script that passes the invariants of gp_check.h and carries the
 * numbers, labels and choices (axis, sort order, reference line) its
 * header promises.  Numbers are the story's (README): 6 of 7; 800 of
 * 7,000; 23,000 against 2,000,000 tenge; 7,000 -> 800 -> 7 -> 6; the
 * intervals are R 4.2.2 prop.test(correct = FALSE) and poisson.test. */
#include "gp_check.h"
#include "plots/chart_amounts.h"
#include "plots/chart_compare.h"
#include "plots/chart_coverage.h"
#include "plots/chart_disparity.h"
#include "plots/chart_funnel.h"
#include "plots/chart_mse.h"
#include "plots/chart_patterns.h"
#include "plots/chart_prop.h"
#include "plots/chart_rate.h"
#include "plots/chart_tab.h"

static const struct cs_gp_out png = { CS_GP_PNG, "chart.png" };

static void has(const char *s, const char *needle)
{
	if (!strstr(s, needle))
		fail_msg("script lacks '%s':\n%s", needle, s);
}

static void lacks(const char *s, const char *needle)
{
	if (strstr(s, needle))
		fail_msg("script has '%s'", needle);
}

static void test_prop(void **state)
{
	(void)state;
	struct cs_chart_prop_point pts[] = {
		{ "800/7000", "Wilson score", 800, 7000, 0.11428571428571428, 0.10704312750203135, 0.1219514133153944, 0 },
		{ "6/7", "Wilson score", 6, 7, 0.8571428571428571, 0.48687217072568112, 0.97432037565525642, 0 },
		{ "hidden", "Wilson score", 3, 9, NAN, NAN, NAN, 1 },
	};
	struct cs_chart_prop c = { NULL, NULL, 0.95, 11, 3, pts };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_prop_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set title 'Share with 95% confidence interval'");
	/* sorted by share: 6/7 on top (y = 3), then 800/7000, suppressed last */
	has(s, "'6/7' 3, \\\n    '800/7000' 2, \\\n    'hidden' 1)");
	has(s, "'86%% (49–97%%) · 6 of 7' 3");
	has(s, "'11.4%% (10.7–12.2%%) · 800 of 7,000' 2");
	has(s, "'suppressed' 1");
	has(s, "Suppressed: counts from 1 to 10 are not shown");
	has(s, "(Wilson score)");
	char row[128];   /* the datablock row of 6/7: index, y, percentages */
	snprintf(row, sizeof row, "0 3 %.17g %.17g %.17g\n", 100.0 * pts[1].estimate, 100.0 * pts[1].lower,
		 100.0 * pts[1].upper);
	has(s, row);
	has(s, "set xrange [0:100]");
	free(s);

	/* several methods for one group: one row per method, labelled by method */
	struct cs_chart_prop_point m[] = {
		{ "6/7", "Wald", 6, 7, 0.857, 0.598, 1.0, 0 },
		{ "6/7", "Wilson score", 6, 7, 0.857, 0.487, 0.974, 0 },
	};
	struct cs_chart_prop cm = { NULL, NULL, 0.95, 0, 2, m };
	GP_RENDER_TO_STRING(cs_chart_prop_write(fp, &png, &cm), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "'Wald' 2, \\\n    'Wilson score' 1)");
	free(s);

	struct cs_chart_prop empty = { NULL, NULL, 0.95, 0, 0, NULL };
	GP_RENDER_TO_STRING(cs_chart_prop_write(fp, &png, &empty), CS_PLOT_EDATA, s);
	free(s);
}

static void test_compare(void **state)
{
	(void)state;
	struct cs_chart_forest_row diff[] = { { "Newcombe hybrid score", 0.7428571, 0.3725071, 0.8602583, 0 } };
	struct cs_chart_forest_row ratio[] = { { "Katz log", 7.5, 5.504261, 10.21936, 0 },
					       { "Katz log (zero cell)", NAN, NAN, NAN, 0 } };
	struct cs_chart_forest_panel panels[] = { { CS_FOREST_DIFFERENCE, 1, diff }, { CS_FOREST_RATIO, 2, ratio } };
	struct cs_chart_compare c = { NULL, "case file", "all donors", 6, 7, 800, 7000, 0.95, 2, panels };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_compare_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set multiplot title 'case file compared with all donors'");
	has(s, "set arrow from first 0, graph 0 to first 0, graph 1 nohead");   /* difference: 0 */
	has(s, "set logscale x");                                              /* ratio: log axis */
	has(s, "set arrow from first 1, graph 0 to first 1, graph 1 nohead");   /* ratio: 1 */
	has(s, "'+74.3 pp (37.3 to 86.0)' 1");
	has(s, "'7.50 (5.50–10.2)' 2");
	has(s, "'undefined' 1");
	has(s, "(6 of 7)");
	has(s, "unset multiplot");
	free(s);
}

static void test_tab_and_time(void **state)
{
	(void)state;
	struct cs_chart_bar bars[] = {
		{ "Kaspi", 4611, 0.6391738, 0.6249367, 0.6531705, 0 },
		{ "cash", 222, 0.03077350, 0.02608624, 0.03627161, 0 },
		{ "other", 3, NAN, NAN, NAN, 1 },
	};
	struct cs_chart_tab t = { NULL, "channel", "Goodman (1965) simultaneous", 0.95, 11, 3, bars };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_tab_write(fp, &png, &t), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set title 'Share of each value of channel'");
	has(s, "'63.9%% (62.5–65.3%%) · 4,611' 3");
	has(s, "with boxxyerror");
	has(s, "with xerrorbars");
	has(s, "Goodman (1965) simultaneous");
	has(s, "'suppressed' 1");
	free(s);

	struct cs_chart_period months[] = {
		{ "2023-06", 1576, NAN, NAN, 0 }, { "2023-07", 3888, NAN, NAN, 0 }, { "2023-08", 5, NAN, NAN, 1 },
	};
	struct cs_chart_time tm = { NULL, "donations", "month", NULL, 0.95, 11, 3, months };
	GP_RENDER_TO_STRING(cs_chart_time_write(fp, &png, &tm), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set title 'Donations per month'");
	has(s, "'2023-07' 2");
	has(s, "set label '3,888'");
	has(s, "with boxes");
	lacks(s, "yerrorbars");
	lacks(s, "0 3 5");   /* the suppressed month is not drawn */
	free(s);
}

static void test_rate(void **state)
{
	(void)state;
	struct cs_chart_rate_point r[] = {
		{ "complained", 6, 7000, 0.8571429, 0.3145563, 1.865639, 0 },
		{ "questioned", 800, 7000, 114.2857, 106.5024, 122.4874, 0 },
	};
	struct cs_chart_rate c = { NULL, "per 1,000 donors", NULL, 0.95, 0, 2, r };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_rate_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set logscale x");   /* 122 / 0.857 > 100 */
	has(s, "'questioned' 2, \\\n    'complained' 1)");
	has(s, "'114 (107–122) · 800 events / 7,000' 2");
	has(s, "exact Poisson, Garwood");
	free(s);
	c.npoints = 1;   /* one rate: linear axis from 0 */
	GP_RENDER_TO_STRING(cs_chart_rate_write(fp, &png, &c), CS_PLOT_OK, s);
	lacks(s, "set logscale x");
	free(s);
}

static void test_amounts(void **state)
{
	(void)state;
	static const double donated[] = { 3500, 3500, 2718.84, 3059.42, 6000, 16500, 1325.84 };
	struct cs_chart_amount_group g[] = {
		{ "donated", donated, 7, 1325.84, 2889.13, 3500, 4750, 16500, 5229.157, 0 },
	};
	struct cs_chart_amounts c = { NULL, "amount donated", "KZT", CS_AMOUNTS_AUTO, 0, 1, g };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_amounts_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "$values << CASESTAT_EOD");   /* 7 values: a strip */
	lacks(s, "set logscale x");           /* 16500 / 1325.84 < 100 */
	has(s, "'median 3,500 KZT · n = 7' 1");
	has(s, "set title 'Amount donated by group'");
	free(s);

	struct cs_chart_amount_group wide[] = {
		{ "Kaspi", NULL, 4611, 200, 1600, 3000, 5500, 84000, 4581.52, 0 },
		{ "tiny", NULL, 3, 1, 1, 1, 1, 1, 1, 1 },
	};
	struct cs_chart_amounts b = { "Donations", NULL, NULL, CS_AMOUNTS_AUTO, 11, 2, wide };
	GP_RENDER_TO_STRING(cs_chart_amounts_write(fp, &png, &b), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set logscale x");             /* 84000 / 200 > 100 */
	lacks(s, "$values");                  /* no values: a box */
	has(s, "'1,000' 1000");
	has(s, "Suppressed: groups with 1 to 10 amounts are not shown.");
	free(s);

	b.style = CS_AMOUNTS_STRIP;   /* a strip needs the values */
	GP_RENDER_TO_STRING(cs_chart_amounts_write(fp, &png, &b), CS_PLOT_EDATA, s);
	free(s);
}

static void test_disparity(void **state)
{
	(void)state;
	struct cs_chart_disparity_row r[] = { { "the whole case", 2000000, 23000, NAN, NAN, 0 },
					      { "zero", 10, 0, NAN, NAN, 0 } };
	struct cs_chart_disparity c = { NULL, "claimed", "documented", "KZT", 0.95, NULL, 2, r };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_disparity_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set title 'claimed against documented'");
	has(s, "set logscale y");
	has(s, "set label '×87.0'");   /* 2,000,000 / 23,000 = 86.96 */
	has(s, "set label '2,000,000'");
	has(s, "set label '23,000'");
	has(s, "set label 'ratio undefined'");
	has(s, "title 'claimed'");
	free(s);
}

static void test_funnel(void **state)
{
	(void)state;
	struct cs_chart_funnel_stage st[] = {
		{ "donors identified", 7000, NAN, NAN, NAN, 0 },
		{ "questioned", 800, 0.1142857, 0.1070431, 0.1219514, 0 },
		{ "in the case file", 7, 0.00875, 0.004244841, 0.017950405, 0 },
		{ "complained", 6, 0.8571429, 0.4868722, 0.9743204, 0 },
	};
	struct cs_chart_funnel c = { NULL, "Wilson score", 0.95, 0, 4, st };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_funnel_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set title 'From donors identified to complained'");
	has(s, "11.4% went on  (95% CI 10.7–12.2%)");
	has(s, "86% went on  (95% CI 49–97%)");
	has(s, "set label '800  (11.4% of the first stage)'");
	has(s, "set label '6  (0.09% of the first stage)'");
	has(s, "0 4 50\n");                    /* the first bar: half width 50 */
	has(s, "3 1 0.20000000000000001\n");   /* 6 of 7,000 widened to stay visible */
	free(s);
}

static void test_coverage_chart(void **state)
{
	(void)state;
	double p[3] = { 0.25, 0.5, 0.75 }, w[3] = { 0.8, 0.93, 0.8 }, c2[3] = { 0.97, 0.96, 0.97 };
	struct cs_chart_coverage_series se[] = { { "Wald", w, 0.84, 0.8 }, { "Clopper-Pearson exact", c2, NAN, NAN } };
	struct cs_chart_coverage c = { NULL, 20, 0.95, 3, p, 2, se };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_coverage_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set multiplot title 'Actual coverage of 95% confidence intervals, n = 20'");
	has(s, "set title 'Wald: average 0.840, lowest 0.800'");
	char row[96];   /* index, p, one column per method */
	snprintf(row, sizeof row, "1 %.17g %.17g %.17g\n", p[1], w[1], c2[1]);
	has(s, row);
	has(s, "first 0.94999999999999996 to graph 1");
	has(s, "using 2:4 with lines");
	free(s);
}

/* Multiple systems estimation: the 'lesbian' data of Rcapture (tests/ref/
 * mse/ci.txt, model [12,13,14], 95% profile interval) with Chao's bound
 * (chao.txt), a model without an estimate, an open upper limit, and a
 * suppressed stratum. */
static void test_mse(void **state)
{
	(void)state;
	struct cs_chart_mse_row r1[] = {
		{ "12,13,14", CS_CHART_MSE_MODEL, 4055.58286313, 3730.47071122, 4440.55393781, 0, NULL, 0 },
		{ "134,2", CS_CHART_MSE_MODEL, NAN, NAN, NAN, NAN, "empty margin", 0 },
		{ "1,2,3,4", CS_CHART_MSE_MODEL, 650, 324.7, INFINITY, 2.3, NULL, 0 },
		{ "Chao's lower bound", CS_CHART_MSE_CHAO, 4419.98623853, 4125.17932854, 4759.58855114, NAN, NULL, 0 },
	};
	struct cs_chart_mse_row r2[] = { { "1,2,3,4", CS_CHART_MSE_MODEL, NAN, NAN, NAN, NAN, NULL, 1 } };
	struct cs_chart_mse_panel p[] = { { "North", 2185, 4, r1 }, { "it's `x`", NAN, 1, r2 } };
	struct cs_chart_mse c = { NULL, "BIC", "profile likelihood", "1 A, 2 B, 3 C, 4 D", NULL, 0.95, 10, 2, p };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_mse_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set multiplot title 'How many people the lists missed: estimated totals'");
	has(s, "set title 'North: 2,185 people named'");
	has(s, "set title 'it''s `x`'");                      /* quoted, never run */
	has(s, "'4,056 (3,730–4,441)  · best BIC'");
	has(s, "'650 (325–∞)  · BIC +2.3'");
	has(s, "'≥ 4,420 (4,125–4,760)'");
	has(s, "'no estimate: empty margin'");
	has(s, "'suppressed'");
	has(s, "Models: digits are lists (1 A, 2 B, 3 C, 4 D)");
	has(s, "Suppressed: groups with counts from 1 to 9");
	has(s, "first 2185, graph 0 to first 2185");           /* the dashed line at the people named */
	lacks(s, "set logscale x");                            /* 325 to 4,760: within a factor of 20 */
	has(s, "unset xtics");                                 /* the suppressed panel has no axis */
	/* the open interval runs to the right edge: its datablock row ends at the axis maximum */
	has(s, "1 2 650 324.69999999999999 4981.3329786969998\n");
	has(s, "set xrange [102.95557244299997:4981.3329786969998]");
	lacks(s, "inf");
	free(s);
	struct cs_chart_mse empty = { NULL, NULL, NULL, NULL, NULL, 0.95, 0, 0, NULL };
	GP_RENDER_TO_STRING(cs_chart_mse_write(fp, &png, &empty), CS_PLOT_EDATA, s);
	free(s);
}

static void test_patterns(void **state)
{
	(void)state;
	/* 3 lists: A only 10, B only 20, A+B 5, C only 3 (hidden), A+C 7, B+C 0, A+B+C 1 (hidden) */
	struct cs_chart_patterns_group g = { "Almaty", { 0, 10, 20, 5, 3, 7, 0, 1 }, { 0, 0, 0, 0, 1, 0, 0, 1 }, 46 };
	struct cs_chart_patterns c = { NULL, 3, { "hotline", "it's", "media" }, 5, NULL, 1, &g };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_patterns_write(fp, &png, &c), CS_PLOT_OK, s);
	gp_check_script(s);
	has(s, "set multiplot title 'People by the lists that name them'");
	has(s, "set title 'Almaty: 46 people named'");
	/* bars in pattern order A, B, C, A+B, A+C, B+C, A+B+C: x 1..7 */
	has(s, "$bars << CASESTAT_EOD\n0 1 10\n1 2 20\n2 4 5\n3 5 7\n4 6 0\nCASESTAT_EOD");
	has(s, "set label '<5' at first 3, first 0");          /* C only, hidden */
	has(s, "set label '<5' at first 7, first 0");          /* A+B+C, hidden */
	lacks(s, "'3' at first");
	has(s, "'hotline' 3");
	has(s, "'it''s' 2");
	has(s, "'media' 1");
	/* the dots: A+B+C (x 7) joins rows 1 to 3 */
	has(s, "6 7 1 2\n");
	has(s, "<5: a count from 1 to 4");
	free(s);
	struct cs_chart_patterns bad = c;
	bad.t = 7;
	GP_RENDER_TO_STRING(cs_chart_patterns_write(fp, &png, &bad), CS_PLOT_EDATA, s);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prop),
		cmocka_unit_test(test_compare),
		cmocka_unit_test(test_tab_and_time),
		cmocka_unit_test(test_rate),
		cmocka_unit_test(test_amounts),
		cmocka_unit_test(test_disparity),
		cmocka_unit_test(test_funnel),
		cmocka_unit_test(test_coverage_chart),
		cmocka_unit_test(test_mse),
		cmocka_unit_test(test_patterns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
