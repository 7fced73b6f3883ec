/* compare_score.c - score intervals found by root search: Miettinen-
 * Nurminen for the difference and Koopman for the ratio.
 *
 * Both invert a score statistic T(v) = (estimate - v) / sqrt(V(v)), whose
 * variance V uses the maximum likelihood estimates of p1 and p2 restricted
 * to the null value v; the limits are where T = +-z.  T decreases in v and
 * is 0 at the estimate, so each limit is bracketed by the estimate and the
 * end of the parameter range.  Where V(v) = 0 the statistic is 0/0 at the
 * estimate (taken as 0) and infinite elsewhere (taken as a huge number of
 * the right sign, which the root finder can handle). */
#include "compare_impl.h"
#include "proportion.h"
#include "status.h"

#include <math.h>

#define HUGE_T 1e300
/* Koopman limits are searched for log(phi) in [-LOG_RANGE, LOG_RANGE]. */
#define LOG_RANGE 600.0

static double score_t(double num, double var)
{
	if (!(var > 0.0))
		return num == 0.0 ? 0.0 : copysign(HUGE_T, num);
	return num / sqrt(var);
}

static double clip(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* ---- Miettinen-Nurminen (1985) -------------------------------------- */

struct mn_ctx {
	double n1, n2;
	double p1, p2;           /* observed proportions of successes */
	double f1, f2;           /* and of failures, 1 - p, computed as (n - x) / n */
	double factor;           /* N / (N - 1) */
	double target;           /* solve T(delta) = target */
};

/* Restricted MLE of the group-1 proportion under p1 - p2 = delta, given
 * observed proportions o1, o2: the root in [max(0, delta), min(1, 1 +
 * delta)] of the cubic a p^3 + b p^2 + c p + d with theta = n2 / n1 and
 * (Miettinen & Nurminen 1985; Farrington & Manning 1990; the linear
 * coefficient is the one statsmodels#10269 found miscopied there)
 *     a = 1 + theta
 *     b = -(1 + theta + o1 + theta o2 + delta (theta + 2))
 *     c = delta^2 + delta (2 o1 + theta + 1) + o1 + theta o2
 *     d = -o1 delta (1 + delta),
 * taken in the trigonometric form of Cardano's solution. */
static double mn_cubic(double n1, double n2, double o1, double o2, double delta)
{
	double th = n2 / n1;
	double a = 1.0 + th;
	double b = -(1.0 + th + o1 + th * o2 + delta * (th + 2.0));
	double c = delta * delta + delta * (2.0 * o1 + th + 1.0) + o1 + th * o2;
	double d = -o1 * delta * (1.0 + delta);
	double b3a = b / (3.0 * a);
	double v = b3a * b3a * b3a - b * c / (6.0 * a * a) + d / (2.0 * a);
	double u2 = b3a * b3a - c / (3.0 * a);
	double u = copysign(sqrt(u2 > 0.0 ? u2 : 0.0), v);
	double p;
	if (u == 0.0) {
		p = -b3a;
	} else {
		double w = (M_PI + acos(clip(v / (u * u * u), -1.0, 1.0))) / 3.0;
		p = 2.0 * u * cos(w) - b3a;
	}
	double lo = delta > 0.0 ? delta : 0.0, hi = delta < 0.0 ? 1.0 + delta : 1.0;
	p = clip(p, lo, hi);
	/* When two roots of the cubic are close (an observed proportion of 0
	 * or 1 and a small delta), acos near +-1 loses half the digits; a few
	 * Newton steps on the cubic restore them. */
	double fp = ((a * p + b) * p + c) * p + d;
	for (int it = 0; it < 4 && fp != 0.0; it++) {
		double dfp = (3.0 * a * p + 2.0 * b) * p + c;
		if (dfp == 0.0)
			break;
		double np = clip(p - fp / dfp, lo, hi);
		double nf = ((a * np + b) * np + c) * np + d;
		if (!(fabs(nf) < fabs(fp)))
			break;
		p = np;
		fp = nf;
	}
	return p;
}

/* The restricted MLEs q1, q2 and their complements r1 = 1 - q1, r2 = 1 - q2.
 * Above 1/2 the estimate comes from the failures (1 - p1) - (1 - p2) =
 * -delta instead, so that 1 - q keeps its digits when q is within an ulp
 * of 1 (at 1/1 vs 1/1 and delta = -1e-20, 1 - q1 is 1e-20, not 0). */
static void mn_restricted(const struct mn_ctx *m, double delta, double *q1, double *q2,
			  double *r1, double *r2)
{
	double p = mn_cubic(m->n1, m->n2, m->p1, m->p2, delta);
	if (p <= 0.5) {
		*q1 = p;
		*q2 = clip(p - delta, 0.0, 1.0);
		*r1 = 1.0 - *q1;
		*r2 = 1.0 - *q2;
	} else {
		double r = mn_cubic(m->n1, m->n2, m->f1, m->f2, -delta);
		*r1 = r;
		*r2 = clip(r + delta, 0.0, 1.0);
		*q1 = 1.0 - *r1;
		*q2 = 1.0 - *r2;
	}
}

static int mn_fn(double delta, void *vctx, double *f)
{
	const struct mn_ctx *m = vctx;
	double q1, q2, r1, r2;
	mn_restricted(m, delta, &q1, &q2, &r1, &r2);
	double var = (q1 * r1 / m->n1 + q2 * r2 / m->n2) * m->factor;
	*f = score_t(m->p1 - m->p2 - delta, var) - m->target;
	return CS_OK;
}

int cs_cmp_diff_mn(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	double n1 = (double)t->n1, n2 = (double)t->n2;
	struct mn_ctx m = { n1, n2, (double)t->x1 / n1, (double)t->x2 / n2,
			    (double)(t->n1 - t->x1) / n1, (double)(t->n2 - t->x2) / n2,
			    (n1 + n2) / (n1 + n2 - 1.0), 0.0 };
	double d = m.p1 - m.p2, z = cs_prop_z((1.0 - conf) / 2.0);
	out->estimate = d;
	out->lower = -1.0;
	out->upper = 1.0;
	int st = CS_OK;
	if (d > -1.0) {
		m.target = z;
		st = cs_dist_root(mn_fn, &m, -1.0, d, &out->lower);
	}
	if (st == CS_OK && d < 1.0) {
		m.target = -z;
		st = cs_dist_root(mn_fn, &m, d, 1.0, &out->upper);
	}
	return st;
}

/* ---- Koopman (1984) ------------------------------------------------- */

struct kp_ctx {
	double x1, n1, x2, n2, p1, p2;
	double target;
};

/* T(phi) with the restricted MLE under p1 = phi p2 (Koopman 1984; Nam
 * 1995): p2 is the smaller root of N phi p^2 - (phi (n1 + x2) + x1 + n2) p
 * + (x1 + x2) = 0, written as 2C / (P + Q + sqrt(disc)) with P = phi (n1 +
 * x2), Q = x1 + n2 and disc = (P - Q)^2 + 4 phi (n1 - x1)(n2 - x2), a sum of
 * non-negative terms (the textbook B^2 - 4AC cancels badly near phi = 1). */
static double koopman_t(const struct kp_ctx *k, double phi)
{
	double P = phi * (k->n1 + k->x2), Q = k->x1 + k->n2, C = k->x1 + k->x2;
	double disc = (P - Q) * (P - Q) + 4.0 * phi * (k->n1 - k->x1) * (k->n2 - k->x2);
	double q2 = C > 0.0 ? 2.0 * C / (P + Q + sqrt(disc)) : 0.0;
	double q1 = clip(phi * q2, 0.0, 1.0);
	q2 = clip(q2, 0.0, 1.0);
	double var = q1 * (1.0 - q1) / k->n1 + phi * phi * q2 * (1.0 - q2) / k->n2;
	return score_t(k->p1 - phi * k->p2, var);
}

/* target - T(exp(lphi)): increasing in lphi. */
static int koopman_fn(double lphi, void *vctx, double *f)
{
	const struct kp_ctx *k = vctx;
	*f = k->target - koopman_t(k, exp(lphi));
	return CS_OK;
}

int cs_cmp_ratio_koopman(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	struct kp_ctx k = { (double)t->x1, (double)t->n1, (double)t->x2, (double)t->n2, 0, 0, 0 };
	k.p1 = k.x1 / k.n1;
	k.p2 = k.x2 / k.n2;
	double z = cs_prop_z((1.0 - conf) / 2.0);
	/* start the search at the estimate, or at the adjusted-log one when the
	 * estimate is 0 or infinite */
	double start = t->x1 > 0 && t->x2 > 0 ? log(k.p1 / k.p2)
		: log(((k.x1 + 0.5) / (k.n1 + 0.5)) / ((k.x2 + 0.5) / (k.n2 + 0.5)));
	cs_cmp_ratio_estimate(t, out);
	int st = CS_OK;
	double root;
	out->lower = 0.0;
	if (t->x1 > 0) {
		k.target = z;
		st = cs_cmp_solve_increasing(koopman_fn, &k, start, -LOG_RANGE, LOG_RANGE, &root);
		if (st == CS_OK)
			out->lower = exp(root);
	}
	out->upper = INFINITY;
	if (st == CS_OK && t->x2 > 0) {
		k.target = -z;
		st = cs_cmp_solve_increasing(koopman_fn, &k, start, -LOG_RANGE, LOG_RANGE, &root);
		if (st == CS_OK)
			out->upper = exp(root);
	}
	if (st == CS_OK && isinf(out->upper))
		out->notes |= CS_CMP_NOTE_UPPER_INF;
	return st;
}
