/* compare.c - the method table and driver of compare.h, and the closed-form
 * methods: Wald, Newcombe's hybrid score (with and without continuity
 * correction) and Agresti-Caffo for the difference; Katz and adjusted-log
 * for the ratio; Woolf for the odds ratio; Pearson's chi-squared test with
 * and without Yates' correction.  Score intervals found by root search are
 * in compare_score.c, the conditional (exact) methods in compare_exact.c.
 *
 * Notation: a = x1, b = n1 - x1, c = x2, d = n2 - x2; s = x1 + x2 and
 * f = b + d are the column margins, N = n1 + n2. */
#include "compare.h"
#include "methods.h"
#include "compare_impl.h"
#include "proportion.h"
#include "status.h"

#include <stddef.h>
#include <math.h>
#include <string.h>

const struct cs_cmp_method cs_cmp_methods[] = {
	{ "wald", { "asymptotic", NULL }, CS_CMP_DIFFERENCE, 0, cs_cmp_diff_wald,
	  "Wald", "Newcombe (1998b), method 1" },
	{ "newcombe", { "newcomb", NULL }, CS_CMP_DIFFERENCE, 1, cs_cmp_diff_newcombe,
	  "Newcombe hybrid score", "Newcombe (1998b), method 10" },
	{ "newcombe-cc", { "newcomb-cc", "scorecc", NULL }, CS_CMP_DIFFERENCE, 0, cs_cmp_diff_newcombe_cc,
	  "Newcombe hybrid score with continuity correction", "Newcombe (1998b), method 11" },
	{ "agresti-caffo", { "ac", NULL }, CS_CMP_DIFFERENCE, 0, cs_cmp_diff_agresti_caffo,
	  "Agresti-Caffo", "Agresti & Caffo (2000)" },
	{ "miettinen-nurminen", { "mn", NULL }, CS_CMP_DIFFERENCE, 0, cs_cmp_diff_mn,
	  "Miettinen-Nurminen score", "Miettinen & Nurminen (1985)" },
	{ "katz", { "katz.log", "log", NULL }, CS_CMP_RATIO, 0, cs_cmp_ratio_katz,
	  "Katz log", "Katz, Baptista, Azen & Pike (1978)" },
	{ "adjusted-log", { "adj.log", "log-adjusted", NULL }, CS_CMP_RATIO, 0, cs_cmp_ratio_adjusted_log,
	  "adjusted log", "Walter (1975); Pettigrew, Gart & Thomas (1986)" },
	{ "koopman", { NULL }, CS_CMP_RATIO, 1, cs_cmp_ratio_koopman,
	  "Koopman score", "Koopman (1984)" },
	{ "woolf", { "logit", NULL }, CS_CMP_ODDS_RATIO, 0, cs_cmp_or_woolf,
	  "Woolf logit", "Woolf (1955); Haldane (1956) for zero cells" },
	{ "exact", { "conditional", NULL }, CS_CMP_ODDS_RATIO, 1, cs_cmp_or_exact,
	  "exact conditional", "Fisher (1935); Cornfield (1956); R fisher.test" },
	{ "mid-p", { "midp", NULL }, CS_CMP_ODDS_RATIO, 0, cs_cmp_or_mid_p,
	  "exact conditional mid-p", "Lancaster (1961); epitools oddsratio.midp" },
	{ "fisher", { NULL }, CS_CMP_TEST, 1, cs_cmp_test_fisher,
	  "Fisher's exact test", "Fisher (1935); R fisher.test" },
	{ "chisq", { "pearson", NULL }, CS_CMP_TEST, 1, cs_cmp_test_chisq,
	  "Pearson's chi-squared test", "Pearson (1900); R chisq.test(correct = FALSE)" },
	{ "chisq_yates", { "yates", NULL }, CS_CMP_TEST, 1, cs_cmp_test_chisq_yates,
	  "chi-squared test with Yates' continuity correction", "Yates (1934); R chisq.test" },
};
const size_t cs_cmp_nmethods = sizeof cs_cmp_methods / sizeof cs_cmp_methods[0];

static const char *const measure_names[CS_CMP_NMEASURES] = {
	"difference", "ratio", "odds_ratio", "test"
};

const struct cs_cmp_method *cs_cmp_method_find(const char *name)
{
	return cs_method_find(cs_cmp_methods, cs_cmp_nmethods, sizeof *cs_cmp_methods, offsetof(struct cs_cmp_method, aliases), name);
}

const char *cs_cmp_measure_name(enum cs_cmp_measure m)
{
	return (unsigned)m < CS_CMP_NMEASURES ? measure_names[m] : "?";
}

int cs_cmp_measure_find(const char *name)
{
	for (int i = 0; i < CS_CMP_NMEASURES; i++)
		if (strcmp(measure_names[i], name) == 0)
			return i;
	return -1;
}

int cs_cmp_compute(const struct cs_cmp_method *m, const struct cs_2x2 *t, double conf,
		   struct cs_cmp_result *out)
{
	if (!m || t->n1 < 1 || t->n2 < 1 || t->n1 > CS_PROP_MAX_N || t->n2 > CS_PROP_MAX_N ||
	    t->n1 + t->n2 > CS_PROP_MAX_N || t->x1 < 0 || t->x2 < 0 || t->x1 > t->n1 || t->x2 > t->n2 ||
	    !(conf > 0.0 && conf < 1.0))
		return CS_EDOM;
	out->estimate = out->lower = out->upper = NAN;
	out->notes = 0;
	return m->fn(t, conf, out);
}

int cs_cmp_solve_increasing(cs_root_fn f, void *ctx, double t0, double tmin, double tmax,
			    double *root)
{
	double f0;
	int st = f(t0, ctx, &f0);
	if (st != CS_OK)
		return st;
	if (f0 == 0.0) {
		*root = t0;
		return CS_OK;
	}
	/* walk towards the sign change: up if f(t0) < 0, down otherwise */
	double dir = f0 < 0.0 ? 1.0 : -1.0, limit = f0 < 0.0 ? tmax : tmin;
	double near = t0, step = 1.0;
	for (;;) {
		double far = t0 + dir * step;
		if ((dir > 0.0 && far > limit) || (dir < 0.0 && far < limit))
			far = limit;
		double ff;
		st = f(far, ctx, &ff);
		if (st != CS_OK)
			return st;
		if ((ff < 0.0) != (f0 < 0.0) || ff == 0.0)
			return dir > 0.0 ? cs_dist_root(f, ctx, near, far, root)
					 : cs_dist_root(f, ctx, far, near, root);
		if (far == limit)
			return CS_ENOCONV;
		near = far;
		step *= 2.0;
	}
}

static double clip_diff(double v)
{
	return v < -1.0 ? -1.0 : v > 1.0 ? 1.0 : v;
}

static double z_of(double conf)
{
	return cs_prop_z((1.0 - conf) / 2.0);
}

/* ---- difference ----------------------------------------------------- */

int cs_cmp_diff_wald(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	double p1 = (double)t->x1 / (double)t->n1, p2 = (double)t->x2 / (double)t->n2;
	double h = z_of(conf) * sqrt(p1 * (1.0 - p1) / (double)t->n1 + p2 * (1.0 - p2) / (double)t->n2);
	out->estimate = p1 - p2;
	out->lower = clip_diff(p1 - p2 - h);
	out->upper = clip_diff(p1 - p2 + h);
	return CS_OK;
}

/* Newcombe (1998b) methods 10 and 11: with (l_i, u_i) the single-proportion
 * limits of each group,
 *     L = d - sqrt((p1 - l1)^2 + (u2 - p2)^2),
 *     U = d + sqrt((u1 - p1)^2 + (p2 - l2)^2). */
static int newcombe(const struct cs_2x2 *t, double conf, const char *single,
		    struct cs_cmp_result *out)
{
	const struct cs_prop_method *m = cs_prop_method_find(single);
	struct cs_interval g1, g2;
	int st = cs_prop_ci(m, t->x1, t->n1, conf, CS_SIDES_TWO, &g1);
	if (st == CS_OK)
		st = cs_prop_ci(m, t->x2, t->n2, conf, CS_SIDES_TWO, &g2);
	if (st != CS_OK)
		return st;
	double p1 = g1.estimate, p2 = g2.estimate, d = p1 - p2;
	out->estimate = d;
	out->lower = clip_diff(d - hypot(p1 - g1.lower, g2.upper - p2));
	out->upper = clip_diff(d + hypot(g1.upper - p1, p2 - g2.lower));
	return CS_OK;
}

int cs_cmp_diff_newcombe(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	return newcombe(t, conf, "wilson", out);
}

int cs_cmp_diff_newcombe_cc(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	return newcombe(t, conf, "wilson-cc", out);
}

/* Add one success and one failure to each group, then Wald; the estimate
 * stays the observed p1 - p2. */
int cs_cmp_diff_agresti_caffo(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	double n1 = (double)t->n1 + 2.0, n2 = (double)t->n2 + 2.0;
	double q1 = ((double)t->x1 + 1.0) / n1, q2 = ((double)t->x2 + 1.0) / n2;
	double h = z_of(conf) * sqrt(q1 * (1.0 - q1) / n1 + q2 * (1.0 - q2) / n2);
	out->estimate = (double)t->x1 / (double)t->n1 - (double)t->x2 / (double)t->n2;
	out->lower = clip_diff(q1 - q2 - h);
	out->upper = clip_diff(q1 - q2 + h);
	return CS_OK;
}

/* ---- ratio ---------------------------------------------------------- */

/* p1 / p2, with the notes for 0/0 (NAN) and x/0 (infinite). */
void cs_cmp_ratio_estimate(const struct cs_2x2 *t, struct cs_cmp_result *out)
{
	if (t->x2 == 0 && t->x1 == 0) {
		out->estimate = NAN;
		out->notes |= CS_CMP_NOTE_EST_UNDEF;
	} else if (t->x2 == 0) {
		out->estimate = INFINITY;
		out->notes |= CS_CMP_NOTE_EST_INF;
	} else {
		out->estimate = ((double)t->x1 / (double)t->n1) / ((double)t->x2 / (double)t->n2);
	}
}

static void log_interval(double centre, double se, double conf, struct cs_cmp_result *out)
{
	double h = z_of(conf) * se;
	out->lower = exp(log(centre) - h);
	out->upper = exp(log(centre) + h);
}

int cs_cmp_ratio_katz(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	cs_cmp_ratio_estimate(t, out);
	if (t->x1 == 0 || t->x2 == 0) {
		out->notes |= CS_CMP_NOTE_ZERO_COUNT;
		return CS_EUNDEF;
	}
	double x1 = (double)t->x1, n1 = (double)t->n1, x2 = (double)t->x2, n2 = (double)t->n2;
	log_interval(out->estimate, sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2), conf, out);
	return CS_OK;
}

/* 1/2 added to each x and each n, always. */
int cs_cmp_ratio_adjusted_log(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	cs_cmp_ratio_estimate(t, out);
	double x1 = (double)t->x1 + 0.5, n1 = (double)t->n1 + 0.5;
	double x2 = (double)t->x2 + 0.5, n2 = (double)t->n2 + 0.5;
	log_interval((x1 / n1) / (x2 / n2), sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2), conf, out);
	return CS_OK;
}

/* ---- odds ratio ----------------------------------------------------- */

static int zero_margin(const struct cs_2x2 *t)
{
	return t->x1 + t->x2 == 0 || t->x1 + t->x2 == t->n1 + t->n2;
}

double cs_cmp_woolf_estimate(const struct cs_2x2 *t, int *half_added)
{
	double a = (double)t->x1, b = (double)(t->n1 - t->x1);
	double c = (double)t->x2, d = (double)(t->n2 - t->x2);
	*half_added = a == 0.0 || b == 0.0 || c == 0.0 || d == 0.0;
	if (*half_added)
		a += 0.5, b += 0.5, c += 0.5, d += 0.5;
	return (a / b) * (d / c);
}

int cs_cmp_or_woolf(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	if (zero_margin(t)) {
		out->notes |= CS_CMP_NOTE_ZERO_MARGIN | CS_CMP_NOTE_EST_UNDEF;
		return CS_EUNDEF;
	}
	int half;
	out->estimate = cs_cmp_woolf_estimate(t, &half);
	double h = half ? 0.5 : 0.0;
	double a = (double)t->x1 + h, b = (double)(t->n1 - t->x1) + h;
	double c = (double)t->x2 + h, d = (double)(t->n2 - t->x2) + h;
	if (half)
		out->notes |= CS_CMP_NOTE_HALF_ADDED;
	log_interval(out->estimate, sqrt(1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d), conf, out);
	return CS_OK;
}

/* ---- chi-squared tests ---------------------------------------------- */

/* |O - E|, the same for all four cells: |ad - bc| / N, with ad - bc
 * computed by Kahan's fma algorithm, good to an ulp even where the
 * products exceed 2^53. */
static double abs_dev(const struct cs_2x2 *t)
{
	double a = (double)t->x1, b = (double)(t->n1 - t->x1);
	double c = (double)t->x2, d = (double)(t->n2 - t->x2);
	double w = b * c;
	double e = fma(-b, c, w);
	double det = fma(a, d, -w) + e;
	return fabs(det) / ((double)t->n1 + (double)t->n2);
}

/* X^2 = sum (|O - E| - corr)^2 / E = (|O - E| - corr)^2 N^3 / (n1 n2 s f),
 * as R chisq.test, whose Yates correction is min(1/2, |O - E|). */
static int chisq(const struct cs_2x2 *t, int yates, struct cs_cmp_result *out)
{
	if (zero_margin(t)) {
		out->notes |= CS_CMP_NOTE_ZERO_MARGIN;
		return CS_EUNDEF;
	}
	double n1 = (double)t->n1, n2 = (double)t->n2, N = n1 + n2;
	double s = (double)(t->x1 + t->x2), f = N - s;
	double dev = abs_dev(t);
	if (yates) {
		double corr = dev < 0.5 ? dev : 0.5;
		if (dev < 0.5)
			out->notes |= CS_CMP_NOTE_YATES_CAPPED;
		dev -= corr;
	}
	double x2 = dev * dev * (N / n1) * (N / n2) * (N / s) / f;
	double emin = (n1 < n2 ? n1 : n2) * (s < f ? s : f) / N;
	if (emin < 5.0)
		out->notes |= CS_CMP_NOTE_SMALL_EXPECTED;
	out->lower = x2;
	out->estimate = erfc(sqrt(x2 / 2.0));   /* P(chi^2_1 > x2) */
	return CS_OK;
}

int cs_cmp_test_chisq(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	(void)conf;
	return chisq(t, 0, out);
}

int cs_cmp_test_chisq_yates(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	(void)conf;
	return chisq(t, 1, out);
}
