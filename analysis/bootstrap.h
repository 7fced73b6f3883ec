/* bootstrap.h - the pieces of a percentile bootstrap shared by amounts and
 * disparity.
 *
 * The caller owns the random number generator (GSL's gsl_rng_mt19937,
 * seeded by the caller: nothing here reads the environment) and so decides
 * reproducibility: the same generator state gives the same draws, hence
 * the same bytes.  Work can report progress through a callback; nothing
 * here prints.  Statistics are doubles in the units of the data. */
#ifndef CS_BOOTSTRAP_H
#define CS_BOOTSTRAP_H

#include <stddef.h>
#include <stdint.h>
#include <gsl/gsl_rng.h>

/* Where the percentile interval is defined, for reports. */
#define CS_BOOT_PERCENTILE_REFERENCE \
	"Efron B, Tibshirani RJ (1993). An Introduction to the Bootstrap. Chapman & Hall, ch. 13 " \
	"(percentile interval; rows resampled with replacement)"

/* Called now and then with the resamples done so far and the total. */
typedef void (*cs_progress_fn)(void *ctx, size_t done, size_t total);

struct cs_boot {
	size_t resamples;          /* B >= 1 */
	double conf;               /* 0 < conf < 1 */
	gsl_rng *rng;              /* borrowed; gsl_rng_mt19937 in casestat */
	cs_progress_fn progress;   /* may be NULL */
	void *progress_ctx;
};

/* Resamples are capped here (memory: one double per resample and measure). */
#define CS_BOOT_MAX_RESAMPLES ((size_t)10000000)

/* Percentile interval from the m bootstrap statistics in stats (sorted in
 * place; infinities allowed, no NaN): the alpha/2 and 1 - alpha/2
 * quantiles, alpha = 1 - conf, Hyndman-Fan type 7 (R's quantile()
 * default).  Returns CS_EUNDEF when m = 0, CS_EDOM for a bad conf. */
int cs_boot_percentile(double *stats, size_t m, double conf, double *lower, double *upper);

/* A uniform index in [0, n), 1 <= n <= 2^32.  With a generator giving 32
 * full bits (mt19937) this is Lemire's multiply-and-reject method: exact
 * uniformity, no division in the common case; others go through
 * gsl_rng_uniform_int. */
size_t cs_boot_index(const gsl_rng *r, size_t n);

/* The cells (0-based indices into the sorted sample of size n) of the
 * k1-th and k2-th smallest values of one bootstrap resample of size n,
 * 1 <= k1 <= k2 <= n, drawn without building the resample: a resample puts
 * Multinomial(n; 1/n, ..., 1/n) draws in the n cells, and the number that
 * falls in the lower half of a block of cells, given the number in the
 * block, is binomial; halving the block that holds the wanted rank takes
 * about log2(n) binomial draws (twice that when the ranks part).  The
 * result has exactly the distribution of the order statistics of a
 * resample.  n <= UINT_MAX. */
void cs_boot_order_stats(const gsl_rng *r, size_t n, size_t k1, size_t k2, size_t *i1, size_t *i2);

#endif
