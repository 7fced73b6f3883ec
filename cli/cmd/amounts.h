/* amounts.h - what amounts.c and its sentences (amounts_explain.c) share. */
#ifndef CS_CMD_AMOUNTS_H
#define CS_CMD_AMOUNTS_H

#include "cli/frame/command.h"
#include "analysis/amounts.h"

#define AMOUNTS_MAXQ 32

/* The fixed columns, in the order of the output contract (the man page's
 * amounts section); the money columns (which --rate converts) are AM_SUM ..
 * AM_MED_HI, then the --quantiles ones. */
enum {
	AM_GROUP, AM_N, AM_MISSING, AM_SUM, AM_MEAN, AM_SD, AM_MIN, AM_Q1, AM_MEDIAN, AM_Q3,
	AM_MAX, AM_MEAN_LO, AM_MEAN_HI, AM_MED_LO, AM_MED_HI, AM_CURRENCY, AM_NFIXED
};
#define AM_NMONEY (AM_MED_HI - AM_SUM + 1)

struct amounts_quantiles {
	double p[AMOUNTS_MAXQ];
	size_t n;
};

struct amounts_opts {
	const char *value, *by;
	struct amounts_quantiles q;
	const struct cs_quantile_type *qtype;
	/* the names of the pNN and converted columns, made with the columns
	 * in compute; the result borrows them, so they live in the options */
	char colname[AMOUNTS_MAXQ + AM_NMONEY + AMOUNTS_MAXQ][64];
};

/* What a row knows besides its cells (its counts are 0 n, 1 missing). */
struct amounts_row {
	int by_group;            /* the sentences start with the group */
	int boot_status;         /* CS_OK, CS_EUNDEF (n < 2) or -1 (--boot 0) */
	int decimals;            /* most decimals written in the data */
	cs_money_wide sum;       /* exact */
	double mean, min, max, mean_lo, mean_hi, q1, median, q3, med_lo, med_hi;
	size_t nvalues;          /* the amounts of a strip chart (--plot): a shown group of at */
	double values[];         /* most CS_AMOUNTS_STRIP_MAX amounts; else none */
};

/* amounts_result.c: the result and the chart. */
int cs_amounts_compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err);
int cs_amounts_chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		     struct cs_err *err);
/* amounts_explain.c */
void cs_amounts_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);

extern const struct cs_command cs_cmd_amounts;

#endif
