/* explain.h - plain-language sentences and the number formats they use.
 *
 * Sentences are short, name the method, and warn where the data are thin;
 * they aim at a reader with no statistics (about a grade-9 reading level).
 * Numbers in sentences use thousands separators (7,000) and percentages
 * with just enough decimals to tell the limits of an interval apart. */
#ifndef CS_EXPLAIN_H
#define CS_EXPLAIN_H

#include <stddef.h>
#include <stdint.h>
#include "analysis/proportion.h"

/* A growing sentence buffer (fixed size; text that does not fit is cut). */
struct cs_text {
	char s[2048];
	size_t n;
};
void cs_text_add(struct cs_text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* 7000 -> "7,000". */
void cs_fmt_count(char *buf, size_t size, int64_t v);
/* A proportion as a percentage with `decimals` decimals, adding decimals
 * (up to 6) rather than printing 0% or 100% for a value strictly inside. */
void cs_fmt_pct(char *buf, size_t size, double p, int decimals);
/* Decimals that show an interval [lo, hi] with about two significant digits
 * of its width: 0 for 49%-97%, 1 for 10.7%-12.2%. */
int cs_pct_decimals(double lo, double hi);
/* A confidence level as words: 0.95 -> "95%". */
void cs_fmt_conf(char *buf, size_t size, double conf);

/* What one proportion row says. */
struct cs_prop_story {
	const char *group;     /* label to start with, or NULL */
	const char *what;      /* "are marked 'complained'", or NULL */
	int64_t x, n, missing;
	double conf;
	enum cs_sides sides;
	const struct cs_prop_method *method;
	const struct cs_interval *ci;   /* NULL when n = 0 */
};
void cs_explain_prop(struct cs_text *t, const struct cs_prop_story *s);

#endif
