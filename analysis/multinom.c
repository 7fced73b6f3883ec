/* multinom.c - the category-share methods and their table (see multinom.h). */
#include "multinom.h"
#include "methods.h"
#include "status.h"

#include <stddef.h>
#include <math.h>

static int goodman(const int64_t *x, size_t k, int64_t n, double conf, struct cs_interval *out);
static int wilson_each(const int64_t *x, size_t k, int64_t n, double conf, struct cs_interval *out);

const struct cs_multinom_method cs_multinom_methods[] = {
	{ "goodman", { NULL }, goodman, 1,
	  "Goodman simultaneous", "Goodman (1965)" },
	{ "wilson", { "score", NULL }, wilson_each, 0,
	  "Wilson score, each category alone", "Wilson (1927)" },
};
const size_t cs_multinom_nmethods = sizeof cs_multinom_methods / sizeof cs_multinom_methods[0];

const struct cs_multinom_method *cs_multinom_method_find(const char *name)
{
	return cs_method_find(cs_multinom_methods, cs_multinom_nmethods, sizeof *cs_multinom_methods, offsetof(struct cs_multinom_method, aliases), name);
}

const struct cs_multinom_method *cs_multinom_method_default(void)
{
	return &cs_multinom_methods[0];
}

double cs_multinom_goodman_a(size_t k, double conf)
{
	double z = cs_prop_z((1.0 - conf) / (2.0 * (double)k));
	return z * z;
}

/* Goodman (1965): the p with (x - n p)^2 <= A n p (1 - p), i.e. the roots of
 * (n + A) p^2 - (2x + A) p + x^2/n = 0:
 *   [A + 2x -/+ sqrt(A (A + 4 x (n - x) / n))] / (2 (n + A)).
 * The larger root has no cancellation; the smaller comes from the product
 * of the roots, x^2 / (n (n + A)), and for x > n/2 the mirror image n - x
 * is computed, so that small limits keep their relative precision. */
static int goodman(const int64_t *x, size_t k, int64_t n, double conf, struct cs_interval *out)
{
	double A = cs_multinom_goodman_a(k, conf), N = (double)n;
	for (size_t i = 0; i < k; i++) {
		double xi = (double)x[i];
		int mirror = xi > N - xi;
		double c = mirror ? N - xi : xi;
		double D = sqrt(A * (A + 4.0 * c * (N - c) / N));
		double u = (A + 2.0 * c + D) / (2.0 * (N + A));
		double l = c == 0.0 ? 0.0 : (c * c / N) / ((N + A) * u);
		if (u > 1.0) u = 1.0;
		out[i].estimate = xi / N;
		out[i].lower = mirror ? 1.0 - u : l;
		out[i].upper = mirror ? 1.0 - l : u;
		out[i].notes = 0;
	}
	return CS_OK;
}

static int wilson_each(const int64_t *x, size_t k, int64_t n, double conf, struct cs_interval *out)
{
	const struct cs_prop_method *w = cs_prop_method_find("wilson");
	for (size_t i = 0; i < k; i++) {
		int st = cs_prop_ci(w, x[i], n, conf, CS_SIDES_TWO, &out[i]);
		if (st != CS_OK)
			return st;
	}
	return CS_OK;
}

int cs_multinom_ci(const struct cs_multinom_method *m, const int64_t *x, size_t k,
		   double conf, struct cs_interval *out)
{
	if (!m || k == 0 || !(conf > 0.0 && conf < 1.0))
		return CS_EDOM;
	int64_t n = 0;
	for (size_t i = 0; i < k; i++) {
		if (x[i] < 0 || x[i] > CS_PROP_MAX_N - n)
			return CS_EDOM;
		n += x[i];
	}
	if (n < 1)
		return CS_EDOM;
	return m->limits(x, k, n, conf, out);
}
