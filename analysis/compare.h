/* compare.h - two proportions, group 1 against group 2: the difference
 * p1 - p2, the ratio p1 / p2, the odds ratio, and three tests.
 *
 * Every method - interval or test - is one row of one read-only table
 * (cs_cmp_methods) that drives option parsing, --help, --method all and
 * the documentation.  The definitions are in docs/methods.md.  Counts are whole numbers carried as int64_t (at most
 * CS_PROP_MAX_N); results are doubles.  Nothing here allocates memory that
 * outlives a call.
 *
 * A result has the shape of an output row: for an interval, the estimate
 * and its limits; for a test, the p-value in `estimate`, the test statistic
 * in `lower` (NAN for Fisher's test, which has none) and NAN in `upper`.
 * Something that does not exist for these counts is NAN, never an invented
 * number, and a bit in `notes` says why; an upper limit that the data
 * cannot bound is +INFINITY. */
#ifndef CS_COMPARE_H
#define CS_COMPARE_H

#include <stddef.h>
#include <stdint.h>

/* The 2x2 table: x1 of n1 in group 1, x2 of n2 in group 2. */
struct cs_2x2 {
	int64_t x1, n1, x2, n2;
};

enum cs_cmp_measure {
	CS_CMP_DIFFERENCE = 0,   /* p1 - p2, limits clipped to [-1, 1] */
	CS_CMP_RATIO,            /* p1 / p2 */
	CS_CMP_ODDS_RATIO,       /* (x1 (n2 - x2)) / ((n1 - x1) x2) */
	CS_CMP_TEST,             /* tests of p1 = p2 */
	CS_CMP_NMEASURES
};

/* Bits of cs_cmp_result.notes: what an explanation must mention. */
enum {
	CS_CMP_NOTE_EST_UNDEF   = 1u << 0,  /* the estimate does not exist (0/0) */
	CS_CMP_NOTE_EST_INF     = 1u << 1,  /* the estimate is infinite (x2 = 0 for a ratio; a zero
					       off-diagonal cell for the conditional MLE) */
	CS_CMP_NOTE_ZERO_COUNT  = 1u << 2,  /* katz: x1 or x2 is 0, no interval */
	CS_CMP_NOTE_ZERO_MARGIN = 1u << 3,  /* no successes or no failures at all: the odds ratio
					       and the chi-squared statistic do not exist */
	CS_CMP_NOTE_HALF_ADDED  = 1u << 4,  /* woolf: a cell is 0, so 1/2 was added to every cell */
	CS_CMP_NOTE_UPPER_INF   = 1u << 5,  /* no finite upper limit */
	CS_CMP_NOTE_SMALL_EXPECTED = 1u << 6, /* chisq: an expected count is below 5 */
	CS_CMP_NOTE_YATES_CAPPED = 1u << 7  /* chisq_yates: |O - E| < 1/2, correction capped at |O - E| */
};

struct cs_cmp_result {
	double estimate;   /* or the p-value of a test */
	double lower;      /* or the statistic of a test */
	double upper;
	unsigned notes;    /* CS_CMP_NOTE_* */
};

/* Compute one method for table t at two-sided level conf (ignored by the
 * tests), 0 < conf < 1.  The table has been checked: 0 <= x <= n, n >= 1.
 * Returns CS_OK, CS_EUNDEF when the method gives no interval or statistic
 * for these counts (out still filled: NAN and a note), or a failure. */
typedef int (*cs_cmp_fn)(const struct cs_2x2 *t, double conf, struct cs_cmp_result *out);

struct cs_cmp_method {
	const char *name;          /* canonical name, printed in output */
	const char *aliases[4];    /* other accepted names, NULL-terminated */
	enum cs_cmp_measure measure;
	int is_default;            /* shown when --method does not name its measure */
	cs_cmp_fn fn;
	const char *title;         /* human name: "Newcombe hybrid score" */
	const char *reference;     /* where the method is defined */
};

/* The table, grouped by measure, in the order of --method all. */
extern const struct cs_cmp_method cs_cmp_methods[];
extern const size_t cs_cmp_nmethods;

/* Look a method up by name or alias (exact, case-sensitive); NULL if none. */
const struct cs_cmp_method *cs_cmp_method_find(const char *name);
/* "difference", "ratio", "odds_ratio" or "test". */
const char *cs_cmp_measure_name(enum cs_cmp_measure m);
/* The measure called name, or -1. */
int cs_cmp_measure_find(const char *name);

/* Check the table and conf, then run m.  Returns CS_EDOM for x < 0, x > n,
 * n < 1, n > CS_PROP_MAX_N or conf outside (0, 1), else what m returns. */
int cs_cmp_compute(const struct cs_cmp_method *m, const struct cs_2x2 *t, double conf,
		   struct cs_cmp_result *out);

#endif
