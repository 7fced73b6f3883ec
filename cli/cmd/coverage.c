/* coverage.c - casestat coverage: how often "95%" intervals really cover
 * the true proportion, for each method, as p runs over (0, 1).
 *
 *   casestat coverage --n N [--method LIST|all] [--conf C] [--grid K] [--summary]
 *
 * The teaching picture of Brown, Cai & DasGupta (2001): at small n the
 * Wald interval covers far less often than it promises.  No FILE and no
 * counts of people: nothing here is hidden. */
#include "cli/cmd/coverage.h"
#include "cli/core/numfmt.h"
#include "cli/core/values.h"
#include "cli/frame/methods.h"
#include "analysis/coverage.h"
#include "analysis/status.h"
#include "plots/chart_coverage.h"

#include <stdlib.h>
#include <string.h>

#define DEFAULT_METHODS "wald,wilson,clopper-pearson"
#define MAX_GRID 100000
#define MAX_METHODS 32

struct cov_opts {
	int64_t n;                     /* 0: not given */
	const char *method_list;
	int64_t grid;
	int summary;
	const struct cs_prop_method *method[MAX_METHODS];   /* from method_list, by plan */
	size_t nmethods;
};

/* What the first row of a method knows: its summary, and with --plot its
 * coverage at every p of the grid (--summary has no row per p). */
struct cov_row {
	struct cs_coverage_summary s;
	size_t np;
	double cov[];
};

#define AT(f) offsetof(struct cov_opts, f)

static int opt_n(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (cs_parse_count(v, strlen(v), CS_COVERAGE_MAX_N, dest) != 0 || *(int64_t *)dest < 1)
		return cs_err_usage(err, u->cmd, "invalid --n '%s': give a whole number from 1 to %lld", v,
				    (long long)CS_COVERAGE_MAX_N);
	return 0;
}

static int opt_grid(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (cs_parse_count(v, strlen(v), MAX_GRID, dest) != 0 || *(int64_t *)dest < 2)
		return cs_err_usage(err, u->cmd, "invalid --grid '%s': give a whole number from 2 to %d", v, MAX_GRID);
	return 0;
}

static const struct cs_opt options[] = {
	{ "n", 0, "N", "sample size, 1 <= N <= 100000 (required)", NULL, AT(n), opt_n },
	{ "method", 0, "LIST", "comma-separated methods, or 'all' (default " DEFAULT_METHODS ")", DEFAULT_METHODS,
	  AT(method_list) },
	{ "grid", 0, "K", "p = 1/K, 2/K, ..., (K-1)/K (default 1000, at most 100000)", "1000", AT(grid), opt_grid },
	{ "summary", 0, NULL, "one row per method: mean and lowest coverage", NULL, AT(summary) },
	CS_OPT_INCLUDE(cs_opts_plot),
	CS_OPT_INCLUDE(cs_opts_output),
	CS_OPT_END
};

enum { C_METHOD, C_N, C_CONF, L_P = 3, L_COV, L_NCOLS, S_MEAN = 3, S_MIN, S_PMIN, S_BELOW, S_NCOLS };
static const struct cs_column long_columns[L_NCOLS] = {
	CS_COL_METHOD, { "n", CS_COL_INT, NULL, CS_ROLE_OTHER }, CS_COL_CONF, CS_COL_VALUE("p", "%g"),
	CS_COL_ESTIMATE("coverage", "%.4f"),
};
static const struct cs_column summary_columns[S_NCOLS] = {
	CS_COL_METHOD, { "n", CS_COL_INT, NULL, CS_ROLE_OTHER }, CS_COL_CONF,
	CS_COL_ESTIMATE("mean", "%.4f"), CS_COL_ESTIMATE("min", "%.4f"), CS_COL_VALUE("p_min", "%g"),
	CS_COL_ESTIMATE("below", "%.4f"),
};

static void init(void *vo)
{
	struct cov_opts *o = vo;
	o->method_list = DEFAULT_METHODS;
	o->grid = 1000;
}


/* --method LIST|all, checked after --n so that a missing --n is told first. */
static int parse_methods(struct cov_opts *o, struct cs_err *err)
{
	o->nmethods = 0;
	if (strcmp(o->method_list, "all") == 0) {
		for (size_t i = 0; i < cs_prop_nmethods; i++)
			o->method[o->nmethods++] = &cs_prop_methods[i];
		return 0;
	}
	char *copy = strdup(o->method_list);
	if (!copy)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int rc = 0;
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok && !rc; tok = strtok_r(NULL, ",", &save)) {
		const struct cs_prop_method *m = cs_prop_method_find(tok);
		if (!m)
			rc = cs_err_usage(err, "coverage", "unknown method '%s' (see casestat help prop)", tok);
		else if (o->nmethods == MAX_METHODS)
			rc = cs_err_usage(err, "coverage", "too many methods in --method");
		else
			o->method[o->nmethods++] = m;
	}
	free(copy);
	if (!rc && o->nmethods == 0)
		rc = cs_err_usage(err, "coverage", "--method names no method");
	return rc;
}

static int plan(struct cs_job *job, struct cs_err *err)
{
	struct cov_opts *o = job->opts;
	if (job->noperand > 0)
		return cs_err_usage(err, "coverage", "unexpected argument '%s'", job->operand[0]);
	if (o->n == 0)
		return cs_err_usage(err, "coverage", "missing --n N (the sample size)");
	return parse_methods(o, err);
}

/* The rows of method m: one per p, or its summary; the first carries the
 * facts of the sentences and the chart. */
static int method_rows(const struct cs_job *job, struct cs_result *res, const struct cs_prop_method *m,
		       const double *p, const double *cov, size_t np, struct cs_err *err)
{
	const struct cov_opts *o = job->opts;
	size_t ncov = np;      /* the chart draws the curve; run asks for charts without --plot */
	struct cov_row *d = malloc(sizeof *d + ncov * sizeof *d->cov);
	if (!d)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	cs_coverage_summarize(p, cov, np, job->common->conf, &d->s);
	d->np = ncov;
	memcpy(d->cov, cov, ncov * sizeof *d->cov);
	size_t rows = o->summary ? 1 : np;
	for (size_t i = 0; i < rows; i++) {
		long r = cs_result_add_row(res);
		if (r < 0)
			break;
		cs_result_method(res, (size_t)r, cs_prop_method_ref(m));
		cs_result_int(res, (size_t)r, C_N, o->n);
		cs_result_real(res, (size_t)r, C_CONF, job->common->conf);
		const double v[4] = { d->s.mean, d->s.min, d->s.p_min, d->s.below };
		for (size_t c = 0; c < (o->summary ? 4 : 2); c++)
			cs_result_real(res, (size_t)r, 3 + c, o->summary ? v[c] : c ? cov[i] : p[i]);
		if (i == 0)
			cs_result_data(res, (size_t)r, d, sizeof *d + ncov * sizeof *d->cov);
	}
	free(d);
	return cs_result_ok(res) ? 0 : cs_err_set(err, CS_EXIT_ENV, "out of memory");
}

static int compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	(void)data;
	const struct cov_opts *o = job->opts;
	size_t np = (size_t)o->grid - 1, nl = (size_t)o->n + 1;
	int rc = cs_result_init(res, o->summary ? summary_columns : long_columns, o->summary ? S_NCOLS : L_NCOLS, 0);
	double *p = malloc(np * sizeof *p), *cov = malloc(np * sizeof *cov);
	double *lo = malloc(nl * sizeof *lo), *hi = malloc(nl * sizeof *hi);
	if (rc || !p || !cov || !lo || !hi)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (!rc)
		cs_coverage_grid((size_t)o->grid, p);
	for (size_t k = 0; !rc && k < o->nmethods; k++) {
		const struct cs_prop_method *m = o->method[k];
		int st = cs_coverage_limits(m, o->n, job->common->conf, lo, hi);
		for (size_t i = 0; i < np && st == CS_OK; i++)
			st = cs_coverage_at(o->n, lo, hi, p[i], &cov[i]);
		if (st != CS_OK)
			rc = cs_err_set(err, CS_EXIT_DATA, "cannot compute the coverage of %s at n = %lld: %s",
					m->name, (long long)o->n, cs_strerror(st));
		else
			rc = method_rows(job, res, m, p, cov, np, err);
	}
	free(p);
	free(cov);
	free(lo);
	free(hi);
	return rc;
}

/* Do most of the values of p where coverage falls short of conf lie
 * at or below 0.2 or at or above 0.8?  (The grid is i / (np + 1).) */
static int short_near_ends(const struct cov_row *d, double conf)
{
	size_t all = 0, ends = 0;
	for (size_t i = 0; i < d->np; i++) {
		double p = (double)(i + 1) / (double)(d->np + 1);
		if (d->cov[i] < conf) {
			all++;
			ends += p <= 0.2 || p >= 0.8;
		}
	}
	return 2 * ends > all;
}

/* One sentence group per method, on its first row. */
static void explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct cov_opts *o = job->opts;
	const struct cov_row *d = cs_result_row_data(res, row);
	if (!d)
		return;
	const struct cs_coverage_summary *s = &d->s;
	double conf = job->common->conf;
	char cf[32], mean[32], min[32], n[32];
	cs_fmt_conf(cf, sizeof cf, conf);
	cs_fmt_count(n, sizeof n, o->n);
	cs_fmt_pct(mean, sizeof mean, s->mean, 1);
	cs_fmt_pct(min, sizeof min, s->min, 1);
	cs_text_add(t, "%s intervals from samples of %s claim %s confidence. Averaged over the true "
		    "share p, they contain it %s of the time; the lowest is %s, at p = %g.",
		    res->row[row].method.title, n, cf, mean, min, s->p_min);
	if (s->below > 0.5)
		cs_text_add(t, " For %.0f%% of the values of p they cover less often than promised: "
			    "do not trust this method at this sample size.", 100.0 * s->below);
	else if (s->min >= conf - 1e-9)
		cs_text_add(t, " They never cover less often than promised (they err on the wide side).");
	else
		cs_text_add(t, " They fall short of %s for %.0f%% of the values of p%s.", cf, 100.0 * s->below,
			    short_near_ends(d, conf) ? ", mostly near 0 and 1" : "");
}

CS_CHART_WRITER(write_chart, cs_chart_coverage_write)

/* One panel per method, from the curve its first row carries. */
static int chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	const struct cov_opts *o = job->opts;
	size_t np = (size_t)o->grid - 1, k = 0;
	double *p = malloc(np * sizeof *p);
	struct cs_chart_coverage_series *series = calloc(o->nmethods ? o->nmethods : 1, sizeof *series);
	int rc = !p || !series ? cs_err_set(err, CS_EXIT_ENV, "out of memory") : 0;
	for (size_t r = 0; !rc && r < res->nrows; r++) {
		const struct cov_row *d = cs_result_row_data(res, r);
		if (d)
			series[k++] = (struct cs_chart_coverage_series){ res->row[r].method.title, d->cov, d->s.mean,
									 d->s.min };
	}
	if (!rc) {
		cs_coverage_grid((size_t)o->grid, p);
		struct cs_chart_coverage c = { NULL, (long long)o->n, job->common->conf, np, p, k, series };
		rc = cs_chart_write(pt, write_chart, &c, err);
	}
	free(p);
	free(series);
	return rc;
}

const struct cs_command cs_cmd_coverage = {
	.name = "coverage", .summary = "how often each interval method really covers (teaching)",
	.options = options, .opts_size = sizeof(struct cov_opts), .init = init, .in_recipes = 1,
	.plan = plan, .compute = compute, .explain = explain, .chart = chart,
};
