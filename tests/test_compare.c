/* test_compare.c - tests of analysis/compare.c, compare_score.c and
 * compare_exact.c.
 *
 * Expected values:
 *  - Newcombe RG (1998b). Interval estimation for the difference between
 *    independent proportions: comparison of eleven methods. Stat Med
 *    17:873-890, Table II, method 10 (4 decimals), examples (a) to (h).
 *  - SAS PROC FREQ output for the same examples (a), (b), (g) and for an
 *    HIV trial, 84/101 vs 89/105, as printed in WUSS 2016 paper 127
 *    (www.lexjansen.com/wuss/2016/127_Final_Paper_PDF.pdf, p. 9): Wald,
 *    Miettinen-Nurminen, Newcombe, Newcombe-cc, Agresti-Caffo (4 decimals).
 *  - DescTools issue #50: score (Newcombe) interval of 63/93 vs 38/92 is
 *    [0.1212, 0.3929].
 *  - Miettinen & Nurminen (1985) example 4, 0/10 vs 0/20: [-0.1658, 0.2844]
 *    (also quoted in the issue tracker of the R package metalite.ae, #252).
 *  - R 4.2.2 fisher.test on the examples of its help page (tea tasting
 *    3,1/1,3 and Convictions 2,10/15,3), as printed by R.
 *  - tests/ref/compare_ref.csv: R 4.2.2 values from tests/ref/compare_ref.R
 *    (every method; n = 1 ... 100,000 at x = 0, 1, n/3, n - 1, n in both
 *    groups; conf 0.5 ... 0.999).  Agreement: 1e-9 absolute for
 *    differences, 1e-9 relative for ratios, odds ratios, p-values and
 *    statistics. */
#include "test_util.h"
#include "analysis/compare.h"
#include "analysis/proportion.h"
#include "analysis/status.h"

#include <gsl/gsl_errno.h>
#include <time.h>

static const struct cs_cmp_method *M(const char *name)
{
	const struct cs_cmp_method *m = cs_cmp_method_find(name);
	assert_non_null(m);
	return m;
}

static struct cs_cmp_result run(const char *method, int64_t x1, int64_t n1, int64_t x2, int64_t n2,
				double conf, int want_status)
{
	struct cs_2x2 t = { x1, n1, x2, n2 };
	struct cs_cmp_result r;
	int st = cs_cmp_compute(M(method), &t, conf, &r);
	if (st != want_status)
		fail_msg("%s %lld/%lld vs %lld/%lld: status %d, expected %d", method, (long long)x1,
			 (long long)n1, (long long)x2, (long long)n2, st, want_status);
	return r;
}

static void check4(const char *method, int64_t x1, int64_t n1, int64_t x2, int64_t n2,
		   double lo, double hi)
{
	struct cs_cmp_result r = run(method, x1, n1, x2, n2, 0.95, CS_OK);
	assert_close(r.lower, lo, 0.5e-4 + 1e-12, 0);
	assert_close(r.upper, hi, 0.5e-4 + 1e-12, 0);
	assert_close(r.estimate, (double)x1 / (double)n1 - (double)x2 / (double)n2, 1e-15, 0);
}

/* Newcombe (1998b) Table II, method 10. */
static void test_newcombe_table2(void **state)
{
	(void)state;
	static const struct { int64_t x1, n1, x2, n2; double lo, hi; } rows[] = {
		{ 56, 70, 48, 80, 0.0524, 0.3339 },   /* (a) */
		{ 9, 10, 3, 10, 0.1705, 0.8090 },     /* (b) */
		{ 6, 7, 2, 7, 0.0582, 0.8062 },       /* (c) */
		{ 5, 56, 0, 29, -0.0381, 0.1926 },    /* (d) */
		{ 0, 10, 0, 20, -0.1611, 0.2775 },    /* (e) */
		{ 0, 10, 0, 10, -0.2775, 0.2775 },    /* (f) */
		{ 10, 10, 0, 20, 0.6791, 1.0000 },    /* (g) */
		{ 10, 10, 0, 10, 0.6075, 1.0000 },    /* (h) */
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		check4("newcombe", rows[i].x1, rows[i].n1, rows[i].x2, rows[i].n2, rows[i].lo, rows[i].hi);
}

/* SAS PROC FREQ values (WUSS 2016 paper 127, p. 9). */
static void test_sas_reference(void **state)
{
	(void)state;
	static const struct { const char *m; int64_t x1, n1, x2, n2; double lo, hi; } rows[] = {
		{ "wald", 56, 70, 48, 80, 0.0575, 0.3425 },
		{ "wald", 9, 10, 3, 10, 0.2605, 0.9395 },
		{ "wald", 10, 10, 0, 20, 1.0000, 1.0000 },
		{ "miettinen-nurminen", 56, 70, 48, 80, 0.0528, 0.3382 },
		{ "miettinen-nurminen", 9, 10, 3, 10, 0.1700, 0.8406 },
		{ "miettinen-nurminen", 10, 10, 0, 20, 0.7156, 1.0000 },
		{ "newcombe", 56, 70, 48, 80, 0.0524, 0.3339 },
		{ "newcombe", 9, 10, 3, 10, 0.1705, 0.8090 },
		{ "newcombe", 10, 10, 0, 20, 0.6791, 1.0000 },
		{ "newcombe-cc", 56, 70, 48, 80, 0.0428, 0.3422 },
		{ "newcombe-cc", 9, 10, 3, 10, 0.1013, 0.8387 },
		{ "newcombe-cc", 10, 10, 0, 20, 0.6014, 1.0000 },
		{ "agresti-caffo", 56, 70, 48, 80, 0.0525, 0.3358 },
		{ "agresti-caffo", 9, 10, 3, 10, 0.1600, 0.8400 },
		{ "agresti-caffo", 10, 10, 0, 20, 0.6922, 1.0000 },
		{ "wald", 84, 101, 89, 105, -0.1162, 0.0843 },
		{ "miettinen-nurminen", 84, 101, 89, 105, -0.1191, 0.0860 },
		{ "newcombe", 84, 101, 89, 105, -0.1177, 0.0851 },
		{ "newcombe-cc", 84, 101, 89, 105, -0.1245, 0.0918 },
		{ "agresti-caffo", 84, 101, 89, 105, -0.1168, 0.0850 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		check4(rows[i].m, rows[i].x1, rows[i].n1, rows[i].x2, rows[i].n2, rows[i].lo, rows[i].hi);
}

static void test_issue_values(void **state)
{
	(void)state;
	/* DescTools#50 */
	check4("newcombe", 63, 93, 38, 92, 0.1212, 0.3929);
	/* Miettinen & Nurminen (1985), example 4 */
	check4("miettinen-nurminen", 0, 10, 0, 20, -0.1658, 0.2844);
}

/* R's fisher.test finds the limits and the estimate with uniroot's default
 * tolerance, .Machine$double.eps^0.25 = 1.22e-4, on psi when psi < 1 and
 * on 1/psi otherwise; its p-value is exact. */
static void close_to_fisher_test(double got, double r)
{
	if (r < 1)
		assert_close(got, r, 1.3e-4, 0);
	else
		assert_close(1 / got, 1 / r, 1.3e-4, 0);
}

static void test_fisher_test_examples(void **state)
{
	(void)state;
	/* fisher.test(matrix(c(3, 1, 1, 3), 2)) */
	struct cs_cmp_result r = run("fisher", 3, 4, 1, 4, 0.95, CS_OK);
	assert_close(r.estimate, 17.0 / 35.0, 0, 1e-14);   /* (1 + 16 + 16 + 1) / 70 */
	assert_true(isnan(r.lower) && isnan(r.upper));
	r = run("exact", 3, 4, 1, 4, 0.95, CS_OK);
	close_to_fisher_test(r.estimate, 6.408308867005788);
	close_to_fisher_test(r.lower, 0.211732915305503);
	close_to_fisher_test(r.upper, 621.933750545417297);
	/* fisher.test(matrix(c(2, 10, 15, 3), 2)): x1 = 2 of 17, x2 = 10 of 13 */
	r = run("fisher", 2, 17, 10, 13, 0.95, CS_OK);
	assert_close(r.estimate, 0.000536724119143436, 0, 1e-12);
	r = run("exact", 2, 17, 10, 13, 0.95, CS_OK);
	close_to_fisher_test(r.estimate, 0.046936608827698907);
	close_to_fisher_test(r.lower, 0.003325764033859309);
	close_to_fisher_test(r.upper, 0.363182271474896567);
	/* fisher.test(matrix(c(0, 3, 5, 2), 2)): 0/5 vs 3/5 -> estimate 0,
	 * [0, 2.026871309612808], p = 0.1666666666666667 */
	r = run("exact", 0, 5, 3, 5, 0.95, CS_OK);
	assert_close(r.estimate, 0, 0, 0);
	assert_close(r.lower, 0, 0, 0);
	close_to_fisher_test(r.upper, 2.026871309612808);
	r = run("fisher", 0, 5, 3, 5, 0.95, CS_OK);
	assert_close(r.estimate, 1.0 / 6.0, 0, 1e-14);
}

/* ---- the R reference grid ------------------------------------------- */

static double field(const char *s)
{
	if (strcmp(s, "NA") == 0 || strcmp(s, "NaN") == 0)
		return NAN;
	if (strcmp(s, "Inf") == 0)
		return INFINITY;
	if (strcmp(s, "-Inf") == 0)
		return -INFINITY;
	char *end;
	double v = strtod(s, &end);
	if (*end)
		fail_msg("bad number '%s' in the reference file", s);
	return v;
}

/* Difference of got from want: absolute for differences, relative for the
 * rest; 0 when both are the same non-finite value. */
static double err_of(double got, double want, int relative)
{
	if (isnan(want) || isinf(want))
		return (isnan(want) && isnan(got)) || got == want ? 0.0 : INFINITY;
	if (!isfinite(got))
		return INFINITY;
	double e = fabs(got - want);
	if (relative)
		e = want == 0.0 ? (got == 0.0 ? 0.0 : INFINITY) : e / fabs(want);
	return e;
}

static void test_reference_grid(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/compare_ref.csv", "r");
	assert_non_null(f);
	char line[512];
	assert_non_null(fgets(line, sizeof line, f));
	assert_string_equal(line, "method,x1,n1,x2,n2,conf,estimate,lower,upper\n");
	int rows = 0;
	double worst[CS_CMP_NMEASURES] = { 0 };
	clock_t t0 = clock();
	while (fgets(line, sizeof line, f)) {
		char copy[512], *tok[9], *save = NULL;
		strcpy(copy, line);
		copy[strcspn(copy, "\n")] = '\0';
		int k = 0;
		for (char *p = strtok_r(copy, ",", &save); p && k < 9; p = strtok_r(NULL, ",", &save))
			tok[k++] = p;
		assert_int_equal(k, 9);
		const struct cs_cmp_method *m = M(tok[0]);
		struct cs_2x2 t = { (int64_t)field(tok[1]), (int64_t)field(tok[2]),
				    (int64_t)field(tok[3]), (int64_t)field(tok[4]) };
		double conf = field(tok[5]), want[3] = { field(tok[6]), field(tok[7]), field(tok[8]) };
		struct cs_cmp_result r;
		int st = cs_cmp_compute(m, &t, conf, &r);
		if (st != CS_OK && st != CS_EUNDEF)
			fail_msg("status %d for %s", st, line);
		double got[3] = { r.estimate, r.lower, r.upper };
		int relative = m->measure != CS_CMP_DIFFERENCE;
		for (int i = 0; i < 3; i++) {
			double e = err_of(got[i], want[i], relative);
			/* R's chi-squared statistic carries rounding noise where it
			 * is exactly 0 (e.g. 4.6e-32 for 0/1 vs 1/2 with Yates) */
			if (m->measure == CS_CMP_TEST && i == 1 && fabs(got[i] - want[i]) <= 1e-12)
				e = 0.0;
			if (!(e <= 1e-9))
				fail_msg("%s: got [%.17g, %.17g, %.17g], field %d is off by %.3g", line,
					 got[0], got[1], got[2], i + 1, e);
			if (e > worst[m->measure])
				worst[m->measure] = e;
		}
		rows++;
	}
	fclose(f);
	assert_true(rows > 30000);
	printf("  reference grid: %d rows in %.1f s; largest difference from R: difference %.2g (absolute),"
	       " ratio %.2g, odds ratio %.2g, tests %.2g (relative)\n", rows,
	       (double)(clock() - t0) / CLOCKS_PER_SEC, worst[CS_CMP_DIFFERENCE], worst[CS_CMP_RATIO],
	       worst[CS_CMP_ODDS_RATIO], worst[CS_CMP_TEST]);
}

/* ---- properties ----------------------------------------------------- */

static const int64_t small_n[] = { 1, 2, 3, 7, 20 };

/* a <= b up to rounding */
static int le(double a, double b)
{
	return a <= b + 1e-12 * fabs(b) + 1e-15;
}

/* Every interval holds its estimate (where both exist; not Agresti-Caffo,
 * adjusted-log and Woolf, whose intervals are centred on adjusted counts);
 * differences stay in [-1, 1]; a higher level never gives a shorter
 * interval. */
static void test_invariants(void **state)
{
	(void)state;
	for (size_t mi = 0; mi < cs_cmp_nmethods; mi++) {
		const struct cs_cmp_method *m = &cs_cmp_methods[mi];
		if (m->measure == CS_CMP_TEST)
			continue;
		int shifted = strcmp(m->name, "adjusted-log") == 0 || strcmp(m->name, "woolf") == 0 ||
			      strcmp(m->name, "agresti-caffo") == 0;
		for (size_t i = 0; i < 5; i++)
			for (size_t j = 0; j < 5; j++)
				for (int64_t x1 = 0; x1 <= small_n[i]; x1++)
					for (int64_t x2 = 0; x2 <= small_n[j]; x2++) {
						struct cs_2x2 t = { x1, small_n[i], x2, small_n[j] };
						struct cs_cmp_result a, b;
						int sa = cs_cmp_compute(m, &t, 0.9, &a);
						int sb = cs_cmp_compute(m, &t, 0.99, &b);
						assert_true(sa == CS_OK || sa == CS_EUNDEF);
						assert_int_equal(sa, sb);
						if (sa != CS_OK)
							continue;
						assert_true(a.lower <= a.upper);
						if (isfinite(a.estimate) && !shifted)
							assert_true(le(a.lower, a.estimate) && le(a.estimate, a.upper));
						if (m->measure == CS_CMP_DIFFERENCE)
							assert_true(a.lower >= -1 && a.upper <= 1);
						else
							assert_true(a.lower >= 0);
						assert_true(le(b.lower, a.lower) && le(a.upper, b.upper));
					}
	}
}

/* Swapping the groups mirrors a difference and inverts a ratio or an odds
 * ratio; swapping successes and failures inverts an odds ratio. */
static void test_symmetry(void **state)
{
	(void)state;
	static const int64_t tabs[][4] = {
		{ 3, 4, 1, 4 }, { 0, 7, 2, 7 }, { 5, 56, 0, 29 }, { 10, 10, 0, 20 }, { 1, 1, 0, 1 },
		{ 333, 1000, 1, 100000 }, { 56, 70, 48, 80 },
	};
	for (size_t mi = 0; mi < cs_cmp_nmethods; mi++) {
		const struct cs_cmp_method *m = &cs_cmp_methods[mi];
		for (size_t k = 0; k < sizeof tabs / sizeof *tabs; k++) {
			const int64_t *v = tabs[k];
			struct cs_2x2 t = { v[0], v[1], v[2], v[3] }, s = { v[2], v[3], v[0], v[1] };
			struct cs_2x2 f = { v[1] - v[0], v[1], v[3] - v[2], v[3] };
			struct cs_cmp_result a, b, c;
			int st = cs_cmp_compute(m, &t, 0.95, &a);
			if (st != CS_OK)
				continue;
			int ss = cs_cmp_compute(m, &s, 0.95, &b);
			switch (m->measure) {
			case CS_CMP_DIFFERENCE:
				assert_int_equal(ss, CS_OK);
				assert_close(a.lower, -b.upper, 1e-12, 0);
				assert_close(a.upper, -b.lower, 1e-12, 0);
				break;
			case CS_CMP_RATIO:
				if (ss == CS_OK && a.lower > 0 && isfinite(a.upper)) {
					assert_close(a.lower, 1 / b.upper, 0, 1e-11);
					assert_close(a.upper, 1 / b.lower, 0, 1e-11);
				}
				break;
			case CS_CMP_ODDS_RATIO:
				assert_int_equal(cs_cmp_compute(m, &f, 0.95, &c), CS_OK);
				if (a.lower > 0 && isfinite(a.upper)) {
					assert_close(a.lower, 1 / b.upper, 0, 1e-11);
					assert_close(a.upper, 1 / c.lower, 0, 1e-11);
				}
				break;
			case CS_CMP_TEST:
				assert_close(a.estimate, b.estimate, 0, 1e-12);
				break;
			default:
				break;
			}
		}
	}
}

/* Undefined and unbounded results come as NAN / INFINITY with a note. */
static void test_edge_notes(void **state)
{
	(void)state;
	struct cs_cmp_result r;
	r = run("katz", 0, 10, 3, 10, 0.95, CS_EUNDEF);
	assert_true(r.notes & CS_CMP_NOTE_ZERO_COUNT);
	assert_close(r.estimate, 0, 0, 0);
	assert_true(isnan(r.lower) && isnan(r.upper));
	r = run("katz", 3, 10, 0, 10, 0.95, CS_EUNDEF);
	assert_true(isinf(r.estimate) && (r.notes & CS_CMP_NOTE_EST_INF));
	r = run("koopman", 3, 10, 0, 10, 0.95, CS_OK);
	assert_true(isinf(r.upper) && (r.notes & CS_CMP_NOTE_UPPER_INF) && r.lower > 0);
	r = run("koopman", 0, 10, 0, 10, 0.95, CS_OK);
	assert_true(isnan(r.estimate) && (r.notes & CS_CMP_NOTE_EST_UNDEF));
	assert_true(r.lower == 0 && isinf(r.upper));
	r = run("adjusted-log", 0, 10, 0, 20, 0.95, CS_OK);
	assert_true(isnan(r.estimate) && isfinite(r.lower) && isfinite(r.upper));
	for (size_t i = 0; i < 3; i++) {
		static const char *const ors[] = { "woolf", "exact", "mid-p" };
		r = run(ors[i], 0, 10, 0, 20, 0.95, CS_EUNDEF);
		assert_true((r.notes & CS_CMP_NOTE_ZERO_MARGIN) && isnan(r.estimate) && isnan(r.lower));
		r = run(ors[i], 10, 10, 20, 20, 0.95, CS_EUNDEF);
		assert_true(r.notes & CS_CMP_NOTE_ZERO_MARGIN);
	}
	r = run("woolf", 0, 10, 3, 10, 0.95, CS_OK);
	assert_true(r.notes & CS_CMP_NOTE_HALF_ADDED);
	assert_close(r.estimate, (0.5 / 10.5) * (7.5 / 3.5), 0, 1e-15);
	r = run("exact", 3, 10, 0, 10, 0.95, CS_OK);
	assert_true(isinf(r.estimate) && isinf(r.upper) && (r.notes & CS_CMP_NOTE_EST_INF));
	r = run("fisher", 0, 10, 0, 20, 0.95, CS_OK);
	assert_close(r.estimate, 1, 0, 0);
	assert_true(r.notes & CS_CMP_NOTE_ZERO_MARGIN);
	r = run("chisq", 0, 10, 0, 20, 0.95, CS_EUNDEF);
	assert_true(isnan(r.estimate) && isnan(r.lower) && (r.notes & CS_CMP_NOTE_ZERO_MARGIN));
	r = run("chisq", 3, 4, 1, 4, 0.95, CS_OK);
	assert_true(r.notes & CS_CMP_NOTE_SMALL_EXPECTED);
	/* R chisq.test caps Yates' correction at |O - E|: 5/10 vs 5/11 has
	 * |O - E| = 5/21 < 1/2, so the corrected statistic is 0 and p = 1. */
	r = run("chisq_yates", 5, 10, 5, 11, 0.95, CS_OK);
	assert_true(r.notes & CS_CMP_NOTE_YATES_CAPPED);
	assert_close(r.lower, 0, 0, 0);
	assert_close(r.estimate, 1, 0, 0);
	r = run("wald", 10, 10, 0, 20, 0.95, CS_OK);
	assert_true(r.lower == 1 && r.upper == 1);
	r = run("miettinen-nurminen", 0, 10, 10, 10, 0.95, CS_OK);
	assert_true(r.lower == -1 && r.upper > -1);
}

/* Margins far beyond the reference grid: finite, ordered, and fast. */
static void test_huge_margins(void **state)
{
	(void)state;
	static const int64_t tabs[][4] = {
		{ 3000000, 10000000, 2990000, 10000000 },
		{ 1, 10000000, 5, 10000000 },
		{ 9999999, 10000000, 0, 10000000 },
		{ INT64_C(400000000), INT64_C(1000000000), INT64_C(399990000), INT64_C(1000000000) },
	};
	clock_t t0 = clock();
	for (size_t k = 0; k < sizeof tabs / sizeof *tabs; k++)
		for (size_t mi = 0; mi < cs_cmp_nmethods; mi++) {
			const struct cs_cmp_method *m = &cs_cmp_methods[mi];
			struct cs_2x2 t = { tabs[k][0], tabs[k][1], tabs[k][2], tabs[k][3] };
			struct cs_cmp_result r;
			int st = cs_cmp_compute(m, &t, 0.999, &r);
			if (st == CS_EUNDEF)
				continue;
			if (st != CS_OK)
				fail_msg("%s on table %zu: status %d", m->name, k, st);
			if (m->measure != CS_CMP_TEST) {
				assert_false(isnan(r.lower) || isnan(r.upper));
				assert_true(r.lower <= r.upper);
			} else {
				assert_true(r.estimate >= 0 && r.estimate <= 1);
			}
		}
	/* the conditional MLE of the first table is close to the sample odds
	 * ratio, and the exact interval close to Woolf's */
	struct cs_cmp_result w = run("woolf", 3000000, 10000000, 2990000, 10000000, 0.95, CS_OK);
	struct cs_cmp_result e = run("exact", 3000000, 10000000, 2990000, 10000000, 0.95, CS_OK);
	assert_close(e.estimate, w.estimate, 0, 1e-6);
	assert_close(e.lower, w.lower, 0, 1e-5);
	assert_close(e.upper, w.upper, 0, 1e-5);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	printf("  margins up to 2e9: every method in %.2f s\n", secs);
	assert_true(secs < 60);
}

static void test_domain_errors(void **state)
{
	(void)state;
	struct cs_cmp_result r;
	const struct cs_cmp_method *m = M("newcombe");
	struct cs_2x2 bad[] = {
		{ 0, 0, 1, 2 }, { 1, 2, 0, 0 }, { 3, 2, 1, 2 }, { 1, 2, 3, 2 }, { -1, 2, 1, 2 },
		{ 1, CS_PROP_MAX_N, 1, 2 },
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(cs_cmp_compute(m, &bad[i], 0.95, &r), CS_EDOM);
	struct cs_2x2 ok = { 1, 2, 1, 2 };
	assert_int_equal(cs_cmp_compute(m, &ok, 0.0, &r), CS_EDOM);
	assert_int_equal(cs_cmp_compute(m, &ok, 1.0, &r), CS_EDOM);
	assert_int_equal(cs_cmp_compute(m, &ok, NAN, &r), CS_EDOM);
	assert_int_equal(cs_cmp_compute(NULL, &ok, 0.95, &r), CS_EDOM);
}

static void test_method_table(void **state)
{
	(void)state;
	assert_int_equal(cs_cmp_nmethods, 14);
	int defaults[CS_CMP_NMEASURES] = { 0 };
	enum cs_cmp_measure prev = CS_CMP_DIFFERENCE;
	for (size_t i = 0; i < cs_cmp_nmethods; i++) {
		const struct cs_cmp_method *m = &cs_cmp_methods[i];
		assert_true(m->measure >= prev);   /* grouped by measure */
		prev = m->measure;
		defaults[m->measure] += m->is_default;
		for (size_t j = i + 1; j < cs_cmp_nmethods; j++) {
			assert_true(strcmp(m->name, cs_cmp_methods[j].name) != 0);
			for (size_t a = 0; cs_cmp_methods[j].aliases[a]; a++)
				assert_true(strcmp(m->name, cs_cmp_methods[j].aliases[a]) != 0);
		}
		assert_ptr_equal(cs_cmp_method_find(m->name), m);
		for (size_t a = 0; m->aliases[a]; a++)
			assert_ptr_equal(cs_cmp_method_find(m->aliases[a]), m);
	}
	assert_int_equal(defaults[CS_CMP_DIFFERENCE], 1);
	assert_int_equal(defaults[CS_CMP_RATIO], 1);
	assert_int_equal(defaults[CS_CMP_ODDS_RATIO], 1);
	assert_int_equal(defaults[CS_CMP_TEST], 3);
	assert_true(M("newcombe")->is_default && M("koopman")->is_default && M("exact")->is_default);
	assert_string_equal(M("mn")->name, "miettinen-nurminen");
	assert_string_equal(M("midp")->name, "mid-p");
	assert_null(cs_cmp_method_find("all"));
	assert_null(cs_cmp_method_find("Newcombe"));
	assert_string_equal(cs_cmp_measure_name(CS_CMP_ODDS_RATIO), "odds_ratio");
	assert_int_equal(cs_cmp_measure_find("test"), CS_CMP_TEST);
	assert_int_equal(cs_cmp_measure_find("odds-ratio"), -1);
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_newcombe_table2),
		cmocka_unit_test(test_sas_reference),
		cmocka_unit_test(test_issue_values),
		cmocka_unit_test(test_fisher_test_examples),
		cmocka_unit_test(test_reference_grid),
		cmocka_unit_test(test_invariants),
		cmocka_unit_test(test_symmetry),
		cmocka_unit_test(test_edge_notes),
		cmocka_unit_test(test_huge_margins),
		cmocka_unit_test(test_domain_errors),
		cmocka_unit_test(test_method_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
