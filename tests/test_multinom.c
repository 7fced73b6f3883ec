/* test_multinom.c - tests of analysis/multinom.c.
 *
 * Expected values:
 *  - Sison CP, Glaz J (1995). Simultaneous confidence intervals and sample
 *    size determination for multinomial proportions. JASA 90:366-369: the
 *    Goodman intervals of their three examples, 95%, 3 decimals (as
 *    reproduced in statsmodels' results_multinomial_proportions.py).
 *  - tests/ref/multinom_ref.csv from R 4.2.2 (tests/ref/multinom_ref.R):
 *    Goodman's formula with R's qchisq(1 - alpha/k, 1), and per-category
 *    Wilson from prop.test(x, n, correct = FALSE); 1,450 limits, conf 0.5
 *    to 0.999, k = 1 to 50, counts 0 to 10^9.  Agreement to 1e-12. */
#include "test_util.h"
#include "analysis/multinom.h"
#include "analysis/status.h"

#include <gsl/gsl_errno.h>

static const struct cs_multinom_method *M(const char *name)
{
	const struct cs_multinom_method *m = cs_multinom_method_find(name);
	assert_non_null(m);
	return m;
}

/* Sison & Glaz (1995) examples, Goodman column, 95%. */
static void test_sison_glaz_1995_goodman(void **state)
{
	(void)state;
	const double tol = 0.5e-3 + 1e-12;
	struct cs_interval ci[50];
	/* example 1 */
	static const int64_t x1[7] = { 56, 72, 73, 59, 62, 87, 58 };
	static const double want1[7][2] = {
		{ .085, .166 }, { .115, .204 }, { .116, .207 }, { .091, .173 },
		{ .096, .181 }, { .143, .239 }, { .089, .171 },
	};
	assert_int_equal(cs_multinom_ci(M("goodman"), x1, 7, 0.95, ci), CS_OK);
	for (int i = 0; i < 7; i++) {
		assert_close(ci[i].lower, want1[i][0], tol, 0);
		assert_close(ci[i].upper, want1[i][1], tol, 0);
		assert_close(ci[i].estimate, (double)x1[i] / 467, 0, 1e-15);
	}
	/* example 2: 50 categories of 5 -> [.005, .075] each */
	int64_t x2[50];
	for (int i = 0; i < 50; i++)
		x2[i] = 5;
	assert_int_equal(cs_multinom_ci(M("goodman"), x2, 50, 0.95, ci), CS_OK);
	for (int i = 0; i < 50; i++) {
		assert_close(ci[i].lower, .005, tol, 0);
		assert_close(ci[i].upper, .075, tol, 0);
	}
	/* example 3: ten each of 1, 12, 5, 3, 4 */
	static const int64_t v3[5] = { 1, 12, 5, 3, 4 };
	static const double want3[5][2] = {
		{ 0, .049 }, { .019, .114 }, { .005, .075 }, { .002, .062 }, { .004, .069 },
	};
	int64_t x3[50];
	for (int i = 0; i < 50; i++)
		x3[i] = v3[i / 10];
	assert_int_equal(cs_multinom_ci(M("goodman"), x3, 50, 0.95, ci), CS_OK);
	for (int i = 0; i < 50; i++) {
		assert_close(ci[i].lower, want3[i / 10][0], tol, 0);
		assert_close(ci[i].upper, want3[i / 10][1], tol, 0);
	}
}

static void test_reference_grid(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/multinom_ref.csv", "r");
	assert_non_null(f);
	char line[4096];
	assert_non_null(fgets(line, sizeof line, f));
	assert_string_equal(line, "method,conf,counts,i,lower,upper\n");
	int rows = 0;
	double worst = 0;
	while (fgets(line, sizeof line, f)) {
		char method[32], counts[2048];
		double conf, lo, hi;
		int i;
		assert_int_equal(sscanf(line, "%31[^,],%lf,%2047[^,],%d,%lf,%lf",
					method, &conf, counts, &i, &lo, &hi), 6);
		int64_t x[64];
		size_t k = 0;
		for (char *s = strtok(counts, ";"); s; s = strtok(NULL, ";")) {
			assert_true(k < 64);
			x[k++] = strtoll(s, NULL, 10);
		}
		struct cs_interval ci[64];
		int st = cs_multinom_ci(M(method), x, k, conf, ci);
		if (st != CS_OK)
			fail_msg("status %d for %s", st, line);
		double e = fmax(fabs(ci[i].lower - lo), fabs(ci[i].upper - hi));
		if (!(e <= 1e-12))
			fail_msg("got [%.17g, %.17g], differs by %.3g from %s", ci[i].lower, ci[i].upper, e, line);
		if (e > worst)
			worst = e;
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 1450);
	printf("  reference grid: %d rows, largest difference from R %.3g\n", rows, worst);
}

/* Goodman's A is the upper alpha/k point of chi-square with 1 df.  R 4.2.2:
 * qchisq(1 - 0.05/7, 1) = 7.2366892681109007 and
 * qchisq(0.001/50, 1, lower.tail = FALSE) = 18.189293484087663 (the
 * lower-tail call qchisq(1 - 0.001/50, 1) gives 18.189293484085756: it
 * rounds 1 - 2e-5 first). */
static void test_goodman_constant(void **state)
{
	(void)state;
	assert_close(cs_multinom_goodman_a(1, 0.95), 1.959963984540054 * 1.959963984540054, 0, 1e-15);
	assert_close(cs_multinom_goodman_a(7, 0.95), 7.2366892681109007, 0, 1e-14);
	assert_close(cs_multinom_goodman_a(50, 0.999), 18.189293484087663, 0, 1e-14);
}

/* Goodman is the Wilson interval at z^2 = A, so it equals the per-category
 * Wilson interval at level 1 - alpha/k; and with k = 1 it is Wilson. */
static void test_goodman_is_bonferroni_wilson(void **state)
{
	(void)state;
	static const int64_t x[5] = { 120, 80, 45, 30, 25 };
	struct cs_interval g[5], w[5];
	assert_int_equal(cs_multinom_ci(M("goodman"), x, 5, 0.95, g), CS_OK);
	assert_int_equal(cs_multinom_ci(M("wilson"), x, 5, 1 - 0.05 / 5, w), CS_OK);
	for (int i = 0; i < 5; i++) {
		assert_close(g[i].lower, w[i].lower, 1e-14, 0);
		assert_close(g[i].upper, w[i].upper, 1e-14, 0);
		assert_true(g[i].lower <= g[i].estimate && g[i].estimate <= g[i].upper);
	}
	int64_t one = 7;
	assert_int_equal(cs_multinom_ci(M("goodman"), &one, 1, 0.95, g), CS_OK);
	assert_int_equal(cs_multinom_ci(M("wilson"), &one, 1, 0.95, w), CS_OK);
	assert_close(g[0].lower, w[0].lower, 1e-15, 0);
	assert_close(g[0].upper, 1, 0, 0);
}

/* Zero cells, a cell holding every case, n = 1, huge counts, tiny shares. */
static void test_edges(void **state)
{
	(void)state;
	struct cs_interval ci[4];
	static const int64_t z[3] = { 0, 5, 0 };
	assert_int_equal(cs_multinom_ci(M("goodman"), z, 3, 0.95, ci), CS_OK);
	assert_true(ci[0].lower == 0 && ci[0].estimate == 0 && ci[0].upper > 0);
	assert_true(ci[1].upper == 1 && ci[1].estimate == 1 && ci[1].lower < 1);
	static const int64_t n1[2] = { 1, 0 };
	for (size_t mi = 0; mi < cs_multinom_nmethods; mi++) {
		assert_int_equal(cs_multinom_ci(&cs_multinom_methods[mi], n1, 2, 0.95, ci), CS_OK);
		assert_true(ci[0].upper == 1 && ci[1].lower == 0);
		assert_close(ci[0].lower, 1 - ci[1].upper, 1e-15, 0);
	}
	/* a share of 1e-9 keeps its relative precision: lower limit from the
	 * product of the roots, x^2 / (n (n + A)) / upper */
	static const int64_t big[2] = { 1000000000, 1 };
	assert_int_equal(cs_multinom_ci(M("goodman"), big, 2, 0.95, ci), CS_OK);
	double A = cs_multinom_goodman_a(2, 0.95), n = 1000000001.0;
	assert_close(ci[1].lower * ci[1].upper, 1 / (n * (n + A)), 0, 1e-13);
	assert_close(ci[0].lower, 1 - ci[1].upper, 1e-15, 0);
}

static void test_nesting_and_width(void **state)
{
	(void)state;
	static const int64_t x[4] = { 4000, 2500, 700, 14 };
	struct cs_interval a[4], b[4], w[4];
	assert_int_equal(cs_multinom_ci(M("goodman"), x, 4, 0.90, a), CS_OK);
	assert_int_equal(cs_multinom_ci(M("goodman"), x, 4, 0.99, b), CS_OK);
	assert_int_equal(cs_multinom_ci(M("wilson"), x, 4, 0.90, w), CS_OK);
	for (int i = 0; i < 4; i++) {
		assert_true(b[i].lower < a[i].lower && a[i].upper < b[i].upper);
		/* simultaneous intervals are wider than one-at-a-time ones */
		assert_true(a[i].lower < w[i].lower && w[i].upper < a[i].upper);
	}
}

static void test_domain_errors(void **state)
{
	(void)state;
	struct cs_interval ci[3];
	static const int64_t zero[3] = { 0, 0, 0 }, neg[2] = { 3, -1 };
	static const int64_t ok[2] = { 3, 1 }, huge[2] = { CS_PROP_MAX_N, 1 };
	const struct cs_multinom_method *g = cs_multinom_method_default();
	assert_int_equal(cs_multinom_ci(g, zero, 3, 0.95, ci), CS_EDOM);
	assert_int_equal(cs_multinom_ci(g, neg, 2, 0.95, ci), CS_EDOM);
	assert_int_equal(cs_multinom_ci(g, ok, 0, 0.95, ci), CS_EDOM);
	assert_int_equal(cs_multinom_ci(g, ok, 2, 0.0, ci), CS_EDOM);
	assert_int_equal(cs_multinom_ci(g, ok, 2, 1.0, ci), CS_EDOM);
	assert_int_equal(cs_multinom_ci(g, ok, 2, NAN, ci), CS_EDOM);
	assert_int_equal(cs_multinom_ci(g, huge, 2, 0.95, ci), CS_EDOM);
	assert_int_equal(cs_multinom_ci(NULL, ok, 2, 0.95, ci), CS_EDOM);
}

static void test_method_table(void **state)
{
	(void)state;
	assert_int_equal(cs_multinom_nmethods, 2);
	assert_string_equal(cs_multinom_method_default()->name, "goodman");
	assert_true(cs_multinom_method_default()->simultaneous);
	assert_string_equal(M("score")->name, "wilson");
	assert_false(M("wilson")->simultaneous);
	assert_null(cs_multinom_method_find("sison-glaz"));
	assert_null(cs_multinom_method_find("all"));
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sison_glaz_1995_goodman),
		cmocka_unit_test(test_reference_grid),
		cmocka_unit_test(test_goodman_constant),
		cmocka_unit_test(test_goodman_is_bonferroni_wilson),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_nesting_and_width),
		cmocka_unit_test(test_domain_errors),
		cmocka_unit_test(test_method_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
