/* mse_impl.h - internals shared by the mse*.c files. */
#ifndef CS_MSE_IMPL_H
#define CS_MSE_IMPL_H

#include "mse.h"

/* A Poisson log-linear fit: rows are capture patterns, columns the terms
 * of the model; x(row, col) = 1 when the pattern holds every list of the
 * term.  Row pattern 0 (the unobserved cell) is used by the profile
 * likelihood, where its count is N - n. */
struct cs_mse_glm {
	int nrow, npar;
	unsigned pat[CS_MSE_MAX_CELLS];   /* pattern of each row */
	double y[CS_MSE_MAX_CELLS];
	unsigned col[CS_MSE_MAX_CELLS];   /* term of each column; col[0] = 0 */
	double beta[CS_MSE_MAX_CELLS];
	double mu[CS_MSE_MAX_CELLS];
	double deviance;
	double var0;                      /* variance of beta[0] */
	int iterations;
};

/* Set up rows 1..2^t-1 of d (and row 0 with count y0 when with_zero) and
 * the columns of model m. */
void cs_mse_glm_init(struct cs_mse_glm *g, const struct cs_mse_data *d,
		     const struct cs_mse_model *m, int with_zero, double y0);
/* Maximise the Poisson likelihood.  warm: start from g->beta (else from
 * log(y + 0.1)).  CS_OK, CS_EUNDEF with CS_MSE_NOTE_BOUNDARY, or
 * CS_ENOCONV with CS_MSE_NOTE_NOCONV (added to *notes). */
int cs_mse_glm_fit(struct cs_mse_glm *g, int warm, unsigned *notes);

/* Does some generator's margin have an empty cell other than the one
 * holding the unobserved people?  Then no finite estimate exists. */
int cs_mse_zero_margin(const struct cs_mse_data *d, const struct cs_mse_model *m);

/* Does model m use only lists 1..t, with every main effect? */
int cs_mse_model_valid(const struct cs_mse_model *m, int t);

/* The profile interval of m for the data, at level conf, given the
 * Poisson estimate N (for bracketing). */
int cs_mse_profile_limits(const struct cs_mse_data *d, const struct cs_mse_model *m,
			  double N, double conf, double *nmax, double *lower,
			  double *upper, unsigned *notes);

/* A profile log-likelihood curve in N: ll(ctx, N); *failed set when an
 * evaluation fails; limit: finite when the curve rises to it as N grows
 * without a finite maximum (two lists with no recapture), else NAN. */
struct cs_mse_curve {
	double (*ll)(void *ctx, double N);
	void *ctx;
	int *failed;
	double limit;
};

/* The likelihood interval {N >= n : ll(N) >= max - q} of a curve that
 * rises to one maximum and falls after it; N (an estimate) sets the
 * scale of the search.  Limits below n are n (CS_MSE_NOTE_LOWER_AT_N);
 * beyond 10^6 max(n, N), +INFINITY (CS_MSE_NOTE_UPPER_INF). */
int cs_mse_curve_interval(const struct cs_mse_curve *c, double n, double N, double q,
			  double *nmax, double *lower, double *upper, unsigned *notes);

/* chi2(conf; 1) / 2: the drop in log-likelihood at the limits. */
double cs_mse_half_chi2(double conf);

/* lgamma(x + 1) - x log x + x, accurate for large x (0 at x = 0). */
double cs_mse_stirling_rest(double x);

#endif
