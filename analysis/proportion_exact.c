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
 * the slope, 1e-7 at 1 - 1e-9 confidence; relative in both, the limits are
 * the tie-free ones to within rounding, and mirror images.  The lower limit
 * is the first p with a(p) >= alpha on the way up from the Clopper-Pearson
 * lower limit to x/n, the upper limit the first one on the way down from
 * the Clopper-Pearson upper limit (x/n if none).
 *
 * Each limit depends on one half only, a1 below x/n and a2 above.  Above
 * the p where S(x) and F(x) cross, k1 > x, so a1 >= S(x) + F(x) >= 1 and
 * a = a2; just past that p, j = x + 1 and a2 = 1, so the upper limit lies
 * beyond it, where a2 decides (and a2 >= 1 from x/n up to it, where a1
 * would decide).  Likewise a1 below x/n.
 *
 * a(p) is not monotone: it jumps where the cut-off (k1 or j) changes, and
 * an accepted stretch next to a jump can be narrower than any grid cell, so
 * no grid is used.  Between two changes ("a piece") the half is a fixed sum
 * of two tails.  It is below 1 only if the two counts are at least two
 * apart (k1 - 1 <= x - 2, or j - 1 >= x + 1; otherwise the tails cover
 * every outcome), and then its derivative, n [b(x-1) - b(k1-1)] or
 * n [b(j-1) - b(x)] with b the Bin(n-1, p) probabilities, changes sign at
 * most once, from - to +, because the ratio of the two probabilities is a
 * constant times a positive power of p/(1-p).  So on a piece the rejected
 * p form one interval: the values at the two ends and at most one root
 * settle the piece.  The cut-off never decreases as p grows, so the pieces
 * are visited in order from the Clopper-Pearson limit, each change found by
 * Brent's method.  In fact the walk ends in the first piece or at its inner
 * end: there the far tail equals the tail of x, so the acceptability is
 * twice the tail of x, at least alpha inside the Clopper-Pearson limit
 * (Klaschka 2010 uses this); the walk does not rely on it. */

#define BLAKER_FUZZ (64.0 * DBL_EPSILON)

/* One limit's search.  dir = +1 for the lower limit (walking up, half a1,
 * cut-off k1 in [0, n]), -1 for the upper (walking down, half a2, cut-off
 * j in [1, n + 1]). */
struct blaker {
	double x, n, alpha;
	int dir;
	double memo_p, memo_t;   /* the last p and the tail of x there */
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

/* The tail of x on its own side, S(x) or F(x).  Remembered: a piece and
 * its ends ask for it at one p. */
static int x_tail(struct blaker *b, double p, double *t)
{
	if (p != b->memo_p) {
		int st = b->dir > 0 ? binom_sf(b->x, b->n, p, &b->memo_t)
				    : binom_cdf(b->x, b->n, p, &b->memo_t);
		if (st != CS_OK) {
			b->memo_p = -1.0;
			return st;
		}
		b->memo_p = p;
	}
	*t = b->memo_t;
	return CS_OK;
}

/* The same with the tie tolerance, as the cut-off is tested against it. */
static int x_tail_tied(struct blaker *b, double p, double *t)
{
	int st = x_tail(b, p, t);
	if (st == CS_OK)
		*t *= b->dir > 0 ? 1.0 - BLAKER_FUZZ : 1.0 + BLAKER_FUZZ;
	return st;
}

/* The tail on the other side that the cut-off c is tested with: F(c) or
 * S(c).  The cut-off is the smallest c with cut_tail(c) >= t (lower) or
 * <= t (upper), t from x_tail_tied(). */
static int cut_tail(const struct blaker *b, double c, double p, double *v)
{
	return b->dir > 0 ? binom_cdf(c, b->n, p, v) : binom_sf(c, b->n, p, v);
}

static int cut_passes(const struct blaker *b, double v, double t)
{
	return b->dir > 0 ? v >= t : v <= t;
}

/* The cut-off at p, by the test of acceptbin's quantile search.  The
 * search starts from the normal approximation 2np - x (the count whose
 * opposite tail matches that of x) and gallops outwards, so it costs a few
 * tails rather than log2(n). */
static int blaker_cutoff(struct blaker *b, double p, double *cut)
{
	double t, v;
	int st = x_tail_tied(b, p, &t);
	if (st != CS_OK)
		return st;
	double lo = b->dir > 0 ? 0.0 : 1.0, hi = b->dir > 0 ? b->n : b->n + 1.0;   /* passes at hi */
	double g = fmin(fmax(ceil(2.0 * b->n * p - b->x), lo), hi);
	int pass = 0, first = 1;
	for (double step = 1.0;; step *= 2.0) {
		if ((st = cut_tail(b, g, p, &v)) != CS_OK)
			return st;
		int ok = cut_passes(b, v, t);
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
		if ((st = cut_tail(b, mid, p, &v)) != CS_OK)
			return st;
		if (cut_passes(b, v, t)) hi = mid; else lo = mid + 1.0;
	}
	*cut = lo;
	return CS_OK;
}

/* The two functions of p a piece needs, for cut-off c: VALUE is the half
 * minus alpha; CUT_TEST is >= 0 exactly where the cut-off is at most c and
 * decreases in p. */
enum { VALUE, CUT_TEST };
struct blaker_fn { struct blaker *b; int what; double c; };

static int blaker_eval(const struct blaker_fn *f, double p, double *val)
{
	struct blaker *b = f->b;
	double t, v;
	int st = f->what == VALUE ? x_tail(b, p, &t) : x_tail_tied(b, p, &t);
	if (st != CS_OK)
		return st;
	if (f->what == VALUE) {   /* a1 = S(x) + F(c - 1), a2 = F(x) + S(c) */
		st = cut_tail(b, b->dir > 0 ? f->c - 1.0 : f->c, p, &v);
		*val = t + v - b->alpha;
	} else {
		st = cut_tail(b, f->c, p, &v);
		*val = b->dir > 0 ? v - t : t - v;
	}
	return st;
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

/* Whether a CUT_TEST value says p is past the change being looked for. */
static int past_change(const struct blaker *b, double v)
{
	return (v >= 0.0) == (b->dir < 0);
}

/* Where the cut-off, `cut` at `at`, next changes on the way to `to`; `to`
 * itself if it does not. */
static int blaker_next_cut(struct blaker *b, double cut, double at, double to, double *brk)
{
	*brk = to;
	if (b->dir > 0 ? cut >= b->n : cut <= 1.0)
		return CS_OK;
	/* Moving up, the cut-off passes c = cut where CUT_TEST(c) turns
	 * negative; moving down it falls to cut - 1 where CUT_TEST(cut - 1)
	 * turns non-negative. */
	struct blaker_fn f = { b, CUT_TEST, b->dir > 0 ? cut : cut - 1.0 };
	double fat, fq;
	int st = blaker_eval(&f, at, &fat);
	if (st != CS_OK)
		return st;
	if (past_change(b, fat)) {            /* rounding: it changes right here */
		*brk = at;
		return CS_OK;
	}
	/* The normal approximation puts the change near (c + x) / 2n: looking
	 * there first mostly spares the look at `to` and narrows the root's
	 * bracket. */
	double q = (f.c + b->x) / (2.0 * b->n);
	if ((q - at) * b->dir > 0.0 && (to - q) * b->dir > 0.0) {
		if ((st = blaker_eval(&f, q, &fq)) != CS_OK)
			return st;
		if (past_change(b, fq))
			return blaker_zero(&f, at, fat, q, fq, brk);
		at = q, fat = fq;
	}
	if ((st = blaker_eval(&f, to, &fq)) != CS_OK || !past_change(b, fq))
		return st;                    /* no change before `to` */
	return blaker_zero(&f, at, fat, to, fq, brk);
}

/* The accepted p nearest `from` (a Clopper-Pearson limit) on the way to
 * `to` (the estimate), or `to` if there is none.  On each piece, from `a`
 * (the end nearer `from`) to `z`: if `a` is rejected, the rejected p run
 * from `a` to a root short of `z`, or through `z`. */
static int blaker_edge(struct blaker *b, double from, double to, double *edge)
{
	double cut, z, a = from;
	int st = blaker_cutoff(b, from, &cut);
	if (st == CS_OK)
		st = blaker_next_cut(b, cut, from, to, &z);
	for (; st == CS_OK; a = z, cut += b->dir, st = blaker_next_cut(b, cut, a, to, &z)) {
		struct blaker_fn f = { b, VALUE, cut };
		double va, vz;
		if ((st = blaker_eval(&f, a, &va)) != CS_OK)
			break;
		if (va >= 0.0) {
			*edge = a;
			return CS_OK;
		}
		if ((st = blaker_eval(&f, z, &vz)) != CS_OK)
			break;
		if (vz >= 0.0)
			return blaker_zero(&f, a, va, z, vz, edge);
		if (z == to) {
			*edge = to;
			return CS_OK;
		}
	}
	return st;
}

int cs_prop_blaker(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	double cl, cu;
	int st = cs_prop_clopper_pearson(x, n, tail, &cl, &cu, notes);
	if (st != CS_OK)
		return st;
	double phat = x / n;
	*lo = 0.0;
	*hi = 1.0;
	if (x > 0.0) {
		struct blaker b = { x, n, 2.0 * tail, 1, -1.0, 0.0 };
		if ((st = blaker_edge(&b, cl, phat, lo)) != CS_OK)
			return st;
	}
	if (x < n) {
		struct blaker b = { x, n, 2.0 * tail, -1, -1.0, 0.0 };
		st = blaker_edge(&b, cu, phat, hi);
	}
	return st;
}
