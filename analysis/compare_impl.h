/* compare_impl.h - the functions behind the method table of compare.h
 * (internal to analysis/compare*.c).  Each has the cs_cmp_fn contract. */
#ifndef CS_COMPARE_IMPL_H
#define CS_COMPARE_IMPL_H

#include "compare.h"
#include "dist.h"

/* compare.c: closed forms */
int cs_cmp_diff_wald(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_diff_newcombe(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_diff_newcombe_cc(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_diff_agresti_caffo(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_ratio_katz(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_ratio_adjusted_log(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_or_woolf(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_test_chisq(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_test_chisq_yates(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);

/* compare_score.c: score intervals by root finding */
int cs_cmp_diff_mn(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_ratio_koopman(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);

/* compare_exact.c: conditional (noncentral hypergeometric) methods */
int cs_cmp_or_exact(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_or_mid_p(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);
int cs_cmp_test_fisher(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);

/* The root t of an increasing f in [tmin, tmax], searched outward from
 * t0 (tmin <= t0 <= tmax) in steps that double, then by Brent's method.
 * CS_ENOCONV if f has no sign change in [tmin, tmax]. */
int cs_cmp_solve_increasing(cs_root_fn f, void *ctx, double t0, double tmin, double tmax,
			    double *root);

/* out->estimate = p1 / p2: NAN (and a note) at 0/0, infinite at x/0. */
void cs_cmp_ratio_estimate(const struct cs_2x2 *t, struct cs_cmp_result *out);

/* The sample odds ratio with 1/2 added to every cell when a cell is 0. */
double cs_cmp_woolf_estimate(const struct cs_2x2 *t, int *half_added);

#endif
