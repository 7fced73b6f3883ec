/* disparity.h - what disparity.c, its two forms (disparity_calc.c,
 * disparity_data.c) and its sentences (disparity_explain.c) share. */
#ifndef CS_CMD_DISPARITY_H
#define CS_CMD_DISPARITY_H

#include <stddef.h>
#include "cli/frame/amtread.h"
#include "cli/frame/command.h"
#include "analysis/disparity.h"

struct disparity_opts {
	const char *a, *b, *by;   /* a NULL: the calculator */
};

enum { DP_GROUP, DP_MEASURE, DP_EST, DP_LO, DP_HI, DP_METHOD, DP_CONF, DP_NCOLS };

/* What a row measures; the sentences switch on it.  The first three are
 * the measures of analysis/disparity.h (CS_DISP_*); the last three are
 * amounts converted with --rate. */
enum disparity_measure {
	DM_RATIO = CS_DISP_RATIO, DM_SHARE = CS_DISP_SHARE, DM_GAP = CS_DISP_GAP,
	DM_N, DM_MISSING, DM_TOTAL_A, DM_TOTAL_B,
	DM_ROW_RATIO_N, DM_ROW_Q1, DM_ROW_MEDIAN, DM_ROW_Q3,
	DM_TOTAL_A_CONV, DM_TOTAL_B_CONV, DM_GAP_CONV
};

/* What a row knows besides its cells.  Data form: its counts are 0 the
 * cases (n) or the row's own count (n, missing, row_ratio_n), and 1 the
 * cases with b > 0 (row_ratio_q*). */
struct disparity_row {
	enum disparity_measure measure;
	int calc;                /* the calculator form */
	int by_group;            /* data: the sentences start with the group */
	int decimals;            /* most decimals written in the amounts */
	/* calculator: the pair */
	char xname[64], yname[64];
	double x, y;
	/* data */
	cs_money_wide total;     /* total_a, total_b: exact */
	int boot_status;         /* CS_OK, CS_EUNDEF (one case) or -1 (--boot 0) */
	double lower, upper;     /* ratio, share, gap: the bootstrap limits (NAN: none or unbounded) */
	size_t undefined;        /* resamples in which both totals were 0 */
	int beyond;              /* row_ratio_q1 (q3): a quarter of the ratios or more lie strictly
				  * below (above) it */
	int all_equal;           /* row_ratio_q*: every per-case ratio is the same */
	size_t n_row;            /* row_ratio_n: the group's n row; its sentence names the cases
				  * with b = 0, n less its own count (n is shown whenever
				  * row_ratio_n is: both 0 or K and more apart) */
};

/* disparity.c: add a row for d (its measure name and method follow from
 * d); v = estimate, lower, upper, conf (NAN: empty).  The row's index, or
 * -1 with err filled. */
long cs_disparity_put(struct cs_result *res, const struct cs_job *job, const char *group,
		      const struct disparity_row *d, const double v[4], struct cs_err *err);

/* disparity_calc.c: the rows of the amounts given as operands. */
int cs_disparity_calc(const struct cs_job *job, struct cs_result *res, struct cs_err *err);

/* disparity_data.c: the rows of every group read from FILE. */
int cs_disparity_data(const struct cs_job *job, struct cs_amt_read *r, struct cs_result *res, struct cs_err *err);

/* disparity_explain.c */
void cs_disparity_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);

extern const struct cs_command cs_cmd_disparity;

#endif
