/* tab.c - casestat tab: categories, their shares and intervals.
 *
 *   casestat tab COUNT,COUNT,... | NAME=COUNT,...
 *   casestat tab FILE --by COL[:month|:year] [--where COL=VALUE]...
 *
 * Counting streams the file on all CPUs (tab_read.c): memory holds one
 * count per category (and, for date buckets, per month or year between
 * the first and the last).  The sentences are in tab_explain.c. */
#include "cli/cmd/tab.h"
#include "cli/core/namedcount.h"
#include "cli/frame/finish.h"
#include "cli/frame/methods.h"
#include "analysis/proportion.h"
#include "analysis/status.h"
#include "plots/chart_tab.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define AT(f) offsetof(struct tab_opts, f)

static int opt_by(void *dest, const char *spec, const struct cs_opt_use *u, struct cs_err *err)
{
	struct tab_opts *o = dest;
	int st = cs_bucket_spec(spec, &o->by, &o->bucket);
	if (st == -1)
		return cs_err_usage(err, u->cmd, "invalid --by '%s': after ':' write year, quarter, month, week or day"
				    " (e.g. --by date:month)", spec);
	if (st != 0)
		return o->by ? cs_err_set(err, CS_EXIT_ENV, "out of memory")
			     : cs_err_usage(err, u->cmd, "invalid --by '%s': name a column", spec);
	o->by_spec = spec;
	return 0;
}

static int opt_method(void *dest, const char *name, const struct cs_opt_use *u, struct cs_err *err)
{
	return cs_method_option(dest, name, u->cmd, CS_METHOD_TABLE(cs_multinom_methods, cs_multinom_nmethods), err);
}

static int opt_sort(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	enum tab_sort *s = dest;
	if (strcmp(v, "count") == 0) *s = SORT_COUNT;
	else if (strcmp(v, "name") == 0) *s = SORT_NAME;
	else return cs_err_usage(err, u->cmd, "invalid --sort '%s': use count or name", v);
	return 0;
}

static const struct cs_opt options[] = {
	{ "by", 0, "COL[:month|:year]", "one category per value of COL, or per month or year of its ISO dates",
	  NULL, 0, opt_by },
	CS_OPT_INCLUDE(cs_opts_where),
	{ "method", 0, "NAME", "interval method, or 'all' (default goodman)", "goodman", AT(method), opt_method },
	{ "sort", 0, "KEY", "count (largest first; the default) or name; dates default to name",
	  "count (name for dates)", AT(sort), opt_sort },
	CS_OPT_INCLUDE(cs_opts_threads),
	CS_OPT_INCLUDE(cs_opts_analysis),
	CS_OPT_END
};


static void init(void *vo)
{
	((struct tab_opts *)vo)->method = cs_multinom_method_default();
}

static void fini(void *vo)
{
	free(((struct tab_opts *)vo)->by);
}


static int plan(struct cs_job *job, struct cs_err *err)
{
	const struct tab_opts *o = job->opts;
	if (!o->by && job->common->where.n)
		return cs_err_usage(err, "tab", "--where needs a FILE and --by COL");
	if (o->by && cs_plan_input(job, err))
		return CS_EXIT_USAGE;
	if (!o->by && job->noperand == 0)
		return cs_err_usage(err, "tab", "nothing to do: give counts (e.g. 120,80,45) or a FILE with --by COL");
	if (o->by) {
		/* a date bucket is derived by the reader */
		return cs_plan_read(job, (const char *[]){ o->by_spec }, 1, 0, err);
	}
	return 0;
}

/* ---- the two forms ---------------------------------------------------- */

static int calculator(const struct cs_job *job, struct cs_result *res, struct cs_err *err)
{
	struct cs_named_list l = { NULL, 0 };
	int rc = 0;
	for (size_t i = 0; !rc && i < job->noperand; i++)
		rc = cs_named_add(&l, job->operand[i], CS_PROP_MAX_N, "tab", "count",
				  "Kaspi=120 (to read a file, add --by COL)", err);
	struct tab_cats c = { l.n, calloc(l.n ? l.n : 1, sizeof *c.name), calloc(l.n ? l.n : 1, sizeof *c.count),
			      0, 0 };
	if (!rc && (!c.name || !c.count))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t i = 0; !rc && i < l.n; i++) {
		c.name[i] = l.item[i].name;
		c.count[i] = l.item[i].count;
		if (c.n > CS_PROP_MAX_N - c.count[i])
			rc = cs_err_usage(err, "tab", "the counts add up to more than %lld", (long long)CS_PROP_MAX_N);
		else
			c.n += c.count[i];
	}
	if (!rc && c.n == 0)
		rc = cs_err_usage(err, "tab", "all counts are 0: there are no cases to share out");
	if (!rc)
		rc = cs_tab_emit(job, &c, res, err);
	free(c.name);
	free(c.count);
	cs_named_free(&l);
	return rc;
}

static int compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	if (!data)
		return calculator(job, res, err);
	struct tab_cats c;
	int rc = cs_tab_cats(data, job->opts, job->common->where.n > 0, &c, err);
	if (!rc)
		rc = cs_tab_emit(job, &c, res, err);
	free(c.name);
	free(c.count);
	return rc;
}

/* ---- the chart ------------------------------------------------------- */

CS_CHART_WRITER(write_bars, cs_chart_tab_write)

CS_CHART_WRITER(write_time, cs_chart_time_write)

/* Bars with simultaneous whiskers, or counts per period in time order. */
static int chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	const struct tab_opts *o = job->opts;
	size_t n = res->nrows;
	const char *method = n ? res->row[0].method.title : "";
	int k = cs_chart_caption_k(job->common->min_cell), rc;
	if (o->bucket) {
		struct cs_chart_period *p = calloc(n ? n : 1, sizeof *p);
		struct cs_text title = CS_TEXT_INIT;
		cs_text_add(&title, "Rows per %s of %s", cs_bucket_name(o->bucket), o->by);
		if (!p || title.failed) {
			free(p);
			cs_text_free(&title);
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		}
		for (size_t r = 0; r < n; r++)
			p[r] = (struct cs_chart_period){ cs_result_str(res, r, TAB_CAT), cs_result_num(res, r, TAB_COUNT),
							 NAN, NAN, cs_result_is_hidden(res, r, TAB_COUNT) };
		struct cs_chart_time c = { cs_text_str(&title), "rows", cs_bucket_name(o->bucket), method,
					   job->common->conf, k, n, p };
		rc = cs_chart_write(pt, write_time, &c, err);
		free(p);
		cs_text_free(&title);
		return rc;
	}
	struct cs_chart_bar *b = calloc(n ? n : 1, sizeof *b);
	if (!b)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t r = 0; r < n; r++)
		b[r] = (struct cs_chart_bar){
			cs_result_str(res, r, TAB_CAT), cs_result_num(res, r, TAB_COUNT), cs_result_num(res, r, TAB_SHARE),
			cs_result_num(res, r, TAB_LO), cs_result_num(res, r, TAB_HI),
			cs_result_is_hidden(res, r, TAB_COUNT) || cs_result_is_hidden(res, r, TAB_N)
		};
	struct cs_chart_tab c = { NULL, o->by, method, job->common->conf, k, n, b };
	rc = cs_chart_write(pt, write_bars, &c, err);
	free(b);
	return rc;
}

/* The methods in --help, with their aliases and references. */
static int help_part(FILE *out, const char *name)
{
	if (strcmp(name, "tab_methods") != 0)
		return 0;
	for (size_t i = 0; i < cs_multinom_nmethods; i++) {
		const struct cs_multinom_method *m = &cs_multinom_methods[i];
		char names[64];
		cs_method_names(names, sizeof names, CS_METHOD_TABLE(cs_multinom_methods, cs_multinom_nmethods), i);
		fprintf(out, "%s  %-28s %s, %s%s", i ? "\n" : "", names, m->title, m->reference,
			m == cs_multinom_method_default() ? " (default)" : "");
	}
	return 1;
}

const struct cs_command cs_cmd_tab = {
	.name = "tab", .summary = "shares of categories with simultaneous intervals; counts per month",
	.options = options, .help_part = help_part, .opts_size = sizeof(struct tab_opts), .init = init,
	.fini = fini, .in_recipes = 1,
	.columns = cs_tab_columns, .ncolumns = CS_TAB_NCOLS,
	.plan = plan, .reduce = &cs_tab_reduce, .compute = compute, .explain = cs_tab_explain, .chart = chart,
};
