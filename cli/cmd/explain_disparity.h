/* explain_disparity.h - the plain-language sentences of casestat
 * disparity, one per output row: what the ratio, share and gap of two
 * amounts say, and how sure the bootstrap is about them. */
#ifndef CS_EXPLAIN_DISPARITY_H
#define CS_EXPLAIN_DISPARITY_H

#include <stddef.h>
#include <stdint.h>
#include "cli/frame/explain.h"
#include "cli/frame/moneyopts.h"
#include "analysis/disparity.h"

/* What the sentences need from the command line (all borrowed). */
struct cs_disp_words {
	const char *a, *b;                    /* the column names (data form) */
	const struct cs_money_opts *money;    /* currency, rate, boot, seed */
	double conf;
};

/* What one group of the data form found. */
struct cs_disp_group {
	const char *label;
	int by_group;           /* start sentences with the label */
	size_t n;               /* rows with both amounts */
	int64_t missing;
	cs_money_wide sa, sb;   /* exact totals */
	double est[CS_DISP_NMEASURES];
	struct cs_disparity_boot boot;
	int boot_status;        /* CS_OK, CS_EUNDEF (n < 2), -1 (--boot 0) */
	size_t nratios;         /* rows with b > 0 */
	double rq[3];           /* quartiles of the per-row ratios */
	int decimals;           /* most decimals in the data */
};

/* Calculator: the sentence for measure k (CS_DISP_*) of the pair x, y with
 * estimate est (NAN when undefined). */
void cs_explain_disp_pair(struct cs_text *t, const struct cs_money_opts *m, size_t k,
			  const char *xname, double x, const char *yname, double y, double est, int decimals);

/* A converted row ("gap", "total_a" or "total_b" divided by the rate): v
 * in the other currency.  g is NULL for the calculator. */
void cs_explain_disp_converted(struct cs_text *t, const struct cs_disp_words *w,
			       const struct cs_disp_group *g, const char *base, double v);

/* A data-form row: measure is one of n, missing, total_a, total_b, ratio,
 * share, gap, row_ratio_n, row_ratio_q1, row_ratio_median, row_ratio_q3. */
void cs_explain_disp_row(struct cs_text *t, const struct cs_disp_words *w, const struct cs_disp_group *g,
			 const char *measure, double est);

#endif
