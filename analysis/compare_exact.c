/* compare_exact.c - the conditional methods for a 2x2 table: the exact
 * (Fisher/Cornfield) and mid-p intervals for the odds ratio with the
 * conditional maximum likelihood estimate, and Fisher's exact test.
 *
 * Given the margins, x1 follows Fisher's noncentral hypergeometric
 * distribution with the odds ratio psi as parameter (nchyper.h).  As R's
 * fisher.test (R 4.2, src/library/stats/R/fisher.test.R):
 *   estimate  E[X; psi] = x1, 0 at the lower end of the support and
 *             infinite at the upper end;
 *   lower     P(X >= x1; psi) = alpha/2, 0 at the lower end;
 *   upper     P(X <= x1; psi) = alpha/2, infinite at the upper end;
 * and the mid-p limits (Lancaster 1961; epitools oddsratio.midp, exact2x2
 * with midp = TRUE) count half of P(X = x1) instead of all of it:
 *   lower     P(X > x1) + P(X = x1)/2 = alpha/2,
 *   upper     P(X < x1) + P(X = x1)/2 = alpha/2.
 * R solves these with uniroot's default tolerance (about 1e-4 on psi or
 * 1/psi); here the search runs on log(psi) to full double precision.
 * With no successes or no failures at all (a zero margin) only one table
 * is possible and the odds ratio is undefined. */
#include "compare_impl.h"
#include "nchyper.h"
#include "status.h"

#include <math.h>

/* log(psi) is searched in [-LOG_RANGE, LOG_RANGE]. */
#define LOG_RANGE 740.0

enum kind { LOWER, UPPER, MIDP_LOWER, MIDP_UPPER, MLE };

struct ex_ctx {
	struct cs_nchyper h;
	double x, tail;
	enum kind kind;
};

/* Every function is increasing in log(psi). */
static int ex_fn(double lpsi, void *vctx, double *f)
{
	const struct ex_ctx *c = vctx;
	if (c->kind == MLE)
		return cs_nchyper_mean_minus(&c->h, lpsi, c->x, f);
	double below, at, above;
	int st = cs_nchyper_probs(&c->h, lpsi, c->x, &below, &at, &above);
	if (st != CS_OK)
		return st;
	switch (c->kind) {
	case LOWER: *f = (at + above) - c->tail; break;
	case UPPER: *f = c->tail - (below + at); break;
	case MIDP_LOWER: *f = (above + 0.5 * at) - c->tail; break;
	case MIDP_UPPER: *f = c->tail - (below + 0.5 * at); break;
	case MLE: break;
	}
	return CS_OK;
}

/* Set up the conditional distribution of x1; CS_EUNDEF at a zero margin. */
static int setup(const struct cs_2x2 *t, double conf, struct ex_ctx *c, struct cs_cmp_result *out)
{
	int64_t s = t->x1 + t->x2, f = (t->n1 - t->x1) + (t->n2 - t->x2);
	if (s == 0 || f == 0) {
		out->notes |= CS_CMP_NOTE_ZERO_MARGIN | CS_CMP_NOTE_EST_UNDEF;
		return CS_EUNDEF;
	}
	int st = cs_nchyper_init(&c->h, s, f, t->n1);
	c->x = (double)t->x1;
	c->tail = (1.0 - conf) / 2.0;
	return st;
}

static int solve(struct ex_ctx *c, enum kind kind, double start, double *psi)
{
	double root;
	c->kind = kind;
	int st = cs_cmp_solve_increasing(ex_fn, c, start, -LOG_RANGE, LOG_RANGE, &root);
	if (st == CS_OK)
		*psi = exp(root);
	return st;
}

/* The conditional MLE (estimate of both methods), then the limits. */
static int conditional(const struct cs_2x2 *t, double conf, int midp, struct cs_cmp_result *out)
{
	struct ex_ctx c;
	int st = setup(t, conf, &c, out);
	if (st != CS_OK)
		return st;
	int half;
	double start = log(cs_cmp_woolf_estimate(t, &half));
	int at_lo = c.x == c.h.lo, at_hi = c.x == c.h.hi;

	if (at_lo) {
		out->estimate = 0.0;
	} else if (at_hi) {
		out->estimate = INFINITY;
		out->notes |= CS_CMP_NOTE_EST_INF;
	} else {
		st = solve(&c, MLE, start, &out->estimate);
	}
	out->lower = 0.0;
	if (st == CS_OK && !at_lo)
		st = solve(&c, midp ? MIDP_LOWER : LOWER, start, &out->lower);
	out->upper = INFINITY;
	if (st == CS_OK && !at_hi)
		st = solve(&c, midp ? MIDP_UPPER : UPPER, start, &out->upper);
	if (st == CS_OK && isinf(out->upper))
		out->notes |= CS_CMP_NOTE_UPPER_INF;
	return st;
}

int cs_cmp_or_exact(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	return conditional(t, conf, 0, out);
}

int cs_cmp_or_mid_p(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	return conditional(t, conf, 1, out);
}

/* Two-sided, R's convention; p = 1 when a zero margin leaves one table. */
int cs_cmp_test_fisher(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out)
{
	struct ex_ctx c;
	int st = setup(t, conf, &c, out);
	if (st == CS_EUNDEF) {
		out->notes &= ~(unsigned)CS_CMP_NOTE_EST_UNDEF;
		out->estimate = 1.0;
		return CS_OK;
	}
	if (st != CS_OK)
		return st;
	return cs_nchyper_fisher_p(&c.h, c.x, &out->estimate);
}
