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
#include "cli/core/numfmt.h"
#include "cli/core/text.h"

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
