/* mse_time.c - how long fitting every four-list model takes (run by hand;
 * nothing asserts it).  Fits the 113 models of Rcapture's closedpMS.t
 * space to the 'lesbian' and 'HIV' tables (tests/ref/mse/data.txt) many
 * times and prints the time per sweep of 113 fits, with and without the
 * profile interval of the selected model.  Also one sweep of the 6893
 * five-list models on occasions 1-5 of 'hare', and of the 32768 six-list
 * models with two-way terms on all of 'hare'.
 *
 *   make && cc -O2 -I. -o build/bench/mse_time bench/mse_time.c \
 *       build/libcasestat.a $(pkg-config --libs gsl) -lm && build/bench/mse_time */
#include "analysis/mse.h"
#include "analysis/status.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void sweep(const char *name, int t, const double *y, int reps, int profile)
{
	struct cs_mse_data d;
	struct cs_mse_model *ms;
	size_t n, best = 0;
	if (cs_mse_data_init(&d, t, y) != CS_OK || cs_mse_models(t, 0, &ms, &n) != CS_OK)
		exit(1);
	struct cs_mse_fit *fits = calloc(n, sizeof *fits);
	if (!fits)
		exit(1);
	double t0 = now();
	for (int r = 0; r < reps; r++) {
		if (cs_mse_select(&d, ms, n, CS_MSE_BIC, fits, &best) != CS_OK)
			exit(1);
		if (profile && cs_mse_profile(&d, &ms[best], 0.95, &fits[best]) != CS_OK)
			exit(1);
	}
	double dt = (now() - t0) / reps;
	char g[128];
	cs_mse_model_format(&ms[best], g, sizeof g);
	printf("%-8s %zu models%s: %.3f ms per sweep (%.1f us per model); best BIC %s, N = %.1f\n",
	       name, n, profile ? " + profile CI" : "", dt * 1e3, dt * 1e6 / n, g, fits[best].estimate);
	free(fits);
	free(ms);
}

int main(void)
{
	static const double lesbian[16] = { 0, 589, 534, 104, 281, 44, 64, 27, 208, 143, 53, 48, 28, 19, 20, 23 };
	static const double hiv[16] = { 0, 403, 545, 33, 621, 20, 35, 3, 205, 6, 10, 1, 11, 0, 3, 0 };
	static const double hare5[32] = { 0, 4, 7, 1, 7, 1, 2, 0, 7, 2, 6, 0, 1, 1, 2, 0, 6, 2, 4, 1,
					  1, 1, 1, 0, 2, 1, 1, 0, 0, 0, 1, 2 };
	sweep("lesbian", 4, lesbian, 200, 0);
	sweep("lesbian", 4, lesbian, 200, 1);
	sweep("HIV", 4, hiv, 200, 0);
	static const double hare6[64] = { 0, 3, 6, 0, 5, 1, 0, 0, 3, 2, 3, 0, 0, 1, 0, 0, 4, 2, 3, 1, 0,
					  1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 4, 1, 1, 1, 2, 0, 2, 0, 4,
					  0, 3, 0, 1, 0, 2, 0, 2, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 0,
					  0, 1, 2 };
	sweep("hare1-5", 5, hare5, 1, 0);
	sweep("hare", 6, hare6, 1, 0);
	return 0;
}
