/* rate.h - what the files of casestat rate share. */
#ifndef CS_CMD_RATE_H
#define CS_CMD_RATE_H

#include <stdint.h>
#include "cli/frame/command.h"
#include "analysis/proportion.h"

struct rate_opts {
	const char *count, *exposure, *by;
	double per;
	char *label[2];     /* the two rates of a comparison as the rows name them (compute) */
};

/* One or more single rates. */
enum { R_GROUP, R_COUNT, R_EXPOSURE, R_MISSING, R_RATE, R_LO, R_HI, R_PER, R_METHOD, R_CONF };
/* Two rates and their ratio. */
enum { M_MEASURE, M_GROUP, M_COUNT, M_EXPOSURE, M_EST, M_LO, M_HI, M_PER, M_METHOD, M_CONF };

/* What a row knows besides its cells.  A rate's counts: 0 the events, 1
 * the rows left out; the ratio's: 0 and 1 the events of each rate. */
struct rate_row {
	int ratio;              /* the rate_ratio row of a comparison */
	int named;              /* the sentences start with the group */
	int have;               /* an exposure above 0: there is a rate */
	double e[2];            /* exposures (of the rate; of both for the ratio) */
	struct cs_interval ci;  /* the ratio's interval as computed (infinite limits too) */
};

/* What the rows of a group add up to. */
struct totals {
	int64_t x, missing, rows;
	double e, ec;      /* exposure sum and its Neumaier compensation */
};

/* Reading a FILE (rate_read.c): a struct cs_by_group of struct totals. */
extern const struct cs_reduce cs_rate_reduce;

/* " per 1,000" or " per unit of exposure" */
void cs_rate_per_words(char *buf, size_t size, double per);
void cs_rate_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);

extern const struct cs_command cs_cmd_rate;

#endif
