/* mse_glm.c - the Poisson log-linear fit behind every multi-list model:
 * Newton's method (for the canonical log link, the same as iteratively
 * reweighted least squares), with step halving. */
#include "mse_impl.h"
#include "status.h"

#include <math.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>

#define MAX_ITER 100
/* A fitted count this small in an empty cell means the iterates are
 * running off to infinity (no finite maximum). */
#define TINY_MU 1e-8

void cs_mse_glm_init(struct cs_mse_glm *g, const struct cs_mse_data *d,
		     const struct cs_mse_model *m, int with_zero, double y0)
{
	int cells = 1 << d->t;
	g->nrow = 0;
	if (with_zero) {
		g->pat[0] = 0;
		g->y[0] = y0;
		g->nrow = 1;
	}
	for (int p = 1; p < cells; p++) {
		g->pat[g->nrow] = (unsigned)p;
		g->y[g->nrow] = d->y[p];
		g->nrow++;
	}
	uint64_t set = cs_mse_model_terms(m);
	g->npar = 0;
	for (unsigned s = 0; s < CS_MSE_MAX_CELLS; s++)
		if (set >> s & 1)
			g->col[g->npar++] = s;
	g->deviance = NAN;
	g->var0 = NAN;
	g->iterations = 0;
}

static double deviance(const struct cs_mse_glm *g, const double *mu)
{
	double dev = 0;
	for (int i = 0; i < g->nrow; i++) {
		double y = g->y[i];
		dev += (y > 0 ? y * log(y / mu[i]) : 0) - (y - mu[i]);
	}
	return 2 * dev;
}

static void linear(const struct cs_mse_glm *g, const double *beta, double *mu)
{
	for (int i = 0; i < g->nrow; i++) {
		double eta = 0;
		for (int j = 0; j < g->npar; j++)
			if ((g->pat[i] & g->col[j]) == g->col[j])
				eta += beta[j];
		mu[i] = exp(eta);
	}
}

/* Solve (X'WX) beta = X'W z with W = mu, z = log(mu) + (y - mu)/mu; also
 * leaves the Cholesky factor in h for the variance. */
static int wls(const struct cs_mse_glm *g, const double *mu, double *h, double *beta)
{
	int k = g->npar;
	double rhs[CS_MSE_MAX_CELLS];
	memset(h, 0, sizeof(double) * (size_t)(k * k));
	memset(rhs, 0, sizeof rhs);
	for (int i = 0; i < g->nrow; i++) {
		int on[CS_MSE_MAX_CELLS], non = 0;
		for (int j = 0; j < k; j++)
			if ((g->pat[i] & g->col[j]) == g->col[j])
				on[non++] = j;
		double w = mu[i], wz = mu[i] * log(mu[i]) + (g->y[i] - mu[i]);
		for (int a = 0; a < non; a++) {
			rhs[on[a]] += wz;
			for (int b = 0; b <= a; b++)
				h[on[a] * k + on[b]] += w;
		}
	}
	for (int a = 0; a < k; a++)
		for (int b = 0; b < a; b++)
			h[b * k + a] = h[a * k + b];
	gsl_matrix_view H = gsl_matrix_view_array(h, (size_t)k, (size_t)k);
	gsl_vector_view R = gsl_vector_view_array(rhs, (size_t)k);
	gsl_vector_view B = gsl_vector_view_array(beta, (size_t)k);
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	int st = gsl_linalg_cholesky_decomp1(&H.matrix);
	if (st == GSL_SUCCESS)
		st = gsl_linalg_cholesky_solve(&H.matrix, &R.vector, &B.vector);
	gsl_set_error_handler(old);
	return st == GSL_SUCCESS ? CS_OK : CS_ENOCONV;
}

/* Is some empty cell's fitted count vanishing? */
static int vanishing(const struct cs_mse_glm *g, const double *mu)
{
	for (int i = 0; i < g->nrow; i++)
		if (g->y[i] == 0 && mu[i] < TINY_MU)
			return 1;
	return 0;
}

int cs_mse_glm_fit(struct cs_mse_glm *g, int warm, unsigned *notes)
{
	int k = g->npar;
	double h[CS_MSE_MAX_CELLS * CS_MSE_MAX_CELLS];
	double beta[CS_MSE_MAX_CELLS], mu[CS_MSE_MAX_CELLS];
	double dev;
	if (warm) {
		memcpy(beta, g->beta, sizeof(double) * (size_t)k);
		linear(g, beta, mu);
	} else {
		for (int i = 0; i < g->nrow; i++)
			mu[i] = g->y[i] + 0.1;
	}
	dev = deviance(g, mu);
	int status = CS_ENOCONV;
	int it;
	for (it = 1; it <= MAX_ITER; it++) {
		double next[CS_MSE_MAX_CELLS], mnext[CS_MSE_MAX_CELLS];
		if (wls(g, mu, h, next) != CS_OK)
			break;
		linear(g, next, mnext);
		double dnext = deviance(g, mnext);
		/* halve the step while the deviance rises (not on the first
		 * step from log(y + 0.1), which is no fit of the model) */
		for (int half = 0; (warm || it > 1) && half < 40 &&
			     !(isfinite(dnext) && dnext <= dev * (1 + 1e-12) + 1e-12); half++) {
			for (int j = 0; j < k; j++)
				next[j] = (next[j] + beta[j]) / 2;
			linear(g, next, mnext);
			dnext = deviance(g, mnext);
		}
		if (!isfinite(dnext))
			break;
		double step = 0;
		for (int j = 0; j < k; j++) {
			double d = fabs(next[j] - ((warm || it > 1) ? beta[j] : 0)) / (1 + fabs(next[j]));
			if (d > step)
				step = d;
		}
		int dev_done = fabs(dnext - dev) <= 1e-12 * (fabs(dnext) + 0.1);
		memcpy(beta, next, sizeof beta);
		memcpy(mu, mnext, sizeof mu);
		dev = dnext;
		if ((warm || it > 1) && step < 1e-10 && dev_done) {
			status = CS_OK;
			break;
		}
		/* the deviance has settled but the coefficients still move: they
		 * are heading for infinity along an empty cell */
		if (dev_done && step > 1e-6 && vanishing(g, mu))
			break;
	}
	g->iterations = it > MAX_ITER ? MAX_ITER : it;
	if (status == CS_OK) {
		/* the variance of beta[0] from the information at the optimum */
		double e0[CS_MSE_MAX_CELLS] = { 1 };
		if (wls(g, mu, h, beta + 0) != CS_OK) {
			status = CS_ENOCONV;
		} else {
			/* wls overwrote beta with one more (converged) step; keep it */
			linear(g, beta, mu);
			dev = deviance(g, mu);
			gsl_matrix_view H = gsl_matrix_view_array(h, (size_t)k, (size_t)k);
			gsl_vector_view E = gsl_vector_view_array(e0, (size_t)k);
			gsl_error_handler_t *old = gsl_set_error_handler_off();
			int st = gsl_linalg_cholesky_svx(&H.matrix, &E.vector);
			gsl_set_error_handler(old);
			if (st != GSL_SUCCESS)
				status = CS_ENOCONV;
			g->var0 = e0[0];
		}
	}
	if (status != CS_OK) {
		if (vanishing(g, mu)) {
			*notes |= CS_MSE_NOTE_BOUNDARY;
			status = CS_EUNDEF;
		} else {
			*notes |= CS_MSE_NOTE_NOCONV;
		}
		g->deviance = NAN;
		return status;
	}
	memcpy(g->beta, beta, sizeof(double) * (size_t)k);
	memcpy(g->mu, mu, sizeof(double) * (size_t)g->nrow);
	g->deviance = dev;
	return CS_OK;
}
