/* mse.h - multiple systems estimation: how many people no list recorded.
 *
 * t lists (2 to 6) of the same population; each person seen is counted in
 * the cell of their capture pattern, a bitmask with bit i set when list i+1
 * has them (pattern 5 = lists 1 and 3).  Cell 0, the people no list has,
 * is what is estimated.  Formulas are in docs/methods.md, "Multiple systems
 * estimation".
 *
 *  - Two lists: Lincoln-Petersen and Chapman (cs_mse2_methods), with
 *    profile-likelihood, log-normal or Wald intervals (cs_mse_intervals).
 *    Two lists cannot show dependence between the lists.
 *  - Three to six lists: Poisson log-linear models of the 2^t - 1 observed
 *    cells (also usable with t = 2), one at a time (cs_mse_fit) or over the
 *    hierarchical model space (cs_mse_models, cs_mse_select).
 *  - Chao's lower bound (cs_mse_chao).
 *
 * Nothing here prints, exits or keeps state; a result that is not an
 * estimate is never returned as one: the status says CS_EUNDEF or
 * CS_ENOCONV and notes says why. */
#ifndef CS_MSE_H
#define CS_MSE_H

#include <stddef.h>
#include <stdint.h>

#define CS_MSE_MAX_LISTS 6
#define CS_MSE_MAX_CELLS (1 << CS_MSE_MAX_LISTS)   /* patterns 0..63 */
/* The most generators a hierarchical model on 6 lists can have: the
 * largest antichain of subsets of a 6-set, C(6,3). */
#define CS_MSE_MAX_GEN 20
/* Counts above this are refused (CS_EDOM): doubles hold them exactly. */
#define CS_MSE_MAX_COUNT 9007199254740992.0   /* 2^53 */

/* Bits of the notes fields: what an explanation must say. */
enum {
	CS_MSE_NOTE_ZERO_MARGIN = 1u << 0, /* a model term's margin has an empty cell: no fit */
	CS_MSE_NOTE_BOUNDARY    = 1u << 1, /* fitted counts of empty cells went to 0: no finite MLE */
	CS_MSE_NOTE_NOCONV      = 1u << 2, /* the fit did not converge */
	CS_MSE_NOTE_LOWER_AT_N  = 1u << 3, /* profile lower limit is the number observed */
	CS_MSE_NOTE_UPPER_INF   = 1u << 4, /* profile upper limit not reached: +infinity */
	CS_MSE_NOTE_NO_RECAPTURE = 1u << 5,/* two lists with no one on both */
	CS_MSE_NOTE_BIAS_CORRECTED = 1u << 6, /* Chao: f2 = 0, bias-corrected form */
	CS_MSE_NOTE_DEGENERATE  = 1u << 7  /* nothing unobserved estimated: interval [n, n] */
};

/* The data: counts y[pattern] for patterns 1..2^t-1 (y[0] unused, 0). */
struct cs_mse_data {
	int t;                          /* number of lists, 2..6 */
	double y[CS_MSE_MAX_CELLS];     /* whole numbers */
	double n;                       /* people observed: the sum of y */
};

/* Fill d from counts[p] for p = 1..2^t-1 (counts[0] is ignored).
 * CS_EDOM for t outside 2..6, a negative, fractional, non-finite or too
 * large count, or nobody observed. */
int cs_mse_data_init(struct cs_mse_data *d, int t, const double *counts);
/* The same from whole numbers. */
int cs_mse_data_init_i64(struct cs_mse_data *d, int t, const int64_t *counts);
/* A capture pattern written as t characters '0'/'1', list 1 first
 * ("101" = lists 1 and 3 = pattern 5).  CS_EDOM for another length,
 * another character, or "00...0" (nobody is counted as on no list). */
int cs_mse_pattern_parse(const char *s, int t, unsigned *pattern);
/* f[k] = people on exactly k lists, k = 0..t (f[0] = 0). */
void cs_mse_data_fk(const struct cs_mse_data *d, double f[CS_MSE_MAX_LISTS + 1]);

/* ---- Log-linear models --------------------------------------------- */

/* A hierarchical model by its generating class: the highest-order terms,
 * each a bitmask of lists (0x3 = "12"), none inside another.  The model
 * holds every subset of every generator; "1,2,3" is independence. */
struct cs_mse_model {
	int nterms;
	uint8_t terms[CS_MSE_MAX_GEN];
};

/* Parse "12,13" (brackets and spaces allowed: "[12, 13]") for t lists.
 * Lists are digits 1..t; terms are reduced to the generating class and
 * put in the canonical order.  Lists named by no term are added as main
 * effects (every model holds all main effects).  CS_EDOM for a bad
 * character, a digit above t, a repeated digit in a term, an empty term,
 * or a term of all t lists (it would leave no degree of freedom for the
 * unobserved cell). */
int cs_mse_model_parse(const char *s, int t, struct cs_mse_model *m);
/* Write the generating class as "12,13" (canonical order: higher order
 * first, then as the numbers read).  Returns the length it needs, like
 * snprintf; the result is always NUL-terminated when size > 0. */
size_t cs_mse_model_format(const struct cs_mse_model *m, char *buf, size_t size);
/* Every term of the model, lower-order ones included, as a set of
 * patterns: bit S of the result is set when term S is in the model
 * (bit 0, the intercept, always). */
uint64_t cs_mse_model_terms(const struct cs_mse_model *m);
/* Number of parameters: the intercept and every term. */
int cs_mse_model_npar(const struct cs_mse_model *m);

/* The highest interaction order of the model space searched by default:
 * t - 1 for t <= 5, 2 for t = 6 (the 2^15 models with two-way terms
 * only; higher orders would be millions of models). */
int cs_mse_default_maxorder(int t);
/* Every hierarchical model with all t main effects and interactions of
 * order 2..maxorder (maxorder 0: the default above), in a new array the
 * caller frees with free().  t = 3: 8 models, t = 4: 113, t = 5: 6893,
 * t = 6 with maxorder 2: 32768.  CS_EDOM for t outside 2..6, maxorder
 * outside 1..t-1, or t = 6 with maxorder > 2; CS_ENOMEM. */
int cs_mse_models(int t, int maxorder, struct cs_mse_model **models, size_t *count);

/* The fit of one model. */
struct cs_mse_fit {
	double estimate;     /* N = n + unobserved */
	double unobserved;   /* exp(intercept): fitted count of pattern 0 */
	double se;           /* sqrt(exp(b0) + exp(2 b0) var(b0)) */
	double deviance;     /* 2 sum y log(y / mu) over observed cells */
	int df;              /* 2^t - 1 - npar */
	int npar;            /* intercept and terms */
	double aic;          /* -2 loglik + 2 npar (Poisson log-likelihood) */
	double bic;          /* -2 loglik + log(n) npar, n = people observed */
	double conf;         /* level of the profile interval, 0 if none */
	double lower, upper; /* profile-likelihood interval for N (NAN if none) */
	double nmax;         /* N maximising the multinomial profile likelihood */
	unsigned notes;      /* CS_MSE_NOTE_* */
	int iterations;      /* Newton steps of the Poisson fit */
};

/* Fit model m to d by Poisson maximum likelihood (Newton's method).
 * CS_OK, or CS_EUNDEF with CS_MSE_NOTE_ZERO_MARGIN or _BOUNDARY in
 * out->notes (no estimate exists), or CS_ENOCONV.  On failure the numbers
 * in out are NAN.  CS_EDOM for a model that does not fit the lists. */
int cs_mse_fit(const struct cs_mse_data *d, const struct cs_mse_model *m,
	       struct cs_mse_fit *out);

/* Add the profile-likelihood interval at level conf (0 < conf < 1) to a
 * successful fit: the N whose multinomial profile log-likelihood is
 * within chi2(conf; 1)/2 of its maximum.  A lower limit that would be
 * below n is n (CS_MSE_NOTE_LOWER_AT_N); an upper limit beyond 10^6
 * max(n, estimate) is +INFINITY (CS_MSE_NOTE_UPPER_INF). */
int cs_mse_profile(const struct cs_mse_data *d, const struct cs_mse_model *m,
		   double conf, struct cs_mse_fit *fit);

enum cs_mse_criterion { CS_MSE_BIC = 0, CS_MSE_AIC };

/* Fit every model (fits[i] for models[i], count of each) and return in
 * *best the index of the smallest criterion among those that fitted
 * (the first on a tie).  Per-model failures stay in fits[i] (status in
 * fits[i].notes, estimate NAN); CS_EUNDEF when no model fits. */
int cs_mse_select(const struct cs_mse_data *d, const struct cs_mse_model *models,
		  size_t count, enum cs_mse_criterion crit, struct cs_mse_fit *fits,
		  size_t *best);

/* ---- Two lists ----------------------------------------------------- */

/* n1, n2: people on list 1, list 2; m: on both.  Writes N and its se. */
typedef int (*cs_mse2_fn)(double n1, double n2, double m, double *N, double *se);

struct cs_mse2_method {
	const char *name;          /* canonical name */
	const char *aliases[4];    /* NULL-terminated */
	cs_mse2_fn estimate;
	const char *title;
	const char *reference;
};
extern const struct cs_mse2_method cs_mse2_methods[];
extern const size_t cs_mse2_nmethods;
const struct cs_mse2_method *cs_mse2_method_find(const char *name);
const struct cs_mse2_method *cs_mse2_method_default(void);   /* chapman */

/* Interval for N around an estimate with standard error se.  The profile
 * interval does not depend on the estimator: it is that of the
 * independence model of the two lists. */
typedef int (*cs_mse_ci_fn)(const struct cs_mse_data *d, double N, double se,
			    double conf, double *lower, double *upper, unsigned *notes);

struct cs_mse_interval {
	const char *name;
	const char *aliases[4];
	cs_mse_ci_fn limits;
	const char *title;
	const char *reference;
};
extern const struct cs_mse_interval cs_mse_intervals[];
extern const size_t cs_mse_nintervals;
const struct cs_mse_interval *cs_mse_interval_find(const char *name);
const struct cs_mse_interval *cs_mse_interval_default(void);  /* profile */

struct cs_mse_estimate {
	double estimate, se;
	double lower, upper;
	unsigned notes;
};

/* Two-list estimate with method m and interval ci at level conf.
 * d->t must be 2.  CS_EUNDEF when the estimator is undefined (Lincoln-
 * Petersen with no recapture); CS_EDOM for bad arguments. */
int cs_mse2_estimate(const struct cs_mse_data *d, const struct cs_mse2_method *m,
		     const struct cs_mse_interval *ci, double conf,
		     struct cs_mse_estimate *out);

/* ---- Strata --------------------------------------------------------- */

/* The sum of k independent estimates of strata: N = n + sum f0[i] (n the
 * people observed in all strata, f0[i] a stratum's estimated unobserved,
 * N_i - n_i), se = sqrt(sum se[i]^2), and the log-normal interval
 * n + f0/C, n + f0 C, C = exp(z sqrt(log(1 + se^2 / f0^2))) with
 * f0 = sum f0[i] (a profile interval cannot be added up); with wald,
 * N -/+ z se, the lower limit at least n.  CS_EDOM for k = 0, a negative
 * or non-finite value, or conf outside (0, 1). */
int cs_mse_sum(double n, const double *f0, const double *se, size_t k, int wald, double conf,
	       struct cs_mse_estimate *out);

/* ---- Chao's lower bound -------------------------------------------- */

/* N = n + ((t-1)/t) f1^2 / (2 f2), or n + ((t-1)/t) f1 (f1-1) / 2 when
 * f2 = 0 (CS_MSE_NOTE_BIAS_CORRECTED), with Chao's (1987) variance and
 * log-normal interval at level conf.  Any t from 2 to 6. */
int cs_mse_chao(const struct cs_mse_data *d, double conf, struct cs_mse_estimate *out);

#endif
