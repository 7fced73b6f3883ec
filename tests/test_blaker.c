/* test_blaker.c - Blaker's exact interval (analysis/proportion_exact.c).
 *
 * Blaker's acceptability is not monotone in p, and an accepted stretch next
 * to one of its jumps can be very short (for 29/99 at 95%, 0.3928438 to
 * 0.3929079), so these tests look for exactly the limits a coarse search
 * misses.  Expected values:
 *  - the limits documented with the BlakerCI R package (Klaschka 2010),
 *    computed there to 1e-10 and given to 7 or 8 decimals;
 *  - tests/ref/blaker_ref.csv, made by tests/ref/blaker_ref.R (R, base
 *    functions only), up to n = 10^7;
 *  - a brute-force reference written here, independent of the library:
 *    every n from 1 to 400, every x, at 90%, 95% and 99%, and a smaller scan
 *    at other levels.  Agreement to 1e-9 absolute. */
#include "test_util.h"
#include "analysis/proportion.h"
#include "analysis/status.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>

#if defined(__SANITIZE_ADDRESS__)
#define CS_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CS_SANITIZED 1
#endif
#endif

static const struct cs_prop_method *blaker(void)
{
	const struct cs_prop_method *m = cs_prop_method_find("blaker");
	assert_non_null(m);
	return m;
}

static struct cs_interval ci(int64_t x, int64_t n, double conf, enum cs_sides sides)
{
	struct cs_interval out;
	int st = cs_prop_ci(blaker(), x, n, conf, sides, &out);
	if (st != CS_OK)
		fail_msg("status %d for %lld/%lld at %g", st, (long long)x, (long long)n, conf);
	return out;
}

/* ---- the reference ----------------------------------------------------
 *
 * Only the definition is used: the acceptability of p given x is
 * P(g(Y) <= g(x)) with g(y) = min(P(Y <= y), P(Y >= y)), Y ~ Bin(n, p),
 * the probabilities summed term by term.  g rises and then falls in y, so
 * {y : g(y) <= g(x)} is {0 .. lo} and {hi .. n}.  The acceptability never
 * exceeds 2 g(x) <= 2 P(Y <= x) (the outcomes with P(Y <= y) <= t have
 * probability at most t, and likewise above), which decreases in p; so
 * above x/n only p with 2 P(Y <= x) >= alpha can be accepted.  Those are
 * sampled on the grid i / (K n), from the top down; in every grid cell
 * where the set {y : g(y) <= g(x)} differs between the ends, the p where
 * each outcome enters or leaves it is solved for, and the acceptability is
 * evaluated on both sides of each such p with that side's set.  The upper
 * limit is the last accepted p; lower limits are mirror images,
 * lower(x) = 1 - upper(n - x), as the definition is symmetric. */

struct ref {
	int n, x;
	double *pmf, *F, *S;   /* at the last p given to ref_at() */
	double *up, *down;     /* pmf ratios: (n - k) / (k + 1) and k / (n - k + 1) */
};

struct ref_set { int lo, hi; };   /* {0 .. lo} and {hi .. n}; lo = -1, hi = n + 1: empty */

static void ref_init(struct ref *r, int n)
{
	r->n = n;
	r->pmf = malloc(5 * (size_t)(n + 1) * sizeof(double));
	assert_non_null(r->pmf);
	r->F = r->pmf + n + 1;
	r->S = r->F + n + 1;
	r->up = r->S + n + 1;
	r->down = r->up + n + 1;
	for (int k = 0; k <= n; k++) {
		r->up[k] = (double)(n - k) / (k + 1);
		r->down[k] = (double)k / (n - k + 1);
	}
}

static void ref_free(struct ref *r)
{
	free(r->pmf);
}

/* Probabilities by the ratio recurrence out from the mode, normalised;
 * each tail summed from its small end. */
static void ref_at(struct ref *r, double p)
{
	int n = r->n;
	double *f = r->pmf;
	for (int k = 0; k <= n; k++)
		f[k] = 0.0;
	if (p <= 0.0) {
		f[0] = 1.0;
	} else if (p >= 1.0) {
		f[n] = 1.0;
	} else {
		int m = (int)floor((n + 1) * p);
		if (m > n)
			m = n;
		double odds = p / (1.0 - p), sdo = (1.0 - p) / p;
		f[m] = exp(lgamma(n + 1.0) - lgamma(m + 1.0) - lgamma(n - m + 1.0) +
			   m * log(p) + (n - m) * log1p(-p));
		for (int k = m; k < n; k++)
			f[k + 1] = f[k] * (r->up[k] * odds);
		for (int k = m; k > 0; k--)
			f[k - 1] = f[k] * (r->down[k] * sdo);
		double total = 0.0;
		for (int k = 0; k <= n; k++)
			total += f[k];
		double inv = 1.0 / total;
		for (int k = 0; k <= n; k++)
			f[k] *= inv;
	}
	r->F[0] = f[0];
	for (int k = 1; k <= n; k++)
		r->F[k] = r->F[k - 1] + f[k];
	r->S[n] = f[n];
	for (int k = n - 1; k >= 0; k--)
		r->S[k] = r->S[k + 1] + f[k];
}

static double ref_g(const struct ref *r, int y)
{
	return fmin(r->F[y], r->S[y]);
}

static struct ref_set ref_members(const struct ref *r)
{
	double g = ref_g(r, r->x);
	struct ref_set s = { -1, r->n + 1 };
	while (s.lo < r->n && ref_g(r, s.lo + 1) <= g)
		s.lo++;
	while (s.hi - 1 > s.lo && ref_g(r, s.hi - 1) <= g)
		s.hi--;
	return s;
}

static double ref_value(const struct ref *r, struct ref_set s)
{
	if (s.lo + 1 >= s.hi)
		return 1.0;
	return (s.lo >= 0 ? r->F[s.lo] : 0.0) + (s.hi <= r->n ? r->S[s.hi] : 0.0);
}

static int ref_in(struct ref_set s, int y)
{
	return y <= s.lo || y >= s.hi;
}

/* What ref_root() solves: g(y) - g(x) (an outcome entering or leaving the
 * set), or the acceptability with a fixed set minus alpha. */
struct ref_fn { int y; struct ref_set set; double alpha; };

static double ref_fn_at(struct ref *r, const struct ref_fn *fn, double p)
{
	ref_at(r, p);
	return fn->y >= 0 ? ref_g(r, fn->y) - ref_g(r, r->x) : ref_value(r, fn->set) - fn->alpha;
}

/* A root between a and b, where the function has values of opposite signs,
 * by regula falsi with the Illinois step, to 1e-14. */
static double ref_root(struct ref *r, const struct ref_fn *fn, double a, double fa, double b, double fb)
{
	if (fa == 0.0)
		return a;
	if (fb == 0.0)
		return b;
	int side = 0;
	for (int it = 0; it < 300 && fabs(b - a) > 1e-14; it++) {
		double c = (a * fb - b * fa) / (fb - fa);
		if (!(c > fmin(a, b) && c < fmax(a, b)))
			c = 0.5 * (a + b);
		double fc = ref_fn_at(r, fn, c);
		if (fc == 0.0)
			return c;
		if ((fc < 0.0) == (fa < 0.0)) {
			a = c, fa = fc;
			if (side == -1) fb /= 2.0;
			side = -1;
		} else {
			b = c, fb = fc;
			if (side == 1) fa /= 2.0;
			side = 1;
		}
	}
	return 0.5 * (a + b);
}

/* The last accepted p in one grid cell [l, u] (l < u), given the sets and
 * acceptabilities at its ends; -1 if none. */
static double ref_cell(struct ref *r, double alpha, double l, struct ref_set sl, double al,
		       double u, struct ref_set su, double au)
{
	enum { MAXCH = 64 };
	double pt[MAXCH + 2];
	struct ref_set set[MAXCH + 1];
	int m = 0;
	pt[m++] = u;
	/* every outcome that is in one end's set and not in the other's */
	for (int y = 0; y <= r->n; y++) {
		if (ref_in(sl, y) == ref_in(su, y) || y == r->x)
			continue;
		assert_true(m <= MAXCH);
		struct ref_fn fn = { y, { 0, 0 }, 0.0 };
		double fl = ref_fn_at(r, &fn, l), fu = ref_fn_at(r, &fn, u);
		if ((fl <= 0.0) == (fu <= 0.0))
			fail_msg("x=%d n=%d: outcome %d changes sides in [%.17g, %.17g] without a sign change",
				 r->x, r->n, y, l, u);
		pt[m++] = ref_root(r, &fn, l, fl, u, fu);
	}
	pt[m] = l;
	/* the change points, from the top down (insertion sort; few) */
	for (int i = 2; i < m; i++)
		for (int j = i; j > 1 && pt[j] > pt[j - 1]; j--) {
			double t = pt[j]; pt[j] = pt[j - 1]; pt[j - 1] = t;
		}
	set[0] = su;
	set[m - 1] = sl;
	for (int k = 1; k < m - 1; k++) {   /* between two changes: look at the middle */
		ref_at(r, 0.5 * (pt[k] + pt[k + 1]));
		set[k] = ref_members(r);
	}
	/* piece k is [pt[k+1], pt[k]] with set[k]; from the top down, the
	 * first piece accepting anything gives the limit */
	for (int k = 0; k < m; k++) {
		double top, bot;
		if (k == 0) {
			top = au;
		} else {
			ref_at(r, pt[k]);
			top = ref_value(r, set[k]);
		}
		if (top >= alpha)
			return pt[k];
		if (k == m - 1) {
			bot = al;
		} else {
			ref_at(r, pt[k + 1]);
			bot = ref_value(r, set[k]);
		}
		if (bot >= alpha) {
			struct ref_fn fn = { -1, set[k], alpha };
			return ref_root(r, &fn, pt[k + 1], bot - alpha, pt[k], top - alpha);
		}
	}
	return -1.0;
}

/* The Blaker upper limit of x/n at level 1 - alpha on the grid i / (K n). */
static double ref_upper(struct ref *r, int x, double alpha, int K)
{
	int n = r->n;
	if (x == n)
		return 1.0;
	r->x = x;
	long G = (long)K * n, lo = (long)K * x, hi = G;   /* 2 P(Y <= x) >= alpha at lo, not at hi */
	/* narrow [lo, hi] around a normal guess by galloping, then bisect */
	double z = gsl_cdf_ugaussian_Qinv(alpha / 2.0), ph = (x + 0.5) / n;
	long g = (long)((ph + z * sqrt(ph * (1.0 - ph) / n)) * G);
	for (long step = 1; g > lo && g < hi; step *= 2) {
		ref_at(r, (double)g / (double)G);
		if (2.0 * r->F[x] >= alpha) {
			lo = g;
			g += step;
		} else {
			hi = g;
			g -= step;
		}
		if (g <= lo || g >= hi)
			break;
	}
	while (hi - lo > 1) {
		long mid = (lo + hi) / 2;
		ref_at(r, (double)mid / (double)G);
		if (2.0 * r->F[x] >= alpha) lo = mid; else hi = mid;
	}
	double u = (double)hi / (double)G;
	ref_at(r, u);
	struct ref_set su = ref_members(r);
	double au = ref_value(r, su);
	for (long i = lo; i >= (long)K * x; i--) {
		double l = (double)i / (double)G;
		ref_at(r, l);
		struct ref_set sl = ref_members(r);
		double al = ref_value(r, sl);
		double lim = ref_cell(r, alpha, l, sl, al, u, su, au);
		if (lim >= 0.0)
			return lim;
		u = l, su = sl, au = al;
	}
	return (double)x / n;
}

/* Production limits against the reference for every x of every n in
 * [n0, n1] at each level; returns the number of limits compared. */
static long scan(int n0, int n1, const double *confs, int nconf, int K, double *worst)
{
	long count = 0;
	for (int n = n0; n <= n1; n++) {
		struct ref r;
		ref_init(&r, n);
		double *up = malloc((size_t)(n + 1) * sizeof(double));
		assert_non_null(up);
		for (int c = 0; c < nconf; c++) {
			double alpha = 1.0 - confs[c];
			for (int x = 0; x <= n; x++)
				up[x] = ref_upper(&r, x, alpha, K);
			for (int x = 0; x <= n; x++) {
				struct cs_interval got = ci(x, n, confs[c], CS_SIDES_TWO);
				double lo = x == 0 ? 0.0 : 1.0 - up[n - x];
				double e = fmax(fabs(got.lower - lo), fabs(got.upper - up[x]));
				if (!(e <= 1e-9))
					fail_msg("%d/%d at %.10g: got [%.17g, %.17g], reference [%.17g, %.17g]",
						 x, n, confs[c], got.lower, got.upper, lo, up[x]);
				if (e > *worst)
					*worst = e;
				count += 2;
			}
		}
		free(up);
		ref_free(&r);
	}
	return count;
}

/* Grid cells per 1/n: a piece between two changes of the set is about
 * 1/(2n) wide.  Under the sanitizers a coarser grid keeps the scan to about
 * a minute; the refinement at every change is the same. */
#ifdef CS_SANITIZED
enum { REF_K = 2 };
#else
enum { REF_K = 16 };
#endif

/* ---- tests ---------------------------------------------------------- */

/* BlakerCI's documentation: binom.blaker.limits(3, 10) = 0.08726443
 * 0.61941066, (29, 99) = 0.2097022 0.3929079 and (59, 355) = 0.1300807
 * 0.2090809, the last two given there as failures of the original grid
 * search.  The reference is held to them too. */
static void test_published(void **state)
{
	(void)state;
	static const struct { int x, n; double lo, hi, tol; } rows[] = {
		{ 3, 10, 0.08726443, 0.61941066, 0.5e-8 },
		{ 29, 99, 0.2097022, 0.3929079, 0.5e-7 },
		{ 59, 355, 0.1300807, 0.2090809, 0.5e-7 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct cs_interval got = ci(rows[i].x, rows[i].n, 0.95, CS_SIDES_TWO);
		assert_close(got.lower, rows[i].lo, rows[i].tol, 0);
		assert_close(got.upper, rows[i].hi, rows[i].tol, 0);
		struct ref r;
		ref_init(&r, rows[i].n);
		assert_close(ref_upper(&r, rows[i].x, 0.05, REF_K), rows[i].hi, rows[i].tol, 0);
		assert_close(1.0 - ref_upper(&r, rows[i].n - rows[i].x, 0.05, REF_K), rows[i].lo, rows[i].tol, 0);
		ref_free(&r);
	}
}

/* tests/ref/blaker_ref.csv: x, n, conf, lower, upper from R. */
static void test_reference_file(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/blaker_ref.csv", "r");
	assert_non_null(f);
	char line[512];
	assert_non_null(fgets(line, sizeof line, f));
	assert_string_equal(line, "x,n,conf,lower,upper\n");
	int rows = 0;
	double worst = 0.0;
	while (fgets(line, sizeof line, f)) {
		double x, n, conf, lo, hi;
		assert_int_equal(sscanf(line, "%lf,%lf,%lf,%lf,%lf", &x, &n, &conf, &lo, &hi), 5);
		struct cs_interval got = ci((int64_t)x, (int64_t)n, conf, CS_SIDES_TWO);
		double e = fmax(fabs(got.lower - lo), fabs(got.upper - hi));
		if (!(e <= 1e-9))
			fail_msg("got [%.17g, %.17g], differs by %.3g from %s", got.lower, got.upper, e, line);
		worst = fmax(worst, e);
		rows++;
	}
	fclose(f);
	assert_true(rows > 100);
	printf("  blaker_ref.csv: %d intervals, largest difference from R %.3g\n", rows, worst);
}

/* The acceptance: every x for n = 1 .. 400 at 90%, 95% and 99%. */
static void test_exhaustive(void **state)
{
	(void)state;
	static const double confs[] = { 0.90, 0.95, 0.99 };
	double worst = 0.0;
	long count = scan(1, 400, confs, 3, REF_K, &worst);
	assert_int_equal(count, 2L * 3 * (400 * 401 / 2 + 400));
	printf("  n = 1..400: %ld limits, largest difference from the reference %.3g (grid 1/%dn)\n",
	       count, worst, REF_K);
}

/* Other levels: alpha > 1/2, where both halves of the acceptability can
 * reject p on either side of x/n, and tiny alpha, where a tie tolerance
 * that is not relative to the tail would move the limits. */
static void test_other_levels(void **state)
{
	(void)state;
	static const double confs[] = { 0.5, 0.999, 0.2, 0.45, 0.75, 1 - 1e-7, 1 - 1e-9 };
	double worst = 0.0;
	long count = scan(1, 60, confs, 7, REF_K, &worst);
	printf("  n = 1..60 at 0.5, 0.999, 0.2, 0.45, 0.75, 1 - 1e-7, 1 - 1e-9: %ld limits, "
	       "largest difference %.3g\n", count, worst);
}

/* x = 0 and x = n have the trivial limit exactly; n = 1 and n = 2 have
 * closed forms: for 0/1 the acceptability above 1/2 is 1 - p, for 0/2
 * above 1/2 it is (1 - p)^2. */
static void test_edges(void **state)
{
	(void)state;
	static const double confs[] = { 0.5, 0.9, 0.95, 0.99, 0.999 };
	for (size_t i = 0; i < sizeof confs / sizeof confs[0]; i++) {
		double alpha = 1.0 - confs[i];
		struct cs_interval a = ci(0, 1, confs[i], CS_SIDES_TWO), b = ci(1, 1, confs[i], CS_SIDES_TWO);
		assert_true(a.lower == 0.0 && b.upper == 1.0);
		assert_close(a.upper, 1.0 - alpha, 1e-14, 0);
		assert_close(b.lower, alpha, 1e-14, 0);
		if (alpha < 0.25) {   /* the limit is then above 1/2 */
			a = ci(0, 2, confs[i], CS_SIDES_TWO);
			assert_close(a.upper, 1.0 - sqrt(alpha), 1e-14, 0);
		}
		for (int64_t n = 1; n <= 1000000000; n *= 10) {
			a = ci(0, n, confs[i], CS_SIDES_TWO);
			b = ci(n, n, confs[i], CS_SIDES_TWO);
			assert_true(a.lower == 0.0 && b.upper == 1.0);
			assert_close(a.upper, 1.0 - b.lower, 1e-15, 1e-14);
			assert_true(a.upper > 0.0 && a.upper < 1.0);
		}
	}
	/* for alpha > 1/2 the acceptability of 0/1 just above 1/2 is already
	 * below alpha */
	assert_close(ci(0, 1, 0.2, CS_SIDES_TWO).upper, 0.5, 1e-14, 0);
}

/* --sides lower/upper: the limit of the two-sided interval at 2 conf - 1,
 * the other end 0 or 1. */
static void test_one_sided(void **state)
{
	(void)state;
	static const struct { int64_t x, n; } rows[] = {
		{ 29, 99 }, { 70, 99 }, { 3, 41 }, { 59, 355 }, { 0, 7 }, { 7, 7 }, { 1, 1 }, { 100, 10000000 },
	};
	static const double confs[] = { 0.55, 0.9, 0.95, 0.975, 0.995 };
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		for (size_t c = 0; c < sizeof confs / sizeof confs[0]; c++) {
			struct cs_interval lo = ci(rows[i].x, rows[i].n, confs[c], CS_SIDES_LOWER);
			struct cs_interval up = ci(rows[i].x, rows[i].n, confs[c], CS_SIDES_UPPER);
			struct cs_interval two = ci(rows[i].x, rows[i].n, 2.0 * confs[c] - 1.0, CS_SIDES_TWO);
			assert_true(lo.upper == 1.0 && up.lower == 0.0);
			assert_close(lo.lower, two.lower, 1e-12, 0);
			assert_close(up.upper, two.upper, 1e-12, 0);
		}
	/* the short accepted stretch of 29/99 is there one-sided too */
	assert_close(ci(29, 99, 0.975, CS_SIDES_UPPER).upper, 0.3929079, 0.5e-7, 0);
	assert_close(ci(70, 99, 0.975, CS_SIDES_LOWER).lower, 1.0 - 0.3929079, 0.5e-7, 0);
}

/* Huge n: finite, ordered, inside Clopper-Pearson, mirror-symmetric. */
static void test_huge_n(void **state)
{
	(void)state;
	const struct cs_prop_method *cp = cs_prop_method_find("clopper-pearson");
	static const int64_t ns[] = { 10000000, 100000000, 1000000000000LL };
	static const double confs[] = { 0.5, 0.95, 0.999 };
	for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++) {
		int64_t n = ns[i];
		const int64_t xs[] = { 1, 100, n / 1000, n / 3, n - 1 };
		for (size_t j = 0; j < sizeof xs / sizeof xs[0]; j++)
			for (size_t c = 0; c < sizeof confs / sizeof confs[0]; c++) {
				struct cs_interval b = ci(xs[j], n, confs[c], CS_SIDES_TWO), m, e;
				m = ci(n - xs[j], n, confs[c], CS_SIDES_TWO);
				assert_int_equal(cs_prop_ci(cp, xs[j], n, confs[c], CS_SIDES_TWO, &e), CS_OK);
				assert_true(e.lower <= b.lower && b.lower < b.estimate);
				assert_true(b.estimate < b.upper && b.upper <= e.upper);
				assert_close(b.lower, 1.0 - m.upper, 1e-15, 1e-13);
				assert_close(b.upper, 1.0 - m.lower, 1e-15, 1e-13);
			}
	}
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_published),
		cmocka_unit_test(test_reference_file),
		cmocka_unit_test(test_exhaustive),
		cmocka_unit_test(test_other_levels),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_one_sided),
		cmocka_unit_test(test_huge_n),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
