/* rate.c - casestat rate: counts over exposure.
 *
 *   casestat rate X[/EXPOSURE]                 one rate
 *   casestat rate X1/E1 X2/E2                  two rates and their ratio
 *   casestat rate FILE --count COL --exposure COL [--by COL] [--where ...]
 *
 * Reading streams the file in file order (exposures are decimal sums: the
 * order of the additions must not change the last digit); memory holds one
 * record per group.  The sentences are in rate_explain.c. */
#include "cli/cmd/rate.h"
#include "cli/core/groups.h"
#include "cli/frame/reduce.h"
#include "cli/core/values.h"
#include "cli/frame/finish.h"
#include "analysis/rate.h"
#include "analysis/status.h"
#include "plots/chart_rate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define AT(f) offsetof(struct rate_opts, f)

static const struct cs_opt options[] = {
	{ "count", 0, "COL", "data: number of events per row in COL", NULL, AT(count) },
	{ "exposure", 0, "COL", "data: exposure per row in COL (person-years, population, ...)", NULL, AT(exposure) },
	{ "by", 0, "COL", "one rate per value of COL (rows with one value add up)", NULL, AT(by) },
	CS_OPT_INCLUDE(cs_opts_where),
	{ "per", 0, "K", "give rates per K units of exposure, e.g. 1000 (default 1)", "1", AT(per),
	  cs_opt_positive_real },
	CS_OPT_INCLUDE(cs_opts_progress),
	CS_OPT_INCLUDE(cs_opts_analysis),
	CS_OPT_END
};

static const struct cs_column rate_columns[] = {
	CS_COL_LABEL("group"), CS_COL_COUNT("count"), CS_COL_VALUE("exposure", "%.10g"),
	CS_COL_COUNT("missing"), CS_COLS_LIMITS("rate", "%.4g"), CS_COL_VALUE("per", "%.10g"), CS_COL_METHOD,
	CS_COL_CONF,
};
static const struct cs_column ratio_columns[] = {
	CS_COL_LABEL("measure"), CS_COL_LABEL("group"), CS_COL_COUNT("count"),
	CS_COL_VALUE("exposure", "%.10g"), CS_COLS_LIMITS("estimate", "%.4g"), CS_COL_VALUE("per", "%.10g"),
	CS_COL_METHOD, CS_COL_CONF,
};
#define NCOLS(c) (sizeof c / sizeof c[0])

static const struct cs_method_ref EXACT_RATE = { "exact", "exact Poisson (Garwood)", "Garwood (1936)" };
static const struct cs_method_ref EXACT_RATIO = { "exact", "exact conditional", NULL };

static void init(void *vo)
{
	((struct rate_opts *)vo)->per = 1.0;
}

static void fini(void *vo)
{
	struct rate_opts *o = vo;
	free(o->label[0]);
	free(o->label[1]);
}


static int plan(struct cs_job *job, struct cs_err *err)
{
	const struct rate_opts *o = job->opts;
	int data = o->count || o->exposure;
	if (data && !(o->count && o->exposure))
		return cs_err_usage(err, "rate", "--count and --exposure go together");
	if (!data && (o->by || job->common->where.n))
		return cs_err_usage(err, "rate", "--by and --where need a FILE with --count and --exposure");
	if (data && cs_plan_input(job, err))
		return CS_EXIT_USAGE;
	if (!data && job->noperand == 0)
		return cs_err_usage(err, "rate", "nothing to do: give a rate (e.g. 6/1000), two to compare,"
				    " or a FILE with --count and --exposure");
	if (!data && job->noperand > 2)
		return cs_err_usage(err, "rate", "give one rate (6/1000) or two to compare (6/1000 12/4000);"
				    " for more, use a FILE with --by");
	if (data) {
		return cs_plan_read(job, (const char *[]){ o->count, o->exposure, o->by }, 3, 2, err);
	}
	return 0;
}

/* ---- the result ------------------------------------------------------ */

/* The calculator's label ("6/1000") with the mark in place of a hidden count. */
static char *masked_label(const char *label, enum cs_sup_why why, int64_t k)
{
	char mark[32], *s = NULL;
	if (why == CS_SUP_SHOWN)
		return strdup(label);
	cs_hide_mark(mark, sizeof mark, k);
	const char *slash = strchr(label, '/');
	return asprintf(&s, "%s%s", mark, slash ? slash : "") < 0 ? NULL : s;
}

/* One rate (two_cols: as a row of a comparison). */
static int add_rate(struct cs_result *res, const struct cs_job *job, const char *group, int named, int calc,
		    int two_cols, const struct totals *tot, struct cs_err *err)
{
	const struct rate_opts *o = job->opts;
	int64_t k = job->common->min_cell;
	struct rate_row d = { 0, named, tot->e > 0.0, { tot->e, 0 }, { 0, 0, 0, 0 } };
	if (d.have) {
		int st = cs_rate_exact(tot->x, tot->e, job->common->conf, &d.ci);
		if (st != CS_OK)
			return cs_err_set(err, CS_EXIT_DATA, "cannot compute the rate of %lld over %g: %s",
					  (long long)tot->x, tot->e, cs_strerror(st));
	}
	long r = cs_result_add_row(res);
	if (r < 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t row = (size_t)r, c = two_cols;    /* the columns of a comparison are one to the right */
	enum cs_sup_why why = cs_hide_why(tot->x, k);
	char *label = calc ? masked_label(group, why, k) : NULL;
	if (two_cols)
		cs_result_text(res, row, M_MEASURE, "rate");
	cs_result_text(res, row, R_GROUP + c, label ? label : group);
	cs_result_count(res, row, (long)(R_COUNT + c), tot->x, why, "the number of events", 1);
	cs_result_real(res, row, R_EXPOSURE + c, tot->e);
	if (!two_cols)
		cs_result_count(res, row, R_MISSING, tot->missing, calc ? CS_SUP_SHOWN : cs_hide_why(tot->missing, k),
				"the number of rows with an empty count or exposure", 0);
	size_t est = two_cols ? M_EST : R_RATE;
	if (d.have) {
		cs_result_real(res, row, est, d.ci.estimate * o->per);
		cs_result_real(res, row, est + 1, d.ci.lower * o->per);
		cs_result_real(res, row, est + 2, d.ci.upper * o->per);
	}
	cs_result_real(res, row, est + 3, o->per);
	cs_result_real(res, row, est + 5, job->common->conf);
	cs_result_method(res, row, EXACT_RATE);
	cs_result_rests_on(res, row, "the rate and its interval", named ? cs_result_str(res, row, R_GROUP + c) : NULL);
	cs_result_data(res, row, &d, sizeof d);
	if (calc && !label)
		res->failed = 1;
	free(label);
	return 0;
}

static int parse_rate(const char *s, const struct cs_cells *cells, struct totals *tot, struct cs_err *err)
{
	const char *slash = strchr(s, '/');
	size_t xlen = slash ? (size_t)(slash - s) : strlen(s);
	memset(tot, 0, sizeof *tot);
	tot->e = 1.0;
	if (s[0] == '-')
		return cs_err_usage(err, "rate", "invalid rate '%s': counts cannot be negative", s);
	if (cs_parse_count_grouped(s, xlen, CS_RATE_MAX_COUNT, &tot->x) != 0) {
		if (xlen > 0 && strspn(s, "0123456789") == xlen)
			return cs_err_usage(err, "rate", "invalid rate '%s': the count is larger than %lld",
					    s, (long long)CS_RATE_MAX_COUNT);
		return cs_err_usage(err, "rate", "invalid rate '%s': write COUNT or COUNT/EXPOSURE with a whole"
				    " count, e.g. 6 or 6/1000 (to read a file, add --count and --exposure)", s);
	}
	if (slash && (cs_cells_arg_real(cells, slash + 1, strlen(slash + 1), &tot->e) != 0 || !(tot->e > 0.0)))
		return cs_err_usage(err, "rate", "invalid rate '%s': the exposure after '/' must be a positive"
				    " number, e.g. 1000 or 2.5", s);
	return 0;
}

/* Two rates, then the ratio of the first to the second. */
static int add_comparison(struct cs_result *res, const struct cs_job *job, const struct totals tot[2],
			  struct cs_err *err)
{
	struct rate_opts *o = job->opts;
	int64_t k = job->common->min_cell;
	enum cs_sup_why why[2] = { cs_hide_why(tot[0].x, k), cs_hide_why(tot[1].x, k) };
	for (int i = 0; i < 2; i++) {
		int rc = add_rate(res, job, job->operand[i], 1, 1, 1, &tot[i], err);
		if (rc)
			return rc;
		if (!(o->label[i] = strdup(cs_result_str(res, res->nrows - 1, M_GROUP))))
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	struct rate_row d = { 1, 1, 1, { tot[0].e, tot[1].e }, { 0, 0, 0, 0 } };
	int st = cs_rate_ratio_exact(tot[0].x, tot[0].e, tot[1].x, tot[1].e, job->common->conf, &d.ci);
	if (st != CS_OK && st != CS_EUNDEF)
		return cs_err_set(err, CS_EXIT_DATA, "cannot compute the rate ratio: %s", cs_strerror(st));
	d.have = st == CS_OK;
	long r = cs_result_add_row(res);
	char *label = NULL;
	if (r < 0 || asprintf(&label, "%s vs %s", o->label[0], o->label[1]) < 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t row = (size_t)r;
	cs_result_text(res, row, M_MEASURE, "rate_ratio");
	cs_result_text(res, row, M_GROUP, label);
	if (d.have) {
		cs_result_real(res, row, M_EST, d.ci.estimate);   /* infinite: empty */
		cs_result_real(res, row, M_LO, d.ci.lower);
		cs_result_real(res, row, M_HI, d.ci.upper);
	}
	cs_result_real(res, row, M_CONF, job->common->conf);
	cs_result_method(res, row, EXACT_RATIO);
	cs_result_count(res, row, -1, tot[0].x, why[0], "the number of events of the first", 1);
	cs_result_count(res, row, -1, tot[1].x, why[1], "the number of events of the second", 1);
	cs_result_rests_on(res, row, "the ratio and its interval", label);
	cs_result_data(res, row, &d, sizeof d);
	free(label);
	return 0;
}

static int compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	const struct rate_opts *o = job->opts;
	int64_t k = job->common->min_cell;
	int two = !data && job->noperand == 2, rc = 0;
	if (two ? cs_result_init(res, ratio_columns, NCOLS(ratio_columns), k)
		: cs_result_init(res, rate_columns, NCOLS(rate_columns), k))
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (!data) {
		struct totals tot[2];
		for (size_t i = 0; !rc && i < job->noperand; i++)
			rc = parse_rate(job->operand[i], &job->common->cells, &tot[i], err);
		if (!rc)
			rc = two ? add_comparison(res, job, tot, err) : add_rate(res, job, job->operand[0], 0, 1, 0, &tot[0], err);
		return rc;
	}
	const struct cs_by_group *c = data;
	size_t *order = cs_groups_sorted(&c->groups);
	if (!order)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t j = 0; !rc && j < c->groups.n; j++) {
		struct totals g = *(const struct totals *)cs_groups_value(&c->groups, order[j]);
		g.e += g.ec;
		rc = add_rate(res, job, c->groups.key[order[j]], o->by != NULL, 0, 0, &g, err);
	}
	free(order);
	return rc;
}

/* ---- the chart ------------------------------------------------------- */

CS_CHART_WRITER(write_chart, cs_chart_rate_write)

/* The single rates (not the ratio of a comparison), with their intervals. */
static int chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	const struct rate_opts *o = job->opts;
	struct cs_chart_rate_point *p = calloc(res->nrows ? res->nrows : 1, sizeof *p);
	if (!p)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t k = 0, c = res->cols[0].role == CS_ROLE_LABEL && res->cols[1].role == CS_ROLE_LABEL;
	for (size_t r = 0; r < res->nrows; r++) {
		const struct rate_row *d = cs_result_row_data(res, r);
		if (d->ratio)
			continue;
		p[k++] = (struct cs_chart_rate_point){
			cs_result_str(res, r, R_GROUP + c), cs_result_num(res, r, R_COUNT + c),
			cs_result_num(res, r, R_EXPOSURE + c), cs_result_num(res, r, c ? M_EST : R_RATE),
			cs_result_num(res, r, c ? M_LO : R_LO), cs_result_num(res, r, c ? M_HI : R_HI),
			cs_result_is_hidden(res, r, R_COUNT + c)
		};
	}
	char unit[80];
	cs_rate_per_words(unit, sizeof unit, o->per);
	struct cs_chart_rate chart = { NULL, unit + 1, NULL, job->common->conf,
				       cs_chart_caption_k(job->common->min_cell), k, p };
	int rc = cs_chart_write(pt, write_chart, &chart, err);
	free(p);
	return rc;
}

/* The columns of a comparison of two rates, in --help. */
static int help_part(FILE *out, const char *name)
{
	if (strcmp(name, "ratio_columns") != 0)
		return 0;
	for (size_t i = 0; i < NCOLS(ratio_columns); i++)
		fprintf(out, "%s%s", i ? "," : "", ratio_columns[i].name);
	return 1;
}

const struct cs_command cs_cmd_rate = {
	.name = "rate", .summary = "counts over exposure: exact Poisson limits, rate ratios",
	.options = options, .help_part = help_part, .opts_size = sizeof(struct rate_opts), .init = init,
	.fini = fini, .in_recipes = 1,
	.columns = rate_columns, .ncolumns = NCOLS(rate_columns),
	.plan = plan, .reduce = &cs_rate_reduce, .compute = compute, .explain = cs_rate_explain, .chart = chart,
};
