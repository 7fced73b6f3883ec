/* cmd_coverage.c - casestat coverage: how often "95%" intervals really
 * cover the true proportion, for each method, as p runs over (0, 1).
 *
 *   casestat coverage --n N [--method LIST|all] [--conf C] [--grid K] [--summary]
 *
 * The teaching picture of Brown, Cai & DasGupta (2001): at small n the
 * Wald interval covers far less often than it promises. */
#include "cli/frame/commands.h"
#include "cli/frame/common.h"
#include "cli/frame/explain.h"
#include "cli/frame/plot.h"
#include "cli/core/values.h"
#include "analysis/coverage.h"
#include "analysis/proportion.h"
#include "analysis/status.h"
#include "plots/chart_coverage.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_N = CS_OPT_FIRST_OWN, OPT_METHOD, OPT_GRID, OPT_SUMMARY };

#define DEFAULT_METHODS "wald,wilson,clopper-pearson"
#define DEFAULT_GRID 1000
#define MAX_GRID 100000

const struct cs_option cmd_coverage_options[] = {
	{ OPT_N, "n", 0, "N", "sample size, 1 <= N <= 100000 (required)" },
	{ OPT_METHOD, "method", 0, "LIST", "comma-separated methods, or 'all' (default " DEFAULT_METHODS ")",
	  DEFAULT_METHODS },
	{ OPT_GRID, "grid", 0, "K", "p = 1/K, 2/K, ..., (K-1)/K (default 1000, at most 100000)", "1000" },
	{ OPT_SUMMARY, "summary", 0, NULL, "one row per method: mean and lowest coverage" },
	CS_PLOT_OPTION,
	CS_COMMON_OPTIONS,
	{ 0, NULL, 0, NULL, NULL }
};

enum { L_METHOD, L_N, L_CONF, L_P, L_COV, L_NCOLS };
static const struct cs_column long_columns[L_NCOLS] = {
	{ "method", CS_COL_TEXT, NULL },
	{ "n", CS_COL_INT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	{ "p", CS_COL_REAL, "%g" },
	{ "coverage", CS_COL_REAL, "%.4f" },
};
enum { S_METHOD, S_N, S_CONF, S_MEAN, S_MIN, S_PMIN, S_BELOW, S_NCOLS };
static const struct cs_column summary_columns[S_NCOLS] = {
	{ "method", CS_COL_TEXT, NULL },
	{ "n", CS_COL_INT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	{ "mean", CS_COL_REAL, "%.4f" },
	{ "min", CS_COL_REAL, "%.4f" },
	{ "p_min", CS_COL_REAL, "%g" },
	{ "below", CS_COL_REAL, "%.4f" },
};

static void help(void)
{
	printf("Usage: casestat coverage --n N [--method LIST|all] [--conf C] [--grid K] [OPTIONS]\n"
	       "The actual coverage probability of confidence interval methods for a\n"
	       "proportion: for a sample of N and a true share p, the chance that the\n"
	       "interval contains p.  A '95%%' method should give about 0.95 for every p;\n"
	       "at small N some (Wald above all) give far less.  Computed exactly:\n"
	       "coverage(p) = sum of P(X = x) over the x in 0..N whose interval contains p,\n"
	       "X ~ Binomial(N, p), at p = 1/K, 2/K, ..., (K-1)/K.\n"
	       "\n"
	       "Options:\n");
	cs_args_print(stdout, cmd_coverage_options);
	printf("\nMethods: the interval methods of 'casestat prop' (see casestat help prop):\n ");
	for (size_t i = 0; i < cs_prop_nmethods; i++)
		printf(" %s", cs_prop_methods[i].name);
	printf("\n\nOutput columns: method,n,conf,p,coverage (one row per method and p, methods\n"
	       "in the order given, p increasing); with --summary: method,n,conf,mean,min,\n"
	       "p_min,below, where mean is the average coverage over the grid, min the\n"
	       "lowest, p_min the first p where it occurs, and below the share of grid\n"
	       "points whose coverage is under the nominal level.\n"
	       "\n"
	       "Examples:\n"
	       "  casestat coverage --n 20 --method wald,wilson,clopper-pearson --summary\n"
	       "  casestat coverage --n 7 --method all --plot coverage.png\n"
	       "\n"
	       "Exit status: 0 success, 2 bad usage, 3 a file cannot be written or gnuplot\n"
	       "is missing for --plot FILE.png/.svg/.pdf.\n"
	       "Full documentation: man casestat\n");
}

struct cov_opts {
	struct cs_common common;
	int64_t n;
	size_t grid;
	int summary;
	const struct cs_prop_method *methods[32];
	size_t nmethods;
};

static int parse_methods(struct cov_opts *o, const char *list, struct cs_err *err)
{
	o->nmethods = 0;
	if (strcmp(list, "all") == 0) {
		for (size_t i = 0; i < cs_prop_nmethods; i++)
			o->methods[o->nmethods++] = &cs_prop_methods[i];
		return 0;
	}
	char *copy = strdup(list);
	if (!copy)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int rc = 0;
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok && !rc; tok = strtok_r(NULL, ",", &save)) {
		const struct cs_prop_method *m = cs_prop_method_find(tok);
		if (!m)
			rc = cs_err_usage(err, "coverage", "unknown method '%s' (see casestat help prop)", tok);
		else if (o->nmethods == sizeof o->methods / sizeof o->methods[0])
			rc = cs_err_usage(err, "coverage", "too many methods in --method");
		else
			o->methods[o->nmethods++] = m;
	}
	free(copy);
	if (!rc && o->nmethods == 0)
		rc = cs_err_usage(err, "coverage", "--method names no method");
	return rc;
}

/* One sentence group per method. */
static void explain(struct cs_text *t, const struct cov_opts *o, const struct cs_prop_method *m,
		    const struct cs_coverage_summary *s)
{
	char conf[32], mean[32], min[32], n[32];
	cs_fmt_conf(conf, sizeof conf, o->common.conf);
	cs_fmt_count(n, sizeof n, o->n);
	cs_fmt_pct(mean, sizeof mean, s->mean, 1);
	cs_fmt_pct(min, sizeof min, s->min, 1);
	cs_text_add(t, "%s intervals from samples of %s claim %s confidence. Averaged over the true "
		    "share p, they contain it %s of the time; the lowest is %s, at p = %g.", m->title, n,
		    conf, mean, min, s->p_min);
	if (s->below > 0.5)
		cs_text_add(t, " For %.0f%% of the values of p they cover less often than promised: "
			    "do not trust this method at this sample size.", 100.0 * s->below);
	else if (s->min >= o->common.conf - 1e-9)
		cs_text_add(t, " They never cover less often than promised (they err on the wide side).");
	else
		cs_text_add(t, " They fall short of %s for %.0f%% of the values of p, mostly near 0 and 1.",
			    conf, 100.0 * s->below);
}

static int write_chart(FILE *fp, const struct cs_gp_out *o, const void *chart)
{
	return cs_chart_coverage_write(fp, o, chart);
}

static int run(const struct cov_opts *o, struct cs_table *t, const struct cs_plot_target *plot,
	       struct cs_err *err)
{
	size_t np = o->grid - 1, nm = o->nmethods;
	double *p = malloc(np * sizeof *p), *cov = malloc(nm * np * sizeof *cov);
	double *lo = malloc((size_t)(o->n + 1) * sizeof *lo), *hi = malloc((size_t)(o->n + 1) * sizeof *hi);
	struct cs_chart_coverage_series *series = calloc(nm, sizeof *series);
	int rc = 0;
	if (!p || !cov || !lo || !hi || !series) {
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
		goto out;
	}
	cs_coverage_grid(o->grid, p);
	for (size_t k = 0; k < nm && !rc; k++) {
		const struct cs_prop_method *m = o->methods[k];
		int st = cs_coverage_limits(m, o->n, o->common.conf, lo, hi);
		for (size_t i = 0; i < np && st == CS_OK; i++)
			st = cs_coverage_at(o->n, lo, hi, p[i], &cov[k * np + i]);
		if (st != CS_OK) {
			rc = cs_err_set(err, CS_EXIT_DATA, "cannot compute the coverage of %s at n = %lld: %s",
					m->name, (long long)o->n, cs_strerror(st));
			break;
		}
		struct cs_coverage_summary s;
		cs_coverage_summarize(p, cov + k * np, np, o->common.conf, &s);
		series[k] = (struct cs_chart_coverage_series){ m->title, cov + k * np, s.mean, s.min };
		struct cs_text text = CS_TEXT_INIT;
		if (o->common.explain)
			explain(&text, o, m, &s);
		size_t rows = o->summary ? 1 : np;
		for (size_t i = 0; i < rows; i++) {
			long r = cs_table_add_row(t);
			if (r < 0 || cs_table_text(t, (size_t)r, 0, m->name) != 0 ||
			    (i == 0 && o->common.explain && cs_table_explain(t, (size_t)r, cs_text_str(&text)) != 0)) {
				rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
				break;
			}
			cs_table_int(t, (size_t)r, 1, o->n);
			cs_table_real(t, (size_t)r, 2, o->common.conf);
			if (o->summary) {
				cs_table_real(t, (size_t)r, S_MEAN, s.mean);
				cs_table_real(t, (size_t)r, S_MIN, s.min);
				cs_table_real(t, (size_t)r, S_PMIN, s.p_min);
				cs_table_real(t, (size_t)r, S_BELOW, s.below);
			} else {
				cs_table_real(t, (size_t)r, L_P, p[i]);
				cs_table_real(t, (size_t)r, L_COV, cov[k * np + i]);
			}
		}
	}
	if (!rc)
		rc = cs_common_emit(&o->common, t, err);
	if (!rc && o->common.plot) {
		struct cs_chart_coverage c = { NULL, (long long)o->n, o->common.conf, np, p, nm, series };
		rc = cs_plot_write(plot, write_chart, &c, err);
	}
out:
	free(p);
	free(cov);
	free(lo);
	free(hi);
	free(series);
	return rc;
}

int cmd_coverage(int argc, char **argv, struct cs_err *err)
{
	struct cov_opts o;
	memset(&o, 0, sizeof o);
	cs_common_init(&o.common);
	o.grid = DEFAULT_GRID;
	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "coverage", cmd_coverage_options, argc, argv, err);
	if (rc)
		return rc;
	const char *methods = DEFAULT_METHODS;
	int have_n = 0, key;
	while (!rc && (key = cs_common_next(&a, &o.common, err)) != 0) {
		if (key < 0) {
			rc = CS_EXIT_USAGE;
			break;
		}
		int64_t v;
		switch (key) {
		case OPT_N:
			if (cs_parse_count(a.value, strlen(a.value), CS_COVERAGE_MAX_N, &v) != 0 || v < 1)
				rc = cs_err_usage(err, "coverage", "invalid --n '%s': give a whole number from 1 to %lld",
						  a.value, (long long)CS_COVERAGE_MAX_N);
			o.n = v;
			have_n = 1;
			break;
		case OPT_METHOD: methods = a.value; break;
		case OPT_GRID:
			if (cs_parse_count(a.value, strlen(a.value), MAX_GRID, &v) != 0 || v < 2)
				rc = cs_err_usage(err, "coverage", "invalid --grid '%s': give a whole number from 2 to %d",
						  a.value, MAX_GRID);
			o.grid = (size_t)v;
			break;
		case OPT_SUMMARY: o.summary = 1; break;
		}
	}
	if (!rc && o.common.help) {
		help();
		cs_args_free(&a);
		return 0;
	}
	if (!rc && a.noperands > 0)
		rc = cs_err_usage(err, "coverage", "unexpected argument '%s'", a.operands[0]);
	if (!rc && !have_n)
		rc = cs_err_usage(err, "coverage", "missing --n N (the sample size)");
	if (!rc)
		rc = parse_methods(&o, methods, err);
	struct cs_plot_target plot = { 0 };
	if (!rc && o.common.plot)
		rc = cs_plot_target_init(&plot, o.common.plot, "coverage", err);
	if (!rc) {
		struct cs_table t;
		cs_table_init(&t, o.summary ? summary_columns : long_columns, o.summary ? S_NCOLS : L_NCOLS);
		rc = run(&o, &t, &plot, err);
		cs_table_free(&t);
	}
	cs_plot_target_free(&plot);
	cs_args_free(&a);
	return rc;
}
