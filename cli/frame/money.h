/* money.h - what the money commands (amounts, disparity) share: the
 * settings of --currency, --rate, --boot and --seed (declared in
 * cli/frame/common.h's groups), reading a money cell with a
 * FILE:LINE:FIELD message, and amounts in sentences. */
#ifndef CS_MONEY_OPTS_H
#define CS_MONEY_OPTS_H

#include <stddef.h>
#include <stdint.h>
#include <gsl/gsl_rng.h>
#include "cli/core/diag.h"
#include "cli/frame/cells.h"
#include "cli/frame/options.h"
#include "cli/io/dataset.h"
#include "analysis/money.h"

#define CS_DEFAULT_BOOT 10000
#define CS_DEFAULT_SEED 1UL

struct cs_amt_opts {
	const char *currency;      /* borrowed; NULL = none */
	double rate;               /* currency units per converted unit; 0 = no conversion */
	char rate_code[16];        /* "USD" as given (upper case by default) */
	char rate_suffix[17];      /* "_usd": the column-name suffix */
	size_t boot;
	unsigned long seed;
};

void cs_amt_opts_init(struct cs_amt_opts *m);

/* Parse callbacks: dest is the field (currency, boot, seed) or, for
 * --rate, the whole struct cs_amt_opts. */
int cs_opt_currency(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);
int cs_opt_rate(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);
int cs_opt_boot(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);
int cs_opt_seed(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);

/* Read value i of a row as an amount written as cells says (--decimal,
 * --thousands).  A currency sign, code or word around it ("23 000 ₸",
 * "USD 40") is taken off when it names the currency of --currency and is
 * an error otherwise: currencies are never mixed.  Returns 1 with *v
 * (scaled) and *decimals set, 0 for a missing (empty or blank) cell, or -1
 * with err filled: "FILE:LINE:FIELD: column 'c' has 'v', which ...". */
int cs_amt_cell(const struct cs_cells *cells, const struct cs_amt_opts *m, const struct cs_row *row, size_t i,
		const char *col, const char *input, int64_t *v, int *decimals, struct cs_err *err);

/* An amount for a sentence: thousands separated by ',', `decimals`
 * decimals, and the currency after it when m has one ("23,000 KZT"). */
void cs_amt_fmt(char *buf, size_t size, const struct cs_amt_opts *m, double v, int decimals);
/* Decimals to show v with in a sentence: the data's own, or 2 for small
 * values of whole-number data. */
int cs_amt_show_decimals(double v, int data_decimals);

/* A fresh MT19937 generator, created directly (never from the
 * environment); NULL when out of memory. */
gsl_rng *cs_amt_rng(void);

#endif
