/* nchyper.c - Fisher's noncentral hypergeometric distribution (see
 * nchyper.h).
 *
 * Terms are taken relative to the mode, w(mode) = 1, and reached by the
 * ratio of neighbours
 *     r(i) = w(i+1) / w(i) = psi (m - i)/(i + 1) (k - i)/(f - k + i + 1),
 * which decreases in i, so the terms fall away from the mode on both sides
 * and a walk can stop once they drop below TINY.  Each step multiplies
 * four exactly represented quotients, so after j steps a term carries a
 * relative error of about 4 j ulps (1e-11 at the 10,000 steps that margins
 * of 10^5 need); the logarithms of lgamma differences would lose far more. */
#include "nchyper.h"
#include "status.h"

#include <math.h>

/* Terms below this fraction of the mode are left out of every sum. */
#define TINY 1e-300
/* exp(log_psi) is used directly inside this range, logarithms outside. */
#define PSI_LOG_MAX 700.0

int cs_nchyper_init(struct cs_nchyper *h, int64_t m, int64_t f, int64_t k)
{
	const int64_t max = INT64_C(9007199254740992);   /* 2^53 */
	if (m < 0 || f < 0 || k < 0 || m > max || f > max || m + f > max || k > m + f)
		return CS_EDOM;
	h->m = (double)m;
	h->f = (double)f;
	h->k = (double)k;
	h->lo = k > f ? (double)(k - f) : 0.0;
	h->hi = k < m ? (double)k : (double)m;
	/* X is a sum of at most min(m, f, k, N - k) dependent indicators; half
	 * the square root of that bounds its standard deviation. */
	double n = h->m + h->f, w = h->m;
	if (h->f < w) w = h->f;
	if (h->k < w) w = h->k;
	if (n - h->k < w) w = n - h->k;
	if (0.5 * sqrt(w) > CS_NCHYPER_MAX_SD)
		return CS_ERANGE;
	return CS_OK;
}

/* log r(i), for lo <= i < hi. */
static double log_ratio(const struct cs_nchyper *h, double log_psi, double i)
{
	return log_psi + log((h->m - i) / (i + 1.0)) + log((h->k - i) / (h->f - h->k + i + 1.0));
}

/* r(i) = w(i+1)/w(i); psi is exp(log_psi) when that is representable. */
static double ratio(const struct cs_nchyper *h, double log_psi, double psi, double i)
{
	if (fabs(log_psi) <= PSI_LOG_MAX)
		return psi * ((h->m - i) / (i + 1.0)) * ((h->k - i) / (h->f - h->k + i + 1.0));
	return exp(log_ratio(h, log_psi, i));
}

/* The mode: the smallest i with i = hi or r(i) < 1 (r decreases in i). */
static double mode_of(const struct cs_nchyper *h, double log_psi)
{
	if (log_psi == -INFINITY)
		return h->lo;
	if (log_psi == INFINITY)
		return h->hi;
	double a = h->lo, b = h->hi;   /* the answer is in [a, b] */
	while (a < b) {
		double mid = floor(a + (b - a) / 2.0);
		if (log_ratio(h, log_psi, mid) < 0.0)
			b = mid;
		else
			a = mid + 1.0;
	}
	return a;
}

struct sums {
	double below, at, above;   /* sum of w(i) for i < x, w(x), sum for i > x */
	double moment;             /* sum of (i - x) w(i) */
};

static void add(struct sums *s, double i, double x, double w)
{
	if (i < x) s->below += w;
	else if (i > x) s->above += w;
	else s->at += w;
	s->moment += (i - x) * w;
}

/* All sums at odds ratio exp(log_psi), relative to w(mode) = 1. */
static void walk(const struct cs_nchyper *h, double log_psi, double x, struct sums *s)
{
	s->below = s->at = s->above = s->moment = 0.0;
	double mode = mode_of(h, log_psi);
	add(s, mode, x, 1.0);
	if (isinf(log_psi))
		return;
	double psi = fabs(log_psi) <= PSI_LOG_MAX ? exp(log_psi) : 0.0;
	double w = 1.0;
	for (double i = mode; i < h->hi; i++) {
		w *= ratio(h, log_psi, psi, i);
		if (!(w >= TINY))
			break;
		add(s, i + 1.0, x, w);
	}
	w = 1.0;
	for (double i = mode; i > h->lo; i--) {
		w /= ratio(h, log_psi, psi, i - 1.0);
		if (!(w >= TINY))
			break;
		add(s, i - 1.0, x, w);
	}
}

int cs_nchyper_probs(const struct cs_nchyper *h, double log_psi, double x,
		     double *below, double *at, double *above)
{
	if (!(x >= h->lo && x <= h->hi) || isnan(log_psi))
		return CS_EDOM;
	struct sums s;
	walk(h, log_psi, x, &s);
	double total = s.below + s.at + s.above;
	if (below) *below = s.below / total;
	if (at) *at = s.at / total;
	if (above) *above = s.above / total;
	return CS_OK;
}

int cs_nchyper_mean_minus(const struct cs_nchyper *h, double log_psi, double x, double *out)
{
	if (!(x >= h->lo && x <= h->hi) || isnan(log_psi))
		return CS_EDOM;
	struct sums s;
	walk(h, log_psi, x, &s);
	*out = s.moment / (s.below + s.at + s.above);
	return CS_OK;
}

int cs_nchyper_fisher_p(const struct cs_nchyper *h, double x, double *p)
{
	if (!(x >= h->lo && x <= h->hi))
		return CS_EDOM;
	/* w(x) relative to the mode, by walking from the mode to x */
	double mode = mode_of(h, 0.0), wx = 1.0;
	for (double i = mode; i < x && wx >= TINY; i++)
		wx *= ratio(h, 0.0, 1.0, i);
	for (double i = mode; i > x && wx >= TINY; i--)
		wx /= ratio(h, 0.0, 1.0, i - 1.0);
	/* R's fisher.test: d <= d[x] * (1 + 1e-7) */
	double cut = wx * (1.0 + 1e-7);
	double total = 1.0, in = 1.0 <= cut ? 1.0 : 0.0;
	double w = 1.0;
	for (double i = mode; i < h->hi; i++) {
		w *= ratio(h, 0.0, 1.0, i);
		if (!(w >= TINY))
			break;
		total += w;
		if (w <= cut)
			in += w;
	}
	w = 1.0;
	for (double i = mode; i > h->lo; i--) {
		w /= ratio(h, 0.0, 1.0, i - 1.0);
		if (!(w >= TINY))
			break;
		total += w;
		if (w <= cut)
			in += w;
	}
	*p = in / total;
	if (*p > 1.0)
		*p = 1.0;
	return CS_OK;
}
