/* multinom.h - shares of k categories that partition n cases, with
 * confidence intervals (docs/methods.md, "Categories").
 *
 * Two methods, in one read-only table that drives option parsing, --help
 * and --method all:
 *   goodman  simultaneous intervals (Goodman 1965): all k hold together
 *            with probability about conf;
 *   wilson   a Wilson score interval for each category on its own
 *            (cs_prop_ci), which does not hold jointly.
 * Counts are whole numbers (int64_t) supplied by the caller in an array of
 * k; results go to a caller-owned array of k struct cs_interval, shares and
 * limits in [0, 1].  Nothing is allocated. */
#ifndef CS_MULTINOM_H
#define CS_MULTINOM_H

#include <stddef.h>
#include <stdint.h>
#include "proportion.h"

/* Intervals for the shares x[i] / n, n = sum of x; k >= 1, n >= 1, 0 < conf < 1. */
typedef int (*cs_multinom_fn)(const int64_t *x, size_t k, int64_t n, double conf,
			      struct cs_interval *out);

struct cs_multinom_method {
	const char *name;          /* canonical name, printed in output */
	const char *aliases[4];    /* other accepted names, NULL-terminated */
	cs_multinom_fn limits;
	int simultaneous;          /* do the k intervals hold jointly? */
	const char *title;         /* human name */
	const char *reference;     /* where the method is defined */
};

extern const struct cs_multinom_method cs_multinom_methods[];
extern const size_t cs_multinom_nmethods;

/* Look a method up by name or alias (exact, case-sensitive); NULL if none. */
const struct cs_multinom_method *cs_multinom_method_find(const char *name);
/* The default method (goodman). */
const struct cs_multinom_method *cs_multinom_method_default(void);

/* Intervals for the k shares x[i] / sum(x) with method m.  CS_EDOM for
 * k = 0, a negative count, a total of 0 or above CS_PROP_MAX_N, or conf
 * out of (0, 1). */
int cs_multinom_ci(const struct cs_multinom_method *m, const int64_t *x, size_t k,
		   double conf, struct cs_interval *out);

/* Goodman's constant A = chi2(1 - alpha/k; 1), the upper alpha/k point of
 * the chi-square distribution with 1 degree of freedom, alpha = 1 - conf.
 * Computed as z^2 with z = Phi^-1(1 - alpha/(2k)) (a chi-square variable
 * with 1 df is the square of a standard normal one), which keeps full
 * precision when alpha/k is small. */
double cs_multinom_goodman_a(size_t k, double conf);

#endif
