/* funnel.c - casestat funnel: attrition through nested stages.
 *
 *   casestat funnel NAME=COUNT NAME=COUNT ...
 *   casestat funnel FILE --stages COL,COL,... [--base COL] [--where COL=VALUE]...
 *
 * For stages s1 ⊇ s2 ⊇ ...: each s(i+1)/s(i) and s(i)/s1 with a proportion
 * method of analysis/proportion.h.  Reading (funnel_read.c) streams the
 * file on all CPUs; the sentences are in funnel_explain.c. */
#include "cli/cmd/funnel.h"
#include "cli/frame/finish.h"
#include "cli/frame/methods.h"
#include "analysis/status.h"
#include "plots/chart_funnel.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define AT(f) offsetof(struct funnel_opts, f)

static const struct cs_opt options[] = {
	{ "stages", 0, "COL,COL,...", "data: true/false columns, one per stage, in order", NULL, AT(stage),
	  cs_opt_columns },
	{ "base", 0, "COL", "data: the first stage is the rows where COL is true (default: all rows)",
	  "(all rows)", AT(base), cs_opt_name },
	CS_OPT_INCLUDE(cs_opts_where),
	{ "method", 0, "NAME", "interval method of 'casestat prop', or 'all' (default wilson)", "wilson",
	  AT(method), cs_opt_prop_method },
	CS_OPT_INCLUDE(cs_opts_threads),
	CS_OPT_INCLUDE(cs_opts_analysis),
	CS_OPT_END
};

static const struct cs_column columns[] = {
	CS_COL_LABEL("stage"), CS_COL_LABEL("relative_to"), CS_COL_COUNT("x"), CS_COL_COUNT("n"),
	CS_COLS_INTERVAL("estimate", "%.4f"),
};
#define NCOLS (sizeof columns / sizeof columns[0])

static void init(void *vo)
{
	((struct funnel_opts *)vo)->method = cs_prop_method_default();
}

static void fini(void *vo)
{
	struct funnel_opts *o = vo;
	cs_names_free(&o->stage);
	cs_named_free(&o->stages);
}


static int plan(struct cs_job *job, struct cs_err *err)
{
	const struct funnel_opts *o = job->opts;
	if (!o->stage.n && (o->base || job->common->where.n))
		return cs_err_usage(err, "funnel", "--base and --where need a FILE and --stages");
	if (!o->stage.n) {
		if (job->noperand == 0)
			return cs_err_usage(err, "funnel", "nothing to do: give stages (e.g. identified=7000"
					    " questioned=800) or a FILE with --stages");
		return 0;
	}
	if (cs_plan_input(job, err))
		return CS_EXIT_USAGE;
	for (size_t k = 0; o->base && k < o->stage.n; k++)
		if (strcmp(o->stage.v[k], o->base) == 0)
			return cs_err_usage(err, "funnel", "--base '%s' is also in --stages", o->base);
	const char *col[sizeof job->columns / sizeof job->columns[0]];
	size_t n = 0;
	if (o->stage.n + (o->base != NULL) > sizeof col / sizeof *col)
		return cs_err_usage(err, "funnel", "--stages names more than %zu columns", sizeof col / sizeof *col - 1);
	if (o->base)
		col[n++] = o->base;
	for (size_t k = 0; k < o->stage.n; k++)
		col[n++] = o->stage.v[k];
	return cs_plan_read(job, col, n, -1, err);
}

/* --min-cell: decide for every stage.  The cells are the stages (printed)
 * and, implied, the people lost at each step and since the first stage;
 * the relations tie them as stage before = stage + lost.  why[i] is the
 * decision for stage i. */
static int decide_stages(const struct cs_named_list *s, int64_t k, enum cs_sup_why *why)
{
	struct cs_sup_table t;
	cs_sup_init(&t);
	size_t *st = calloc(3 * s->n + 1, sizeof *st), *d = st + s->n, *c = d + s->n;
	int rc = st ? CS_OK : CS_ENOMEM;
	long idx;
	for (size_t i = 0; rc == CS_OK && i < s->n; i++) {
		rc = (idx = cs_sup_add_cell(&t, s->item[i].count, 1)) < 0 ? CS_ENOMEM : CS_OK;
		st[i] = (size_t)idx;
	}
	for (size_t i = 1; rc == CS_OK && i < s->n; i++) {
		if ((idx = cs_sup_add_cell(&t, s->item[i - 1].count - s->item[i].count, 0)) < 0) {
			rc = CS_ENOMEM;
			break;
		}
		d[i] = (size_t)idx;
		rc = cs_sup_add_rel(&t, st[i - 1], (size_t[2]){ st[i], d[i] }, 2);
		if (i == 1) {
			c[i] = d[i];
			continue;
		}
		if (rc == CS_OK && (idx = cs_sup_add_cell(&t, s->item[0].count - s->item[i].count, 0)) < 0)
			rc = CS_ENOMEM;
		c[i] = (size_t)idx;
		if (rc == CS_OK)
			rc = cs_sup_add_rel(&t, st[0], (size_t[2]){ st[i], c[i] }, 2);
		if (rc == CS_OK)
			rc = cs_sup_add_rel(&t, c[i], (size_t[2]){ c[i - 1], d[i] }, 2);
	}
	if (rc == CS_OK)
		rc = cs_sup_decide(&t, k);
	for (size_t i = 0; i < s->n; i++)
		why[i] = rc == CS_OK ? t.cell[st[i]].why : CS_SUP_SMALL;
	free(st);
	cs_sup_free(&t);
	return rc;
}

/* Rows for stage i against the stage before it, or (rel) the first stage,
 * one per method. */
static int add_rows(const struct cs_job *job, struct cs_result *res, size_t i, int rel,
		    const enum cs_sup_why *why, struct cs_err *err)
{
	size_t j = rel ? 0 : i - 1;
	const struct funnel_opts *o = job->opts;
	const struct cs_named_list *s = &o->stages;
	size_t first, last;
	cs_prop_method_range(o->method, &first, &last);
	for (size_t mi = first; mi < last; mi++) {
		const struct cs_prop_method *m = &cs_prop_methods[mi];
		int64_t x = s->item[i].count, n = s->item[j].count;
		struct cs_interval ci = { NAN, NAN, NAN, 0 };
		int st = n > 0 ? cs_prop_ci(m, x, n, job->common->conf, CS_SIDES_TWO, &ci) : CS_OK;
		if (st != CS_OK)
			return cs_err_set(err, CS_EXIT_DATA, "cannot compute the %s interval for %lld/%lld: %s",
					  m->name, (long long)x, (long long)n, cs_strerror(st));
		long r = cs_result_add_row(res);
		if (r < 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		size_t row = (size_t)r;
		struct funnel_row d = { i, j, rel, mi == first, n > 0, ci.notes };
		cs_result_text(res, row, FUN_STAGE, s->item[i].name);
		cs_result_text(res, row, FUN_REL, rel ? "first" : "previous");
		cs_result_count(res, row, FUN_X, x, why[i], "the count x (this stage)", 1);
		cs_result_count(res, row, FUN_N, n, why[j], "the count n (the stage it is measured against)", 1);
		/* the sentence of a later stage also names the first */
		cs_result_count(res, row, -1, s->item[0].count, j > 0 ? why[0] : CS_SUP_SHOWN,
				"the size of the first stage", 1);
		cs_result_real(res, row, FUN_EST, ci.estimate);
		cs_result_real(res, row, FUN_LO, ci.lower);
		cs_result_real(res, row, FUN_HI, ci.upper);
		cs_result_real(res, row, FUN_CONF, job->common->conf);
		cs_result_method(res, row, cs_prop_method_ref(m));
		cs_result_rests_on(res, row, "the share and its interval", s->item[i].name);
		cs_result_data(res, row, &d, sizeof d);
	}
	return 0;
}

static int compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	struct funnel_opts *o = job->opts;
	struct cs_named_list *s = &o->stages;
	int rc = 0;
	if (data) {
		rc = cs_funnel_stages(data, o, err);
	} else {
		for (size_t i = 0; !rc && i < job->noperand; i++)
			rc = cs_named_add(s, job->operand[i], CS_PROP_MAX_N, "funnel", "stage",
					  "questioned=800 (to read a file, add --stages)", err);
		if (!rc && s->n < 2)
			rc = cs_err_usage(err, "funnel", "a funnel needs at least two stages, e.g."
					  " identified=7000 questioned=800");
	}
	/* read row by row, data stages are nested: only a calculator can fail here */
	for (size_t i = 1; !rc && i < s->n; i++)
		if (s->item[i].count > s->item[i - 1].count)
			rc = cs_err_usage(err, "funnel", "stage '%s' (%lld) is larger than the stage before it,"
					  " '%s' (%lld): each stage must be part of the one before",
					  s->item[i].name, (long long)s->item[i].count, s->item[i - 1].name,
					  (long long)s->item[i - 1].count);
	int64_t k = job->common->min_cell;
	enum cs_sup_why *why = rc ? NULL : calloc(s->n, sizeof *why);
	if (!rc && (!why || (k > 0 && decide_stages(s, k, why) != CS_OK) ||
		    cs_result_init(res, columns, NCOLS, k) != 0))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t i = 1; !rc && i < s->n; i++)
		for (int rel = 0; !rc && rel < 2; rel++)
			rc = add_rows(job, res, i, rel, why, err);
	free(why);
	return rc;
}

/* ---- the chart ------------------------------------------------------- */

CS_CHART_WRITER(write_chart, cs_chart_funnel_write)

/* One bar per stage: the first method's row against the stage before. */
static int chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	const struct funnel_opts *o = job->opts;
	struct cs_chart_funnel_stage *st = calloc(o->stages.n + 1, sizeof *st);
	if (!st)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t k = 0;
	const char *method = "";
	for (size_t r = 0; r < res->nrows; r++) {
		const struct funnel_row *d = cs_result_row_data(res, r);
		if (d->rel || !d->first_method)
			continue;
		if (k == 0)
			st[k++] = (struct cs_chart_funnel_stage){ o->stages.item[0].name, cs_result_num(res, r, FUN_N),
								  NAN, NAN, NAN, cs_result_is_hidden(res, r, FUN_N) };
		method = res->row[r].method.title;
		st[k++] = (struct cs_chart_funnel_stage){
			o->stages.item[d->i].name, cs_result_num(res, r, FUN_X), cs_result_num(res, r, FUN_EST),
			cs_result_num(res, r, FUN_LO), cs_result_num(res, r, FUN_HI), cs_result_is_hidden(res, r, FUN_X)
		};
	}
	struct cs_chart_funnel c = { NULL, method, job->common->conf, cs_chart_caption_k(job->common->min_cell),
				     k, st };
	int rc = cs_chart_write(pt, write_chart, &c, err);
	free(st);
	return rc;
}

const struct cs_command cs_cmd_funnel = {
	.name = "funnel", .summary = "attrition through stages (7,000 -> 800 -> 7 -> 6)",
	.options = options, .opts_size = sizeof(struct funnel_opts), .init = init, .fini = fini,
	.in_recipes = 1,
	.columns = columns, .ncolumns = NCOLS,
	.plan = plan, .reduce = &cs_funnel_reduce, .compute = compute, .explain = cs_funnel_explain,
	.chart = chart,
};
