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
		return cs_err_usage(err, u->cmd, "invalid --by '%s': after ':' write month or year"
				    " (e.g. --by date:month)", spec);
	if (st != 0)
		return o->by ? cs_err_set(err, CS_EXIT_ENV, "out of memory")
			     : cs_err_usage(err, u->cmd, "invalid --by '%s': name a column", spec);
	o->by_spec = spec;
	return 0;
}

static int opt_method(void *dest, const char *name, const struct cs_opt_use *u, struct cs_err *err)
{
	const struct cs_multinom_method **m = dest;
	if (strcmp(name, "all") == 0) {
		*m = NULL;
		return 0;
	}
	if ((*m = cs_multinom_method_find(name)) != NULL)
		return 0;
	return cs_err_unknown_method(err, u->cmd, name, CS_METHOD_TABLE(cs_multinom_methods, cs_multinom_nmethods));
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
	CS_OPT_INCLUDE(cs_opts_result),
	CS_OPT_END
};

static const struct cs_column columns[] = {
	CS_COL_LABEL("category"), CS_COL_COUNT("count"), CS_COL_COUNT("n"), CS_COL_COUNT("missing"),
	CS_COLS_INTERVAL("share", "%.4f"),
};
#define NCOLS (sizeof columns / sizeof columns[0])

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
		job->input = job->operand[0];
		job->columns[0] = o->by;
		job->ncolumns = 1;
	}
	return 0;
}

/* ---- order and suppression -------------------------------------------- */

static int digits_only(const char *s)
{
	return *s && strspn(s, "0123456789") == strlen(s);
}

/* Name order: labels of digits only first, by numeric value (length after
 * leading zeros, then digits), then all others in byte order; a total order. */
static int name_cmp(const char *a, const char *b)
{
	int da = digits_only(a), db = digits_only(b);
	if (da != db)
		return da ? -1 : 1;
	if (da) {
		const char *pa = a + strspn(a, "0"), *pb = b + strspn(b, "0");
		pa -= *pa == '\0';
		pb -= *pb == '\0';
		size_t la = strlen(pa), lb = strlen(pb);
		if (la != lb)
			return la < lb ? -1 : 1;
		int c = strcmp(pa, pb);
		if (c)
			return c;
	}
	return strcmp(a, b);
}

struct order_ctx {
	const struct tab_cats *c;
	enum tab_sort key;
	const enum cs_sup_why *why;
};

static int order_cmp(const void *va, const void *vb, void *vctx)
{
	const struct order_ctx *o = vctx;
	size_t i = *(const size_t *)va, j = *(const size_t *)vb;
	/* by count, hidden counts go last by name: their place must not tell
	 * how large they are */
	int hi = o->why[i] != CS_SUP_SHOWN, hj = o->why[j] != CS_SUP_SHOWN;
	if (o->key == SORT_COUNT && hi != hj)
		return hi - hj;
	if (o->key == SORT_COUNT && !hi && o->c->count[i] != o->c->count[j])
		return o->c->count[i] > o->c->count[j] ? -1 : 1;
	int c = name_cmp(o->c->name[i], o->c->name[j]);
	return c ? c : (i < j ? -1 : i > j);
}

/* --min-cell: the categories add up to n (shown on every row). */
static int decide(const struct tab_cats *c, int64_t k, enum cs_sup_why *why, enum cs_sup_why *n_why)
{
	struct cs_sup_table s;
	cs_sup_init(&s);
	size_t *m = malloc((c->k ? c->k : 1) * sizeof *m);
	int rc = m ? CS_OK : CS_ENOMEM;
	for (size_t i = 0; rc == CS_OK && i < c->k; i++) {
		long idx = cs_sup_add_cell(&s, c->count[i], 1);
		rc = idx < 0 ? CS_ENOMEM : CS_OK;
		m[i] = (size_t)idx;
	}
	long total = rc == CS_OK ? cs_sup_add_cell(&s, c->n, 1) : -1;
	if (rc == CS_OK)
		rc = total < 0 ? CS_ENOMEM : cs_sup_add_rel(&s, (size_t)total, m, c->k);
	if (rc == CS_OK)
		rc = cs_sup_decide(&s, k);
	for (size_t i = 0; rc == CS_OK && i < c->k; i++)
		why[i] = s.cell[m[i]].why;
	if (rc == CS_OK)
		*n_why = s.cell[total].why;
	free(m);
	cs_sup_free(&s);
	return rc;
}

static int emit(const struct cs_job *job, const struct tab_cats *c, struct cs_result *res, struct cs_err *err)
{
	const struct tab_opts *o = job->opts;
	int64_t k = job->common->min_cell;
	double conf = job->common->conf;
	size_t first = o->method ? (size_t)(o->method - cs_multinom_methods) : 0;
	size_t last = o->method ? first + 1 : cs_multinom_nmethods;
	enum cs_sup_why *why = calloc(c->k ? c->k : 1, sizeof *why), n_why = CS_SUP_SHOWN;
	size_t *order = malloc((c->k ? c->k : 1) * sizeof *order);
	struct cs_interval *ci = malloc((c->k ? c->k : 1) * cs_multinom_nmethods * sizeof *ci);
	int rc = 0;
	if (!order || !ci || !why || (k > 0 && decide(c, k, why, &n_why) != CS_OK) ||
	    cs_result_init(res, columns, NCOLS, k) != 0)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t mi = first; !rc && mi < last; mi++) {
		int st = cs_multinom_ci(&cs_multinom_methods[mi], c->count, c->k, conf, ci + mi * c->k);
		if (st != CS_OK)
			rc = cs_err_set(err, CS_EXIT_DATA, "cannot compute the %s intervals: %s",
					cs_multinom_methods[mi].name, cs_strerror(st));
	}
	if (!rc) {
		for (size_t i = 0; i < c->k; i++)
			order[i] = i;
		struct order_ctx oc = { c, o->sort != SORT_DEFAULT ? o->sort : o->bucket ? SORT_NAME : SORT_COUNT, why };
		qsort_r(order, c->k, sizeof *order, order_cmp, &oc);
	}
	enum cs_sup_why m_why = cs_hide_why(c->missing, k);
	for (size_t r = 0; !rc && r < c->k; r++) {
		size_t i = order[r];
		for (size_t mi = first; mi < last; mi++) {
			const struct cs_multinom_method *m = &cs_multinom_methods[mi];
			const struct cs_interval *v = &ci[mi * c->k + i];
			long rr = cs_result_add_row(res);
			if (rr < 0) {
				rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
				break;
			}
			size_t row = (size_t)rr;
			struct tab_row d = { m, c->k };
			cs_result_text(res, row, TAB_CAT, c->name[i]);
			cs_result_count(res, row, TAB_COUNT, c->count[i], why[i], "the count of this category", 1);
			cs_result_count(res, row, TAB_N, c->n, n_why, "the total n", 1);
			cs_result_count(res, row, TAB_MISSING, c->missing, m_why, "the number of rows with an empty value", 0);
			cs_result_real(res, row, TAB_SHARE, v->estimate);
			cs_result_real(res, row, TAB_LO, v->lower);
			cs_result_real(res, row, TAB_HI, v->upper);
			cs_result_real(res, row, TAB_CONF, conf);
			cs_result_method(res, row, (struct cs_method_ref){ m->name, m->title, m->reference });
			cs_result_rests_on(res, row, "the share and its interval", c->name[i]);
			cs_result_data(res, row, &d, sizeof d);
		}
	}
	free(order);
	free(ci);
	free(why);
	return rc;
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
		rc = emit(job, &c, res, err);
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
		rc = emit(job, &c, res, err);
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
	.columns = columns, .ncolumns = NCOLS,
	.plan = plan, .reduce = &cs_tab_reduce, .compute = compute, .explain = cs_tab_explain, .chart = chart,
};
