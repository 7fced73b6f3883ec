/* mse_fit.c - fitting one log-linear model, its profile-likelihood
 * interval, and model selection over many models. */
#include "mse_impl.h"
#include "status.h"

#include <math.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_gamma.h>

int cs_mse_model_valid(const struct cs_mse_model *m, int t)
{
	if (!m || m->nterms < 1 || m->nterms > CS_MSE_MAX_GEN)
		return 0;
	unsigned full = (1u << t) - 1, seen = 0;
	for (int i = 0; i < m->nterms; i++) {
		unsigned g = m->terms[i];
		if (g == 0 || (g & ~full) || g == full)
			return 0;
		seen |= g;
	}
	return seen == full;
}

int cs_mse_zero_margin(const struct cs_mse_data *d, const struct cs_mse_model *m)
{
	int cells = 1 << d->t;
	for (int i = 0; i < m->nterms; i++) {
		unsigned g = m->terms[i];
		double margin[CS_MSE_MAX_CELLS] = { 0 };
		for (int p = 1; p < cells; p++)
			margin[(unsigned)p & g] += d->y[p];
		/* configuration 0 of the margin also holds the unobserved */
		for (unsigned s = g; s; s = (s - 1) & g)
			if (margin[s] == 0)
				return 1;
	}
	return 0;
}

static void set_nan(struct cs_mse_fit *out)
{
	out->estimate = out->unobserved = out->se = NAN;
	out->deviance = out->aic = out->bic = NAN;
	out->lower = out->upper = out->nmax = NAN;
	out->conf = 0;
}

int cs_mse_fit(const struct cs_mse_data *d, const struct cs_mse_model *m,
	       struct cs_mse_fit *out)
{
	if (!d || !out || d->t < 2 || d->t > CS_MSE_MAX_LISTS || !cs_mse_model_valid(m, d->t))
		return CS_EDOM;
	memset(out, 0, sizeof *out);
	set_nan(out);
	int cells = 1 << d->t;
	out->npar = cs_mse_model_npar(m);
	out->df = cells - 1 - out->npar;
	if (cs_mse_zero_margin(d, m)) {
		out->notes |= CS_MSE_NOTE_ZERO_MARGIN;
		return CS_EUNDEF;
	}
	struct cs_mse_glm g;
	cs_mse_glm_init(&g, d, m, 0, 0);
	int st = cs_mse_glm_fit(&g, 0, &out->notes);
	out->iterations = g.iterations;
	if (st != CS_OK)
		return st;
	double f0 = exp(g.beta[0]);
	double se = sqrt(f0 + f0 * f0 * g.var0);
	if (!isfinite(f0) || !isfinite(se)) {
		out->notes |= CS_MSE_NOTE_BOUNDARY;
		return CS_EUNDEF;
	}
	double ll = 0;   /* Poisson log-likelihood of the observed cells */
	for (int i = 0; i < g.nrow; i++) {
		double y = g.y[i];
		ll += (y > 0 ? y * log(g.mu[i]) : 0) - g.mu[i] - lgamma(y + 1);
	}
	out->unobserved = f0;
	out->estimate = d->n + f0;
	out->se = se;
	out->deviance = g.deviance;
	out->aic = -2 * ll + 2 * out->npar;
	out->bic = -2 * ll + log(d->n) * out->npar;
	return CS_OK;
}

/* ---- profile likelihood -------------------------------------------- */

/* lgamma(x + 1) - x log x + x, without the cancellation of computing it
 * so: 0.5 log(2 pi x) + log gamma*(x) (0 at x = 0). */
double cs_mse_stirling_rest(double x)
{
	if (x <= 0)
		return 0;
	return 0.5 * log(2 * M_PI * x) + log(gsl_sf_gammastar(x));
}

struct profile {
	const struct cs_mse_data *d;
	struct cs_mse_glm g;
	int warm;
	int failed;
	unsigned notes;
};

/* The multinomial profile log-likelihood of N, up to a constant: the
 * Poisson fit of the table completed with N - n unobserved, plus the
 * multinomial coefficient's share, log N!/(N-n)! - N log N + (N-n) log(N-n)
 * (up to terms not in N). */
static double loglik(struct profile *p, double N)
{
	double n0 = N - p->d->n;
	if (n0 < 0)
		n0 = 0;
	p->g.y[0] = n0;
	unsigned notes = 0;
	int st = cs_mse_glm_fit(&p->g, p->warm, &notes);
	if (st != CS_OK) {
		/* a cold start once more before giving up */
		notes = 0;
		st = cs_mse_glm_fit(&p->g, 0, &notes);
	}
	if (st != CS_OK) {
		p->failed = 1;
		p->notes |= notes;
		return NAN;
	}
	p->warm = 1;
	return cs_mse_stirling_rest(N) - cs_mse_stirling_rest(n0) - p->g.deviance / 2;
}

/* The root of ll(N) = target between a (above) and b (below), by the
 * secant kept well inside the bracket, else bisection: the profile is
 * smooth and monotone on each side of its maximum. */
static double root(const struct cs_mse_curve *c, double a, double fa, double b,
		   double fb, double target)
{
	for (int it = 0; it < 200; it++) {
		double w = fabs(b - a);
		double m = a + (b - a) * (fa - target) / (fa - fb);
		if (!(m > fmin(a, b) + 0.05 * w && m < fmax(a, b) - 0.05 * w))
			m = (a + b) / 2;
		double fm = c->ll(c->ctx, m);
		if (*c->failed)
			return NAN;
		if (fm >= target) {
			a = m;
			fa = fm;
		} else {
			b = m;
			fb = fm;
		}
		if (fabs(b - a) <= 1e-9 + 1e-13 * fabs(a))
			break;
	}
	return fa == fb ? a : a + (b - a) * (fa - target) / (fa - fb);
}

int cs_mse_curve_interval(const struct cs_mse_curve *c, double n, double N, double q,
			  double *nmax, double *lower, double *upper, unsigned *notes)
{
	double xm, fm, fn = c->ll(c->ctx, n);
	if (isfinite(c->limit)) {
		/* rising to its limit at infinity: no finite maximum */
		xm = INFINITY;
		fm = c->limit;
	} else {
		/* the maximum: golden section on [n, 1.5 N] (the multinomial
		 * maximum lies below the Poisson estimate), widened while the
		 * top end still rises */
		double lo = n, hi = 1.5 * N + 1;
		double fhi = c->ll(c->ctx, hi);
		for (int k = 0; k < 60 && !*c->failed; k++) {
			double h2 = 2 * hi, f2 = c->ll(c->ctx, h2);
			if (!(f2 > fhi))
				break;
			lo = hi;
			hi = h2;
			fhi = f2;
		}
		const double gr = 0.6180339887498949;
		double x1 = hi - gr * (hi - lo), x2 = lo + gr * (hi - lo);
		double f1 = c->ll(c->ctx, x1), f2 = c->ll(c->ctx, x2);
		while (!*c->failed && hi - lo > 1e-10 * hi + 1e-9) {
			if (f1 >= f2) {
				hi = x2; x2 = x1; f2 = f1;
				x1 = hi - gr * (hi - lo);
				f1 = c->ll(c->ctx, x1);
			} else {
				lo = x1; x1 = x2; f1 = f2;
				x2 = lo + gr * (hi - lo);
				f2 = c->ll(c->ctx, x2);
			}
		}
		xm = f1 >= f2 ? x1 : x2;
		fm = fmax(f1, f2);
		if (fn > fm) {
			xm = n;
			fm = fn;
		}
	}
	if (*c->failed)
		return CS_ENOCONV;
	double target = fm - q;
	*nmax = xm;
	double cap = 1e6 * fmax(n, N);
	/* from the top (or from n when there is none) outward, doubling the
	 * step until the curve is below the target */
	double a = isfinite(xm) ? xm : n, fa = isfinite(xm) ? fm : fn, b = a, fb = fa;
	double step = fmax(N - n, 1);
	if (fn >= target) {
		*lower = n;
		*notes |= CS_MSE_NOTE_LOWER_AT_N;
	} else if (isfinite(xm)) {
		*lower = root(c, xm, fm, n, fn, target);
	} else {
		while (!*c->failed && fb < target && b < cap) {
			a = b;
			fa = fb;
			b = fmin(b + step, cap);
			step *= 2;
			fb = c->ll(c->ctx, b);
		}
		if (fb < target)
			return CS_ENOCONV;
		*lower = root(c, b, fb, a, fa, target);
	}
	if (!isfinite(xm)) {
		*upper = INFINITY;
		*notes |= CS_MSE_NOTE_UPPER_INF;
	} else {
		while (!*c->failed && fb >= target && b < cap) {
			a = b;
			fa = fb;
			b = fmin(b + step, cap);
			step *= 2;
			fb = c->ll(c->ctx, b);
		}
		if (*c->failed)
			return CS_ENOCONV;
		if (fb >= target) {
			*upper = INFINITY;
			*notes |= CS_MSE_NOTE_UPPER_INF;
		} else {
			*upper = root(c, a, fa, b, fb, target);
		}
	}
	if (*c->failed || isnan(*lower) || isnan(*upper))
		return CS_ENOCONV;
	return CS_OK;
}

static double glm_ll(void *ctx, double N)
{
	return loglik(ctx, N);
}

int cs_mse_profile_limits(const struct cs_mse_data *d, const struct cs_mse_model *m,
			  double N, double conf, double *nmax, double *lower,
			  double *upper, unsigned *notes)
{
	struct profile p = { .d = d };
	cs_mse_glm_init(&p.g, d, m, 1, 0);
	struct cs_mse_curve c = { glm_ll, &p, &p.failed, NAN };
	int st = cs_mse_curve_interval(&c, d->n, N, cs_mse_half_chi2(conf), nmax, lower, upper, notes);
	*notes |= p.notes;
	return st;
}

double cs_mse_half_chi2(double conf)
{
	return gsl_cdf_chisq_Qinv(1 - conf, 1) / 2;
}

int cs_mse_profile(const struct cs_mse_data *d, const struct cs_mse_model *m,
		   double conf, struct cs_mse_fit *fit)
{
	if (!d || !fit || !cs_mse_model_valid(m, d->t) || !(conf > 0 && conf < 1) ||
	    !isfinite(fit->estimate))
		return CS_EDOM;
	double nmax, lo, hi;
	unsigned notes = 0;
	int st = cs_mse_profile_limits(d, m, fit->estimate, conf, &nmax, &lo, &hi, &notes);
	fit->notes |= notes;
	if (st != CS_OK)
		return st;
	fit->conf = conf;
	fit->nmax = nmax;
	fit->lower = lo;
	fit->upper = hi;
	return CS_OK;
}

int cs_mse_select(const struct cs_mse_data *d, const struct cs_mse_model *models,
		  size_t count, enum cs_mse_criterion crit, struct cs_mse_fit *fits,
		  size_t *best)
{
	if (!d || !models || !fits || !best || count == 0 ||
	    (crit != CS_MSE_BIC && crit != CS_MSE_AIC))
		return CS_EDOM;
	int found = 0;
	double top = INFINITY;
	for (size_t i = 0; i < count; i++) {
		int st = cs_mse_fit(d, &models[i], &fits[i]);
		if (st == CS_EDOM)
			return CS_EDOM;
		if (st != CS_OK)
			continue;
		double c = crit == CS_MSE_BIC ? fits[i].bic : fits[i].aic;
		if (!found || c < top) {
			top = c;
			*best = i;
			found = 1;
		}
	}
	return found ? CS_OK : CS_EUNDEF;
}
