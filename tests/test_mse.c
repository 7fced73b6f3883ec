/* test_mse.c - tests of analysis/mse*.c (multiple systems estimation).
 *
 * Expected values, all in tests/ref/mse/ (each file names its source):
 *  - Rcapture 1.4-4 under R 4.2.2 (tests/ref/mse/mse_ref.R):
 *    models.txt   getAllModels(t), the model space of closedpMS.t (8 models
 *                 for 3 lists, 113 for 4; the counts for 5 and 6 lists);
 *    ms_*.txt     closedpMS.t: abundance, stderr, deviance, df, AIC, BIC of
 *                 every model for 'lesbian' and 'HIV' (4 lists) and their
 *                 first three lists;
 *    ci.txt       closedpCI.t: the same for single models with 2 to 6
 *                 lists, and the profile-likelihood interval (Nmax, infCL,
 *                 supCL) at alpha 0.5, 0.1, 0.05 and 0.001; the two-list
 *                 rows are Seber's (1982, p. 107) example under model Mt,
 *                 where Rcapture's abundance and stderr are Lincoln-Petersen's.
 *  - two.txt: Lincoln-Petersen and Chapman (Seber's variances) with Wald
 *    and log-normal (Chao 1987) limits, typed from the formulas in R;
 *    chao.txt: Chao's bound and se from vegan 2.6-4's specpool(), which has
 *    the (t-1)/t factor and the bias-corrected form when f2 = 0, with the
 *    log-normal limits typed in R.
 * Rcapture prints abundance and stderr to 1 decimal and deviance, AIC, BIC
 * to 3.  Here N agrees to 1e-6 relative (in fact 6e-10), se to 1e-4 (Rcapture's
 * comes from glm's last weights, before its last step), and the profile
 * limits within 0.05, half the printed digit (in fact 0.011: Rcapture finds
 * them to 1e-4 with Stirling's formula for log N! above N = 100). */
#include "test_util.h"
#include "analysis/mse.h"
#include "analysis/status.h"

#include <stdint.h>
#include <time.h>

#define REF CS_REF_DIR "/mse/"

struct dataset {
	char name[32];
	int t;
	double y[CS_MSE_MAX_CELLS];
};

static struct dataset sets[16];
static int nsets;

static void load_data(void)
{
	if (nsets)
		return;
	FILE *f = fopen(REF "data.txt", "r");
	assert_non_null(f);
	char line[2048];
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		struct dataset *s = &sets[nsets];
		int off;
		assert_int_equal(sscanf(line, "%31s %d%n", s->name, &s->t, &off), 2);
		char *p = line + off;
		s->y[0] = 0;
		for (int i = 1; i < (1 << s->t); i++)
			s->y[i] = strtod(p, &p);
		nsets++;
	}
	fclose(f);
	assert_true(nsets >= 7);
}

static void data_of(const char *name, struct cs_mse_data *d)
{
	load_data();
	for (int i = 0; i < nsets; i++)
		if (strcmp(sets[i].name, name) == 0) {
			assert_int_equal(cs_mse_data_init(d, sets[i].t, sets[i].y), CS_OK);
			return;
		}
	fail_msg("no data set %s", name);
}

/* Rcapture writes "[12,13]"; compare canonical forms. */
static void canon(const char *rname, int t, char *buf, size_t size)
{
	struct cs_mse_model m;
	if (cs_mse_model_parse(rname, t, &m) != CS_OK)
		fail_msg("cannot parse %s", rname);
	cs_mse_model_format(&m, buf, size);
}

static void test_model_space(void **state)
{
	(void)state;
	static const size_t want[7] = { 0, 0, 1, 8, 113, 6893, 32768 };
	for (int t = 2; t <= 6; t++) {
		struct cs_mse_model *ms;
		size_t n;
		assert_int_equal(cs_mse_models(t, 0, &ms, &n), CS_OK);
		assert_int_equal(n, want[t]);
		/* all distinct, all valid, all with every main effect */
		for (size_t i = 0; i < n && t <= 4; i++) {
			char a[128], b[128];
			cs_mse_model_format(&ms[i], a, sizeof a);
			struct cs_mse_model back;
			assert_int_equal(cs_mse_model_parse(a, t, &back), CS_OK);
			cs_mse_model_format(&back, b, sizeof b);
			assert_string_equal(a, b);
			for (size_t j = 0; j < i; j++) {
				cs_mse_model_format(&ms[j], b, sizeof b);
				assert_string_not_equal(a, b);
			}
		}
		free(ms);
	}
	/* Rcapture's lists for 3 and 4 lists, model by model */
	FILE *f = fopen(REF "models.txt", "r");
	assert_non_null(f);
	char line[256];
	int counted[5] = { 0 };
	struct cs_mse_model *m3, *m4;
	size_t n3, n4;
	assert_int_equal(cs_mse_models(3, 0, &m3, &n3), CS_OK);
	assert_int_equal(cs_mse_models(4, 0, &m4, &n4), CS_OK);
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		int t;
		char name[128], c[128], o[128];
		assert_int_equal(sscanf(line, "%d %127s", &t, name), 2);
		canon(name, t, c, sizeof c);
		int found = 0;
		for (size_t i = 0; i < (t == 3 ? n3 : n4) && !found; i++) {
			cs_mse_model_format(t == 3 ? &m3[i] : &m4[i], o, sizeof o);
			found = strcmp(o, c) == 0;
		}
		if (!found)
			fail_msg("Rcapture's model %s (%s) is not in our space", name, c);
		counted[t]++;
	}
	fclose(f);
	assert_int_equal(counted[3], 8);
	assert_int_equal(counted[4], 113);
	free(m3);
	free(m4);
	/* narrower spaces */
	struct cs_mse_model *ms;
	size_t n;
	assert_int_equal(cs_mse_models(4, 1, &ms, &n), CS_OK);
	assert_int_equal(n, 1);
	free(ms);
	assert_int_equal(cs_mse_models(4, 2, &ms, &n), CS_OK);
	assert_int_equal(n, 64);
	free(ms);
	assert_int_equal(cs_mse_models(6, 3, &ms, &n), CS_EDOM);
	assert_int_equal(cs_mse_models(4, 4, &ms, &n), CS_EDOM);
	assert_int_equal(cs_mse_models(7, 0, &ms, &n), CS_EDOM);
	assert_int_equal(cs_mse_models(1, 0, &ms, &n), CS_EDOM);
}

static void test_parse_format(void **state)
{
	(void)state;
	struct cs_mse_model m;
	char buf[128];
	static const char *ok[][3] = {
		/* input, t, canonical */
		{ "12,13", "3", "12,13" },
		{ "[13, 12]", "3", "12,13" },
		{ "1,2,3", "3", "1,2,3" },
		{ "12", "3", "12,3" },
		{ "3", "3", "1,2,3" },
		{ "12,1,2", "3", "12,3" },
		{ "[123,14,24,34]", "4", "123,14,24,34" },
		{ "34,12,123", "4", "123,34" },
		{ "12,34,56", "6", "12,34,56" },
		{ "2,1", "2", "1,2" },
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		if (cs_mse_model_parse(ok[i][0], atoi(ok[i][1]), &m) != CS_OK)
			fail_msg("%s refused", ok[i][0]);
		size_t len = cs_mse_model_format(&m, buf, sizeof buf);
		assert_string_equal(buf, ok[i][2]);
		assert_int_equal(len, strlen(ok[i][2]));
	}
	/* "21" for 2 lists would be the full model: refused; so is every bad spelling */
	static const char *bad[][2] = {
		{ "12", "2" }, { "123", "3" }, { "14", "3" }, { "11", "3" }, { "", "3" },
		{ "[]", "3" }, { "12,,13", "3" }, { "12,", "3" }, { "[12,13", "3" },
		{ "12]", "3" }, { "a", "3" }, { "[12]3", "3" }, { "0", "3" }, { "1-2", "3" },
		{ "12", "1" }, { "12", "7" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (cs_mse_model_parse(bad[i][0], atoi(bad[i][1]), &m) != CS_EDOM)
			fail_msg("\"%s\" with t = %s accepted", bad[i][0], bad[i][1]);
	assert_int_equal(cs_mse_model_parse("12,13", 3, &m), CS_OK);
	assert_int_equal(cs_mse_model_npar(&m), 6);
	assert_true(cs_mse_model_terms(&m) == (UINT64_C(1) | 1u << 1 | 1u << 2 | 1u << 4 | 1u << 3 | 1u << 5));
	/* truncation is like snprintf's */
	assert_int_equal(cs_mse_model_format(&m, buf, 3), 5);
	assert_string_equal(buf, "12");
}

/* Compare every model of a closedpMS.t run. */
static void check_ms(const char *file, const char *data, int *fitted, int *refused)
{
	struct cs_mse_data d;
	data_of(data, &d);
	char path[256];
	snprintf(path, sizeof path, REF "%s", file);
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char line[1024];
	double worst = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		char name[128];
		double N, se, dev, df, aic, bic, info;
		assert_int_equal(sscanf(line, "%127s %lf %lf %lf %lf %lf %lf %lf",
					name, &N, &se, &dev, &df, &aic, &bic, &info), 8);
		struct cs_mse_model m;
		assert_int_equal(cs_mse_model_parse(name, d.t, &m), CS_OK);
		struct cs_mse_fit fit;
		int st = cs_mse_fit(&d, &m, &fit);
		if (st != CS_OK) {
			/* never a number where no estimate exists */
			assert_true(isnan(fit.estimate) && isnan(fit.se));
			assert_true(fit.notes & (CS_MSE_NOTE_ZERO_MARGIN | CS_MSE_NOTE_BOUNDARY));
			assert_int_equal(st, CS_EUNDEF);
			(*refused)++;
			continue;
		}
		assert_close(fit.estimate, N, 0, 1e-6);
		assert_close(fit.se, se, 0, 1e-4);
		assert_close(fit.deviance, dev, 1e-7, 1e-6);
		assert_int_equal(fit.df, (int)df);
		assert_close(fit.aic, aic, 0, 1e-9);
		assert_close(fit.bic, bic, 0, 1e-9);
		double e = fabs(fit.estimate - N) / N;
		if (e > worst)
			worst = e;
		(*fitted)++;
	}
	fclose(f);
	printf("  %s: largest relative difference in N from Rcapture %.2g\n", file, worst);
}

static void test_rcapture_model_selection(void **state)
{
	(void)state;
	int fitted = 0, refused = 0;
	check_ms("ms_lesbian.txt", "lesbian", &fitted, &refused);
	assert_int_equal(fitted, 113);
	assert_int_equal(refused, 0);
	fitted = refused = 0;
	check_ms("ms_lesbian3.txt", "lesbian3", &fitted, &refused);
	assert_int_equal(fitted, 8);
	fitted = refused = 0;
	check_ms("ms_HIV3.txt", "HIV3", &fitted, &refused);
	assert_int_equal(fitted, 8);
	fitted = refused = 0;
	check_ms("ms_HIV.txt", "HIV", &fitted, &refused);
	printf("  HIV: %d models fitted, %d without a finite estimate\n", fitted, refused);
}

/* closedpCI.t: point values as above, and the profile interval. */
static void test_rcapture_profile(void **state)
{
	(void)state;
	FILE *f = fopen(REF "ci.txt", "r");
	assert_non_null(f);
	char line[1024];
	int rows = 0;
	double worst = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		char data[32], name[128];
		double alpha, N, se, dev, df, aic, bic, nmax, lo, hi, info;
		assert_int_equal(sscanf(line, "%31s %127s %lf %lf %lf %lf %lf %lf %lf %lf %lf %lf %lf",
					data, name, &alpha, &N, &se, &dev, &df, &aic, &bic,
					&nmax, &lo, &hi, &info), 13);
		struct cs_mse_data d;
		data_of(data, &d);
		struct cs_mse_model m;
		assert_int_equal(cs_mse_model_parse(name, d.t, &m), CS_OK);
		struct cs_mse_fit fit;
		assert_int_equal(cs_mse_fit(&d, &m, &fit), CS_OK);
		assert_close(fit.estimate, N, 0, 1e-6);
		assert_close(fit.se, se, 0, 1e-4);
		assert_close(fit.deviance, dev, 1e-7, 1e-6);
		assert_int_equal(fit.df, (int)df);
		assert_close(fit.aic, aic, 0, 1e-9);
		assert_close(fit.bic, bic, 0, 1e-9);
		assert_int_equal(cs_mse_profile(&d, &m, 1 - alpha, &fit), CS_OK);
		assert_int_equal(fit.notes, 0);
		assert_close(fit.conf, 1 - alpha, 0, 0);
		/* Rcapture prints them to 1 decimal */
		assert_close(fit.nmax, nmax, 0.05, 0);
		assert_close(fit.lower, lo, 0.05, 0);
		assert_close(fit.upper, hi, 0.05, 0);
		assert_true(fit.lower < fit.nmax && fit.nmax < fit.upper);
		assert_true(fit.nmax <= fit.estimate);
		double e = fmax(fabs(fit.nmax - nmax), fmax(fabs(fit.lower - lo), fabs(fit.upper - hi)));
		if (e > worst)
			worst = e;
		/* two lists: the same interval from the closed form */
		if (d.t == 2) {
			struct cs_mse_estimate est;
			assert_int_equal(cs_mse2_estimate(&d, cs_mse2_method_find("lincoln-petersen"),
							  cs_mse_interval_default(), 1 - alpha, &est), CS_OK);
			assert_close(est.estimate, N, 0, 1e-11);
			assert_close(est.se, se, 0, 1e-4);
			assert_close(est.lower, fit.lower, 1e-6, 0);
			assert_close(est.upper, fit.upper, 1e-6, 0);
		}
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 22);
	printf("  profile limits: %d rows, largest difference from Rcapture %.3g\n", rows, worst);
}

/* Model selection picks Rcapture's smallest BIC / AIC. */
static void test_select(void **state)
{
	(void)state;
	struct cs_mse_data d;
	struct cs_mse_model *ms;
	size_t n, best;
	char name[128];
	assert_int_equal(cs_mse_models(4, 0, &ms, &n), CS_OK);
	struct cs_mse_fit *fits = calloc(n, sizeof *fits);
	assert_non_null(fits);
	/* smallest BIC in ms_lesbian.txt: [12,14,23,24,34]; AIC: [124,134,23] */
	data_of("lesbian", &d);
	assert_int_equal(cs_mse_select(&d, ms, n, CS_MSE_BIC, fits, &best), CS_OK);
	cs_mse_model_format(&ms[best], name, sizeof name);
	assert_string_equal(name, "12,14,23,24,34");
	assert_close(fits[best].estimate, 6349.02421612, 0, 1e-9);
	assert_int_equal(cs_mse_select(&d, ms, n, CS_MSE_AIC, fits, &best), CS_OK);
	cs_mse_model_format(&ms[best], name, sizeof name);
	assert_string_equal(name, "124,134,23");
	/* HIV: [1,2,3,4]; 19 models have no finite estimate and are passed over */
	data_of("HIV", &d);
	assert_int_equal(cs_mse_select(&d, ms, n, CS_MSE_BIC, fits, &best), CS_OK);
	cs_mse_model_format(&ms[best], name, sizeof name);
	assert_string_equal(name, "1,2,3,4");
	int undef = 0;
	for (size_t i = 0; i < n; i++)
		if (isnan(fits[i].estimate)) {
			undef++;
			assert_true(fits[i].notes & (CS_MSE_NOTE_ZERO_MARGIN | CS_MSE_NOTE_BOUNDARY));
		}
	assert_int_equal(undef, 19);
	assert_int_equal(cs_mse_select(&d, ms, n, (enum cs_mse_criterion)7, fits, &best), CS_EDOM);
	assert_int_equal(cs_mse_select(&d, ms, 0, CS_MSE_BIC, fits, &best), CS_EDOM);
	free(fits);
	free(ms);
}

/* Bad data are refused, not estimated from. */
static void test_bad_input(void **state)
{
	(void)state;
	struct cs_mse_data d;
	double y[CS_MSE_MAX_CELLS] = { 0, 5, 7, 2 };
	assert_int_equal(cs_mse_data_init(&d, 2, y), CS_OK);
	assert_close(d.n, 14, 0, 0);
	assert_int_equal(cs_mse_data_init(&d, 1, y), CS_EDOM);   /* fewer than two lists */
	assert_int_equal(cs_mse_data_init(&d, 0, y), CS_EDOM);
	assert_int_equal(cs_mse_data_init(&d, 7, y), CS_EDOM);
	double bad[][4] = {
		{ 0, -1, 7, 2 }, { 0, 1.5, 7, 2 }, { 0, NAN, 7, 2 }, { 0, INFINITY, 7, 2 },
		{ 0, 0, 0, 0 }, { 0, 9007199254740994.0, 0, 1 }, { 0, 9007199254740992.0, 0, 1 },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (cs_mse_data_init(&d, 2, bad[i]) != CS_EDOM)
			fail_msg("counts %zu accepted", i);
	int64_t yi[4] = { 0, 5, -7, 2 };
	assert_int_equal(cs_mse_data_init_i64(&d, 2, yi), CS_EDOM);
	yi[2] = 7;
	assert_int_equal(cs_mse_data_init_i64(&d, 2, yi), CS_OK);
	assert_close(d.y[2], 7, 0, 0);
	/* patterns */
	unsigned p;
	assert_int_equal(cs_mse_pattern_parse("101", 3, &p), CS_OK);
	assert_int_equal(p, 5);
	assert_int_equal(cs_mse_pattern_parse("0001", 4, &p), CS_OK);
	assert_int_equal(p, 8);
	static const char *badp[] = { "10", "1011", "000", "1a1", "", "1 1" };
	for (size_t i = 0; i < sizeof badp / sizeof badp[0]; i++)
		assert_int_equal(cs_mse_pattern_parse(badp[i], 3, &p), CS_EDOM);
	assert_int_equal(cs_mse_pattern_parse("1", 1, &p), CS_EDOM);
	/* a model naming a list the data lack, or lacking one */
	double y3[8] = { 0, 10, 10, 3, 10, 3, 3, 1 };
	assert_int_equal(cs_mse_data_init(&d, 3, y3), CS_OK);
	struct cs_mse_model m4, m2;
	struct cs_mse_fit fit;
	assert_int_equal(cs_mse_model_parse("12,34", 4, &m4), CS_OK);
	assert_int_equal(cs_mse_fit(&d, &m4, &fit), CS_EDOM);
	m2.nterms = 1;
	m2.terms[0] = 3;   /* "12" without list 3 */
	assert_int_equal(cs_mse_fit(&d, &m2, &fit), CS_EDOM);
	m2.terms[0] = 7;   /* all three lists: no degree of freedom for cell 0 */
	assert_int_equal(cs_mse_fit(&d, &m2, &fit), CS_EDOM);
	assert_int_equal(cs_mse_model_parse("1,2,3", 3, &m2), CS_OK);
	assert_int_equal(cs_mse_fit(&d, &m2, &fit), CS_OK);
	assert_int_equal(cs_mse_profile(&d, &m2, 1.0, &fit), CS_EDOM);
	assert_int_equal(cs_mse_profile(&d, &m2, 0.0, &fit), CS_EDOM);
	assert_int_equal(cs_mse_profile(&d, &m2, NAN, &fit), CS_EDOM);
	struct cs_mse_estimate est;
	assert_int_equal(cs_mse_chao(&d, 1.5, &est), CS_EDOM);
	/* two-list estimators want two lists */
	assert_int_equal(cs_mse2_estimate(&d, cs_mse2_method_default(), cs_mse_interval_default(),
					  0.95, &est), CS_EDOM);
}

/* Empty cells, empty margins, and the boundary. */
static void test_zero_cells(void **state)
{
	(void)state;
	struct cs_mse_data d;
	struct cs_mse_model m;
	struct cs_mse_fit fit;
	/* empty cells with every margin filled: a fit */
	double y[8] = { 0, 50, 40, 0, 30, 6, 5, 0 };
	assert_int_equal(cs_mse_data_init(&d, 3, y), CS_OK);
	assert_int_equal(cs_mse_model_parse("1,2,3", 3, &m), CS_OK);
	assert_int_equal(cs_mse_fit(&d, &m, &fit), CS_OK);
	assert_true(fit.estimate > d.n && isfinite(fit.se) && fit.notes == 0);
	assert_int_equal(cs_mse_profile(&d, &m, 0.95, &fit), CS_OK);
	assert_true(fit.lower < fit.estimate && fit.estimate < fit.upper);
	/* nobody on lists 1 and 2 together: the 12 term cannot be fitted */
	assert_int_equal(cs_mse_model_parse("12,3", 3, &m), CS_OK);
	assert_int_equal(cs_mse_fit(&d, &m, &fit), CS_EUNDEF);
	assert_true(fit.notes & CS_MSE_NOTE_ZERO_MARGIN);
	assert_true(isnan(fit.estimate) && isnan(fit.se) && isnan(fit.deviance));
	assert_int_equal(cs_mse_profile(&d, &m, 0.95, &fit), CS_EDOM);
	/* everyone on list 1 is also on list 2: the margin (1 without 2) is empty */
	double y2[8] = { 0, 0, 40, 20, 30, 0, 5, 4 };
	assert_int_equal(cs_mse_data_init(&d, 3, y2), CS_OK);
	assert_int_equal(cs_mse_model_parse("12,13", 3, &m), CS_OK);
	assert_int_equal(cs_mse_fit(&d, &m, &fit), CS_EUNDEF);
	assert_true(fit.notes & CS_MSE_NOTE_ZERO_MARGIN);
	/* an empty list */
	double y3[8] = { 0, 0, 40, 0, 30, 0, 5, 0 };
	assert_int_equal(cs_mse_data_init(&d, 3, y3), CS_OK);
	assert_int_equal(cs_mse_model_parse("1,2,3", 3, &m), CS_OK);
	assert_int_equal(cs_mse_fit(&d, &m, &fit), CS_EUNDEF);
	assert_true(fit.notes & CS_MSE_NOTE_ZERO_MARGIN);
	/* two lists, no one on both: the independence model's N is infinite */
	double y4[4] = { 0, 30, 20, 0 };
	assert_int_equal(cs_mse_data_init(&d, 2, y4), CS_OK);
	assert_int_equal(cs_mse_model_parse("1,2", 2, &m), CS_OK);
	assert_int_equal(cs_mse_fit(&d, &m, &fit), CS_EUNDEF);
	assert_true(fit.notes & CS_MSE_NOTE_BOUNDARY);
	assert_true(isnan(fit.estimate));
	assert_true(fit.iterations < 100);
}

/* Two lists: Lincoln-Petersen, Chapman and their intervals. */
static void test_two_lists(void **state)
{
	(void)state;
	struct cs_mse_data d;
	struct cs_mse_estimate e;
	const struct cs_mse2_method *lp = cs_mse2_method_find("lp"), *ch = cs_mse2_method_find("chapman");
	assert_non_null(lp);
	assert_non_null(ch);
	assert_ptr_equal(cs_mse2_method_find("lincoln-petersen"), lp);
	assert_ptr_equal(cs_mse2_method_default(), ch);
	assert_null(cs_mse2_method_find("Chapman"));
	assert_null(cs_mse_interval_find("exact"));
	assert_string_equal(cs_mse_interval_default()->name, "profile");
	const struct cs_mse_interval *prof = cs_mse_interval_find("profile"),
		*logn = cs_mse_interval_find("lognormal"), *wald = cs_mse_interval_find("wald");
	assert_non_null(prof);
	assert_non_null(logn);
	assert_non_null(wald);
	/* no recapture: Lincoln-Petersen undefined, Chapman defined */
	double y0[4] = { 0, 30, 20, 0 };
	assert_int_equal(cs_mse_data_init(&d, 2, y0), CS_OK);
	assert_int_equal(cs_mse2_estimate(&d, lp, prof, 0.95, &e), CS_EUNDEF);
	assert_true(isnan(e.estimate) && isnan(e.lower));
	assert_true(e.notes & CS_MSE_NOTE_NO_RECAPTURE);
	assert_int_equal(cs_mse2_estimate(&d, ch, logn, 0.95, &e), CS_OK);
	assert_close(e.estimate, 31.0 * 21.0 - 1, 0, 1e-15);           /* (n1+1)(n2+1)/1 - 1 */
	assert_close(e.se, sqrt(31.0 * 21 * 30 * 20 / 2), 0, 1e-15);  /* /((m+1)^2 (m+2)) */
	assert_true(e.lower > d.n && e.upper > e.estimate);
	/* its profile interval: a lower limit, no upper one */
	assert_int_equal(cs_mse2_estimate(&d, ch, prof, 0.95, &e), CS_OK);
	assert_true(isinf(e.upper) && e.upper > 0);
	assert_true(e.notes & CS_MSE_NOTE_UPPER_INF);
	assert_true(e.lower > d.n && isfinite(e.lower));
	double lo95 = e.lower;
	assert_int_equal(cs_mse2_estimate(&d, ch, prof, 0.5, &e), CS_OK);
	assert_true(e.lower > lo95);
	assert_int_equal(cs_mse2_estimate(&d, ch, wald, 0.95, &e), CS_OK);
	assert_true(e.lower == d.n && (e.notes & CS_MSE_NOTE_LOWER_AT_N));
	/* one list inside the other: nobody missed by the estimators */
	double y1[4] = { 0, 25, 0, 10 };
	assert_int_equal(cs_mse_data_init(&d, 2, y1), CS_OK);
	assert_int_equal(cs_mse2_estimate(&d, lp, logn, 0.95, &e), CS_OK);
	assert_close(e.estimate, 35, 0, 1e-15);
	assert_close(e.se, 0, 0, 0);
	assert_true(e.lower == 35 && e.upper == 35 && (e.notes & CS_MSE_NOTE_DEGENERATE));
	assert_int_equal(cs_mse2_estimate(&d, lp, prof, 0.95, &e), CS_OK);
	assert_true(e.lower == 35 && (e.notes & CS_MSE_NOTE_LOWER_AT_N) && e.upper > 35);
	/* nesting in conf, Seber's example */
	data_of("seber", &d);
	for (size_t i = 0; i < cs_mse_nintervals; i++) {
		struct cs_mse_estimate a, b, c;
		assert_int_equal(cs_mse2_estimate(&d, ch, &cs_mse_intervals[i], 0.5, &a), CS_OK);
		assert_int_equal(cs_mse2_estimate(&d, ch, &cs_mse_intervals[i], 0.95, &b), CS_OK);
		assert_int_equal(cs_mse2_estimate(&d, ch, &cs_mse_intervals[i], 0.999, &c), CS_OK);
		assert_true(c.lower < b.lower && b.lower < a.lower && a.upper < b.upper && b.upper < c.upper);
		assert_true(a.lower < a.estimate && a.estimate < a.upper);
	}
	assert_int_equal(cs_mse2_estimate(&d, ch, prof, 1.0, &e), CS_EDOM);
	assert_int_equal(cs_mse2_estimate(&d, NULL, prof, 0.95, &e), CS_EDOM);
}

/* Counts a billion times larger: N scales with them, se with their root. */
static void test_huge_counts(void **state)
{
	(void)state;
	struct cs_mse_data d, big;
	data_of("lesbian", &d);
	double y[CS_MSE_MAX_CELLS] = { 0 };
	const double c = 1e9;
	for (int p = 1; p < 16; p++)
		y[p] = d.y[p] * c;
	assert_int_equal(cs_mse_data_init(&big, 4, y), CS_OK);
	struct cs_mse_model m;
	struct cs_mse_fit a, b;
	assert_int_equal(cs_mse_model_parse("12,13,14", 4, &m), CS_OK);
	assert_int_equal(cs_mse_fit(&d, &m, &a), CS_OK);
	assert_int_equal(cs_mse_fit(&big, &m, &b), CS_OK);
	assert_close(b.estimate, a.estimate * c, 0, 1e-10);
	assert_close(b.se, a.se * sqrt(c), 0, 1e-6);
	assert_close(b.deviance, a.deviance * c, 0, 1e-8);
	assert_int_equal(cs_mse_profile(&big, &m, 0.95, &b), CS_OK);
	assert_int_equal(b.notes, 0);
	/* the interval shrinks to the Wald one, N -/+ 1.96 se */
	assert_close(b.lower, b.estimate - 1.959963984540054 * b.se, 0, 1e-6);
	assert_close(b.upper, b.estimate + 1.959963984540054 * b.se, 0, 1e-6);
	/* Chapman, Chao too */
	struct cs_mse_data d2;
	double y2[4] = { 0, 4e9, 3e9, 1e9 };
	assert_int_equal(cs_mse_data_init(&d2, 2, y2), CS_OK);
	struct cs_mse_estimate e;
	assert_int_equal(cs_mse2_estimate(&d2, cs_mse2_method_default(), cs_mse_interval_default(),
					  0.95, &e), CS_OK);
	assert_close(e.estimate, 2e10, 0, 1e-9);
	assert_true(e.lower < e.estimate && e.estimate < e.upper);
	assert_close(e.upper - e.lower, 2 * 1.959963984540054 * e.se, 0, 1e-3);
	assert_int_equal(cs_mse_chao(&big, 0.95, &e), CS_OK);
	assert_true(e.lower < e.estimate && e.estimate < e.upper);
}

/* two.txt: Lincoln-Petersen and Chapman with Wald and log-normal limits. */
static void test_two_list_reference(void **state)
{
	(void)state;
	FILE *f = fopen(REF "two.txt", "r");
	assert_non_null(f);
	char line[1024];
	int rows = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		double y[4] = { 0 }, conf, N, se, wl, wu, ll, lu;
		char meth[32];
		assert_int_equal(sscanf(line, "%lf %lf %lf %31s %lf %lf %lf %lf %lf %lf %lf",
					&y[1], &y[2], &y[3], meth, &conf, &N, &se, &wl, &wu, &ll, &lu), 11);
		struct cs_mse_data d;
		assert_int_equal(cs_mse_data_init(&d, 2, y), CS_OK);
		const struct cs_mse2_method *m = cs_mse2_method_find(meth);
		assert_non_null(m);
		struct cs_mse_estimate e;
		assert_int_equal(cs_mse2_estimate(&d, m, cs_mse_interval_find("wald"), conf, &e), CS_OK);
		assert_close(e.estimate, N, 0, 1e-11);
		assert_close(e.se, se, 0, 1e-11);
		assert_close(e.lower, wl, 0, 1e-11);
		assert_close(e.upper, wu, 0, 1e-11);
		assert_int_equal(cs_mse2_estimate(&d, m, cs_mse_interval_find("lognormal"), conf, &e), CS_OK);
		assert_close(e.lower, ll, 0, 1e-11);
		assert_close(e.upper, lu, 0, 1e-11);
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 27);
}

/* chao.txt: vegan's specpool() and the log-normal interval. */
static void test_chao_reference(void **state)
{
	(void)state;
	FILE *f = fopen(REF "chao.txt", "r");
	assert_non_null(f);
	char line[1024];
	int rows = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#')
			continue;
		char name[32];
		double conf, N, se, lo, hi;
		assert_int_equal(sscanf(line, "%31s %lf %lf %lf %lf %lf", name, &conf, &N, &se, &lo, &hi), 6);
		struct cs_mse_data d;
		if (strcmp(name, "small3") == 0) {
			double y[8] = { 0, 10, 8, 0, 5, 0, 0, 2 };
			assert_int_equal(cs_mse_data_init(&d, 3, y), CS_OK);
		} else {
			data_of(name, &d);
		}
		struct cs_mse_estimate e;
		assert_int_equal(cs_mse_chao(&d, conf, &e), CS_OK);
		assert_close(e.estimate, N, 0, 1e-11);
		assert_close(e.se, se, 0, 1e-11);
		assert_close(e.lower, lo, 0, 1e-11);
		assert_close(e.upper, hi, 0, 1e-11);
		assert_int_equal(!!(e.notes & CS_MSE_NOTE_BIAS_CORRECTED), strcmp(name, "small3") == 0);
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 24);
	/* nobody seen once: nothing to add, a degenerate interval */
	struct cs_mse_data d;
	double y[8] = { 0, 0, 0, 4, 0, 3, 2, 1 };
	assert_int_equal(cs_mse_data_init(&d, 3, y), CS_OK);
	struct cs_mse_estimate e;
	assert_int_equal(cs_mse_chao(&d, 0.95, &e), CS_OK);
	assert_true(e.estimate == 10 && e.se == 0 && e.lower == 10 && e.upper == 10);
	assert_true(e.notes & CS_MSE_NOTE_DEGENERATE);
	/* nobody seen once or twice either, but the bias-corrected form */
	double y1[8] = { 0, 1, 0, 0, 0, 0, 0, 3 };
	assert_int_equal(cs_mse_data_init(&d, 3, y1), CS_OK);
	assert_int_equal(cs_mse_chao(&d, 0.95, &e), CS_OK);
	assert_true(e.estimate == 4 && (e.notes & CS_MSE_NOTE_BIAS_CORRECTED) && (e.notes & CS_MSE_NOTE_DEGENERATE));
	assert_true(e.se == 0 && e.lower == 4 && e.upper == 4);   /* as docs/methods.md says */
}

/* cs_mse_sum: strata added up.  Expected values typed from the formulas
 * of docs/methods.md ("Strata: the sum") in Python 3.11 (statistics.
 * NormalDist for z): f0 = 100 + 50, se = sqrt(30^2 + 40^2) = 50, n = 1000. */
static void test_sum(void **state)
{
	(void)state;
	const double f0[2] = { 100, 50 }, se[2] = { 30, 40 };
	struct cs_mse_estimate e;
	assert_int_equal(cs_mse_sum(1000, f0, se, 2, 0, 0.95, &e), CS_OK);
	assert_close(e.estimate, 1150, 0, 1e-15);
	assert_close(e.se, 50, 0, 1e-15);
	assert_close(e.lower, 1079.39576317769, 0, 1e-13);
	assert_close(e.upper, 1283.3904367118978, 0, 1e-13);
	assert_int_equal(e.notes, 0);
	assert_int_equal(cs_mse_sum(1000, f0, se, 2, 1, 0.95, &e), CS_OK);
	assert_close(e.lower, 1052.0018007729973, 0, 1e-13);
	assert_close(e.upper, 1247.9981992270027, 0, 1e-13);
	/* Wald below the number observed: raised to it, noted */
	const double small[1] = { 10 }, wide[1] = { 50 };
	assert_int_equal(cs_mse_sum(1000, small, wide, 1, 1, 0.95, &e), CS_OK);
	assert_true(e.lower == 1000 && (e.notes & CS_MSE_NOTE_LOWER_AT_N));
	assert_close(e.upper, 1107.9981992270027, 0, 1e-13);
	/* nothing unobserved: [n, n], noted */
	const double zero[2] = { 0, 0 };
	assert_int_equal(cs_mse_sum(1000, zero, zero, 2, 0, 0.95, &e), CS_OK);
	assert_true(e.estimate == 1000 && e.lower == 1000 && e.upper == 1000 && (e.notes & CS_MSE_NOTE_DEGENERATE));
	/* one stratum: its own log-normal interval */
	struct cs_mse_estimate one;
	assert_int_equal(cs_mse_sum(1000, f0, se, 1, 0, 0.9, &one), CS_OK);
	assert_close(one.estimate, 1100, 0, 1e-15);
	assert_true(one.lower > 1000 && one.upper > 1100);
	/* bad input */
	const double neg[1] = { -1 }, inf[1] = { INFINITY };
	assert_int_equal(cs_mse_sum(1000, f0, se, 0, 0, 0.95, &e), CS_EDOM);
	assert_int_equal(cs_mse_sum(1000, neg, se, 1, 0, 0.95, &e), CS_EDOM);
	assert_int_equal(cs_mse_sum(1000, f0, inf, 1, 0, 0.95, &e), CS_EDOM);
	assert_int_equal(cs_mse_sum(-1, f0, se, 1, 0, 0.95, &e), CS_EDOM);
	assert_int_equal(cs_mse_sum(1000, f0, se, 1, 0, 1, &e), CS_EDOM);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_model_space),
		cmocka_unit_test(test_parse_format),
		cmocka_unit_test(test_rcapture_model_selection),
		cmocka_unit_test(test_rcapture_profile),
		cmocka_unit_test(test_select),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_zero_cells),
		cmocka_unit_test(test_two_lists),
		cmocka_unit_test(test_huge_counts),
		cmocka_unit_test(test_two_list_reference),
		cmocka_unit_test(test_chao_reference),
		cmocka_unit_test(test_sum),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
