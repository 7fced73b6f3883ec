/* proportion.h - confidence intervals for one binomial proportion x/n.
 *
 * Eleven methods, defined in docs/methods.md, live
 * in one read-only table that drives option parsing, --help, --method all
 * and the documentation.  Counts are whole numbers carried as int64_t;
 * proportions and limits are doubles in [0, 1]. */
#ifndef CS_PROPORTION_H
#define CS_PROPORTION_H

#include <stddef.h>
#include <stdint.h>

/* Counts above this are refused (CS_EDOM): doubles hold them exactly. */
#define CS_PROP_MAX_N INT64_C(9007199254740992)   /* 2^53 */

enum cs_sides {
	CS_SIDES_TWO = 0,   /* [lower, upper], alpha/2 in each tail */
	CS_SIDES_LOWER,     /* [lower, 1], all of alpha below */
	CS_SIDES_UPPER      /* [0, upper], all of alpha above */
};

/* Bits of cs_interval.notes: things an explanation must mention. */
enum {
	CS_NOTE_EXACT_FALLBACK = 1u << 0  /* logit undefined at x = 0 or n: Clopper-Pearson limits */
};

struct cs_interval {
	double estimate;   /* x / n, whatever the method */
	double lower;
	double upper;
	unsigned notes;    /* CS_NOTE_* */
};

/* Two-sided limits with probability `tail` (= alpha/2) outside each side.
 * x and n are whole numbers with 0 <= x <= n, n >= 1; 0 < tail < 0.5.
 * Limits are clipped to [0, 1]. */
typedef int (*cs_prop_limits_fn)(double x, double n, double tail,
				 double *lower, double *upper, unsigned *notes);

struct cs_prop_method {
	const char *name;          /* canonical name, printed in output */
	const char *aliases[4];    /* other accepted names, NULL-terminated */
	cs_prop_limits_fn limits;
	const char *title;         /* human name: "Wilson score" */
	const char *reference;     /* where the method is defined */
};

/* The table, in the order of --method all. */
extern const struct cs_prop_method cs_prop_methods[];
extern const size_t cs_prop_nmethods;

/* Look a method up by name or alias (exact, case-sensitive); NULL if none. */
const struct cs_prop_method *cs_prop_method_find(const char *name);
/* The default method (wilson). */
const struct cs_prop_method *cs_prop_method_default(void);

/* Interval for x/n at confidence conf with method m.
 * Two-sided: 0 < conf < 1.  One-sided (CS_SIDES_LOWER / _UPPER): the limit
 * is that of the two-sided interval at level 2 conf - 1, so 0.5 < conf < 1;
 * the other limit is 0 or 1.  Returns CS_EDOM for x < 0, x > n, n < 1,
 * n > CS_PROP_MAX_N or conf out of range. */
int cs_prop_ci(const struct cs_prop_method *m, int64_t x, int64_t n,
	       double conf, enum cs_sides sides, struct cs_interval *out);

/* The standard normal quantile z with P(Z > z) = tail. */
double cs_prop_z(double tail);

#endif
