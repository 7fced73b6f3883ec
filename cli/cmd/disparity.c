/* disparity.c - casestat disparity: the amount alleged (A) against the
 * amount documented (B).
 *
 *   casestat disparity [NAME=]A [NAME=]B [[NAME=]C ...]
 *   casestat disparity FILE --a COL --b COL [--by COL] [--where COL=VALUE]...
 *
 * The data form (disparity_data.c) keeps the two amounts of every
 * non-empty row of a group (16 bytes per row) for the bootstrap over rows;
 * everything else streams.  The calculator is in disparity_calc.c, the
 * sentences in disparity_explain.c. */
#include "cli/cmd/disparity.h"
#include "analysis/amounts.h"
#include "plots/chart_disparity.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define AT(f) offsetof(struct disparity_opts, f)

static const struct cs_opt options[] = {
	{ "a", 0, "COL", "data form: the amount alleged (claimed), per case", NULL, AT(a) },
	{ "b", 0, "COL", "data form: the amount documented, per case", NULL, AT(b) },
	{ "by", 0, "COL", "one set of rows per value of COL", NULL, AT(by) },
	CS_OPT_INCLUDE(cs_opts_where),
	CS_OPT_INCLUDE(cs_opts_boot),
	CS_OPT_INCLUDE(cs_opts_money),
	/* one reading thread: the bootstrap draws rows by their position in
	 * the file, so the rows must stay in file order */
	{ "progress", 0, NULL, "data form: show reading progress on stderr even when it is not a terminal", NULL,
	  offsetof(struct cs_common, progress), NULL, CS_OPT_COMMON | CS_OPT_UNRECORDED | CS_OPT_NO_RECIPE },
	CS_OPT_INCLUDE(cs_opts_analysis),
	CS_OPT_END
};

/* A count row (n, missing, row_ratio_n) holds its count in estimate. */
static const struct cs_column columns[DP_NCOLS] = {
	CS_COL_LABEL("group"), CS_COL_LABEL("measure"), CS_COLS_LIMITS("estimate", NULL), CS_COL_METHOD,
	CS_COL_CONF,
};


static int plan(struct cs_job *job, struct cs_err *err)
{
	const struct disparity_opts *o = job->opts;
	int data = o->a || o->b;
	if (data && !(o->a && o->b))
		return cs_err_usage(err, "disparity", "--a and --b go together");
	if (!data && (o->by || job->common->where.n))
		return cs_err_usage(err, "disparity", "--by and --where need a FILE with --a COL and --b COL");
	if (data && cs_plan_input(job, err))
		return CS_EXIT_USAGE;
	if (!data && job->noperand < 2)
		return cs_err_usage(err, "disparity", job->noperand
				    ? "give two amounts or more (alleged, documented), or a FILE with --a COL and --b COL"
				    : "nothing to do: give two amounts (e.g. 2000000 23000) or a FILE with --a and --b");
	if (!data)
		return 0;
	return cs_plan_read(job, (const char *[]){ o->a, o->b, o->by }, 3, 2, err);
}

/* ---- reading: in file order, the two amounts of every case kept ---- */

static int ctx_init(void *c, const struct cs_job *job)
{
	cs_amt_read_init(c, job, 2, "rows", "amounts alleged or documented cannot be below 0");
	return 0;
}

static const struct cs_reduce reduce = CS_AMT_REDUCE(ctx_init);

/* ---- rows ------------------------------------------------------------ */

static const char *const measure_names[] = {
	[DM_RATIO] = "ratio", [DM_SHARE] = "share", [DM_GAP] = "gap", [DM_N] = "n", [DM_MISSING] = "missing",
	[DM_TOTAL_A] = "total_a", [DM_TOTAL_B] = "total_b", [DM_ROW_RATIO_N] = "row_ratio_n",
	[DM_ROW_Q1] = "row_ratio_q1", [DM_ROW_MEDIAN] = "row_ratio_median", [DM_ROW_Q3] = "row_ratio_q3",
	[DM_TOTAL_A_CONV] = "total_a", [DM_TOTAL_B_CONV] = "total_b", [DM_GAP_CONV] = "gap",
};

static struct cs_method_ref method_of(const struct disparity_row *d)
{
	const struct cs_quantile_type *t7 = cs_quantile_type_find(7);
	switch (d->measure) {
	case DM_N: case DM_MISSING: case DM_ROW_RATIO_N:
		return (struct cs_method_ref){ "count", "count", NULL };
	case DM_TOTAL_A: case DM_TOTAL_B: case DM_TOTAL_A_CONV: case DM_TOTAL_B_CONV:
		return (struct cs_method_ref){ "sum", "sum", NULL };
	case DM_ROW_Q1: case DM_ROW_MEDIAN: case DM_ROW_Q3:
		return (struct cs_method_ref){ "quantile-type-7", t7->title, t7->reference };
	default:
		return d->calc ? (struct cs_method_ref){ "arithmetic", "arithmetic", NULL }
			       : (struct cs_method_ref){ "bootstrap-percentile", "percentile bootstrap",
							 CS_BOOT_PERCENTILE_REFERENCE };
	}
}

long cs_disparity_put(struct cs_result *res, const struct cs_job *job, const char *group,
		      const struct disparity_row *d, const double v[4], struct cs_err *err)
{
	long r = cs_result_add_row(res);
	if (r < 0) {
		cs_err_set(err, CS_EXIT_ENV, "out of memory");
		return -1;
	}
	size_t row = (size_t)r;
	char measure[64];
	snprintf(measure, sizeof measure, "%s%s", measure_names[d->measure],
		 d->measure >= DM_TOTAL_A_CONV ? job->common->money.rate_suffix : "");
	cs_result_text(res, row, DP_GROUP, group);
	cs_result_text(res, row, DP_MEASURE, measure);
	for (size_t c = 0; c < 4; c++)
		cs_result_real(res, row, c == 3 ? DP_CONF : DP_EST + c, v[c]);
	cs_result_method(res, row, method_of(d));
	cs_result_data(res, row, d, sizeof *d);
	return r;
}

static int compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	if (cs_result_init(res, columns, DP_NCOLS, job->common->min_cell) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return data ? cs_disparity_data(job, data, res, err) : cs_disparity_calc(job, res, err);
}

/* ---- the chart ------------------------------------------------------- */

CS_CHART_WRITER(write_chart, cs_chart_disparity_write)

/* One pair of bars per pair of amounts (calculator: each step of the
 * chain and first against last) or per group (data: the two totals, with
 * the bootstrap interval of their ratio). */
static int chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	const struct disparity_opts *o = job->opts;
	struct cs_chart_disparity_row *rows = calloc(res->nrows ? res->nrows : 1, sizeof *rows);
	if (!rows)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t n = 0;
	for (size_t r = 0; r < res->nrows; r++) {
		const struct disparity_row *d = cs_result_row_data(res, r);
		if (d->measure == (d->calc ? DM_RATIO : DM_N))
			rows[n++] = (struct cs_chart_disparity_row){ cs_result_str(res, r, DP_GROUP), d->calc ? d->x : NAN,
								     d->calc ? d->y : NAN, NAN, NAN,
								     cs_result_is_hidden(res, r, DP_EST) };
		else if (d->measure == DM_TOTAL_A && n)
			rows[n - 1].a = cs_result_num(res, r, DP_EST);
		else if (d->measure == DM_TOTAL_B && n)
			rows[n - 1].b = cs_result_num(res, r, DP_EST);
		else if (d->measure == DM_RATIO && !d->calc && n)
			rows[n - 1].ratio_lower = cs_result_num(res, r, DP_LO), rows[n - 1].ratio_upper = cs_result_num(res, r, DP_HI);
	}
	const struct cs_common *c = job->common;
	struct cs_chart_disparity ch = { NULL, o->a, o->b, c->money.currency, c->conf, "percentile bootstrap over rows",
					 n, rows };
	if (!o->a)
		ch = (struct cs_chart_disparity){ "Amounts compared, pair by pair", "first amount", "second amount",
						  c->money.currency, c->conf, NULL, n, rows };
	int rc = cs_chart_write(pt, write_chart, &ch, err);
	free(rows);
	return rc;
}

const struct cs_command cs_cmd_disparity = {
	.name = "disparity", .summary = "amount alleged vs documented: ratio, share and gap",
	.options = options, .opts_size = sizeof(struct disparity_opts), .in_recipes = 1,
	.columns = columns, .ncolumns = DP_NCOLS,
	.plan = plan, .reduce = &reduce, .compute = compute, .explain = cs_disparity_explain, .chart = chart,
};
