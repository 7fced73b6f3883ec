/* test_proportion.c - tests of analysis/proportion.c and proportion_exact.c.
 *
 * Expected values:
 *  - Newcombe RG (1998). Two-sided confidence intervals for the single
 *    proportion: comparison of seven methods. Stat Med 17:857-872, Table I
 *    (4 decimals; methods 1 Wald, 3 Wilson, 4 Wilson-cc, 5 Clopper-Pearson,
 *    6 mid-p, 7 likelihood ratio; negative Wald limits clip to 0 here).
 *  - tests/ref/prop_ref.csv: 10,284 limits from R 4.2.2, made by
 *    tests/ref/prop_ref.R (every method; n = 1 ... 100,000 at x = 0, 1, 2,
 *    n/3, n-1, n; conf 0.5 ... 0.999; one- and two-sided; n = 10^6 and 10^7
 *    at x = 0, 1 and proportions 10^-5 ... 1/3).  Agreement to 1e-9 absolute. */
#include "test_util.h"
#include "analysis/proportion.h"
#include "analysis/status.h"

#include <gsl/gsl_errno.h>

static const struct cs_prop_method *M(const char *name)
{
	const struct cs_prop_method *m = cs_prop_method_find(name);
	assert_non_null(m);
	return m;
}

static void check(const char *method, int64_t x, int64_t n, double conf, double lo, double hi, double tol)
{
	struct cs_interval ci;
	assert_int_equal(cs_prop_ci(M(method), x, n, conf, CS_SIDES_TWO, &ci), CS_OK);
	assert_close(ci.lower, lo, tol, 0);
	assert_close(ci.upper, hi, tol, 0);
	assert_close(ci.estimate, (double)x / (double)n, 0, 0);
}

/* Newcombe (1998) Table I, 95% intervals, 4 decimals. */
static void test_newcombe_1998(void **state)
{
	(void)state;
	const double t = 0.5e-4 + 1e-12;
	static const struct { int64_t x, n; double v[6][2]; } rows[] = {
		{ 81, 263, { { 0.2522, 0.3638 }, { 0.2553, 0.3662 }, { 0.2535, 0.3682 },
			     { 0.2527, 0.3676 }, { 0.2544, 0.3658 }, { 0.2542, 0.3655 } } },
		{ 15, 148, { { 0.0527, 0.1500 }, { 0.0624, 0.1605 }, { 0.0598, 0.1644 },
			     { 0.0578, 0.1617 }, { 0.0601, 0.1581 }, { 0.0596, 0.1567 } } },
		{ 0, 20, { { 0.0000, 0.0000 }, { 0.0000, 0.1611 }, { 0.0000, 0.2005 },
			   { 0.0000, 0.1684 }, { 0.0000, 0.1391 }, { 0.0000, 0.0916 } } },
		{ 1, 29, { { 0.0000, 0.1009 }, { 0.0061, 0.1718 }, { 0.0018, 0.1963 },
			   { 0.0009, 0.1776 }, { 0.0017, 0.1585 }, { 0.0020, 0.1432 } } },
	};
	static const char *const methods[6] = {
		"wald", "wilson", "wilson-cc", "clopper-pearson", "mid-p", "likelihood"
	};
	for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++)
		for (int m = 0; m < 6; m++)
			check(methods[m], rows[r].x, rows[r].n, 0.95, rows[r].v[m][0], rows[r].v[m][1], t);
}

/* R binom.test(6, 7)$conf.int = 0.4212768 0.9963897 (and GSL's own beta
 * quantile agrees at full precision). */
static void test_clopper_pearson_6_of_7(void **state)
{
	(void)state;
	check("exact", 6, 7, 0.95, 0.42127680295680464, 0.99638970313809938, 1e-13);
}

/* At x = 0 the Clopper-Pearson upper limit has the closed form
 * 1 - (alpha/2)^(1/n) (statsmodels#9141), also at tiny alpha. */
static void test_clopper_pearson_zero_closed_form(void **state)
{
	(void)state;
	const double confs[] = { 0.5, 0.95, 0.999, 1 - 1e-9 };
	const int64_t ns[] = { 1, 7, 1000, 10000000 };
	for (size_t i = 0; i < 4; i++)
		for (size_t j = 0; j < 4; j++) {
			struct cs_interval ci;
			double a = (1 - confs[i]) / 2;
			assert_int_equal(cs_prop_ci(M("clopper-pearson"), 0, ns[j], confs[i], CS_SIDES_TWO, &ci), CS_OK);
			assert_close(ci.lower, 0, 0, 0);
			assert_close(ci.upper, -expm1(log(a) / (double)ns[j]), 1e-15, 1e-12);
		}
}

static void test_reference_grid(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/prop_ref.csv", "r");
	assert_non_null(f);
	char line[512];
	assert_non_null(fgets(line, sizeof line, f));
	assert_string_equal(line, "method,x,n,conf,sides,lower,upper\n");
	int rows = 0;
	double worst = 0;
	while (fgets(line, sizeof line, f)) {
		char method[64], sides[16];
		double x, n, conf, lo, hi;
		assert_int_equal(sscanf(line, "%63[^,],%lf,%lf,%lf,%15[^,],%lf,%lf",
					method, &x, &n, &conf, sides, &lo, &hi), 7);
		enum cs_sides s = strcmp(sides, "two") == 0 ? CS_SIDES_TWO
				: strcmp(sides, "lower") == 0 ? CS_SIDES_LOWER : CS_SIDES_UPPER;
		struct cs_interval ci;
		int st = cs_prop_ci(M(method), (int64_t)x, (int64_t)n, conf, s, &ci);
		if (st != CS_OK)
			fail_msg("status %d for %s", st, line);
		double e = fmax(fabs(ci.lower - lo), fabs(ci.upper - hi));
		if (!(e <= 1e-9))
			fail_msg("got [%.17g, %.17g], differs by %.3g from %s", ci.lower, ci.upper, e, line);
		if (e > worst)
			worst = e;
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 10324);
	printf("  reference grid: %d rows, largest difference from R %.3g\n", rows, worst);
}

/* Properties every method must have, on a grid of small and edge cases. */
static void test_invariants(void **state)
{
	(void)state;
	const int64_t ns[] = { 1, 2, 3, 7, 20, 100, 1001 };
	const double confs[] = { 0.5, 0.9, 0.95, 0.999 };
	for (size_t mi = 0; mi < cs_prop_nmethods; mi++) {
		const struct cs_prop_method *m = &cs_prop_methods[mi];
		for (size_t ni = 0; ni < sizeof ns / sizeof *ns; ni++)
			for (int64_t x = 0; x <= ns[ni]; x += ns[ni] > 20 ? ns[ni] / 7 + 1 : 1)
				for (size_t ci_ = 0; ci_ < 4; ci_++) {
					int64_t n = ns[ni];
					struct cs_interval a, b;
					assert_int_equal(cs_prop_ci(m, x, n, confs[ci_], CS_SIDES_TWO, &a), CS_OK);
					assert_true(a.lower >= 0 && a.upper <= 1);
					assert_true(a.lower <= a.estimate + 1e-15 && a.estimate <= a.upper + 1e-15);
					if (x == 0 && strcmp(m->name, "wald") != 0)
						assert_true(a.lower == 0);
					if (x == n && strcmp(m->name, "wald") != 0)
						assert_true(a.upper == 1);
					/* mirror symmetry: x -> n - x */
					assert_int_equal(cs_prop_ci(m, n - x, n, confs[ci_], CS_SIDES_TWO, &b), CS_OK);
					assert_close(a.lower, 1 - b.upper, 1e-12, 0);
					assert_close(a.upper, 1 - b.lower, 1e-12, 0);
				}
	}
}

/* A higher level never gives a shorter interval (tested on the methods
 * where this holds exactly; Blaker is nested within Clopper-Pearson). */
static void test_nesting(void **state)
{
	(void)state;
	for (size_t mi = 0; mi < cs_prop_nmethods; mi++) {
		const struct cs_prop_method *m = &cs_prop_methods[mi];
		for (int64_t x = 0; x <= 29; x += 4) {
			struct cs_interval a, b, cp;
			assert_int_equal(cs_prop_ci(m, x, 29, 0.90, CS_SIDES_TWO, &a), CS_OK);
			assert_int_equal(cs_prop_ci(m, x, 29, 0.99, CS_SIDES_TWO, &b), CS_OK);
			assert_true(b.lower <= a.lower + 1e-15 && a.upper <= b.upper + 1e-15);
			if (strcmp(m->name, "blaker") == 0) {
				cs_prop_ci(M("clopper-pearson"), x, 29, 0.99, CS_SIDES_TWO, &cp);
				assert_true(cp.lower <= b.lower && b.upper <= cp.upper);
			}
		}
	}
}

static void test_one_sided(void **state)
{
	(void)state;
	struct cs_interval lo, up, two;
	/* one-sided at 95% = the matching limit of the two-sided 90% interval */
	assert_int_equal(cs_prop_ci(M("wilson"), 6, 7, 0.95, CS_SIDES_LOWER, &lo), CS_OK);
	assert_int_equal(cs_prop_ci(M("wilson"), 6, 7, 0.95, CS_SIDES_UPPER, &up), CS_OK);
	assert_int_equal(cs_prop_ci(M("wilson"), 6, 7, 0.90, CS_SIDES_TWO, &two), CS_OK);
	assert_close(lo.lower, two.lower, 1e-15, 0);
	assert_close(lo.upper, 1, 0, 0);
	assert_close(up.lower, 0, 0, 0);
	assert_close(up.upper, two.upper, 1e-15, 0);
}

static void test_logit_fallback_note(void **state)
{
	(void)state;
	struct cs_interval a, b;
	assert_int_equal(cs_prop_ci(M("logit"), 0, 20, 0.95, CS_SIDES_TWO, &a), CS_OK);
	assert_int_equal(cs_prop_ci(M("clopper-pearson"), 0, 20, 0.95, CS_SIDES_TWO, &b), CS_OK);
	assert_true(a.notes & CS_NOTE_EXACT_FALLBACK);
	assert_close(a.upper, b.upper, 0, 0);
	assert_int_equal(cs_prop_ci(M("logit"), 3, 20, 0.95, CS_SIDES_TWO, &a), CS_OK);
	assert_false(a.notes & CS_NOTE_EXACT_FALLBACK);
}

static void test_domain_errors(void **state)
{
	(void)state;
	struct cs_interval ci;
	const struct cs_prop_method *w = cs_prop_method_default();
	assert_int_equal(cs_prop_ci(w, 0, 0, 0.95, CS_SIDES_TWO, &ci), CS_EDOM);
	assert_int_equal(cs_prop_ci(w, 7, 6, 0.95, CS_SIDES_TWO, &ci), CS_EDOM);
	assert_int_equal(cs_prop_ci(w, -1, 5, 0.95, CS_SIDES_TWO, &ci), CS_EDOM);
	assert_int_equal(cs_prop_ci(w, 1, 5, 0.0, CS_SIDES_TWO, &ci), CS_EDOM);
	assert_int_equal(cs_prop_ci(w, 1, 5, 1.0, CS_SIDES_TWO, &ci), CS_EDOM);
	assert_int_equal(cs_prop_ci(w, 1, 5, NAN, CS_SIDES_TWO, &ci), CS_EDOM);
	assert_int_equal(cs_prop_ci(w, 1, 5, 0.5, CS_SIDES_LOWER, &ci), CS_EDOM);
	assert_int_equal(cs_prop_ci(w, 1, CS_PROP_MAX_N + 1, 0.95, CS_SIDES_TWO, &ci), CS_EDOM);
	assert_int_equal(cs_prop_ci(NULL, 1, 5, 0.95, CS_SIDES_TWO, &ci), CS_EDOM);
}

static void test_method_table(void **state)
{
	(void)state;
	assert_int_equal(cs_prop_nmethods, 11);
	assert_string_equal(cs_prop_method_default()->name, "wilson");
	static const char *const alias[][2] = {
		{ "normal", "wald" }, { "asymptotic", "wald" }, { "score", "wilson" },
		{ "wilsoncc", "wilson-cc" }, { "ac", "agresti-coull" }, { "exact", "clopper-pearson" },
		{ "beta", "clopper-pearson" }, { "midp", "mid-p" }, { "lik", "likelihood" },
		{ "lrt", "likelihood" },
	};
	for (size_t i = 0; i < sizeof alias / sizeof *alias; i++)
		assert_string_equal(M(alias[i][0])->name, alias[i][1]);
	assert_null(cs_prop_method_find("Wilson"));
	assert_null(cs_prop_method_find("all"));
	for (size_t i = 0; i < cs_prop_nmethods; i++)
		for (size_t j = i + 1; j < cs_prop_nmethods; j++)
			assert_true(strcmp(cs_prop_methods[i].name, cs_prop_methods[j].name) != 0);
}

/* Huge n: exact methods stay finite and ordered where GSL alone fails. */
static void test_huge_n(void **state)
{
	(void)state;
	const int64_t n = 100000000;   /* 10^8 */
	for (size_t mi = 0; mi < cs_prop_nmethods; mi++) {
		if (strcmp(cs_prop_methods[mi].name, "blaker") == 0)
			continue;   /* too slow to be a unit test at 10^8 */
		struct cs_interval ci;
		assert_int_equal(cs_prop_ci(&cs_prop_methods[mi], n / 3, n, 0.95, CS_SIDES_TWO, &ci), CS_OK);
		assert_true(ci.lower < ci.estimate && ci.estimate < ci.upper);
		assert_close(ci.upper - ci.lower, 2 * 1.959963984540054 * sqrt(1.0 / 3 * 2.0 / 3 / (double)n),
			     0, 1e-3);
	}
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_newcombe_1998),
		cmocka_unit_test(test_clopper_pearson_6_of_7),
		cmocka_unit_test(test_clopper_pearson_zero_closed_form),
		cmocka_unit_test(test_reference_grid),
		cmocka_unit_test(test_invariants),
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_one_sided),
		cmocka_unit_test(test_logit_fallback_note),
		cmocka_unit_test(test_domain_errors),
		cmocka_unit_test(test_method_table),
		cmocka_unit_test(test_huge_n),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
