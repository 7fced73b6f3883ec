/* proportion_exact.c - intervals that need beta quantiles or a root search:
 * Jeffreys, Clopper-Pearson, mid-p, likelihood ratio and Blaker.
 *
 * Every limit at x = 0 or x = n is set before any quantile or root search:
 * GSL's beta quantile does not return for a zero shape parameter. */
#include "proportion_impl.h"
#include "proportion.h"
#include "dist.h"
#include "status.h"

#include <float.h>
#include <math.h>

/* At x = 0 the upper limit solves (1 - p)^n = tail and at x = n the lower
 * limit solves p^n = tail: closed forms, exact to the last digit. */
int cs_prop_clopper_pearson(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	int st = CS_OK;
	*lo = 0.0;
	*hi = 1.0;
	if (x == n)
		*lo = exp(log(tail) / n);
	else if (x > 0.0)
		st = cs_dist_beta_quantile(tail, x, n - x + 1.0, 0, lo);
	if (x == 0.0)
		*hi = -expm1(log(tail) / n);
	else if (st == CS_OK && x < n)
		st = cs_dist_beta_quantile(tail, x + 1.0, n - x, 1, hi);
	return st;
}

int cs_prop_jeffreys(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	int st = CS_OK;
	*lo = 0.0;
	*hi = 1.0;
	if (x > 0.0)
		st = cs_dist_beta_quantile(tail, x + 0.5, n - x + 0.5, 0, lo);
	if (st == CS_OK && x < n)
		st = cs_dist_beta_quantile(tail, x + 0.5, n - x + 0.5, 1, hi);
	return st;
}

/* ---- mid-p ---------------------------------------------------------- */

struct midp_ctx { double x, n, tail; };

/* Lower limit: 1/2 P(X = x) + P(X > x) - tail, increasing in p. */
static int midp_lower_fn(double p, void *vctx, double *f)
{
	const struct midp_ctx *c = vctx;
	double pmf, gt = 0.0;
	int st = cs_dist_binom_pmf(c->x, c->n, p, &pmf);
	if (st == CS_OK && c->x < c->n)
		st = cs_dist_binom_tails(c->x + 1.0, c->n, p, NULL, &gt);
	*f = 0.5 * pmf + gt - c->tail;
	return st;
}

/* Upper limit: 1/2 P(X = x) + P(X < x) - tail, decreasing in p. */
static int midp_upper_fn(double p, void *vctx, double *f)
{
	const struct midp_ctx *c = vctx;
	double pmf, lt = 0.0;
	int st = cs_dist_binom_pmf(c->x, c->n, p, &pmf);
	if (st == CS_OK && c->x > 0.0)
		st = cs_dist_binom_tails(c->x - 1.0, c->n, p, &lt, NULL);
	*f = 0.5 * pmf + lt - c->tail;
	return st;
}

int cs_prop_mid_p(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	struct midp_ctx c = { x, n, tail };
	int st = CS_OK;
	*lo = 0.0;
	*hi = 1.0;
	if (x > 0.0)
		st = cs_dist_root(midp_lower_fn, &c, 0.0, 1.0, lo);
	if (st == CS_OK && x < n)
		st = cs_dist_root(midp_upper_fn, &c, 0.0, 1.0, hi);
	return st;
}

/* ---- likelihood ratio ----------------------------------------------- */

struct lik_ctx { double x, n, crit; };

/* 2 [l(p^) - l(p)] - z^2, with l the binomial log-likelihood. */
static int lik_fn(double p, void *vctx, double *f)
{
	const struct lik_ctx *c = vctx;
	double dev = 0.0;
	if (c->x > 0.0)
		dev += c->x * log((c->x / c->n) / p);
	if (c->x < c->n)
		dev += (c->n - c->x) * log(((c->n - c->x) / c->n) / (1.0 - p));
	*f = 2.0 * dev - c->crit;
	return CS_OK;
}

int cs_prop_likelihood(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	double z = cs_prop_z(tail);
	struct lik_ctx c = { x, n, z * z };
	double phat = x / n;
	/* At x = 0 the deviance is -2n log(1 - p); at x = n it is -2n log p. */
	if (x == 0.0) {
		*lo = 0.0;
		*hi = -expm1(-c.crit / (2.0 * n));
		return CS_OK;
	}
	if (x == n) {
		*lo = exp(-c.crit / (2.0 * n));
		*hi = 1.0;
		return CS_OK;
	}
	int st = cs_dist_root(lik_fn, &c, DBL_MIN, phat, lo);
	if (st != CS_OK)
		return st;
	double top = 1.0 - DBL_EPSILON / 2.0, ftop;
	lik_fn(top, &c, &ftop);
	if (ftop <= 0.0) {   /* the limit is closer to 1 than a double can say */
		*hi = 1.0;
		return CS_OK;
	}
	return cs_dist_root(lik_fn, &c, phat, top, hi);
}

/* ---- Blaker --------------------------------------------------------- */

/* Blaker's acceptability of p given x (Blaker 2000, as in his published
 * acceptbin code) is the probability, under p, of an outcome whose smaller
 * tail is no larger than that of x.  With F(k) = P(X <= k) and
 * S(k) = P(X >= k) it is min(a1, a2), where
 *   a1 = S(x) + F(k1 - 1),  k1 = min { k >= 0 : F(k) >= S(x) (1 - fuzz) },
 *   a2 = F(x) + S(j),       j  = min { j >= 1 : S(j) <= F(x) (1 + fuzz) },
 * and fuzz = 64 eps is R's qbinom tolerance, kept so that ties resolve the
 * same way.  acceptbin applies it to 1 - F(x) in a2, which makes it
 * absolute there: for a small F(x) it moved the upper limit by 64 eps over
 * the slope, 1e-7 at 1 - 1e-9 confidence; relative in both branches, the
 * limits are the tie-free ones to within rounding, and mirror images.  The
 * lower limit is the first p with a(p) >= alpha on the way up from the
 * Clopper-Pearson lower limit to x/n, the upper limit the first one on the
 * way down from the Clopper-Pearson upper limit (x/n if none).
 *
 * a(p) is not monotone: it jumps where a cut-off k1 or j changes, and an
 * accepted stretch next to a jump can be narrower than any grid cell, so
 * no grid is used.  Between two changes of the cut-offs ("a piece") each
 * branch is a fixed sum of two tails.  A branch is below 1 only if its two
 * counts are at least two apart (k1 - 1 <= x - 2, or j - 1 >= x + 1;
 * otherwise its tails cover every outcome), and then its derivative,
 * n [b(x-1) - b(k1-1)] or n [b(j-1) - b(x)] with b the Bin(n-1, p)
 * probabilities, changes sign at most once, from - to +, because the ratio
 * of the two probabilities is a constant times a positive power of
 * p/(1-p).  So on a piece the p a branch rejects form one interval: the
 * branch's values at the two ends of the piece and at most one root settle
 * it.  The cut-offs never decrease as p grows, so the pieces are visited
 * in order from the Clopper-Pearson limit, each change of a cut-off found
 * by Brent's method.  For alpha <= 1/2 the walk ends in the first piece or
 * at its inner end, where the acceptability is about twice the tail of x
 * that defines the Clopper-Pearson limit (Klaschka 2010 uses this), but
 * the walk does not depend on it. */

#define BLAKER_FUZZ (64.0 * DBL_EPSILON)

struct blaker {
	double x, n, alpha;
	double memo_p[3], memo_t[3];   /* per branch, the last p and tail of x at it */
};

static int binom_cdf(double k, double n, double p, double *F)
{
	if (k < 0.0) { *F = 0.0; return CS_OK; }
	if (k >= n) { *F = 1.0; return CS_OK; }
	return cs_dist_binom_tails(k, n, p, F, NULL);
}

static int binom_sf(double k, double n, double p, double *S)  /* P(X >= k) */
{
	if (k <= 0.0) { *S = 1.0; return CS_OK; }
	if (k > n) { *S = 0.0; return CS_OK; }
	return cs_dist_binom_tails(k, n, p, NULL, S);
}

/* The tail of x that branch br compares with: S(x) for 1, F(x) for 2.
 * Remembered, since a piece and its ends ask for it at the same p. */
static int x_tail(struct blaker *b, int br, double p, double *t)
{
	if (p == b->memo_p[br]) {
		*t = b->memo_t[br];
		return CS_OK;
	}
	int st = br == 1 ? binom_sf(b->x, b->n, p, t) : binom_cdf(b->x, b->n, p, t);
	if (st == CS_OK) {
		b->memo_p[br] = p;
		b->memo_t[br] = *t;
	}
	return st;
}

/* Branch 1 is a1 with cut-off k1 in [0, n]; branch 2 is a2 with cut-off j
 * in [1, n + 1]. */
static double cut_min(int br) { return br == 1 ? 0.0 : 1.0; }
static double cut_max(const struct blaker *b, int br) { return br == 1 ? b->n : b->n + 1.0; }

/* The cut-off of branch br at p: the smallest c passing the test of
 * acceptbin's quantile search.  The search starts from the normal
 * approximation 2np - x (the count whose opposite tail matches that of x)
 * and gallops outwards, so it costs a few tails rather than log2(n). */
static int blaker_cutoff(struct blaker *b, int br, double p, double *cut)
{
	double t, v;
	int st = x_tail(b, br, p, &t);
	if (st != CS_OK)
		return st;
	t *= br == 1 ? 1.0 - BLAKER_FUZZ : 1.0 + BLAKER_FUZZ;
	double lo = cut_min(br), hi = cut_max(b, br);   /* the test passes at hi */
	double g = fmin(fmax(ceil(2.0 * b->n * p - b->x), lo), hi);
	int pass = 0, first = 1;
	for (double step = 1.0;; step *= 2.0) {
		if ((st = br == 1 ? binom_cdf(g, b->n, p, &v) : binom_sf(g, b->n, p, &v)) != CS_OK)
			return st;
		int ok = br == 1 ? v >= t : v <= t;
		if (ok) hi = g; else lo = g + 1.0;
		if (!first && ok != pass)
			break;
		pass = ok;
		first = 0;
		g = ok ? g - step : g + step;
		if (g < lo || g > hi)
			break;
	}
	while (lo < hi) {
		double mid = floor((lo + hi) / 2.0);
		if ((st = br == 1 ? binom_cdf(mid, b->n, p, &v) : binom_sf(mid, b->n, p, &v)) != CS_OK)
			return st;
		if (br == 1 ? v >= t : v <= t) hi = mid; else lo = mid + 1.0;
	}
	*cut = lo;
	return CS_OK;
}

/* The two functions of p that a piece needs, for branch br and cut-off c:
 * BRANCH_VALUE is the branch minus alpha; CUT_TEST is >= 0 exactly where
 * the branch's cut-off is at most c, and decreases in p. */
enum { BRANCH_VALUE, CUT_TEST };
struct blaker_fn { struct blaker *b; int br, what; double c; };

static int blaker_eval(const struct blaker_fn *f, double p, double *val)
{
	struct blaker *b = f->b;
	double tx, tc;
	int st = x_tail(b, f->br, p, &tx);
	if (f->br == 1) {
		if (st == CS_OK)
			st = binom_cdf(f->what == BRANCH_VALUE ? f->c - 1.0 : f->c, b->n, p, &tc);
		if (st != CS_OK)
			return st;
		*val = f->what == BRANCH_VALUE ? tx + tc - b->alpha : tc - tx * (1.0 - BLAKER_FUZZ);
	} else {
		if (st == CS_OK)
			st = binom_sf(f->c, b->n, p, &tc);
		if (st != CS_OK)
			return st;
		*val = f->what == BRANCH_VALUE ? tx + tc - b->alpha : tx * (1.0 + BLAKER_FUZZ) - tc;
	}
	return CS_OK;
}

/* The root of f between p and q, where f has the values fp and fq of
 * opposite signs, by Brent's method (Brent 1973, ch. 4) to a few ulps.
 * Written out rather than taken from cs_dist_root() because the caller
 * already knows both end values, which saves four of the ten or so
 * evaluations a root costs. */
static int blaker_zero(const struct blaker_fn *f, double p, double fp, double q, double fq,
		       double *root)
{
	if (fp == 0.0) { *root = p; return CS_OK; }
	if (fq == 0.0) { *root = q; return CS_OK; }
	double a = p, fa = fp, b = q, fb = fq, c = a, fc = fa, d = b - a, e = d;
	for (int it = 0; it < 200; it++) {
		if ((fb > 0.0) == (fc > 0.0)) {
			c = a, fc = fa;
			d = e = b - a;
		}
		if (fabs(fc) < fabs(fb)) {
			a = b, fa = fb;
			b = c, fb = fc;
			c = a, fc = fa;
		}
		double tol = 2.0 * DBL_EPSILON * fabs(b) + DBL_MIN, m = 0.5 * (c - b);
		if (fabs(m) <= tol || fb == 0.0) {
			*root = b;
			return CS_OK;
		}
		if (fabs(e) < tol || fabs(fa) <= fabs(fb)) {
			d = e = m;
		} else {
			double s = fb / fa, r, t, u;
			if (a == c) {
				t = 2.0 * m * s;
				u = 1.0 - s;
			} else {
				u = fa / fc;
				r = fb / fc;
				t = s * (2.0 * m * u * (u - r) - (b - a) * (r - 1.0));
				u = (u - 1.0) * (r - 1.0) * (s - 1.0);
			}
			if (t > 0.0) u = -u; else t = -t;
			if (2.0 * t < fmin(3.0 * m * u - fabs(tol * u), fabs(e * u))) {
				e = d;
				d = t / u;
			} else {
				d = e = m;
			}
		}
		a = b, fa = fb;
		b += fabs(d) > tol ? d : (m > 0.0 ? tol : -tol);
		int st = blaker_eval(f, b, &fb);
		if (st != CS_OK)
			return st;
	}
	return CS_ENOCONV;
}

/* Whether a CUT_TEST value v says p is past the change of cut-off met on
 * the way in direction dir. */
static int past_change(double v, int dir)
{
	return (v >= 0.0) == (dir < 0);
}

/* Where branch br, at cut-off `cut` at `at`, next changes its cut-off on
 * the way (dir = +1 up, -1 down) to `to`; `to` itself if it does not. */
static int blaker_next_cut(struct blaker *b, int br, double cut, int dir,
			   double at, double to, double *brk)
{
	*brk = to;
	if (dir > 0 ? cut >= cut_max(b, br) : cut <= cut_min(br))
		return CS_OK;
	/* Moving up, the cut-off passes c = cut where CUT_TEST(c) turns
	 * negative; moving down it falls to cut - 1 where CUT_TEST(cut - 1)
	 * turns non-negative. */
	struct blaker_fn f = { b, br, CUT_TEST, dir > 0 ? cut : cut - 1.0 };
	double fat, fq;
	int st = blaker_eval(&f, at, &fat);
	if (st != CS_OK)
		return st;
	if (past_change(fat, dir)) {                    /* rounding: it changes right here */
		*brk = at;
		return CS_OK;
	}
	/* The normal approximation puts the change near (c + x) / 2n: looking
	 * there first mostly spares the look at `to` and narrows the root's
	 * bracket. */
	double q = (f.c + b->x) / (2.0 * b->n);
	if ((q - at) * dir > 0.0 && (to - q) * dir > 0.0) {
		if ((st = blaker_eval(&f, q, &fq)) != CS_OK)
			return st;
		if (past_change(fq, dir))
			return blaker_zero(&f, at, fat, q, fq, brk);
		at = q, fat = fq;
	}
	if ((st = blaker_eval(&f, to, &fq)) != CS_OK || !past_change(fq, dir))
		return st;                    /* no change before `to` */
	return blaker_zero(&f, at, fat, to, fq, brk);
}

/* On one piece, from `a` (the end nearer the Clopper-Pearson limit) to
 * `z`, with the cut-offs fixed: the accepted p nearest `a`, if any.  A
 * branch rejecting `a` rejects an interval that starts there; if it also
 * rejects `z` it rejects the whole piece, else its root ends the interval
 * and the search goes on from there, where that branch accepts everything
 * up to z. */
static int blaker_piece(struct blaker *b, const int active[3], const double cut[3],
			double a, double z, int *found, double *edge)
{
	int open[3] = { 0, active[1], active[2] };
	double va[3] = { 0 };
	int known[3] = { 0 };
	*found = 0;
	for (;;) {
		int br = 0;
		for (int i = 1; i <= 2 && !br; i++) {
			if (!open[i])
				continue;
			struct blaker_fn f = { b, i, BRANCH_VALUE, cut[i] };
			int st = known[i] ? CS_OK : blaker_eval(&f, a, &va[i]);
			if (st != CS_OK)
				return st;
			known[i] = 1;
			if (va[i] < 0.0)
				br = i;
		}
		if (!br) {
			*found = 1;
			*edge = a;
			return CS_OK;
		}
		struct blaker_fn f = { b, br, BRANCH_VALUE, cut[br] };
		double vz;
		int st = blaker_eval(&f, z, &vz);
		if (st != CS_OK || vz < 0.0)
			return st;
		if ((st = blaker_zero(&f, a, va[br], z, vz, &a)) != CS_OK)
			return st;
		open[br] = 0;
		known[1] = known[2] = 0;
	}
}

/* The accepted p nearest `from` (a Clopper-Pearson limit) on the way to
 * `to` (the estimate), or `to` if there is none. */
static int blaker_edge(struct blaker *b, double from, double to, double *edge)
{
	const int dir = to > from ? 1 : -1;
	/* Below x/n, x is in the upper tail and a1 is the acceptability: there
	 * a2 >= F(x) >= 1/2, since x is at least the median.  Above x/n the
	 * roles swap.  So the other branch matters only when alpha > 1/2. */
	const int active[3] = { 0, dir > 0 || b->alpha > 0.5, dir < 0 || b->alpha > 0.5 };
	double cut[3] = { 0 }, next[3] = { 0 };
	int st;
	for (int br = 1; br <= 2; br++) {
		if (!active[br])
			continue;
		if ((st = blaker_cutoff(b, br, from, &cut[br])) != CS_OK ||
		    (st = blaker_next_cut(b, br, cut[br], dir, from, to, &next[br])) != CS_OK)
			return st;
	}
	double a = from;
	for (;;) {
		double z = to;
		for (int br = 1; br <= 2; br++)
			if (active[br] && (dir > 0 ? next[br] < z : next[br] > z))
				z = next[br];
		int found;
		if ((st = blaker_piece(b, active, cut, a, z, &found, edge)) != CS_OK || found)
			return st;
		if (z == to) {
			*edge = to;
			return CS_OK;
		}
		for (int br = 1; br <= 2; br++) {
			if (!active[br] || next[br] != z)
				continue;
			cut[br] += dir;
			if ((st = blaker_next_cut(b, br, cut[br], dir, z, to, &next[br])) != CS_OK)
				return st;
		}
		a = z;
	}
}

int cs_prop_blaker(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	double cl, cu;
	int st = cs_prop_clopper_pearson(x, n, tail, &cl, &cu, notes);
	if (st != CS_OK)
		return st;
	struct blaker b = { x, n, 2.0 * tail, { -1.0, -1.0, -1.0 }, { 0 } };
	double phat = x / n;
	*lo = 0.0;
	*hi = 1.0;
	if (x > 0.0 && (st = blaker_edge(&b, cl, phat, lo)) != CS_OK)
		return st;
	if (x < n && (st = blaker_edge(&b, cu, phat, hi)) != CS_OK)
		return st;
	return CS_OK;
}
