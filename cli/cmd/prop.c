/* prop.c - casestat prop: confidence intervals for proportions.
 *
 *   casestat prop X/N [X/N ...]
 *   casestat prop FILE --success COL[=VALUE] [--by COL] [--where COL=VALUE]...
 *   casestat prop FILE --count COL --total COL [--label COL] [--where ...]
 *
 * Counting streams the file on all CPUs: memory holds one record per
 * group.  The sentences are in prop_explain.c. */
#include "cli/cmd/prop.h"
#include "cli/core/groups.h"
#include "cli/frame/reduce.h"
#include "cli/core/values.h"
#include "cli/frame/finish.h"
#include "cli/frame/methods.h"
#include "analysis/status.h"
#include "plots/chart_prop.h"

#include <stdlib.h>
#include <string.h>

#define AT(f) offsetof(struct prop_opts, f)

static int opt_sides(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	enum cs_sides *s = dest;
	if (strcmp(v, "two") == 0) *s = CS_SIDES_TWO;
	else if (strcmp(v, "lower") == 0) *s = CS_SIDES_LOWER;
	else if (strcmp(v, "upper") == 0) *s = CS_SIDES_UPPER;
	else return cs_err_usage(err, u->cmd, "invalid --sides '%s': use two, lower or upper", v);
	return 0;
}

static const struct cs_opt options[] = {
	{ "success", 0, "COL[=VALUE]", "count rows whose COL is true (or equals VALUE)", NULL, AT(success),
	  cs_opt_success },
	{ "by", 0, "COL", "one proportion per value of COL", NULL, AT(by) },
	CS_OPT_INCLUDE(cs_opts_where),
	{ "count", 0, "COL", "aggregated data: successes per row in COL", NULL, AT(count) },
	{ "total", 0, "COL", "aggregated data: trials per row in COL", NULL, AT(total) },
	{ "label", 0, "COL", "aggregated data: group label in COL (rows with one label add up)", NULL, AT(label) },
	{ "method", 0, "NAME", "interval method, or 'all' (default wilson)", "wilson", AT(method), cs_opt_prop_method },
	{ "sides", 0, "S", "two (default), lower or upper: one-sided intervals", "two", AT(sides), opt_sides },
	CS_OPT_INCLUDE(cs_opts_threads),
	CS_OPT_INCLUDE(cs_opts_analysis),
	CS_OPT_END
};

static const struct cs_column columns[] = {
	CS_COL_LABEL("group"), CS_COL_COUNT("x"), CS_COL_COUNT("n"), CS_COL_COUNT("missing"),
	CS_COLS_INTERVAL("estimate", "%.4f"),
};
#define NCOLS (sizeof columns / sizeof columns[0])

static void init(void *vo)
{
	struct prop_opts *o = vo;
	o->method = cs_prop_method_default();
}

static void fini(void *vo)
{
	cs_success_free(&((struct prop_opts *)vo)->success);
}


static int plan(struct cs_job *job, struct cs_err *err)
{
	const struct prop_opts *o = job->opts;
	if (o->success.col && (o->count || o->total))
		return cs_err_usage(err, "prop", "--success cannot be combined with --count/--total");
	if ((o->count != NULL) != (o->total != NULL))
		return cs_err_usage(err, "prop", "--count and --total go together");
	if (o->label && !o->count)
		return cs_err_usage(err, "prop", "--label goes with --count and --total (use --by with --success)");
	if (o->by && o->count)
		return cs_err_usage(err, "prop", "with --count and --total, name the group column with --label");
	int data = o->success.col || o->count;
	if (!data && (o->by || job->common->where.n))
		return cs_err_usage(err, "prop", "--by and --where need a FILE and --success (or --count and --total)");
	if (data && cs_plan_input(job, err))
		return CS_EXIT_USAGE;
	if (!data && job->noperand == 0)
		return cs_err_usage(err, "prop", "nothing to do: give X/N (e.g. 6/7) or a FILE with --success COL");
	if (o->sides != CS_SIDES_TWO && !(job->common->conf > 0.5))
		return cs_err_usage(err, "prop", "one-sided intervals (--sides %s) need --conf above 0.5",
				    o->sides == CS_SIDES_LOWER ? "lower" : "upper");
	if (!data)
		return 0;
	if (!o->success.col)
		return cs_plan_read(job, (const char *[]){ o->count, o->total, o->label }, 3, 2, err);
	job->match = 0;
	job->match_value = o->success.value;
	return cs_plan_read(job, (const char *[]){ o->success.col, o->by }, 2, 1, err);
}

/* ---- the result ------------------------------------------------------ */

/* label_in_text: the label starts the sentences; calc: the label is the
 * X/N the user typed, and a hidden count is masked in it. */
static int add_rows(struct cs_result *res, const struct cs_job *job, const char *label, int label_in_text,
		    int calc, struct cs_success_counts cnt, struct cs_err *err)
{
	const struct prop_opts *o = job->opts;
	int64_t k = job->common->min_cell;
	enum cs_sup_why wx, wn, wm = cs_hide_why(cnt.missing, k);
	if (cs_hide_proportion(cnt.x, cnt.n, k, &wx, &wn) == CS_ENOMEM)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	char masked[96];
	if (calc && k > 0 && (wx != CS_SUP_SHOWN || wn != CS_SUP_SHOWN)) {
		char xs[40], ns[40];
		cs_hide_text(xs, sizeof xs, cnt.x, wx, k);
		cs_hide_text(ns, sizeof ns, cnt.n, wn, k);
		snprintf(masked, sizeof masked, "%s/%s", xs, ns);
		label = masked;
	}
	size_t first, last;
	cs_prop_method_range(o->method, &first, &last);
	for (size_t mi = first; mi < last; mi++) {
		const struct cs_prop_method *m = &cs_prop_methods[mi];
		struct prop_row data = { label_in_text, cnt.n > 0, { 0, 0, 0, 0 } };
		if (data.have) {
			int st = cs_prop_ci(m, cnt.x, cnt.n, job->common->conf, o->sides, &data.ci);
			if (st != CS_OK)
				return cs_err_set(err, CS_EXIT_DATA, "cannot compute the %s interval for %lld/%lld: %s",
						  m->name, (long long)cnt.x, (long long)cnt.n, cs_strerror(st));
		}
		long r = cs_result_add_row(res);
		if (r < 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		size_t row = (size_t)r;
		cs_result_text(res, row, PROP_GROUP, label);
		cs_result_count(res, row, PROP_X, cnt.x, wx, "the count x", 1);
		cs_result_count(res, row, PROP_N, cnt.n, wn, "the total n", 1);
		cs_result_count(res, row, PROP_MISSING, cnt.missing, wm, "the number of rows with an empty value", 0);
		if (data.have) {
			cs_result_real(res, row, PROP_EST, data.ci.estimate);
			cs_result_real(res, row, PROP_LO, data.ci.lower);
			cs_result_real(res, row, PROP_HI, data.ci.upper);
		}
		cs_result_real(res, row, PROP_CONF, job->common->conf);
		cs_result_method(res, row, cs_prop_method_ref(m));
		cs_result_rests_on(res, row, "the share and its interval", label_in_text ? label : NULL);
		cs_result_data(res, row, &data, sizeof data);
	}
	return 0;
}

static int compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	const struct prop_opts *o = job->opts;
	if (cs_result_init(res, columns, NCOLS, job->common->min_cell) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (!data) {
		for (size_t i = 0; i < job->noperand; i++) {
			struct cs_success_counts cnt = { 0, 0, 0 };
			int rc = cs_parse_fraction(job->operand[i], &cnt.x, &cnt.n, "prop",
						   "to read a file, add --success COL or --count and --total", err);
			if (!rc)
				rc = add_rows(res, job, job->operand[i], 0, 1, cnt, err);
			if (rc)
				return rc;
		}
		return 0;
	}
	const struct cs_by_group *c = data;
	size_t *order = cs_groups_sorted(&c->groups);
	if (!order && c->groups.n)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int64_t x = 0;
	int rc = 0;
	for (size_t k = 0; !rc && k < c->groups.n; k++) {
		const struct cs_success_counts *g = cs_groups_value(&c->groups, order[k]);
		if (g->n > CS_PROP_MAX_N)
			rc = cs_err_at(err, CS_EXIT_DATA, c->input, 0, 0, "the totals%s%s%s add up to more than %lld",
				       o->label ? " of '" : "", o->label ? c->groups.key[order[k]] : "",
				       o->label ? "'" : "", (long long)CS_PROP_MAX_N);
		x += g->x;
	}
	if (!rc && o->success.col)
		cs_success_check_none(&o->success, x, job->common->where.n > 0);
	for (size_t k = 0; !rc && k < c->groups.n; k++) {
		size_t i = order[k];
		rc = add_rows(res, job, c->groups.key[i], o->by || o->label, 0,
			      *(const struct cs_success_counts *)cs_groups_value(&c->groups, i), err);
	}
	free(order);
	return rc;
}

/* ---- the chart ------------------------------------------------------- */

CS_CHART_WRITER(write_chart, cs_chart_prop_write)

/* One dot per row; the title says what was counted and by what. */
static int chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	const struct prop_opts *o = job->opts;
	struct cs_chart_prop_point *pts = calloc(res->nrows ? res->nrows : 1, sizeof *pts);
	struct cs_text title = CS_TEXT_INIT, subject = CS_TEXT_INIT;
	if (o->success.col) {
		cs_text_add(&subject, "rows that ");
		cs_success_phrase(&o->success, &subject);
	} else if (o->count) {
		cs_text_add(&subject, "'%s' out of '%s'", o->count, o->total);
	}
	const char *by = o->by ? o->by : o->label;
	if (subject.n)
		cs_text_add(&title, "Share of %s%s%s", cs_text_str(&subject), by ? ", by " : "", by ? by : "");
	int rc = 0;
	if (!pts || title.failed || subject.failed)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t r = 0; !rc && r < res->nrows; r++)
		pts[r] = (struct cs_chart_prop_point){
			cs_result_str(res, r, PROP_GROUP), res->row[r].method.title,
			cs_result_num(res, r, PROP_X), cs_result_num(res, r, PROP_N),
			cs_result_num(res, r, PROP_EST), cs_result_num(res, r, PROP_LO), cs_result_num(res, r, PROP_HI),
			cs_result_is_hidden(res, r, PROP_X) || cs_result_is_hidden(res, r, PROP_N)
		};
	struct cs_chart_prop c = { subject.n ? cs_text_str(&title) : NULL, subject.n ? cs_text_str(&subject) : NULL,
				   job->common->conf, cs_chart_caption_k(job->common->min_cell), res->nrows, pts };
	if (!rc)
		rc = cs_chart_write(pt, write_chart, &c, err);
	free(pts);
	cs_text_free(&title);
	cs_text_free(&subject);
	return rc;
}

const struct cs_command cs_cmd_prop = {
	.name = "prop", .summary = "confidence intervals for proportions (6 of 7; 800 of 7,000)",
	.options = options, .opts_size = sizeof(struct prop_opts), .init = init, .fini = fini, .in_recipes = 1,
	.columns = columns, .ncolumns = NCOLS,
	.plan = plan, .reduce = &cs_prop_reduce, .compute = compute, .explain = cs_prop_explain, .chart = chart,
};
