/* nchyper.h - Fisher's noncentral hypergeometric distribution: the
 * conditional distribution of a 2x2 table given its margins.
 *
 * With m successes and f failures in all and k cases in group 1, the
 * number X of successes in group 1 has
 *     P(X = i) = C(m, i) C(f, k - i) psi^i / sum_j C(m, j) C(f, k - j) psi^j
 * on lo = max(0, k - f) .. hi = min(k, m), where psi is the odds ratio
 * (psi = 1: the central hypergeometric distribution of Fisher's test).
 *
 * Nothing is tabulated: each call walks outward from the mode multiplying
 * ratios of neighbouring terms, so that nothing overflows and memory does
 * not grow with the margins; terms below 1e-300 of the mode are dropped.
 * The cost of a call grows with the standard deviation of X (about 75 of
 * them are visited), not with the margins: margins of 100,000 take a few
 * thousand steps.  Counts are whole numbers carried as doubles (exact up
 * to 2^53); the odds ratio is passed as its logarithm (+-INFINITY allowed:
 * all the mass at hi or at lo).  No allocation, no state. */
#ifndef CS_NCHYPER_H
#define CS_NCHYPER_H

#include <stdint.h>

struct cs_nchyper {
	double m, f, k;    /* successes, failures, size of group 1 */
	double lo, hi;     /* the support */
};

/* Set up the distribution for margins m, f >= 0 and 0 <= k <= m + f.
 * Returns CS_EDOM for negative or inconsistent margins, CS_ERANGE when the
 * distribution is too wide to sum term by term (standard deviation above
 * CS_NCHYPER_MAX_SD, which needs margins in the billions). */
int cs_nchyper_init(struct cs_nchyper *h, int64_t m, int64_t f, int64_t k);
#define CS_NCHYPER_MAX_SD 2.0e5

/* P(X < x), P(X = x) and P(X > x) at odds ratio exp(log_psi); x in the
 * support.  Each is accurate relative to itself (no 1 - tail), down to
 * about 1e-300.  Any pointer may be NULL. */
int cs_nchyper_probs(const struct cs_nchyper *h, double log_psi, double x,
		     double *below, double *at, double *above);

/* E[X] - x at odds ratio exp(log_psi), increasing in log_psi. */
int cs_nchyper_mean_minus(const struct cs_nchyper *h, double log_psi, double x, double *out);

/* Fisher's exact test, two-sided, as R's fisher.test: the sum of P(X = i)
 * at psi = 1 over every i with P(X = i) <= P(X = x) (1 + 1e-7). */
int cs_nchyper_fisher_p(const struct cs_nchyper *h, double x, double *p);

#endif
