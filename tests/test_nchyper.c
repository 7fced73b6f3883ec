/* test_nchyper.c - tests of analysis/nchyper.c.
 *
 * Expected values: tests/ref/nchyper_ref.csv, from R 4.2.2 by
 * tests/ref/nchyper_ref.R (dhyper weights times psi^i over the whole
 * support, as inside fisher.test; fisher.test's p-value), for margins from
 * 7 to 200,000 and odds ratios from 1e-4 to 1e4.  Agreement: 1e-9
 * relative for probabilities and p-values, 1e-9 absolute for E[X] - x. */
#include "test_util.h"
#include "analysis/nchyper.h"
#include "analysis/status.h"

static double num(const char *s)
{
	return strcmp(s, "NA") == 0 ? NAN : strtod(s, NULL);
}

static void rel(double got, double want, const char *what, const char *line)
{
	double e = want == 0.0 ? fabs(got) : fabs(got - want) / fabs(want);
	if (!(e <= 1e-9) && !(fabs(got - want) <= 1e-300))
		fail_msg("%s = %.17g, R %.17g (relative %.3g) in %s", what, got, want, e, line);
}

static void test_reference(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/nchyper_ref.csv", "r");
	assert_non_null(f);
	char line[512];
	assert_non_null(fgets(line, sizeof line, f));
	assert_string_equal(line, "m,f,k,log_psi,x,below,at,above,mean_minus,fisher_p\n");
	int rows = 0;
	while (fgets(line, sizeof line, f)) {
		char copy[512], *tok[10], *save = NULL;
		strcpy(copy, line);
		copy[strcspn(copy, "\n")] = '\0';
		int k = 0;
		for (char *p = strtok_r(copy, ",", &save); p && k < 10; p = strtok_r(NULL, ",", &save))
			tok[k++] = p;
		assert_int_equal(k, 10);
		struct cs_nchyper h;
		assert_int_equal(cs_nchyper_init(&h, (int64_t)num(tok[0]), (int64_t)num(tok[1]),
						 (int64_t)num(tok[2])), CS_OK);
		double lpsi = num(tok[3]), x = num(tok[4]), below, at, above, mm;
		assert_int_equal(cs_nchyper_probs(&h, lpsi, x, &below, &at, &above), CS_OK);
		rel(below, num(tok[5]), "P(X < x)", line);
		rel(at, num(tok[6]), "P(X = x)", line);
		rel(above, num(tok[7]), "P(X > x)", line);
		assert_int_equal(cs_nchyper_mean_minus(&h, lpsi, x, &mm), CS_OK);
		assert_close(mm, num(tok[8]), 1e-9, 0);
		if (!isnan(num(tok[9]))) {
			double p;
			assert_int_equal(cs_nchyper_fisher_p(&h, x, &p), CS_OK);
			rel(p, num(tok[9]), "Fisher p", line);
		}
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 66);
}

/* One possible table, infinite odds ratios, bad arguments. */
static void test_edges(void **state)
{
	(void)state;
	struct cs_nchyper h;
	double below, at, above, p;
	/* no successes at all: X = 0 surely */
	assert_int_equal(cs_nchyper_init(&h, 0, 30, 10), CS_OK);
	assert_true(h.lo == 0 && h.hi == 0);
	assert_int_equal(cs_nchyper_probs(&h, 2.0, 0, &below, &at, &above), CS_OK);
	assert_true(below == 0 && at == 1 && above == 0);
	assert_int_equal(cs_nchyper_fisher_p(&h, 0, &p), CS_OK);
	assert_close(p, 1, 0, 0);
	/* psi = 0 puts everything at lo, psi = infinity at hi */
	assert_int_equal(cs_nchyper_init(&h, 5, 5, 6), CS_OK);
	assert_true(h.lo == 1 && h.hi == 5);
	assert_int_equal(cs_nchyper_probs(&h, -INFINITY, 1, &below, &at, &above), CS_OK);
	assert_true(at == 1 && above == 0);
	assert_int_equal(cs_nchyper_probs(&h, INFINITY, 5, &below, &at, &above), CS_OK);
	assert_true(at == 1 && below == 0);
	/* beyond exp()'s range the logarithmic path takes over */
	assert_int_equal(cs_nchyper_probs(&h, 720.0, 4, &below, &at, &above), CS_OK);
	assert_true(above > 0.999999 && at >= 0 && at < 1e-300);
	/* the tea-tasting table: P(X = 3) = 16/70, p = 34/70 */
	assert_int_equal(cs_nchyper_init(&h, 4, 4, 4), CS_OK);
	assert_int_equal(cs_nchyper_probs(&h, 0.0, 3, &below, &at, &above), CS_OK);
	assert_close(at, 16.0 / 70.0, 0, 1e-15);
	assert_close(above, 1.0 / 70.0, 0, 1e-14);
	assert_int_equal(cs_nchyper_fisher_p(&h, 3, &p), CS_OK);
	assert_close(p, 34.0 / 70.0, 0, 1e-15);
	/* domain */
	assert_int_equal(cs_nchyper_init(&h, -1, 3, 2), CS_EDOM);
	assert_int_equal(cs_nchyper_init(&h, 1, 3, 5), CS_EDOM);
	assert_int_equal(cs_nchyper_init(&h, 4, 4, 4), CS_OK);
	assert_int_equal(cs_nchyper_probs(&h, 0.0, 5, &below, &at, &above), CS_EDOM);
	assert_int_equal(cs_nchyper_probs(&h, NAN, 2, &below, &at, &above), CS_EDOM);
	assert_int_equal(cs_nchyper_fisher_p(&h, -1, &p), CS_EDOM);
	/* too wide to sum term by term */
	assert_int_equal(cs_nchyper_init(&h, INT64_C(1000000000000), INT64_C(1000000000000),
					 INT64_C(1000000000000)), CS_ERANGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference),
		cmocka_unit_test(test_edges),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
