/* moneyopts.h - what the money commands (amounts, disparity) share:
 * the options --thousands, --currency, --rate, --boot and --seed; reading
 * a money cell with a FILE:LINE:FIELD message; amounts in sentences; and
 * the progress line a long bootstrap shows on a terminal. */
#ifndef CS_MONEYOPTS_H
#define CS_MONEYOPTS_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <gsl/gsl_rng.h>
#include "cli/frame/args.h"
#include "cli/io/dataset.h"
#include "cli/core/diag.h"
#include "analysis/money.h"

enum {
	CS_OPT_THOUSANDS = 200,
	CS_OPT_CURRENCY,
	CS_OPT_RATE,
	CS_OPT_BOOT,
	CS_OPT_SEED
};

#define CS_DEFAULT_BOOT 10000
#define CS_DEFAULT_SEED 1UL

#define CS_MONEY_OPTIONS \
	{ CS_OPT_THOUSANDS, "thousands", 0, "SEP", "thousands separator: ' ' (space) or ',' (comma); default none", "none" }, \
	{ CS_OPT_CURRENCY, "currency", 0, "CODE", "currency of the amounts, for labels (e.g. KZT)" }, \
	{ CS_OPT_RATE, "rate", 0, "[CODE=]R", "add amounts converted at R units per CODE (default USD)" }

#define CS_BOOT_OPTIONS \
	{ CS_OPT_BOOT, "boot", 0, "B", "bootstrap resamples (default 10000; 0: no bootstrap)", "10000" }, \
	{ CS_OPT_SEED, "seed", 0, "S", "MT19937 seed, 1 to 4294967295 (default 1)", "1" }

struct cs_money_opts {
	enum cs_money_sep sep;
	const char *currency;      /* borrowed from argv; NULL = none */
	double rate;               /* currency units per converted unit; 0 = no conversion */
	char rate_code[16];        /* "USD" as given (upper case by default) */
	char rate_suffix[17];      /* "_usd": the column-name suffix */
	size_t boot;
	unsigned long seed;
};

void cs_money_opts_init(struct cs_money_opts *m);
/* If key is one of the options above, apply it: 1, or -1 on a usage error
 * (in err).  0 for any other key. */
int cs_money_option(struct cs_money_opts *m, const struct cs_args *a, int key, struct cs_err *err);

/* Read value i of a row as an amount.  Returns 1 with *v (scaled) and
 * *decimals set, 0 for a missing (empty or blank) cell, or -1 with err
 * filled: "FILE:LINE:FIELD: column 'c' has 'v', which ...". */
int cs_money_cell(const struct cs_money_opts *m, const struct cs_row *row, size_t i, const char *col,
		  const char *input, int64_t *v, int *decimals, struct cs_err *err);

/* An amount for a sentence: thousands separated by ',', `decimals`
 * decimals, and the currency after it when one was given ("23,000 KZT"). */
void cs_fmt_money(char *buf, size_t size, const struct cs_money_opts *m, double v, int decimals);
/* Decimals to show v with in a sentence: the data's own, or 2 for small
 * values of whole-number data. */
int cs_money_show_decimals(double v, int data_decimals);

/* A fresh MT19937 generator, created directly (never from the
 * environment); NULL when out of memory. */
gsl_rng *cs_money_rng(void);

/* Bootstrap progress on standard error, only when it is a terminal and the
 * work has lasted half a second; nothing otherwise.  (Reading progress is
 * cli/progress.h's.) */
struct cs_boot_progress {
	int tty;
	int shown;
	int last;              /* last percentage printed */
	const char *what;      /* "bootstrap for 'Almaty'" (borrowed) */
	struct timespec start;
};
void cs_boot_progress_start(struct cs_boot_progress *p, const char *what);
/* A cs_progress_fn (analysis/bootstrap.h); ctx is a struct cs_boot_progress. */
void cs_boot_progress_update(void *ctx, size_t done, size_t total);
/* Erase the line if one was printed. */
void cs_boot_progress_end(struct cs_boot_progress *p);

#endif
