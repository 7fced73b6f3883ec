/* explain_compare.h - the plain-language sentences of casestat compare.
 *
 * One sentence group per output row: what was compared, the estimate and
 * its range in everyday units (percentage points, "times as often", odds),
 * the method by name, and cautions for zero cells, small counts and
 * methods that behave badly there.  Everything is borrowed. */
#ifndef CS_EXPLAIN_COMPARE_H
#define CS_EXPLAIN_COMPARE_H

#include <stdint.h>
#include "cli/frame/explain.h"
#include "analysis/compare.h"

struct cs_cmp_story {
	const char *name1, *name2;   /* "rows with channel = Kaspi", or "group 1 (6/7)" */
	const char *what;            /* "are marked 'complained'", or NULL (calculator) */
	struct cs_2x2 t;
	int64_t missing1, missing2;  /* rows with an empty --success value */
	double conf;
	const struct cs_cmp_method *method;
	const struct cs_cmp_result *r;
};

void cs_explain_compare(struct cs_text *text, const struct cs_cmp_story *s);

#endif
